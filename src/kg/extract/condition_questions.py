"""If-clauses that ask whether rather than set a condition: "asked me if I would attend", "it is doubtful
if the revisions can be made" (GUIDELINES: an indirect question is no condition); and the short ones:
"if so" stands for a clause, "if not improper" only intensifies."""

from __future__ import annotations

from spacy.tokens import Token

from .context import COMPLEMENTS, Context, is_negated, subject_of
from .tokens import children_of, head_of


def indirect_question(ctx: Context, clause: Token) -> bool:
    """ "asked me if I would attend", "want to know if it is possible", "we question if ...": the
    if-clause asks whether, when a verb of asking, learning or doubting has no other complement than
    the one asked ("ask for a delay if they refuse" keeps its condition)."""
    governor = head_of(clause)
    if uncertain_whether(ctx, governor):
        return clause.i > governor.i  # "it is doubtful if the revisions can be made", "not sure if"
    if governor.lemma_.lower() not in ctx.cue("question_governors") | ctx.cue("doubt_verbs"):
        return False
    if clause.i < governor.i:
        return False  # "if they approve, he will be asked ...": what is asked follows the asking
    if clause.dep_ == "ccomp":
        return True
    others = [c for c in children_of(governor) if c.i != clause.i and c.dep_ in COMPLEMENTS]
    return clause.dep_ == "advcl" and all(c.dep_ == "dobj" and c.pos_ in {"PRON", "PROPN"} for c in others)


def uncertain_whether(ctx: Context, copula: Token) -> bool:
    """ "It is doubtful / not certain if ...", "I am not sure if ...": a predicate of uncertainty (or a
    negated one of certainty) said of "it" or of a person asks whether, as a verb of doubting does ("the
    plan is doubtful if he refuses" keeps its condition)."""
    predicates = [c for c in children_of(copula) if c.dep_ == "acomp"]
    if copula.dep_ == "acomp":  # the clause hung on the predicate: "not sure | if he will accept"
        copula, predicates = head_of(copula), [copula]
    subject = subject_of(copula)
    if subject is None or subject.pos_ != "PRON":
        return False
    lemmas = {c.lemma_.lower() for c in predicates}
    doubted = bool(lemmas & ctx.cue("uncertainty_predicates"))
    return doubted or (is_negated(copula) and bool(lemmas & ctx.cue("epistemic_predicates")))


def pro_form_main(ctx: Context, mark: Token, proform: Token) -> Token | None:
    """ "If so, what would be the timing?", "If not, please let me know": the clause a pro-form's
    condition governs, unless it is one of the alternatives of an indirect question ("whether X and, if
    not, whether Y"); "if not" before a word ("if not improper") is no pro-form."""
    after = next((t for t in proform.doc[proform.i + 1 : proform.i + 3] if not t.is_punct), None)
    if after is None or (proform.lower_ == "not" and not proform.nbor(1).is_punct):
        return None
    if after.lower_ in ctx.cue("question_marks"):
        return None  # "telegraph whether X and, if not, whether Y": the second alternative asked
    main = head_of(proform)
    clauses = (main, head_of(main)) if main.dep_ == "conj" else (main,)  # "whether X or, if so, when Y"
    if any(_asks_whether(ctx, c) for c in clauses):
        return None
    return main


def _asks_whether(ctx: Context, clause: Token) -> bool:
    """A clause that asks: marked "whether", or asked by its verb."""
    if any(c.dep_ == "mark" and c.lower_ in ctx.cue("question_marks") for c in children_of(clause)):
        return True
    return indirect_question(ctx, clause)


def stronger_alternative(mark: Token, head: Token) -> bool:
    """ "unwise, if not improper", "difficult if not impossible": "if not" between two words of one kind
    puts a stronger word after a weaker one; it sets no condition."""
    before = next((t for t in reversed(mark.doc[max(0, mark.i - 2) : mark.i]) if not t.is_punct), None)
    negated = mark.i + 1 < len(mark.doc) and mark.nbor(1).dep_ == "neg"
    return negated and head.pos_ in {"ADJ", "ADV"} and before is not None and before.pos_ in {"ADJ", "ADV"}
