"""Resolution of the actors of the small real TEI volume (tests/data/tei/frus1918Test.xml)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.documents import Document, DocumentError, Span, read_documents
from kg.extract.model import Actor
from kg.resolve import resolve_actors
from kg.resolve.model import EntityRef

VOLUME = Path(__file__).parents[1] / "data" / "tei" / "frus1918Test.xml"


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    return {d.id: d for d in read_documents(VOLUME) if not isinstance(d, DocumentError)}


def actor(doc: Document, text: str, kind: str = "Person", role: str = "other",
          occurrence: int = 1) -> Actor:
    """The actor the extractor would give for the n-th occurrence of ``text``."""
    found = list(re.finditer(re.escape(text), doc.text))[occurrence - 1]
    span = Span(found.start(), found.end())
    return Actor(re.sub(r"\W+", "-", text.lower()), text, kind, role, (text,), (span,))


def resolve(doc: Document, a: Actor) -> EntityRef:
    return resolve_actors(doc, [a])[a.key]


def test_the_volume_carries_its_persons_list(docs: dict[str, Document]) -> None:
    names = {p.name for p in docs["frus1918Test-d1"].roster}
    assert names == {"Lansing, Robert", "Owen, William H.", "Schmedeman, Albert G."}


def test_a_marked_up_person_is_keyed_by_name_across_volumes(docs: dict[str, Document]) -> None:
    ref = resolve(docs["frus1918Test-d1"], actor(docs["frus1918Test-d1"], "Schmedeman", role="recipient"))
    assert (ref.key, ref.label, ref.via) == ("person/schmedeman--albert-g", "Albert G. Schmedeman", "mark-up")


def test_two_documents_name_one_person(docs: dict[str, Document]) -> None:
    d1, d2 = docs["frus1918Test-d1"], docs["frus1918Test-d2"]
    recipient = resolve(d1, actor(d1, "Schmedeman", role="recipient"))
    author = resolve(d2, actor(d2, "Schmedeman", role="author"))
    signature = resolve(d2, actor(d2, "A. G. Schmedeman"))
    assert recipient.key == author.key == signature.key


def test_an_office_is_the_person_the_list_gives_for_it(docs: dict[str, Document]) -> None:
    d1 = docs["frus1918Test-d1"]
    office = resolve(d1, actor(d1, "Secretary of State", role="author"))
    signature = resolve(d1, actor(d1, "Lansing"))
    assert office.key == signature.key == "person/lansing--robert"
    assert office.via == "office in persons list"


def test_an_office_the_head_line_names_is_its_holder(docs: dict[str, Document]) -> None:
    d2 = docs["frus1918Test-d2"]
    ref = resolve(d2, actor(d2, "Minister in Norway"))
    assert ref.key == "person/schmedeman--albert-g" and ref.via == "office in head line"


def test_a_person_not_in_the_list_is_keyed_by_surname_in_the_volume(docs: dict[str, Document]) -> None:
    d3 = docs["frus1918Test-d3"]
    ref = resolve(d3, actor(d3, "Gresham", role="author"))
    assert ref.key == "person/frus1918Test/gresham" and ref.label == "Gresham"


def test_a_government_by_demonym(docs: dict[str, Document]) -> None:
    d1 = docs["frus1918Test-d1"]
    ref = resolve(d1, actor(d1, "Norwegian Government", kind="Government"))
    assert (ref.key, ref.kind, ref.label) == ("state/NO", "Government", "Norway")


def test_what_cannot_be_resolved_stays_in_its_document(docs: dict[str, Document]) -> None:
    d1 = docs["frus1918Test-d1"]
    ref = resolve(d1, actor(d1, "War Trade Board", kind="Government"))
    assert ref.is_local and ref.key.startswith("local/frus1918Test-d1/")
