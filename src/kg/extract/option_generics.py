"""Proposal nouns that name a kind of course, not one on the table: "a given plan", "the usual course",
"various options". A modifier of variety, of any instance or of habit with nothing after the noun that
tells which says it stands for whatever course of its kind, as "any proposals which may be made" does."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .tokens import children_of


def generic_mention(ctx: Context, noun: Token) -> bool:
    """A proposal noun with a modifier of the lexicon's ``generic_modifiers`` ("various", "given",
    "usual") and nothing after it that tells which: a kind of course, none in particular ("various
    arrangements for the administration of the Reservation" tells which)."""
    generic = ctx.cue("generic_modifiers")
    kids = children_of(noun)
    told = any(c.i > noun.i and c.dep_ in {"prep", "acl", "relcl", "appos"} for c in kids)
    return not told and any(c.dep_ in {"amod", "det"} and c.lower_ in generic for c in kids)
