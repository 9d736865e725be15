"""Imperatives in a paper written to no one: a memorandum of things to be done ("Prepare the treaties at
once. Postpone the other matters until ...") directs its writer's side or a body the paper does not
name. ``imperative`` reads imperatives put to the one a message is addressed to; here the writer
directs, and no one named is told (GUIDELINES: issuer or addressee may be null)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .courtesies import complimentary_close
from .directives import Directive, is_imperative
from .recommendations import decided_item
from .registry import construction
from .tokens import sentence
from .voices import Voice


@construction(
    "instructions",
    "memo_imperative",
    0.5,
    example="Prepare the Austrian treaty at once.",
    deps=("ROOT", "conj"),
)
def memo_imperative(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """An imperative of a writer whose paper has no one written to: the writer's directive, no one
    named as told."""
    if voice.speaker is None or voice.addressee is not None:
        return None
    if not is_imperative(ctx, tok) or complimentary_close(ctx, tok) or not _closed(tok):
        return None
    return Directive(None) if decided_item(ctx, tok) is None else None  # "decided that we should:"


def _closed(verb: Token) -> bool:
    """The sentence ends with a stop: a heading the minutes run in after a paragraph ("... nothing to
    do with the Commission. Visit to Germany by Mr. Smith") has none and directs no one."""
    last = next((t for t in reversed(list(sentence(verb))) if not t.is_space), None)
    return last is not None and last.text in {".", "!", ";"}

