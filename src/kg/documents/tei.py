"""TEI reader: the FRUS volumes of history.state.gov, one ``Document`` per
``div[@type="document"]``.

The canonical text is laid out like the plain-text format, so the extractor
sees the same shape whichever format a document came in::

    224. The Secretary of State to the Minister …   head line: "<n>. <head>"

    Washington, November 2, 1918, 6 p.m.            dateline, then body paragraphs

    545. For Owen1 from War Trade Board:            note marker glued where the note stood
    …
    Lansing                                         closer

      1. William H. Owen, War Trade Board …         numbered notes, renumbered 1, 2, …
      Source: File No. 103.96/1445a                 archival source notes

Whitespace of the XML is collapsed; every block (paragraph, list item, table
row, closer line) becomes a paragraph separated by a blank line; page breaks,
note markers, persons and cross-references keep exact offsets into that text.

XML is parsed with defusedxml and no DTD at all, so nothing is fetched and no
entity can expand. A file that is not well-formed is salvaged document by
document: each ``div[@type="document"]`` is cut out and parsed on its own, so
one broken document costs only itself.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from .model import (
    Document,
    DocumentError,
)
from .tei_document import _DocumentReader
from .tei_volume import _load_volume, _Volume
from .xrefs import PageReference, link_volume


def read_tei_volume(path: str | os.PathLike[str]) -> Iterator[Document | DocumentError]:
    """The documents of one TEI volume, in order.

    A document that cannot be read is yielded as a ``DocumentError`` in its
    place and the rest follow; a file that cannot be read at all (missing,
    hostile or without documents) yields a single ``DocumentError``. The whole
    volume is read before its first document comes out, because
    cross-references may point forward.
    """
    name = os.fspath(path)
    try:
        volume = _load_volume(_read_bytes(path, name), name, fallback_id=Path(path).stem)
    except DocumentError as exc:
        yield exc
        return
    yield from volume.errors
    yield from _read_documents(volume)


def _read_bytes(path: str | os.PathLike[str], name: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise DocumentError(f"{name}: cannot read file ({exc.strerror or exc})") from None


def _read_documents(volume: _Volume) -> Iterator[Document | DocumentError]:
    """Read every document part, then link the documents to each other."""
    items: list[Document | DocumentError] = []
    page_references: dict[str, list[PageReference]] = {}
    start_pages: dict[str, str | None] = {}
    for part in volume.parts:
        if isinstance(part, DocumentError):
            items.append(part)
            continue
        reader = _DocumentReader(part, volume)
        try:
            doc = reader.read()
            if doc.id in start_pages:
                raise reader.fail("another document has the same xml:id; only the first is read")
        except DocumentError as exc:
            items.append(exc)
            continue
        except RecursionError:  # nesting the depth check let through, inside a note or a persName
            items.append(reader.fail("elements nested too deep to read"))
            continue
        items.append(doc)
        page_references[doc.id] = reader.page_references
        start_pages[doc.id] = part.start_page
    return link_volume(items, page_references, start_pages)
