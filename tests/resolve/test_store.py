"""The whole build with resolution: one entity per person in the store, graphs that conform."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.namespace import PROV, RDF

from kg.build import build
from kg.queries import query_names, run_query
from kg.resolve.summary import entities
from kg.store import open_store
from kg.vocab import DIP

VOLUME = Path(__file__).parents[1] / "data" / "tei" / "frus1918Test.xml"
SEED = Path(__file__).parents[2] / "seeds" / "frus1969-76v09-d145.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory, extractor):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path_factory.mktemp("resolve") / "store")
    summary = build([VOLUME], store, extractor=extractor)
    yield summary, list(store.quads())
    store.close()


def test_the_graphs_conform_to_the_shapes(built) -> None:  # type: ignore[no-untyped-def]
    summary, _ = built
    assert summary.documents == 4 and not summary.failures
    assert summary.violations == 0, [line for r in summary.reports for line in r.lines()]


def test_two_documents_naming_one_person_give_one_entity(built) -> None:  # type: ignore[no-untyped-def]
    _, quads = built
    found = [e for e in entities(quads).values() if any("Schmedeman" in label for label in e.labels)]
    assert len(found) == 1
    (schmedeman,) = found
    assert schmedeman.pref_labels == {"Albert G. Schmedeman"}
    assert {d.rsplit("/", 1)[-1] for d in schmedeman.documents} >= {"frus1918Test-d1", "frus1918Test-d2"}
    assert len(schmedeman.actors) >= 2


def test_every_actor_has_exactly_one_entity(built) -> None:  # type: ignore[no-untyped-def]
    _, quads = built
    actor_type = ox.NamedNode(str(DIP.Actor))
    actors = {q.subject for q in quads if q.predicate.value == str(RDF.type) and q.object == actor_type}
    links = [q.subject for q in quads if q.predicate.value == str(PROV.specializationOf)]
    assert actors and sorted(links, key=str) == sorted(actors, key=str)


@pytest.fixture(scope="module")
def store_with_entities(tmp_path_factory, extractor):  # type: ignore[no-untyped-def]
    """The test volume, and the seed under two names: its actors' entities are described in two graphs."""
    folder = tmp_path_factory.mktemp("resolve-queries")
    for name in ("frus1969-76v09-d145", "frus1969-76v09-d145-copy"):
        (folder / f"{name}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    store = open_store(folder / "store")
    summary = build([VOLUME, folder], store, extractor=extractor, validate=False)
    assert summary.documents == 6 and not summary.failures
    yield store
    store.close()


@pytest.mark.parametrize("name", query_names())
def test_an_entity_described_in_several_graphs_gives_no_repeated_rows(store_with_entities, name) -> None:  # type: ignore[no-untyped-def]
    """Each graph repeats its entities' labels; a query that joined them across graphs would repeat rows."""
    rows = run_query(store_with_entities, name).rows
    assert len(rows) == len({tuple(row) for row in rows}), name
