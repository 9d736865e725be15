"""Helpers of the extraction tests: a one-paragraph document around a sentence, quotes, actors."""

from __future__ import annotations

from kg.documents import parse_text
from kg.extract import Extraction


def quote(doc, item) -> str:  # type: ignore[no-untyped-def]
    return doc.text[item.span.start : item.span.end]


def actor_named(ex: Extraction, word: str):  # type: ignore[no-untyped-def]
    return next(a for a in ex.actors if any(word in alias for alias in a.aliases))


def construction(
    extractor, body: str, head: str = "1. The Secretary of State to the Ambassador in France (Herrick)"
):  # type: ignore[no-untyped-def]
    doc = parse_text(
        f"{head}\n\nWashington, March 3, 1925.\n\n{body}\n\nKellogg\n", doc_id="t", source="t.txt"
    )
    return doc, extractor.extract(doc)
