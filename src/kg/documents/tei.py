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
import re
import xml.etree.ElementTree as ET
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
from defusedxml.ElementTree import DefusedXMLParser

from .model import (
    Document,
    DocumentError,
    Footnote,
    PageBreak,
    Person,
    PersonMention,
    Span,
    public_page,
)
from .text import parse_dateline, parse_parties, place_of
from .xrefs import PageReference, link_volume

TEI_NS = "http://www.tei-c.org/ns/1.0"
FRUS_NS = "http://history.state.gov/frus/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
DATE_MIN = f"{{{FRUS_NS}}}doc-dateTime-min"
DATE_MAX = f"{{{FRUS_NS}}}doc-dateTime-max"

#: Elements whose children are blocks of their own (each child a paragraph).
CONTAINERS = {"div", "attachment", "quote", "list", "table", "postscript", "closer",
              "floatingText", "body", "opener", "lg", "sp"}
#: Elements that are one paragraph: all their content is flattened into it.
BLOCKS = {"p", "head", "dateline", "item", "row", "signed", "salute", "label", "byline",
          "trailer", "ab", "l", "docDate", "address", "argument", "epigraph", "speaker"}
#: Elements whose text is not part of the document's text.
SKIPPED = {"figure", "graphic", "gap", "fw"}
_SPACE_RE = re.compile(r"\s+")
_ATTR_RE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_DOC_START_RE = re.compile(rb"<div\b[^>]*>")
_DIV_TAG_RE = re.compile(rb"<div\b[^>]*?(/?)>|</div\s*>")
_PB_RE = re.compile(rb"<pb\b[^>]*>")
_ROOT_RE = re.compile(rb"<TEI\b[^>]*>")
_XMLNS_RE = re.compile(rb"""xmlns(?::\w+)?\s*=\s*(?:"[^"]*"|'[^']*')""")
_DOC_TARGET_RE = re.compile(r"(?:(?P<volume>frus[\w-]*?)(?:\.xml)?)?#(?P<doc>d\d+[a-z]?)")
_PAGE_TARGET_RE = re.compile(r"#pg_([\w.-]+)")
_PERSON_REF_RE = re.compile(r"(?:(?P<volume>[\w.-]*?)(?:\.xml)?)?#(?P<id>[\w.-]+)")


def read_tei_volume(path: str | os.PathLike) -> Iterator[Document | DocumentError]:
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


def _read_bytes(path: str | os.PathLike, name: str) -> bytes:
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
        items.append(doc)
        page_references[doc.id] = reader.page_references
        start_pages[doc.id] = part.start_page
    return link_volume(items, page_references, start_pages)


# --------------------------------------------------------------------------- #
# Parsing the volume
# --------------------------------------------------------------------------- #

@dataclass
class _Part:
    """One ``div[@type="document"]`` with where it starts (line, page of the volume)."""

    element: ET.Element
    line: int | None
    start_page: str | None


@dataclass
class _Volume:
    """What documents need from their volume: its id, persons list and document ids."""

    name: str
    id: str
    parts: list[_Part | DocumentError]
    errors: list[DocumentError] = field(default_factory=list)
    persons: dict[str, Person] = field(default_factory=dict)
    mentioned_names: dict[str, str] = field(default_factory=dict)
    document_ids: set[str] = field(default_factory=set)
    _roster: tuple[Person, ...] | None = None

    def roster(self) -> tuple[Person, ...]:
        """This volume's own persons list, one shared tuple (kg.resolve hook)."""
        if self._roster is None:
            self._roster = tuple(p for p in self.persons.values() if p.volume == self.id)
        return self._roster

    def person(self, corresp: str) -> Person | None:
        """Resolve ``#p_X`` or ``frus1917Supp02v01#p_X`` to the list entry; an entry of
        a list this reader has not seen is named by its fullest mention."""
        pointer = _person_pointer(corresp, self.id)
        if pointer is None:
            return None
        volume, person_id = pointer
        key = f"{volume}/{person_id}"
        if key in self.persons:
            return self.persons[key]
        name = self.mentioned_names.get(key)
        return Person(person_id, volume, name) if name else None


