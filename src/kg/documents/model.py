"""The document model every reader produces and every later stage consumes.

Character offsets into ``Document.text`` are the basis of all evidence, so the
model stores spans rather than copies of the text they cover.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

# The documents stage's error lives in the one error tree; re-exported for the readers here.
from ..errors import DocumentError as DocumentError

#: Where history.state.gov publishes each FRUS document: ``<base>/<volume>/<doc>``.
HISTORICAL_DOCUMENTS = "https://history.state.gov/historicaldocuments"



@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` of ``Document.text``."""

    start: int
    end: int


@dataclass(frozen=True)
class Footnote:
    """A note; ``span`` covers its text, ``marker`` the marker in the body.

    Numbered notes are numbered ``1, 2, …`` in reading order; archival source
    notes, which carry no number in print, are numbered ``source``,
    ``source-2``, … and have no marker.
    """

    number: str
    span: Span
    marker: Span | None = None


@dataclass(frozen=True)
class PageBreak:
    """Page ``number`` of the printed volume starts at ``offset`` of the text."""

    number: str
    offset: int


@dataclass(frozen=True)
class Person:
    """An entry of a volume's list of persons: one real person for the whole volume.

    ``volume`` is the volume whose list holds the entry (a volume may point into
    another volume's list); ``description`` is the list's gloss ("Secretary of
    War."), None when the list itself was not read.
    """

    id: str
    volume: str
    name: str
    description: str | None = None

    @property
    def key(self) -> str:
        """Unique across volumes: ``<volume>/<id>``."""
        return f"{self.volume}/{self.id}"


@dataclass(frozen=True)
class PersonMention:
    """A span of the text that the source marks up as naming ``person``; ``role`` is
    ``author`` or ``recipient`` when the mark-up says so (in the head line)."""

    span: Span
    person: Person
    role: str | None = None


@dataclass(frozen=True)
class Document:
    """One document: canonical text plus the metadata its head line, dateline,
    signature and notes give."""

    id: str
    text: str
    title: str
    head: Span
    number: str | None = None
    author: str | None = None
    author_title: str | None = None
    recipient: str | None = None
    recipient_title: str | None = None
    place: str | None = None
    date: str | None = None
    date_text: str | None = None
    date_min: str | None = None
    date_max: str | None = None
    signature: str | None = None
    body: Span | None = None
    paragraphs: tuple[Span, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    pages: tuple[PageBreak, ...] = ()
    persons: tuple[PersonMention, ...] = ()
    references: tuple[str, ...] = ()
    source: str = ""
    volume: str | None = None
    url: str | None = None
    # kg.resolve hook: the whole persons list of the document's volume (offices at a date)
    roster: tuple[Person, ...] = ()
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def public_page(volume: str, local_id: str) -> str:
    """The document's page on history.state.gov."""
    return f"{HISTORICAL_DOCUMENTS}/{quote(volume, safe='')}/{quote(local_id, safe='')}"
