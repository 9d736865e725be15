"""Entity digests: the corpus-wide queries that read them give the answers of the aggregates over every
actor, and the upgrade of a store built without them writes the digests a build writes."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.queries import run_query
from kg.resolve import add_digests, add_store_digests
from kg.resolve.view import summary_graph
from kg.store import open_store
from kg.store.base import insert_data_update
from kg.vocab import DIP, IriScheme

#: The same named queries as they were before the digests: an aggregate over every actor and item.
AGGREGATES = Path(__file__).parents[1] / "queries" / "data" / "aggregate"
#: The columns whose cells are comma-separated sets (GROUP_CONCAT gives them in no set order).
LISTS = {"kind", "roles", "documentIds"}
DIGEST_PROPERTIES = {str(p) for p in (DIP.documentRole, DIP.actorClass, DIP.documentId, DIP.documentDate,
                                      DIP.issuedCount, DIP.receivedCount, DIP.approvedCount,
                                      DIP.rejectedCount, DIP.proposedCount, DIP.tallyDocument,
                                      DIP.instructionCount, DIP.tallyIssuer, DIP.tallyAddressee,
                                      DIP.tallyIssuerLabel, DIP.tallyAddresseeLabel, DIP.decisionCount)}


def answer(store, query, **values) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    rows = run_query(store, query, **values).dicts()
    as_sets = ({k: frozenset(v.split(", ")) if k in LISTS and v else v for k, v in r.items()} for r in rows)
    return sorted(as_sets, key=repr)


@pytest.mark.parametrize("name", ["actors", "actor-profile", "actor-network", "stance-timeline"])
@pytest.mark.parametrize("values", [{}, {"actor": "Kissinger"}, {"document": "frus1969-76v09-d145"},
                                    {"since": "1900", "until": "1975"}])
def test_digest_queries_answer_as_the_aggregates_over_every_actor(seed_store, name, values) -> None:
    store, _ = seed_store
    expected = answer(store, str(AGGREGATES / f"{name}.rq"), **values)
    assert expected, "the fixture has actors for every variant"
    assert answer(store, name, **values) == expected


def test_counts_are_of_distinct_items_per_entity() -> None:
    """Two actors of one entity on one instruction count it once; a rejection is not an approval."""
    doc, entity = URIRef("http://x/doc/d1"), URIRef("http://x/entity/person/a")
    a1, a2, other = (URIRef(f"http://x/doc/d1/actor/{n}") for n in ("a1", "a2", "b"))
    g = Graph()
    g.add((doc, DCTERMS.identifier, Literal("d1")))
    for actor in (a1, a2):
        g.add((actor, PROV.specializationOf, entity))
        g.add((actor, RDF.type, DIP.Person))
        g.add((actor, DIP.role, DIP.AuthorRole))
    g.add((other, PROV.specializationOf, URIRef("http://x/entity/person/b")))
    instruction, decision = URIRef("http://x/doc/d1/instruction/1"), URIRef("http://x/doc/d1/decision/1")
    g.add((instruction, DIP.issuer, a1))
    g.add((instruction, DIP.issuer, a2))
    g.add((instruction, DIP.addressee, other))
    g.add((decision, DIP.decidedBy, a2))
    g.add((decision, DIP.stance, DIP.Reject))
    add_digests(g, doc)
    assert g.value(entity, DIP.issuedCount) == Literal(1)
    assert g.value(entity, DIP.rejectedCount) == Literal(1)
    assert g.value(entity, DIP.approvedCount) is None
    assert set(g.objects(entity, DIP.actorClass)) == {DIP.Person}
    assert g.value(entity, DIP.documentId) == Literal("d1")
    assert g.value(entity, DIP.documentDate) is None, "no date, no stand-in"


def test_tallies_count_instructions_per_pair_of_entities_or_names() -> None:
    """Two actors of one entity on one instruction make one pair counted once; an actor without an
    entity is tallied by its name, and an instruction to an actor without a name is not tallied."""
    doc, entity = URIRef("http://x/doc/d1"), URIRef("http://x/entity/person/a")
    a1, a2, named, nameless = (URIRef(f"http://x/doc/d1/actor/{n}") for n in ("a1", "a2", "b", "c"))
    g = Graph()
    g.add((entity, SKOS.prefLabel, Literal("Walter Q. Gresham")))
    for actor, name in ((a1, "Gresham"), (a2, "the Secretary")):
        g.add((actor, PROV.specializationOf, entity))
        g.add((actor, RDFS.label, Literal(name)))
    g.add((named, RDFS.label, Literal("Mr. Baker")))
    first, second, third = (URIRef(f"http://x/doc/d1/instruction/{n}") for n in (1, 2, 3))
    for instruction, issuers in ((first, (a1, a2)), (second, (a1,))):
        for issuer in issuers:
            g.add((instruction, DIP.issuer, issuer))
        g.add((instruction, DIP.addressee, named))
    g.add((third, DIP.issuer, a1))
    g.add((third, DIP.addressee, nameless))
    add_digests(g, doc)
    tallies = list(g.subjects(DIP.tallyDocument, doc))
    assert len(tallies) == 1
    tally = tallies[0]
    assert g.value(tally, DIP.instructionCount) == Literal(2)
    assert g.value(tally, DIP.tallyIssuer) == entity
    assert g.value(tally, DIP.tallyIssuerLabel) == Literal("Walter Q. Gresham")
    assert g.value(tally, DIP.tallyAddressee) is None
    assert g.value(tally, DIP.tallyAddresseeLabel) == Literal("Mr. Baker")


def without_digests(quads) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """N-Triples per named graph, the digests left out: a store as built before them."""
    graphs: dict[str, list[str]] = {}
    for q in quads:
        if q.predicate.value not in DIGEST_PROPERTIES:
            triple = ox.Triple(q.subject, q.predicate, q.object)
            graphs.setdefault(q.graph_name.value, []).append(f"{triple} .")
    return {name: "\n".join(lines) for name, lines in graphs.items()}


def test_upgrade_writes_the_digests_a_build_writes(seed_store, tmp_path) -> None:
    store, _ = seed_store
    summary = summary_graph(IriScheme())  # the corpus summary is tested in test_view.py
    quads = [q for q in store.quads() if q.graph_name.value != summary]
    built = {q for q in quads if q.predicate.value in DIGEST_PROPERTIES}
    assert built
    with open_store(tmp_path / "old") as old:
        old.update(insert_data_update(without_digests(quads)))
        graphs, added = add_store_digests(old)
        upgraded = {q for q in old.quads() if q.predicate.value in DIGEST_PROPERTIES}
        assert add_store_digests(old) == (0, 0), "a second pass finds nothing to add"
    assert upgraded == built
    assert added == len(built) and graphs == len({q.graph_name for q in built})


@pytest.mark.parametrize("values", [{"limit": 3}, {"limit": 1, "actor": "Nixon"},
                                    {"limit": 1, "since": "1900"}, {"limit": 2, "until": "1975"}])
def test_stance_timeline_with_a_limit_keeps_the_earliest_decisions(seed_store, values) -> None:
    """Sorting documents first, then their decisions, keeps the dates the sort of every decision keeps
    (which decision of a date at the cut is kept is not ordered in either)."""
    store, _ = seed_store
    aggregate = str(AGGREGATES / "stance-timeline.rq")
    expected = [row["date"] for row in run_query(store, aggregate, **values).dicts()]
    unlimited = run_query(store, "stance-timeline", **{**values, "limit": None}).dicts()
    assert len(unlimited) > len(expected) > 0, "the limit cuts the fixture's timeline"
    assert [row["date"] for row in run_query(store, "stance-timeline", **values).dicts()] == expected