def _load_volume(data: bytes, name: str, fallback_id: str) -> _Volume:
    """Parse the whole file; if it is not well-formed, salvage it document by document."""
    try:
        root = _parse(data)
    except ET.ParseError as exc:
        return _salvage(data, name, fallback_id, exc)
    except DefusedXmlException as exc:
        line, column = exc.position  # type: ignore[attr-defined]
        raise DocumentError(f"{name}:{line}:{column + 1}: {_hostile(exc)}") from None
    volume_id = root.get(XML_ID) or fallback_id
    lines = _document_lines(data)
    parts: list[_Part | DocumentError] = []
    for i, (element, start_page) in enumerate(_documents_with_pages(root.iter())):
        parts.append(_Part(element, lines[i] if len(lines) > i else None, start_page))
    volume = _Volume(name, volume_id, parts)
    _index(volume, root.iter())
    if not parts:
        raise DocumentError(f"{name}: no TEI documents (div type=\"document\") in the file")
    return volume


def _parse(data: bytes) -> ET.Element:
    """Parse bytes with no DTD allowed: no entity can be declared, expanded or fetched."""
    parser = DefusedXMLParser(target=ET.TreeBuilder(), forbid_dtd=True,
                              forbid_entities=True, forbid_external=True)
    try:
        parser.feed(data)
        return parser.close()
    except DefusedXmlException as exc:
        exc.position = (parser.parser.CurrentLineNumber, parser.parser.CurrentColumnNumber)
        raise


def _hostile(exc: DefusedXmlException) -> str:
    """What was refused, in one line."""
    if isinstance(exc, DTDForbidden):
        system = f' SYSTEM "{exc.sysid}"' if exc.sysid else ""
        found = f"a document type declaration (<!DOCTYPE {exc.name}{system}>)"
    elif isinstance(exc, EntitiesForbidden):
        found = f"an entity declaration (<!ENTITY {exc.name}>)"
    else:
        found = f"an external reference ({getattr(exc, 'sysid', None) or exc})"
    return (f"refused: {found}; kg reads XML without DTDs or entities, "
            "so nothing is expanded or fetched")


def _documents_with_pages(elements: Iterable[ET.Element]
                          ) -> Iterator[tuple[ET.Element, str | None]]:
    """Document divs in order, each with the printed page it starts on."""
    page = None
    for element in elements:
        tag = _local(element.tag)
        if tag == "pb":
            page = element.get("n") or page
        elif tag == "div" and element.get("type") == "document":
            yield element, page


def _document_lines(data: bytes) -> list[int]:
    """Line numbers of the document div start tags, in order (for error messages)."""
    positions = _Positions(data)
    return [positions.line(m.start()) for m in _DOC_START_RE.finditer(data)
            if _attributes(m.group()).get("type") == "document"]


def _index(volume: _Volume, elements: Iterable[ET.Element]) -> None:
    """One pass over the volume: the persons list, every document id, and the fullest
    name each person pointer is written with (for lists this file does not hold)."""
    mentions: dict[str, set[str]] = defaultdict(set)
    for element in elements:
        tag = _local(element.tag)
        if tag == "div" and element.get("type") == "document" and element.get(XML_ID):
            volume.document_ids.add(element.get(XML_ID, ""))
        elif element.get(XML_ID) == "persons":
            for person in _persons_list(element, volume.id):
                volume.persons.setdefault(person.key, person)
        elif tag == "persName" and element.get("corresp"):
            pointer = _person_pointer(element.get("corresp", ""), volume.id)
            text = _plain_text(element)
            if pointer and text:
                mentions["/".join(pointer)].add(text)
    volume.mentioned_names = {
        key: max(sorted(names), key=len) for key, names in mentions.items()}


def _person_pointer(corresp: str, volume_id: str) -> tuple[str, str] | None:
    """``#p_X`` -> (this volume, p_X); ``frus1917Supp02v01#p_X`` -> (that volume, p_X)."""
    m = _PERSON_REF_RE.fullmatch(corresp.strip())
    return (m.group("volume") or volume_id, m.group("id")) if m else None


def _persons_list(div: ET.Element, volume_id: str) -> Iterator[Person]:
    """``<item><persName xml:id="p_BND1">Baker, Newton D.</persName>, Secretary of War.</item>``."""
    for item in div.iter():
        if _local(item.tag) != "item":
            continue
        named = next((e for e in item.iter() if e is not item and e.get(XML_ID)), None)
        if named is None:
            continue
        name = _plain_text(named).rstrip(",;: ")
        description = _text_after(item, named).lstrip(",;:—– ").strip() or None
        if name:
            yield Person(named.get(XML_ID, ""), volume_id, name, description)


