"""Tests for cross-references between the documents of a volume (kg.documents.xrefs):
documents cited by number ("Document 2") and telegrams cited by number ("your telegram
No. 132") become references, and every export draws them as document -> document edges."""
from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from rdflib.namespace import DCTERMS

from kg import export
from kg.documents import Document, read_tei_volume
from kg.documents.xrefs import _citation_words, _written_numbers
from kg.extract.model import Extraction
from kg.graph import build_graph, document_iri
from kg.store import open_store

CITES = Path(__file__).parents[1] / "data" / "tei" / "frus1918Cites.xml"


@pytest.fixture(scope="module")
def volume() -> dict[str, Document]:
    items = list(read_tei_volume(CITES))
    assert all(isinstance(d, Document) for d in items), items
    return {d.id.rsplit("-", 1)[1]: d for d in items}  # type: ignore[union-attr]


def test_documents_cited_by_number_in_text_and_notes(volume: dict[str, Document]) -> None:
    # "Documents 1 and 2" in the editorial note; "Document 9" is no document of the volume,
    # and the footnote's "Senate Document 4, 65th Cong." is another series.
    assert volume["d3"].references == ("frus1918Cites-d1", "frus1918Cites-d2")
    # "See Document 2." in a footnote; "Document 3 in Foreign Relations, 1917" is another
    # volume and "the committee's document 3" (lower case) is no FRUS document.
    assert volume["d4"].references == ("frus1918Cites-d2",)


def test_numbered_telegram_resolves_to_the_telegram_of_that_number(volume: dict[str, Document]) -> None:
    assert volume["d2"].references == ("frus1918Cites-d1",)  # "Your telegram No. 132": d1 opens "132."
    assert volume["d1"].references == ()
    # "The Legation's telegram No. 1098": the post's telegram to the Department (d2); its
    # "telegram No. 132" is none, for 132 is the Department's telegram to the post.
    assert volume["d5"].references == ("frus1918Cites-d2",)


@pytest.mark.parametrize(("written", "numbers"), [
    ("see Document 12.", [12]),
    ("Documents 144 and 145", [144, 145]),
    ("Documents 3, 4, and 7", [3, 4, 7]),
    ("Documents 12–14", [12, 13, 14]),
    ("Document 12, 1918", [12]),       # a year is no document number
    ("Documents 5–900", [5, 900]),     # too long a range: only its ends
])
def test_written_numbers(written: str, numbers: list[int]) -> None:
    words = _citation_words()
    m = words.pattern.search(written)
    assert m is not None
    assert list(_written_numbers(m.group("numbers"), words.ranges)) == numbers


def test_graph_and_graphml_export_carry_the_document_to_document_edge(
        volume: dict[str, Document], tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    for doc in volume.values():
        store.replace_graph(build_graph(doc, Extraction(doc_id=doc.id)))
    citing, cited = document_iri("frus1918Cites-d4"), document_iri("frus1918Cites-d2")
    graph = build_graph(volume["d4"], Extraction(doc_id=volume["d4"].id))
    assert (citing, DCTERMS.references, cited) in graph
    assert (citing, DCTERMS.references, document_iri("frus1918Cites-d3")) not in graph
    buf = io.BytesIO()
    export(store, "graphml", buf, view="items")
    drawn = nx.read_graphml(io.BytesIO(buf.getvalue()))
    edges = {(u, v) for u, v, r in drawn.edges(data="relation") if r == "references"}
    assert (str(citing), str(cited)) in edges
    assert (str(document_iri("frus1918Cites-d3")), str(document_iri("frus1918Cites-d9"))) not in edges
    assert len(edges) == 5  # d2->d1, d3->d1, d3->d2, d4->d2, d5->d2
