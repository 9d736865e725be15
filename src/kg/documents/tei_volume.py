"""A TEI volume parsed whole, or salvaged document by document when it is not well-formed."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException

from .model import (
    DocumentError,
    Person,
)
from .tei_xml import (
    _ATTR_RE,
    _DIV_TAG_RE,
    _DOC_START_RE,
    _PB_RE,
    _PERSON_REF_RE,
    _ROOT_RE,
    _XMLNS_RE,
    FRUS_NS,
    TEI_NS,
    XML_ID,
    _hostile,
    _local,
    _parse,
    _plain_text,
    _text_after,
)

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
        """This volume's own persons list, one shared tuple (the resolver reads offices from it)."""
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


def _chunk_error(data: bytes, start: int, namespaces: bytes, exc: ET.ParseError | DefusedXmlException,
                 name: str, positions: _Positions) -> DocumentError:
    """``file:line:column: document dN: problem`` for a part that does not parse; the
    position inside the wrapped part is turned into the file's."""
    doc_id = _attributes(data[start:data.find(b">", start) + 1]).get("xml:id", "?")
    line, column = getattr(exc, "position", None) or (1, 0)
    if line == 1:
        column += start - positions.line_start(positions.line(start)) - len(_wrapper(namespaces))
    line += positions.line(start) - 1
    problem = (f"not well-formed XML ({_reason(exc)})" if isinstance(exc, ET.ParseError)
               else _hostile(exc))
    return DocumentError(f"{name}:{line}:{max(column, 0) + 1}: document {doc_id}: {problem}")


def _reason(error: Exception) -> str:
    """expat's message without its own position (we give the file's)."""
    return re.sub(r":\s*line \d+, column \d+$", "", str(error))


def _attributes(tag: bytes) -> dict[str, str]:
    text = tag.decode("utf-8", "replace")
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
            for m in _ATTR_RE.finditer(text)}
