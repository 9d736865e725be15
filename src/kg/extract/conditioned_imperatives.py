"""An imperative after a condition put first with no comma, as telegrams write it: "If the Minister
refuses inform the President at once", "If absence of Hill would interfere with your work send next best
man available". The parser reads the imperative as a present verb with a subject it lacks (tagged VBP),
or hangs it on the condition's verb as a complement ("refuses inform"); either way it is an order to
the reader, as it is where the comma is written."""

from __future__ import annotations

from spacy.tokens import Token

from .context import COMPLEMENTS, SUBJECTS, Context, is_infinitive_to, is_negated
from .directives import Directive
from .registry import construction
from .tokens import children_of, head_of, sentence, subtree_of
from .voices import Voice


@construction(
    "instructions",
    "conditioned_imperative",
    0.6,
    example="If the Minister refuses inform the President at once.",
    deps=("ROOT", "xcomp"),
)
def conditioned_imperative(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A bare verb with a complement and no subject, right after a fronted if- or unless-clause with
    no comma between: the clause's verb is the sentence's head (or the verb's adverbial clause)."""
    if voice.addressee is None or tok.i == 0 or tok.nbor(-1).is_punct or not _bare_verb(ctx, tok):
        return None
    if tok.dep_ == "ROOT" and tok.tag_ == "VBP":
        clause = next((c for c in children_of(tok) if c.dep_ == "advcl" and c.i < tok.i), None)
    elif tok.dep_ == "xcomp" and tok.tag_ in {"VB", "VBP"} and head_of(tok).dep_ == "ROOT":
        clause = head_of(tok)
    else:
        return None
    if clause is None or not _fronted_condition(ctx, clause, tok):
        return None
    return Directive(voice.addressee, negative=is_negated(tok))


def _bare_verb(ctx: Context, tok: Token) -> bool:
    """No subject, modal, auxiliary or "to" of its own, and a complement: "send next best man"."""
    kids = children_of(tok)
    held = SUBJECTS | {"expl", "aux", "auxpass"}
    if any(c.dep_ in held or c.tag_ == "MD" or is_infinitive_to(c) for c in kids):
        return False
    if tok.lemma_.lower() in ctx.cue("non_imperative_verbs"):
        return False
    return any(c.dep_ in COMPLEMENTS and c.i > tok.i for c in kids)


def _fronted_condition(ctx: Context, clause: Token, verb: Token) -> bool:
    """The clause opens the sentence with a conditional word ("If", "Unless") and holds every word
    before the verb; none of it comes after the verb."""
    first = sentence(verb)[0]
    marks = ctx.cue("condition_marks")
    if first.lower_ not in marks or not any(c.dep_ == "mark" and c.i == first.i for c in children_of(clause)):
        return False
    words = {t.i for t in subtree_of(clause) if not (t.is_punct or t.is_space)}
    held = words - {t.i for t in subtree_of(verb)} if head_of(verb) is clause else words
    before = (t for t in sentence(verb) if t.i < verb.i and not (t.is_punct or t.is_space))
    return all(i < verb.i for i in held) and all(t.i in held for t in before)
