"""Readiness put with a participle of disposition: "the Government is disposed to reopen the port at
Arica", "would not be disposed to accept the plan". The parser reads "disposed" as an adjective
like "prepared" or "ready", and the stance is the same: its to-infinitive is the course, approved, or
rejected where the readiness is denied. A verb of belief ("disposed to think", "to credit") makes it
an opinion, no course, and "might be disposed" is a guess at another's stance.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, modals_of
from .decisions import Stance
from .evaluations import judged
from .registry import construction
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "decisions",
    "disposed_readiness",
    0.5,
    example="the Government is disposed to reopen the port",
    pos=("ADJ", "VERB"),
    lemmas=("readiness_participles",),
)
def disposed_readiness(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A participle of disposition on "be" with a to-infinitive of an act: judged as "prepared to" is
    (the judge, the course, conditions, questions, negation)."""
    words = ctx.cue("readiness_participles")
    if tok.lower_ not in words and tok.lemma_.lower() not in words:
        return []
    believing = ctx.cue("belief_verbs") | ctx.cue("cognition_verbs") | ctx.cue("credence_verbs")
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in believing for c in children_of(tok)):
        return []  # "disposed to think that ...", "not disposed to credit the reports": an opinion
    if modals_of(head_of(tok)) & (ctx.cue("hedge_modals") - {"would"}):
        return []  # "the Department might not feel disposed to ...": a guess at another's stance
    return judged(ctx, tok, voice, frozenset(words | {tok.lower_}), frozenset(), frozenset())