# --------------------------------------------------------------------------- #
# Salvaging a file that is not well-formed
# --------------------------------------------------------------------------- #

class _Positions:
    """Lines and printed pages of the raw bytes, for salvaged parts and their errors."""

    def __init__(self, data: bytes):
        self.newlines = [m.start() for m in re.finditer(rb"\n", data)]
        self.pages = [(m.start(), _attributes(m.group()).get("n")) for m in _PB_RE.finditer(data)]

    def line(self, offset: int) -> int:
        return bisect_left(self.newlines, offset) + 1

    def line_start(self, line: int) -> int:
        return self.newlines[line - 2] + 1 if 1 < line <= len(self.newlines) + 1 else 0

    def page(self, offset: int) -> str | None:
        """The printed page at ``offset``: the last ``pb`` with a number before it."""
        before = self.pages[:bisect_left(self.pages, (offset, ""))]
        return next((n for _, n in reversed(before) if n), None)


def _salvage(data: bytes, name: str, fallback_id: str, error: ET.ParseError) -> _Volume:
    """Cut each document div out of the raw bytes and parse it on its own. The file's
    first error is reported too unless it lies in a document that fails anyway."""
    positions = _Positions(data)
    namespaces = _root_namespaces(data)
    root = _ROOT_RE.search(data)
    volume_id = (_attributes(root.group()).get("xml:id") if root else None) or fallback_id
    line, column = error.position
    at = positions.line_start(line) + column
    parts: list[_Part | DocumentError] = []
    failed: list[tuple[int, int]] = []
    for start, end in _document_chunks(data):
        try:
            element = _parse_chunk(data[start:end], namespaces)
        except (ET.ParseError, DefusedXmlException) as exc:
            parts.append(_chunk_error(data, start, namespaces, exc, name, positions))
            failed.append((start, end))
            continue
        parts.append(_Part(element, positions.line(start), positions.page(start)))
    volume = _Volume(name, volume_id, parts)
    if not any(start <= at <= end for start, end in failed):
        found = "; the documents that parse on their own are read" if parts else ""
        volume.errors.append(DocumentError(
            f"{name}:{line}:{column + 1}: not well-formed XML ({_reason(error)}){found}"))
    if not parts:
        raise volume.errors[0]
    persons = _persons_chunk(data, namespaces)
    parsed = [p.element for p in parts if isinstance(p, _Part)]
    parsed += [persons] if persons is not None else []
    _index(volume, (e for element in parsed for e in element.iter()))
    return volume


def _document_chunks(data: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) byte ranges of each ``<div type="document">…</div>``, matching nested
    divs; an unclosed one runs to the next document (and then fails on its own)."""
    starts = [m.start() for m in _DOC_START_RE.finditer(data)
              if _attributes(m.group()).get("type") == "document"]
    for k, start in enumerate(starts):
        limit = starts[k + 1] if k + 1 < len(starts) else len(data)
        yield start, _matching_div_end(data, start, limit)


def _matching_div_end(data: bytes, start: int, limit: int) -> int:
    depth = 0
    for m in _DIV_TAG_RE.finditer(data, start, limit):
        if m.group().startswith(b"</"):
            depth -= 1
        elif not m.group(1):
            depth += 1
        if depth == 0:
            return m.end()
    return limit


def _persons_chunk(data: bytes, namespaces: bytes) -> ET.Element | None:
    """The persons list of a salvaged file, if it parses on its own."""
    for m in _DOC_START_RE.finditer(data):
        if _attributes(m.group()).get("xml:id") == "persons":
            end = _matching_div_end(data, m.start(), len(data))
            try:
                return _parse_chunk(data[m.start():end], namespaces)
            except (ET.ParseError, DefusedXmlException):
                return None
    return None


def _wrapper(namespaces: bytes) -> bytes:
    return b"<wrapper " + namespaces + b">"


def _parse_chunk(chunk: bytes, namespaces: bytes) -> ET.Element:
    """Parse one div inside a wrapper that declares the volume's namespaces."""
    wrapper = _parse(_wrapper(namespaces) + chunk + b"</wrapper>")
    if len(wrapper) != 1:
        raise ET.ParseError("the document does not end where its div closes")
    return wrapper[0]


