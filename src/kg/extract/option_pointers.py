"""Pointing phrases after a noun: "an arrangement along these lines", "a proposal of this kind",
"instructions in this sense" say, like "such", that the course they describe was named before."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .tokens import children_of, subtree_of


def pointing_phrase(ctx: Context, noun: Token) -> list[int]:
    """The tokens of a prepositional phrase after ``noun`` whose object is a noun of kind or manner
    with a pointing word ("of this kind", "along these lines", "in that sense"); none where the
    phrase names something of its own ("along the lines of the Argentine formula")."""
    pointing = ctx.cue("pointing_determiners")
    for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.i > noun.i):
        for obj in (o for o in children_of(prep) if o.dep_ == "pobj"):
            words = [t for t in subtree_of(obj) if t.i != obj.i]
            if obj.lemma_.lower() in ctx.cue("kind_nouns") and words and all(
                t.lower_ in pointing for t in words
            ):
                return [prep.i, *(t.i for t in subtree_of(obj))]
    return []
