"""Cross-references between the documents of one volume.

FRUS documents cite each other four ways, and each becomes a link:

* mark-up that names a document: ``<ref target="#d12">`` (read by the TEI reader);
* mark-up that names a page: ``see telegram No. 63, September 19, …, <ref
  target="#pg_216">p. 216</ref>`` — linked when exactly one document on that
  page fits the telegram number and date written before the reference;
* words naming a document of the volume by its number: ``Document 144``, ``see
  Documents 144 and 145`` (editorial notes and footnotes) — linked when the volume
  holds a document numbered so; the words live in ``data/citations.json``, with the
  series that are not this volume ("Senate Document 7", "Document 12, 67th Cong.");
* words: ``Your 318, September 21, 5 p.m.`` or ``my No. 2089`` — telegrams are
  numbered per channel (the Department to a post, or a post to the
  Department), so "your 318" in a message from X to Y is the message numbered
  318 that Y sent to X (the number that opens its first paragraph), dated no
  later, and on the day written after the number if one is; "the Legation's
  telegram No. 12" is the citing document's post's telegram to the Department.

A reference is linked only when exactly one document fits, so a link is never a guess
between candidates.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from .model import Document, DocumentError, Span
from .months import MONTH_NAMES, MONTHS

DEPARTMENT = "department"
_DEPARTMENT_RE = re.compile(r"Secretary of State|Department of State|\bDepartment\b")
_OPENING_NUMBER_RE = re.compile(r"(\d{1,5})\.\s")
_DAY = rf"(?P<month>{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})\b"
_CITED_RE = re.compile(
    r"\b(?P<whose>[Yy]our|[Mm]y|[Oo]ur|Department’s|Department's)\s+"
    r"(?P<kind>(?:telegram|cable|cablegram)\s+(?:No\.\s*)?|No\.\s*)?"
    r"(?P<number>\d{1,5})\b(?![,.]?\d)"
    rf"(?:[,.]?\s+{_DAY})?(?P<end>[.,;:)]|\s+of\b)?")
_CONTEXT_NUMBER_RE = re.compile(r"(?:No\.|telegram|despatch|instruction)\s*(\d{1,5})\b")
_CONTEXT_DAY_RE = re.compile(_DAY)
_CITATIONS = Path(__file__).with_name("data") / "citations.json"
#: The most documents one written range ("Documents 12–20") stands for.
_LONGEST_RANGE = 50

#: A telegram channel and number: (sender, receiver, number).
_Channel = tuple[str | None, str | None, str]


@dataclass(frozen=True)
class PageReference:
    """``<ref target="#pg_N">`` inside a document: the page and where the reference is."""

    page: str
    span: Span


def link_volume(items: Iterable[Document | DocumentError],
                page_references: dict[str, list[PageReference]],
                start_pages: dict[str, str | None]) -> Iterator[Document | DocumentError]:
    """The volume's items in order, each document with its resolved references added."""
    listed = list(items)
    documents = [d for d in listed if isinstance(d, Document)]
    telegrams = _telegram_index(documents)
    numbers = _number_index(documents)
    pages = _page_index(documents, start_pages)
    for item in listed:
        if isinstance(item, DocumentError):
            yield item
            continue
        found = [*item.references,
                 *(_page_target(item, ref, pages) for ref in page_references.get(item.id, ())),
                 *_cited_documents(item, numbers),
                 *_cited_telegrams(item, telegrams)]
        targets = tuple(dict.fromkeys(t for t in found if t and t != item.id))
        yield replace(item, references=targets) if targets != item.references else item


# -- documents cited by number ---------------------------------------------------