def _root_namespaces(data: bytes) -> bytes:
    """The ``xmlns`` declarations of the root element (TEI and FRUS by default)."""
    root = _ROOT_RE.search(data)
    found = _XMLNS_RE.findall(root.group()) if root else []
    return b" ".join(found) or f'xmlns="{TEI_NS}" xmlns:frus="{FRUS_NS}"'.encode()


def _chunk_error(data: bytes, start: int, namespaces: bytes, exc: Exception, name: str,
                 positions: _Positions) -> DocumentError:
    """``file:line:column: document dN: problem`` for a part that does not parse; the
    position inside the wrapped part is turned into the file's."""
    doc_id = _attributes(data[start:data.find(b">", start) + 1]).get("xml:id", "?")
    line, column = getattr(exc, "position", None) or (1, 0)
    if line == 1:
        column += start - positions.line_start(positions.line(start)) - len(_wrapper(namespaces))
    line += positions.line(start) - 1
    problem = (f"not well-formed XML ({_reason(exc)})" if isinstance(exc, ET.ParseError)
               else _hostile(exc))  # type: ignore[arg-type]
    return DocumentError(f"{name}:{line}:{max(column, 0) + 1}: document {doc_id}: {problem}")


def _reason(error: Exception) -> str:
    """expat's message without its own position (we give the file's)."""
    return re.sub(r":\s*line \d+, column \d+$", "", str(error))


def _attributes(tag: bytes) -> dict[str, str]:
    text = tag.decode("utf-8", "replace")
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
            for m in _ATTR_RE.finditer(text)}


# --------------------------------------------------------------------------- #
# One document
# --------------------------------------------------------------------------- #

