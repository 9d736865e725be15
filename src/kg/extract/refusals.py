"""Decisions stated as refusals: "the United States would not take part in any measure", "is not
in a position to extend the credit": a negated will or ability to act rejects the act."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, char_span, is_infinitive_to, is_negated, modals_of, subject_of, trim_marker
from .deciders import decider
from .decisions import Stance
from .hypotheses import hypothetical
from .lexicon import cue
from .registry import construction
from .stance_spans import stance_clause
from .tokens import children_of
from .voices import Voice


@construction(
    "decisions",
    "refused_participation",
    0.5,
    example="the United States would not take part in any measure",
    pos=("VERB", "AUX"),
)
def refused_participation(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A refusal or inability stated of an actor, a negated modal of will or ability on taking part
    ("would not take part in", "could not be a party to", "could not intervene"), "not in a position
    to V" or "cannot afford to V": the actor's rejection of that course; not a condition, a directive or
    a belief."""
    if not is_negated(tok) or tok.i in ctx.directives or hypothetical(ctx, tok):
        return []
    course = _incapable_of(ctx, tok) or (
        _participation(ctx, tok) if modals_of(tok) & cue("volition_modals") else None
    )
    actor = decider(ctx, tok, voice) if course is not None else None
    if course is None or actor is None or subject_of(tok) is None:
        return []
    return [
        Stance(tok, "reject", actor, course, trim_marker(ctx.sdoc, char_span(ctx.sdoc, *stance_clause(tok))))
    ]


def _incapable_of(ctx: Context, tok: Token) -> Token | None:
    """The act V of "(not) in a position to V" or "cannot afford to V"."""
    if tok.lemma_.lower() in ctx.cue("affordance_verbs"):
        return next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    for prep in (c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (o for o in children_of(prep) if o.lemma_.lower() in ctx.cue("capacity_nouns")):
            acts = (a for a in children_of(noun) if a.dep_ in {"acl", "relcl"} and a.pos_ == "VERB")
            return next((a for a in acts if any(is_infinitive_to(c) for c in children_of(a))), None)
    return None


def _participation(ctx: Context, tok: Token) -> Token | None:
    """The verb itself where it names taking part: "participate", "take part", "be a party"."""
    if tok.lemma_.lower() in ctx.cue("participation_verbs"):
        return tok
    nouns = (c for c in children_of(tok) if c.dep_ in {"dobj", "attr"})
    return tok if any(n.lemma_.lower() in ctx.cue("participation_nouns") for n in nouns) else None