@dataclass(frozen=True)
class _CitationWords:
    """``data/citations.json`` compiled: the citation pattern and the words that send it elsewhere."""

    pattern: re.Pattern[str]
    post_telegram: re.Pattern[str]
    post_determiners: frozenset[str]
    ranges: frozenset[str]
    other_series_before: tuple[str, ...]
    other_volume_after: tuple[str, ...]


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _citation_words() -> _CitationWords:
    data = json.loads(_CITATIONS.read_text(encoding="utf-8"))
    conjunctions = _alternatives(w for w in data["joiners"] if w.isalpha())  # ", and 7"
    separator = rf"\s*(?:{_alternatives([*data['joiners'], *data['ranges']])})(?:\s*(?:{conjunctions}))?\s*"
    number = r"\d{1,4}(?![.,]?\d)"
    not_a_year = r"(?!1[5-9]\d\d\b)"  # "Document 12, 1918"
    # Patterns open with their nouns (no ``\b``), which keeps them fast; the word before is checked apart.
    pattern = re.compile(rf"(?:{_alternatives(data['nouns'])})\s+"
                         rf"(?P<numbers>{number}(?:{separator}{not_a_year}{number})*)")
    post_telegram = re.compile(
        rf"(?:{_alternatives(data['posts'])})[’']s\s+"
        rf"(?:{_alternatives(data['telegram_nouns'])})\s+No\.\s*(?P<number>\d{{1,5}})\b(?![,.]?\d)"
        rf"(?:[,.]?\s+{_DAY})?")
    return _CitationWords(pattern, post_telegram, frozenset(data["post_determiners"]),
                          frozenset(data["ranges"]), tuple(data["other_series_before"]),
                          tuple(data["other_volume_after"]))


def _number_index(documents: list[Document]) -> dict[str, str]:
    """Document number -> id, for the numbers exactly one document of the volume carries."""
    ids: dict[str, list[str]] = defaultdict(list)
    for doc in documents:
        if doc.number:
            ids[doc.number].append(doc.id)
    return {number: found[0] for number, found in ids.items() if len(found) == 1}


def _cited_documents(doc: Document, numbers: dict[str, str]) -> Iterator[str]:
    """Documents of the volume cited as "Document 144", "Documents 144 and 145", "Documents
    12–14", anywhere in the text (editorial notes and footnotes cite so)."""
    words = _citation_words()
    for m in words.pattern.finditer(doc.text):
        before = doc.text[max(0, m.start() - 20):m.start()]
        if before[-1:].isalnum():
            continue  # inside a word
        before = before.rstrip()
        after = re.split(r"[;)\n]", doc.text[m.end():m.end() + 40], maxsplit=1)[0]
        if before.endswith(words.other_series_before) or any(w in after for w in words.other_volume_after):
            continue  # another series or another volume
        for cited in _written_numbers(m.group("numbers"), words.ranges):
            if str(cited) in numbers:
                yield numbers[str(cited)]


def _written_numbers(written: str, ranges: frozenset[str]) -> Iterator[int]:
    """The numbers of "144 and 145" or "12–14" (a range no longer than ``_LONGEST_RANGE``)."""
    previous: int | None = None
    in_range = False
    for token in re.findall(r"\d+|[^\d\s,]+", written):
        if not token.isdigit():
            in_range = token in ranges
            continue
        number = int(token)
        if in_range and previous is not None and 0 < number - previous <= _LONGEST_RANGE:
            yield from range(previous + 1, number + 1)
        else:
            yield number
        previous, in_range = number, False


# -- telegrams cited in words ----------------------------------------------------

def _channel_end(name: str | None) -> str | None:
    """One end of a telegram channel: the Department, or the post named by its person."""
    if not name:
        return None
    return DEPARTMENT if _DEPARTMENT_RE.search(name) else name.lower()


def _opening_number(doc: Document) -> str | None:
    """A telegram's own number opens its first paragraph after the dateline: ``545. For …``."""
    for para in doc.paragraphs[:2]:
        m = _OPENING_NUMBER_RE.match(doc.text, para.start, para.end)
        if m:
            return m.group(1)
    return None


def _telegram_index(documents: list[Document]) -> dict[_Channel, list[Document]]:
    """(sender, receiver, number) -> the telegrams that open with that number."""
    index: dict[_Channel, list[Document]] = defaultdict(list)
    for doc in documents:
        number = _opening_number(doc)
        sender, receiver = _channel_end(doc.author), _channel_end(doc.recipient)
        if number and sender and receiver:
            index[(sender, receiver, number)].append(doc)
    return index


