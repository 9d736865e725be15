"""Texts longer than the parser takes at once (spaCy's ``nlp.max_length``, error E088).

Such a text is cut at paragraph breaks into pieces below the limit, each piece
is parsed, and the pieces are joined back into one ``Doc`` whose text is the
original text, so every token offset is an offset of the document. A single
paragraph over the limit, or a text over ``MAX_CHARS``, is one document's
error: the build reports it and goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc

from ..errors import KgError

#: Past this a document is refused rather than parsed piece by piece (memory, not the parser, is the limit).
MAX_CHARS = 20_000_000
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def too_long(nlp: Language, text: str) -> bool:
    return len(text) > nlp.max_length


def pieces(text: str, limit: int) -> Iterator[str]:
    """Consecutive pieces of ``text``, each under ``limit`` characters, cut only after a paragraph
    break; joined they give ``text`` back exactly."""
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cuts = [m.end() for m in PARAGRAPH_BREAK.finditer(window)]
        if not cuts or cuts[-1] == 0:
            raise KgError(f"a paragraph at character {start} is longer than the parser's limit of {limit:,}")
        yield text[start : start + cuts[-1]]
        start += cuts[-1]
    yield text[start:]


def parse_long(nlp: Language, text: str, source: str) -> SpacyDoc:
    """Parse a text over ``nlp.max_length`` piece by piece into one ``Doc`` with the same text."""
    if len(text) > MAX_CHARS:
        raise KgError(f"{source}: {len(text):,} characters, over the limit of {MAX_CHARS:,} for one document")
    try:
        parsed = list(nlp.pipe(pieces(text, nlp.max_length)))
    except KgError as exc:
        raise KgError(f"{source}: {exc}") from exc
    joined = SpacyDoc.from_docs(parsed, ensure_whitespace=False)
    if joined.text != text:  # pragma: no cover - a guard on spaCy's joining, never seen
        raise KgError(f"{source}: the pieces of a long text did not join back into it")
    return joined
