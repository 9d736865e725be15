"""The whole build with resolution: one entity per person in the store, graphs that conform."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.namespace import PROV, RDF

from kg.build import build
from kg.resolve.summary import entities
from kg.store import open_store
from kg.vocab import DIP

VOLUME = Path(__file__).parents[1] / "data" / "tei" / "frus1918Test.xml"


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
