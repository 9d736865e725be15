"""One TEI document ``div`` -> the canonical text with its offsets: head, paragraphs, notes, pages."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from .model import (
    Document,
    DocumentError,
    Footnote,
    PageBreak,
    PersonMention,
    Span,
    public_page,
)
from .parties import parse_parties
from .tei_volume import _Part, _Volume
from .tei_xml import (
    _DOC_TARGET_RE,
    _PAGE_TARGET_RE,
    _SPACE_RE,
    BLOCKS,
    CONTAINERS,
    DATE_MAX,
    DATE_MIN,
    MAX_DEPTH,
    SKIPPED,
    XML_ID,
    _bound,
    _children,
    _depth,
    _iso,
    _local,
    _paragraphs,
    _plain_text,
)
from .text import parse_dateline, place_of
from .xrefs import PageReference

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
        depth = _depth(self.div)
        if depth > MAX_DEPTH:
            raise self.fail(f"elements nested {depth} levels deep (kg reads at most {MAX_DEPTH})")
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
            roster=self.volume.roster(),
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
