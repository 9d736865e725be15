"""Coordinated demands: one instruction per demand a directed verb makes.

"You will request that the archives be restored, that the guard be withdrawn, and that the officer be
punished" makes three demands of one verb; the parser hangs the second that-clause on the first as an
adverbial and the third as a conjunct. Each is an instruction of the same issuer to the same
addressee; the write step (``directives.py``) ends the first demand where the second begins.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .directives import Directive, coordinated_that_governor
from .registry import construction
from .voices import Voice


@construction(
    "instructions",
    "coordinated_that",
    0.7,
    example="request that the archives be restored, that the guard be withdrawn, and that ...",
    deps=("advcl", "conj"),
)
def coordinated_that(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A that-clause coordinated with the that-complement of a directed verb is one more demand of
    the same directive."""
    governor = coordinated_that_governor(ctx, tok)
    if governor is None:
        return None
    head = ctx.directives[governor.i].directive
    return Directive(head.addressee, head.negative, head.issuer)
