"""Decisions put as the speaker's own commitment not to act: "We will not accept any linkage", "At no
time would we make a public revelation of what has been negotiated", "I shall never sign it". A first
person subject with "will / shall / would" and a negation (not, never, or a fronted "at no time",
"under no circumstances") on a verb of action with its complement states the speaker's refusal of that
course now; a third person's "will not" predicts, and "cannot", "would not want" are read elsewhere."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_first_person, is_negated, modals_of, subject_of
from .decisions import Stance, stance_verb_of
from .hypotheses import asked, in_condition, in_time_clause
from .negation import fronted_negation
from .registry import construction
from .stance_spans import decision_span
from .tokens import children_of
from .voices import Voice


@construction(
    "decisions",
    "refused_commitment",
    0.45,
    example="At no time would we make a public revelation of what has been negotiated",
    pos=("VERB",),
)
def refused_commitment(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A first person "will / shall / would" negated (not, never, at no time ...) on a verb of action
    with an object: the speaker rejects that course."""
    if tok.pos_ != "VERB" or tok.i in ctx.directives or not modals_of(tok) & ctx.cue("committing_modals"):
        return []
    lemma = tok.lemma_.lower()
    idle = ctx.cue("light_verbs") | ctx.cue("state_verbs") | ctx.cue("cognition_verbs")
    if lemma in idle | ctx.cue("volition_verbs") or stance_verb_of(ctx, tok) is not None:
        return []  # "we would not want", "we will not accept" (read by stance_verb)
    if not (is_negated(tok) or fronted_negation(tok)) or not is_first_person(subject_of(tok)):
        return []
    if in_condition(tok) or in_time_clause(tok) or asked(ctx, tok) or _not_without(ctx, tok):
        return []
    if voice.speaker is None or not any(
        c.dep_ in {"dobj", "xcomp"} and c.i > tok.i for c in children_of(tok)
    ):
        return []
    return [Stance(tok, "reject", voice.speaker, tok, decision_span(ctx.sdoc, tok, tok))]


def _not_without(ctx: Context, verb: Token) -> bool:
    """ "I will not close this communication without deploring what has come to pass": a negation
    that a "without" phrase answers asserts what it names, and refuses nothing."""
    return any(
        c.dep_ == "prep" and c.lower_ in ctx.cue("privative_prepositions") and any(children_of(c))
        for c in children_of(verb)
    )
