"""If-clauses that ask whether rather than set a condition: "asked me if I would attend", "it is doubtful
if the revisions can be made" (GUIDELINES: an indirect question is no condition)."""

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