class _Flow:
    """The canonical text being written: collapses XML whitespace, separates blocks by
    blank lines, and resolves anchors (page breaks, span starts) to the next
    character written, so no offset ever points at a separator."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self.length = 0
        self._gap = ""  # whitespace owed before the next character: "", " " or "\t"
        self._separator = ""  # paragraph or line break owed before the next character
        self._waiting: list[list[int]] = []
        self._last = "\n"
        self.paragraph_starts: list[int] = []

    @property
    def text(self) -> str:
        return "".join(self._chunks)

    def write(self, text: str | None) -> None:
        """Text from the XML: runs of whitespace become one space."""
        if not text:
            return
        words = _SPACE_RE.sub(" ", text)
        if words.startswith(" "):
            self._gap = self._gap or " "
        if words.strip(" "):
            self._emit(words.strip(" "))
            if words.endswith(" "):
                self._gap = " "

    def literal(self, text: str, *, glued: bool = False) -> Span:
        """Text the reader adds (a number, a marker); ``glued`` drops the space before it."""
        if glued:
            self._gap = ""
        start = self._emit(text)
        return Span(start, self.length)

    def gap(self, whitespace: str = " ") -> None:
        self._gap = whitespace if whitespace != " " else (self._gap or " ")

    def paragraph(self) -> None:
        """The next character starts a new paragraph."""
        self._separator = "\n\n"

    def line(self) -> None:
        """The next character starts a new line (notes)."""
        self._separator = self._separator or "\n"

    def anchor(self) -> list[int]:
        """A cell that receives the offset of the next character written."""
        cell: list[int] = []
        self._waiting.append(cell)
        return cell

    def drop_anchors(self) -> None:
        self._waiting.clear()

    def _emit(self, token: str) -> int:
        if self.length:
            if self._separator:
                self._append(self._separator)
                if self._separator == "\n\n":
                    self.paragraph_starts.append(self.length)
            elif self._gap and not self._last.isspace():
                self._append(self._gap)
        elif not self.paragraph_starts:
            self.paragraph_starts.append(0)
        self._separator = self._gap = ""
        for cell in self._waiting:
            cell.append(self.length)
        self._waiting.clear()
        start = self.length
        self._append(token)
        return start

    def _append(self, text: str) -> None:
        self._chunks.append(text)
        self.length += len(text)
        self._last = text[-1]


@dataclass
class _Note:
    """A numbered note met in the body, written out with the notes at the end."""

    element: ET.Element
    number: str
    marker: Span | None


class _DocumentReader:
    """Walks one document div and writes its canonical text, collecting spans on the way."""

    def __init__(self, part: _Part, volume: _Volume):
        self.part = part
        self.volume = volume
        self.div = part.element
        self.local_id = self.div.get(XML_ID, "")
        self.where = f"{volume.name}:{part.line}" if part.line else volume.name
        self.flow = _Flow()
        self.spans: dict[ET.Element, Span] = {}
        self.pages: list[tuple[str, list[int]]] = []
        self.notes: list[_Note] = []
        self.sources: list[ET.Element] = []
        self.mentions: list[ET.Element] = []
        self.in_notes = False
        self.references: list[str] = []
        self.page_references: list[PageReference] = []

    def fail(self, problem: str) -> DocumentError:
        name = self.local_id or f"n={self.div.get('n', '?')}"
        return DocumentError(f"{self.where}: document {name}: {problem}")

    def read(self) -> Document:
        if not self.local_id:
            raise self.fail("no xml:id, so the document cannot be named")
        head_element = next((c for c in self.div if _local(c.tag) == "head"), None)
        number = self.div.get("n")
        head = self._head(head_element, number)
        body_start = self.flow.length
        self._container(self.div, skip=head_element)
        self.flow.drop_anchors()  # a page break after the last line belongs to the next document
        notes_start = self.flow.length
        footnotes = self._notes()
        text = self.flow.text
        paragraphs = tuple(Span(s, e) for s, e in _paragraphs(self.flow.paragraph_starts, text)
                           if s >= body_start and e <= notes_start)
        if not paragraphs and not footnotes:
            raise self.fail("no text besides the head")
        return self._document(text, head, number, paragraphs, footnotes)

    # -- the document's parts ------------------------------------------------
    def _head(self, element: ET.Element | None, number: str | None) -> Span:
        """Write ``<n>. <head>``; the title leaves out the number, a repeated ``No. <n>.``
        and a trailing note marker, as the text reader does. An empty ``<head/>``
        (a few volumes have them) gives an empty title: none is made up."""
        if number:
            self.flow.literal(f"{number}.")
            self.flow.gap()
        first = self.flow.anchor()
        if element is not None:
            self._inline(element)
        line = self.flow.text
        start = first[0] if first else len(line)
        repeated = re.match(rf"No\.\s*{re.escape(number)}\.\s+", line[start:]) if number else None
        start += repeated.end() if repeated else 0
        end = len(line)
        if self.notes and self.notes[-1].marker and self.notes[-1].marker.end == end:
            end = self.notes[-1].marker.start
        self.flow.paragraph()
        return Span(start, max(start, end))

    def _document(self, text: str, head: Span, number: str | None, paragraphs: tuple[Span, ...],
                  footnotes: tuple[Footnote, ...]) -> Document:
        title = text[head.start:head.end]
        extra: dict[str, str] = {}
        parties = self._parties(title, extra, head)
        place, date_, date_text = self._dateline(text)
        minimum = _bound(self.div.get(DATE_MIN), upper=False)
        maximum = _bound(self.div.get(DATE_MAX), upper=True)
        if date_ is None and minimum and maximum and minimum[:10] == maximum[:10]:
            date_ = minimum[:10]
        pages = tuple(PageBreak(n, cell[0]) for n, cell in self.pages if cell)
        return Document(
            id=f"{self.volume.id}-{self.local_id}", text=text, title=title, head=head,
            number=number, **parties, place=place, date=date_, date_text=date_text,
            date_min=minimum, date_max=maximum, signature=self._signature(),
            body=Span(paragraphs[0].start, paragraphs[-1].end) if paragraphs else None,
            paragraphs=paragraphs, footnotes=footnotes, pages=pages,
            persons=self._person_mentions(head), references=tuple(dict.fromkeys(self.references)),
            source=f"{self.volume.name}#{self.local_id}", volume=self.volume.id,
            url=public_page(self.volume.id, self.local_id), extra=extra,
            roster=self.volume.roster(),  # kg.resolve hook
        )

    def _parties(self, title: str, extra: dict[str, str], head: Span) -> dict[str, str | None]:
        """Author and recipient as the mark-up names them (``persName``/``gloss`` with
        ``type="from"``/``"to"``); offices and anything not marked up come from the
        head line as the text reader reads it."""
        parties = parse_parties(title, extra)
        for role, kind in (("author", "from"), ("recipient", "to")):
            element = next((e for e in self.spans if e.get("type") == kind
                            and _local(e.tag) in ("persName", "gloss")
                            and head.start <= self.spans[e].start < head.end), None)
            if element is None:
                continue
            span = self.spans[element]
            name = self.flow.text[span.start:span.end]
            parsed = parties[role] or ""
            if _local(element.tag) == "gloss":
                parties[f"{role}_title"] = name
            elif not (name in parsed or parsed in name):
                parties[f"{role}_title"] = None
            parties[role] = name
        return parties

    def _dateline(self, text: str) -> tuple[str | None, str | None, str | None]:
        """Place from ``placeName``, date from ``date/@when``, the date as written from the
        ``date`` element; what the mark-up lacks comes from the dateline's words."""
        dateline = next((e for e in _children(self.div, "opener")
                         if _local(e.tag) == "dateline"), None)
        if dateline is None or dateline not in self.spans:
            return None, None, None
        span = self.spans[dateline]
        place, date_, date_text = parse_dateline(text[span.start:span.end])
        for element in dateline.iter():
            tag = _local(element.tag)
            if tag == "placeName" and element in self.spans:
                written = self.spans[element]
                place = place_of(text[written.start:written.end]) or place
            elif tag == "date" and element in self.spans:
                written = self.spans[element]
                date_text = text[written.start:written.end].rstrip(" ,") or date_text
                date_ = (_iso(element.get("when")) or "")[:10] or date_
        return place, date_, date_text

    def _signature(self) -> str | None:
        """The names in the document's own closer (not an enclosure's): the words of each
        ``signed`` up to its first line break (the rest is an office)."""
        names = []
        for closer in (c for c in self.div if _local(c.tag) == "closer"):
            for signed in (e for e in closer.iter() if _local(e.tag) == "signed"):
                name = _plain_text(signed, stop_at_lb=True).rstrip(".,").strip()
                if name:
                    names.append(name)
        return "; ".join(names) or None

    def _person_mentions(self, head: Span) -> tuple[PersonMention, ...]:
        mentions = []
        for element in self.mentions:
            person = self.volume.person(element.get("corresp", ""))
            span = self.spans.get(element)
            if person is None or span is None:
                continue
            role = {"from": "author", "to": "recipient"}.get(element.get("type", ""))
            in_head = head.start <= span.start < head.end
            mentions.append(PersonMention(span, person, role if in_head else None))
        return tuple(mentions)

    # -- walking the XML -----------------------------------------------------
    def _container(self, element: ET.Element, skip: ET.Element | None = None) -> None:
        """Each child block is a paragraph; loose text between them is one too."""
        self.flow.write(element.text)
        previous = ""
        for child in element:
            tag = _local(child.tag)
            if child is skip:
                pass
            elif tag in CONTAINERS:
                self.flow.paragraph()
                self._container(child)
                self.flow.paragraph()
            elif tag in BLOCKS:
                if not (tag == "item" and previous == "label"):
                    self.flow.paragraph()
                self._captured(child)
                if tag != "label":
                    self.flow.paragraph()
            else:
                self._inline_child(child)
            previous = tag
            self.flow.write(child.tail)

    def _inline(self, element: ET.Element) -> None:
        """All content of one block, flattened; nested blocks are set off by spaces."""
        self.flow.write(element.text)
        for child in element:
            self._inline_child(child)
            self.flow.write(child.tail)

    def _inline_child(self, child: ET.Element) -> None:
        tag = _local(child.tag)
        if tag == "pb" and child.get("n"):
            self.pages.append((child.get("n", ""), self.flow.anchor()))
        elif tag == "note" and not self.in_notes:
            self._note(child)
        elif tag == "lb":
            self.flow.gap()
        elif tag == "cell":
            self.flow.gap("\t")
            self._captured(child)
        elif tag in SKIPPED:
            pass
        elif tag in BLOCKS or tag in CONTAINERS:
            self.flow.gap()
            self._captured(child)
            self.flow.gap()
        else:
            self._captured(child)

    def _captured(self, element: ET.Element) -> None:
        """Write ``element`` inline and remember the span its text covers."""
        start = self.flow.anchor()
        self._inline(element)
        if start and start[0] < self.flow.length:
            self.spans[element] = Span(start[0], self.flow.length)
        tag = _local(element.tag)
        if tag == "persName" and element.get("corresp"):
            self.mentions.append(element)
        elif tag == "ref":
            self._reference(element.get("target", ""), self.spans.get(element))

    def _note(self, element: ET.Element) -> None:
        """A numbered note leaves its number glued where it stood; a source note (no
        number in print) is only listed at the end."""
        if element.get("n") is None and element.get("type") == "source":
            self.sources.append(element)
            return
        number = str(len(self.notes) + 1)
        self.notes.append(_Note(element, number, self.flow.literal(number, glued=True)))

    def _notes(self) -> tuple[Footnote, ...]:
        """Append ``  N. text`` lines for numbered notes, then ``  Source: text`` lines."""
        self.flow.paragraph()
        self.in_notes = True  # a note inside a note is read as part of it
        footnotes = []
        labelled = [(n.element, n.number, f"  {n.number}. ", n.marker) for n in self.notes]
        for k, element in enumerate(self.sources, 1):
            labelled.append((element, "source" if k == 1 else f"source-{k}", "  Source: ", None))
        for element, number, label, marker in labelled:
            self.flow.line()
            self.flow.literal(label)
            start = self.flow.length
            self._inline(element)
            if self.flow.length > start:
                footnotes.append(Footnote(number, Span(start, self.flow.length), marker))
        return tuple(footnotes)

    def _reference(self, target: str, span: Span | None) -> None:
        """``ref/@target`` naming a document (``#d12``, ``frus1918Russiav02#d5``) or a
        page of this volume (``#pg_216``, resolved once the whole volume is read)."""
        for one in target.split():
            page = _PAGE_TARGET_RE.fullmatch(one)
            if page and span is not None:
                self.page_references.append(PageReference(page.group(1), span))
            m = _DOC_TARGET_RE.fullmatch(one)
            if not m:
                continue
            volume = m.group("volume") or self.volume.id
            if volume == self.volume.id and m.group("doc") not in self.volume.document_ids:
                continue
            if (volume, m.group("doc")) != (self.volume.id, self.local_id):
                self.references.append(f"{volume}-{m.group('doc')}")


