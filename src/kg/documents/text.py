"""Plain-text reader: FRUS documents in the text layout of ``seeds/``.

The canonical text is the file's text with ``[Page N]`` markers removed (their
positions are kept as ``PageBreak``s); the head line, dateline, signature and
trailing numbered notes give the metadata. The TEI reader reuses the head-line
and dateline parsers so both formats describe a document the same way.
"""
from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from .model import Document, DocumentError, Footnote, PageBreak, Span, public_page
from .months import MONTH_NAMES, MONTHS
from .parties import NAME_TOKEN_RE, addressed_to, parse_parties

_PAGE_RE = re.compile(r"\[Page\s+([0-9A-Za-z]+)\]")
NUMBER_RE = re.compile(r"(\d+[A-Za-z]?)\.(?:\s+|$)(?:No\.\s*\1\.\s+)?")  # "12. Title"; "32." alone
#: A head's footnote marker glued to its last word: "State1", "(Kissinger)1", "State1 2" (two notes).
_HEAD_MARKER_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=[).”’\"\]]))\d{1,2}(?: \d{1,2})?$")
#: The same set apart by a space ("Nixon 1", "State 1 2"): only the first note, which a head carries.
_SPACED_MARKER_RE = re.compile(r"(?<=[^\W\d_]) 1(?: 2)?$")
_NOTE_START_RE = re.compile(r"[ \t]+(?:(\d+)\.|Source:)[ \t]+(?=\S)")  # "  1. note", "  Source: file"
_PARA_SEP_RE = re.compile(r"\n(?:[ \t]*\n)+")
_DATE_RE = re.compile(
    rf"\b(?:(?P<month>{MONTH_NAMES})\.?\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_NAMES})\.?,?\s+)?(?P<year>1[5-9]\d\d|20\d\d)\b"
)
_TIME_RE = re.compile(r"\s*[—–,-]\s*(?:\d{4}Z|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.\s?m\.|noon|midnight)")
_INSTITUTION_RE = re.compile(
    r"Department|Embassy|Legation|Consul|Office|Mission|Ministry|Minister|Commission|White House")
_PARTICLES = {"de", "da", "del", "van", "von", "der", "la", "le", "du", "y", "of", "and"}
_DATELINE_WORDS = _PARTICLES | {"the", "to"}  # "Legation of the United States to China, Peking, ..."
_NOT_NAMES = {"End", "Text", "Top", "Secret", "Confidential", "Regards", "Warm", "Quote",
              "Unquote", "Paraphrase", "Sincerely", "Note", "Enclosure", "Attachment"}
#: a line after the signature that lists what goes with the letter ("Attachments", "Enclosure:")
_ENCLOSURE_LINE_RE = re.compile(r"(?:Attachments?|Enclosures?|Tabs?)\s*:?\s*", re.I)
_STOPWORDS = {"a", "an", "the", "of", "to", "in", "at", "on", "for", "and", "by", "with",
              "from", "between", "during", "concerning", "regarding"}


