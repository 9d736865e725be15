"""Quotations a telegram marks with words instead of quotation marks: "Qte ... Unqte", "Quote: ...
Unquote", "Begin quote ... End quote", as the cables of the 1969-1976 volumes print them ("Allende
declared: Qte We are ready to talk. ... Unqte"). Each runs from its opening word to its closing one
(over paragraphs), or, with no closing word before the next opening one, to the end of its paragraph.
An opening word starts a paragraph or a numbered point, or follows a colon. The words are the lexicon's
``quote_openings`` and ``quote_closings``.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import load_lexicon

PARAGRAPH_END = re.compile(r"\n\s*\n")
MIN_CHARS = 20


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = load_lexicon().cues
    openings = "|".join(re.escape(w) for w in cues["quote_openings"])
    closings = "|".join(re.escape(w) for w in cues["quote_closings"])
    return (
        re.compile(rf"(?:(?<=\n)|(?<=: )|(?<=\d\. )|^)(?:{openings})\b:?[ \t]*"),
        re.compile(rf"\s*\b(?:{closings})(?:\b|(?=\d))"),  # "END QUOTE3": a footnote's number after it
    )


def telegraph_quotes(text: str) -> list[tuple[int, int, int]]:
    """(where the opening word starts, where the quoted words start, where they end) of each quotation."""
    opening_words, closing_words = _markers()
    out = []
    openings = list(opening_words.finditer(text))
    for n, opening in enumerate(openings):
        start = opening.end()
        limit = openings[n + 1].start() if n + 1 < len(openings) else len(text)
        closing = closing_words.search(text, start, limit)
        paragraph = PARAGRAPH_END.search(text, start)
        end = closing.start() if closing else paragraph.start() if paragraph else len(text.rstrip())
        if end - start >= MIN_CHARS:
            out.append((opening.start(), start, end))
    return out
