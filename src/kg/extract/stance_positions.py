"""A party "for" an act: "The Government was for maintaining the present structure", "we are all for
postponing the vote". "For" completing "be" with a gerund after it puts its actor subject on the side
of that act, an approval ("not for" a rejection); "for" with a noun ("the cable is for the President")
names a recipient or a purpose, so only the gerund counts, and only an actor's."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated, subject_of
from .deciders import flip
from .decisions import Stance
from .hypotheses import hypothetical
from .pronouns import party
from .registry import construction
from .stance_spans import decision_span
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "decisions",
    "favoured_act",
    0.45,
    example="The Government was for maintaining the present structure",
    pos=("ADP",),
    lemmas=("favour_prepositions",),
)
def favoured_act(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "X is / was for doing Y": the actor subject of "be" approves doing Y (rejects it, negated)."""
    head = head_of(tok)
    if tok.lower_ not in ctx.cue("favour_prepositions") or tok.dep_ != "prep" or head.lemma_.lower() != "be":
        return []
    act = next((c for c in children_of(tok) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    subj = subject_of(head)
    if act is None or subj is None or subj.dep_ != "nsubj" or hypothetical(ctx, head):
        return []
    if any(c.dep_ in {"acomp", "attr"} for c in children_of(head)):  # "it is necessary for ...ing"
        return []
    actor = party(ctx, subj, voice)
    if actor is None:
        return []
    stance = flip("approve") if is_negated(head) else "approve"
    return [Stance(head, stance, actor, act, decision_span(ctx.sdoc, head, act))]