def read_text_document(path: str | os.PathLike[str]) -> Document:
    """Read a UTF-8 FRUS text file; ``doc_id`` is the file stem."""
    name = os.fspath(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DocumentError(f"{name}: cannot read file ({exc.strerror or exc})") from exc
    return parse_text(decode_text(data, name), doc_id=Path(path).stem, source=name)


#: Byte order marks and the encodings they announce; UTF-32 first, as its LE mark begins with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def decode_text(data: bytes, name: str) -> str:
    """The file's text: UTF-8, or UTF-8/16/32 announced by a byte order mark, or UTF-16
    without one when every other byte is NUL; anything else is refused in one line."""
    encoding, start = _encoding_of(data)
    body = data[start:]
    nul = body.find(b"\0")
    if encoding == "utf-8" and nul >= 0:
        raise DocumentError(f"{name}: binary file (NUL byte at offset {start + nul})")
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as exc:
        problem = f"byte 0x{body[exc.start]:02x} at offset {start + exc.start}"
        raise DocumentError(f"{name}: not {encoding.upper()} text ({problem})") from None


def _encoding_of(data: bytes) -> tuple[str, int]:
    """(encoding, bytes to skip): from the byte order mark, the NUL pattern of UTF-16, else UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    if len(data) >= 2 and len(data) % 2 == 0 and b"\0" in data:
        if _mostly_nul(data[1::2]) and b"\0" not in data[0::2]:
            return "utf-16-le", 0
        if _mostly_nul(data[0::2]) and b"\0" not in data[1::2]:
            return "utf-16-be", 0
    return "utf-8", 0


def _mostly_nul(half: bytes) -> bool:
    """Latin-script UTF-16: the high byte of nearly every character is zero."""
    return half.count(0) >= 0.9 * len(half)


def parse_text(raw: str, *, doc_id: str, source: str = "") -> Document:
    """Parse one document's text into a ``Document`` whose spans index the canonical text."""
    name = source or doc_id
    if "\x00" in raw:
        raise DocumentError(f"{name}: binary file (NUL character in text)")
    text, pages = _canonical_text(raw)
    if not text.strip():
        raise DocumentError(f"{name}: empty file")
    number, head, head_end = _head(text, name)
    notes_start, notes = _footnote_lines(text)
    paragraphs = _paragraph_spans(text, head_end, notes_start)
    footnotes = _attach_markers(text, notes, head.start, notes_start)
    title = text[head.start:head.end]
    extra: dict[str, str] = {}
    parties = parse_parties(title, extra)
    listed = [text[p.start:p.end] for p in paragraphs]
    if parties["recipient"] is None and (to := addressed_to(listed, extra)):
        parties["recipient"], parties["recipient_title"] = to
    place, date, date_text = (
        parse_dateline(text[paragraphs[0].start:paragraphs[0].end]) if paragraphs else (None,) * 3)
    signature = _signature(text, paragraphs)
    volume, url = _volume_url(doc_id)
    return Document(
        id=doc_id, text=text, title=title, head=head, number=number,
        author=parties["author"], author_title=parties["author_title"],
        recipient=parties["recipient"], recipient_title=parties["recipient_title"],
        place=place, date=date, date_text=date_text, signature=signature,
        body=Span(paragraphs[0].start, paragraphs[-1].end) if paragraphs else None,
        paragraphs=tuple(paragraphs), footnotes=tuple(footnotes), pages=tuple(pages),
        source=source, volume=volume, url=url, extra=extra,
    )


def _canonical_text(raw: str) -> tuple[str, list[PageBreak]]:
    """Normalise newlines and BOM, and cut ``[Page N]`` markers out (plus one space, where that leaves
    the words around it apart), remembering where each new page starts so offsets stay exact."""
    raw = raw.removeprefix("\ufeff").replace("\r\n", "\n")
    out: list[str] = []
    pages: list[PageBreak] = []
    pos = length = 0
    for m in _PAGE_RE.finditer(raw):
        start, end = m.start(), m.end()
        if raw[end:end + 1] == " ":
            end += 1
        elif start > pos and raw[start - 1] == " " and not raw[end:end + 1].isalnum():
            start -= 1  # "page [Page 7]\n"; "of course [Page 441]counter" keeps its space
        out.append(raw[pos:start])
        length += start - pos
        pages.append(PageBreak(number=m.group(1), offset=length))
        pos = end
    out.append(raw[pos:])
    return "".join(out), pages


def _head(text: str, name: str) -> tuple[str | None, Span, int]:
    """Locate the head line (first non-blank line); split off its number and trailing
    footnote marker. Returns (number, head span, end of the head line)."""
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[start:line_end].rstrip()
    m = NUMBER_RE.match(line)
    number = m.group(1) if m else None
    head_start = start + (m.end() if m else 0)
    head_end = start + len(line)
    marker = _head_marker(text[head_start:head_end])
    if marker is not None:
        head_end = head_start + marker
    title = text[head_start:head_end]
    untitled = number is not None and not title  # a volume's document with no head text
    if not untitled and not _looks_like_title(title, numbered=number is not None):
        shown = line if len(line) <= 60 else line[:57] + "..."
        raise DocumentError(f"{name}: no recognisable head line (got {shown!r})")
    return number, Span(head_start, head_end), line_end


def _head_marker(line: str) -> int | None:
    """Where a head line's footnote marker starts, if it has one; "June 1" ends in a day, not a note."""
    glued = _HEAD_MARKER_RE.search(line)
    if glued and glued.start() > 0:
        return glued.start()
    spaced = _SPACED_MARKER_RE.search(line)
    if spaced and line[: spaced.start()].split()[-1].rstrip(".,") not in MONTHS:
        return spaced.start()
    return None


def _looks_like_title(title: str, *, numbered: bool) -> bool:
    """A title is short and mostly letters; an unnumbered one must also start with a capital and
    be title-cased so that a stray body line is not taken for a head."""
    chars = [c for c in title if not c.isspace()]
    limit = 1200 if numbered else 400  # treaty titles run long; a stray body line is not numbered
    first = title.lstrip("“\"‘([")[:1]
    if not chars or len(title) > limit or not (first.isupper() or numbered and first.isalpha()):
        return False  # a numbered head may open in lower case ("42. the Chargé ...", a volume's typo)
    if sum(c.isalpha() for c in chars) / len(chars) < 0.6:
        return False
    if numbered:
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", title) if w.lower() not in _STOPWORDS]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.5



def _footnote_lines(text: str) -> tuple[int, list[tuple[str, Span]]]:
    """Find the trailing block of indented ``N. note`` lines (with indented
    continuation lines); returns where the block starts and each note's span."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = len(lines)
    while i > 0 and (not lines[i - 1][1].strip() or lines[i - 1][1][:1] in " \t"):
        i -= 1
    starts = [j for j in range(i, len(lines)) if _NOTE_START_RE.match(lines[j][1])]
    if not starts:
        return len(text), []
    notes: list[tuple[str, Span]] = []
    sources = 0
    for k, j in enumerate(starts):
        last = (starts[k + 1] if k + 1 < len(starts) else len(lines)) - 1
        m = _NOTE_START_RE.match(lines[j][1])
        assert m is not None  # ``starts`` holds the lines this matches
        end = lines[last][0] + len(lines[last][1])
        end = lines[j][0] + len(text[lines[j][0]:end].rstrip())
        if m.group(1) is None:  # numbered like the TEI reader's archival source notes
            sources += 1
        number = m.group(1) or ("source" if sources == 1 else f"source-{sources}")
        notes.append((number, Span(lines[j][0] + m.end(), end)))
    return lines[starts[0]][0], notes


def _paragraph_spans(text: str, start: int, end: int) -> list[Span]:
    """Blank-line separated paragraphs of ``text[start:end]``, whitespace-stripped."""
    spans = []
    pos = start
    for sep in [*_PARA_SEP_RE.finditer(text, start, end), None]:
        chunk_end = sep.start() if sep else end
        chunk = text[pos:chunk_end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append(Span(pos + lead, pos + len(chunk.rstrip())))
        pos = sep.end() if sep else end
    return spans


def _attach_markers(text: str, notes: list[tuple[str, Span]], start: int, end: int
                    ) -> list[Footnote]:
    """Find each note's marker in order: digits glued to a word or after punctuation,
    the first such occurrence after the previous marker (never part of a number)."""
    footnotes = []
    for number, span in notes:
        if number.startswith("source"):  # an archival source note has no marker in the text
            footnotes.append(Footnote(number, span, None))
            continue
        pattern = re.compile(
            rf"(?:(?<=[^\W\d_])|(?<=[.,;:!?)\]”’\"])){number}(?!\w)")
        m = pattern.search(text, start, end)
        if m:
            start = m.end()
        footnotes.append(Footnote(number, span, Span(m.start(), m.end()) if m else None))
    return footnotes


def parse_dateline(line: str) -> tuple[str | None, str | None, str | None]:
    """Read place, ISO date and the date as written from a short paragraph like
    ``Washington, March 11, 1930—4 p.m.``; (None, None, None) if it is no dateline."""
    m = _DATE_RE.search(line)
    if not m or "\n" in line or len(line) > 200 or len(line) - m.end() > 100:
        return None, None, None
    prefix = line[:m.start()]
    tokens = re.findall(r"[^\W\d_][\w’'.-]*", prefix)
    if re.search(r"\d", prefix) or len(prefix) > 100 or any(
            not t[0].isupper() and t not in _DATELINE_WORDS for t in tokens):
        return None, None, None
    month = m.group("month") or m.group("month2")
    day = m.group("day") or m.group("day2")
    date = m.group("year")
    if month:
        date += f"-{MONTHS[month]:02d}" + (f"-{int(day):02d}" if day else "")
    end = m.end()
    t = _TIME_RE.match(line, end)
    end = t.end() if t else end
    return place_of(prefix), date, line[m.start():end].rstrip(" ,")


def place_of(written: str) -> str | None:
    """The place in ``Department of State, Washington``: the first comma-separated
    part that is not an institution (``Washington``)."""
    parts = [p.strip(" []") for p in written.split(",")]
    parts = [p for p in parts if p]
    places = [p for p in parts if not _INSTITUTION_RE.search(p)] or parts
    return places[0] if places else None


#: the number of a footnote the page hangs on the signature, spaced or not
_FOOTNOTE_MARK_RE = re.compile(r"(?<=[^\W\d_])\s?\d{1,2}$")
#: the telegram's mark closing a quoted letter, after that letter's signature
_QUOTE_END_RE = re.compile(r"\s+(?:END\s+QUOTE|UNQUOTE)\.?$")


def _signature(text: str, paragraphs: list[Span]) -> str | None:
    """The last body paragraph when it is just a personal name (``Hull``, ``W. Q. Gresham.``), past a
    line that lists what goes with the letter ("Attachments")."""
    while paragraphs and _ENCLOSURE_LINE_RE.fullmatch(text[paragraphs[-1].start:paragraphs[-1].end].strip()):
        paragraphs = paragraphs[:-1]
    if len(paragraphs) < 2:
        return None
    last = text[paragraphs[-1].start:paragraphs[-1].end]
    unmarked = _FOOTNOTE_MARK_RE.sub("", last.strip())
    name = unmarked if len(unmarked.split()) >= 2 else last.strip()  # "Brent Scowcroft 2", not "Item 2"
    name = _QUOTE_END_RE.sub("", name).rstrip(".,").strip()  # a quoted letter's "Richard Nixon END QUOTE"
    tokens = name.split()
    if "\n" in last or not 1 <= len(tokens) <= 5 or len(name) > 60:
        return None
    if any(t.rstrip(".").capitalize() in _NOT_NAMES for t in tokens) or tokens[0].lower() in _STOPWORDS:
        return None  # "The": a sentence cut short where the copy ends, no one's name
    if not all(NAME_TOKEN_RE.match(t) or t in _PARTICLES for t in tokens):
        return None
    return name if re.fullmatch(r"[^\W\d_][\w’'-]+", tokens[-1]) else None


def _volume_url(doc_id: str) -> tuple[str | None, str | None]:
    """FRUS ids like ``frus1969-76v09-d145`` name the volume and the history.state.gov page."""
    m = re.fullmatch(r"(frus[0-9A-Za-z-]+)-(d\d+[a-z]?)", doc_id)
    if not m:
        return None, None
    return m.group(1), public_page(m.group(1), m.group(2))