def _cited_telegrams(doc: Document, index: dict[_Channel, list[Document]]) -> Iterator[str]:
    """Documents cited as "your 318", "my No. 2089", "Department's 45", "the Legation's
    telegram No. 12" in the body."""
    author, recipient = _channel_end(doc.author), _channel_end(doc.recipient)
    if doc.body is None or author is None or recipient is None:
        return
    post = recipient if author == DEPARTMENT else author
    for m in _CITED_RE.finditer(doc.text, doc.body.start, doc.body.end):
        if not (m.group("kind") or m.group("month") or m.group("end")):
            continue  # "our 45 tons" is no telegram
        whose = m.group("whose").lower()
        if whose == "your":
            channel = (recipient, author)
        elif whose.startswith("department"):
            channel = (DEPARTMENT, post)
        else:
            channel = (author, recipient)
        yield from _the_one_cited(doc, index, channel, m)
    if DEPARTMENT in (author, recipient):  # the post is the one end that is not the Department
        words = _citation_words()
        for m in words.post_telegram.finditer(doc.text, doc.body.start, doc.body.end):
            if _word_before(doc.text, m.start()) in words.post_determiners:  # not "the British Legation's"
                yield from _the_one_cited(doc, index, (post, DEPARTMENT), m)


def _the_one_cited(doc: Document, index: dict[_Channel, list[Document]],
                   channel: tuple[str, str], m: re.Match[str]) -> Iterator[str]:
    """The telegram of the channel with the cited number, no later than ``doc`` and on
    the day written, if exactly one fits."""
    fits = [c for c in index.get((*channel, m.group("number")), ())
            if c.id != doc.id and _not_later(c, doc) and _on_day(c, m.group("month"), m.group("day"))]
    if len(fits) == 1:
        yield fits[0].id


def _word_before(text: str, offset: int) -> str:
    """The word that ends just before ``offset`` (one space apart)."""
    if offset < 2 or text[offset - 1] != " ":
        return ""
    start = offset - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:offset - 1]


def _not_later(cited: Document, citing: Document) -> bool:
    return not (cited.date and citing.date) or cited.date[:10] <= citing.date[:10]


def _on_day(doc: Document, month: str | None, day: str | None) -> bool:
    """True when no day is written, or the document is dated that day."""
    if not month or not day:
        return True
    return doc.date is not None and doc.date[5:10] == f"{MONTHS[month]:02d}-{int(day):02d}"


# -- references to pages -----------------------------------------------------------

def _page_index(documents: list[Document], start_pages: dict[str, str | None]
                ) -> dict[str, list[Document]]:
    """Every printed page -> the documents printed on it (where they start, and each
    page break inside them)."""
    index: dict[str, list[Document]] = defaultdict(list)
    for doc in documents:
        for page in dict.fromkeys([start_pages.get(doc.id), *(p.number for p in doc.pages)]):
            if page:
                index[page].append(doc)
    return index


def _page_target(doc: Document, ref: PageReference, pages: dict[str, list[Document]]) -> str | None:
    """The one document on the page that fits the telegram number and the day written
    before the reference (in its line of text); a clue that fits none is ignored.
    None if no document or several fit."""
    candidates = [c for c in pages.get(ref.page, ()) if c.id != doc.id]
    context = doc.text[doc.text.rfind("\n", 0, ref.span.start) + 1:ref.span.start]
    numbers = _CONTEXT_NUMBER_RE.findall(context)
    if numbers:
        candidates = _narrowed(candidates, lambda c: _opening_number(c) == numbers[-1])
    days = list(_CONTEXT_DAY_RE.finditer(context))
    if days:
        month, day = days[-1].group("month"), days[-1].group("day")
        candidates = _narrowed(candidates, lambda c: _on_day(c, month, day))
    return candidates[0].id if len(candidates) == 1 else None


def _narrowed(candidates: list[Document], fits: Callable[[Document], bool]) -> list[Document]:
    """The candidates that fit, or all of them if none does."""
    return [c for c in candidates if fits(c)] or candidates