# --------------------------------------------------------------------------- #
# Small helpers
# --------------------------------------------------------------------------- #

def _local(tag: object) -> str:
    """``{ns}name`` -> ``name``; comments and processing instructions have no name."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: ET.Element, *wrappers: str) -> Iterator[ET.Element]:
    """Direct children, looking through the ``wrappers`` (e.g. ``opener``)."""
    for child in element:
        if _local(child.tag) in wrappers:
            yield from child
        else:
            yield child


def _plain_text(element: ET.Element, *, stop_at_lb: bool = False) -> str:
    """The element's words, notes left out, whitespace collapsed."""
    words: list[str] = []

    def walk(e: ET.Element) -> bool:
        words.append(e.text or "")
        for child in e:
            tag = _local(child.tag)
            if tag == "lb" and stop_at_lb and "".join(words).strip():
                return False
            if tag not in ("note", *SKIPPED) and not walk(child):
                return False
            words.append(" " if tag == "lb" else "")
            words.append(child.tail or "")
        return True

    walk(element)
    return " ".join("".join(words).split())


def _text_after(parent: ET.Element, child: ET.Element) -> str:
    """The words of ``parent`` that follow ``child``."""
    siblings = list(parent)
    words = [child.tail or ""]
    for sibling in siblings[siblings.index(child) + 1:]:
        words.append(_plain_text(sibling) if _local(sibling.tag) != "note" else "")
        words.append(sibling.tail or "")
    return " ".join("".join(words).split())


def _paragraphs(starts: list[int], text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each blank-line separated paragraph (the flow never ends one
    with whitespace, so the next start minus the blank line is the end)."""
    for k, start in enumerate(starts):
        yield start, starts[k + 1] - 2 if k + 1 < len(starts) else len(text)


def _iso(value: str | None) -> str | None:
    """An ISO date (``1918``, ``1918-11``, ``1918-11-02``) or date-time as written, if real."""
    value = (value or "").strip()
    try:
        if "T" in value:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif len(value) == 10:
            date.fromisoformat(value)
        elif not re.fullmatch(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?", value):
            return None
    except ValueError:
        return None
    return value or None


def _bound(value: str | None, *, upper: bool) -> str | None:
    """A bound of the document's date range as an ``xsd:dateTime``: a bare day becomes
    its first (or last) second."""
    value = _iso(value)
    if value is None or "T" in value:
        return value
    if len(value) != 10:
        return None
    return value + ("T23:59:59" if upper else "T00:00:00")
