"""Documents stage: read diplomatic documents into one canonical text with metadata.

Two formats: FRUS plain text (``text.py``, one document per file) and the TEI
XML volumes of history.state.gov (``tei.py``, many documents per file).
``read_documents`` picks the reader by suffix, so the build calls one function.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from .model import (
    HISTORICAL_DOCUMENTS,
    Document,
    DocumentError,
    Footnote,
    PageBreak,
    Person,
    PersonMention,
    Span,
    public_page,
)
from .tei import read_tei_volume
from .text import parse_text, read_text_document

#: File suffixes ``kg build`` reads when given a folder.
DOCUMENT_SUFFIXES = frozenset({".txt", ".xml"})


def read_documents(path: str | os.PathLike[str]) -> Iterator[Document | DocumentError]:
    """Every document of one file, in order: a TEI volume (``.xml``) gives many, a
    text file one. Failures come as ``DocumentError`` items, never raised, so one
    bad document or file never stops the others."""
    if Path(path).suffix.lower() == ".xml":
        yield from read_tei_volume(path)
        return
    try:
        yield read_text_document(path)
    except DocumentError as exc:
        yield exc


__all__ = [
    "DOCUMENT_SUFFIXES",
    "HISTORICAL_DOCUMENTS",
    "Document",
    "DocumentError",
    "Footnote",
    "PageBreak",
    "Person",
    "PersonMention",
    "Span",
    "parse_text",
    "public_page",
    "read_documents",
    "read_tei_volume",
    "read_text_document",
]
