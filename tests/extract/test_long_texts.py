"""Texts over the parser's limit (spaCy E088) are parsed by paragraph pieces and keep their offsets."""

from __future__ import annotations

import pytest

from kg.documents import parse_text, read_text_document
from kg.extract import Extractor
from kg.extract.long_texts import pieces

from ..conftest import SEED

LIMIT = 5_000  # the parser's limit for these tests, so a long text needs no megabyte of parsing
COPIES = 4


@pytest.fixture(scope="module")
def small_limit() -> Extractor:
    extractor = Extractor()
    extractor.nlp.max_length = LIMIT
    return extractor


def seed_body() -> str:
    seed = read_text_document(SEED)
    return "\n\n".join(seed.text[p.start : p.end] for p in seed.paragraphs[1:])


def long_document(copies: int = COPIES):  # type: ignore[no-untyped-def]
    head = "145. Message From President Nixon to the President’s Assistant (Kissinger) in Paris"
    body = "\n\n".join([seed_body()] * copies)
    return parse_text(
        f"{head}\n\nWashington, December 9, 1972.\n\n{body}\n\nNixon\n", doc_id="long", source="long.txt"
    )


def test_pieces_cut_at_paragraphs_and_join_back() -> None:
    text = long_document().text
    parts = list(pieces(text, LIMIT))
    assert len(parts) > COPIES
    assert "".join(parts) == text
    assert all(len(p) < LIMIT and (p.endswith("\n") or p is parts[-1]) for p in parts)


def test_a_long_text_is_extracted_with_document_offsets(small_limit: Extractor) -> None:
    doc = long_document()
    assert len(doc.text) > LIMIT
    ex = small_limit.extract(doc)
    finals = [
        i
        for i in ex.instructions
        if "ask them what is their final offer" in doc.text[i.span.start : i.span.end]
    ]
    assert len(finals) == COPIES
    for item in ex.instructions + ex.options + ex.decisions + ex.conditions:
        assert 0 <= item.span.start < item.span.end <= len(doc.text)
        assert doc.text[item.span.start : item.span.end].strip() == doc.text[item.span.start : item.span.end]


def test_a_paragraph_over_the_limit_fails_that_document_only(small_limit: Extractor) -> None:
    endless = parse_text(
        "1. Memorandum\n\n" + "word " * (LIMIT // 4) + "\n", doc_id="endless", source="endless.txt"
    )
    errors: list[str] = []
    done = [d.id for d, _ in small_limit.extract_all([endless, long_document(1)], on_error=errors.append)]
    assert done == ["long"]
    assert len(errors) == 1 and errors[0].startswith("endless.txt:") and "paragraph" in errors[0]
