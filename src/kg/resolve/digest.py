"""Per-document digests of the corpus entities: what each one does in one document, stated on the entity.

The named queries without parameters rank the entities of the whole corpus; reading every actor
of the top hundred (28,000 on the whole corpus) and then each one's roles, kind and items made
them take seconds. So each document graph also states, on each entity its actors specialize,
the roles those actors play there (``dip:documentRole``), their kinds (``dip:actorClass``), the
document's identifier and date, and how many instructions they issued and received and how many
options they approved, rejected and proposed there (written when not zero). A query reads them as
``GRAPH ?doc { ?entity ?p ?v }``: one index range per entity instead of a lookup per actor.
The actor network needs each pair of issuer and addressee, so each document graph also holds one
tally per pair (``dip:tallyDocument``): the two entities (or, for an actor not resolved, its name
alone), their labels and how many instructions of the document go from one to the other; and a
document with decisions of an actor on an option states how many (``dip:decisionCount``), so the
stance timeline sorts documents by date, not every decision.
Each graph keeps its own digest, so a rebuilt document replaces exactly its share;
``add_store_digests`` writes them into a store built before.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from ..vocab import ACTOR_KINDS, DIP

if TYPE_CHECKING:
    from ..store import Store

#: The count each item link adds to: (the item's link to its actor, the stance it must have, the count).
_COUNTED = (
    (DIP.issuer, None, DIP.issuedCount),
    (DIP.addressee, None, DIP.receivedCount),
    (DIP.decidedBy, DIP.Approve, DIP.approvedCount),
    (DIP.decidedBy, DIP.Reject, DIP.rejectedCount),
    (DIP.proposedBy, None, DIP.proposedCount),
)
_KINDS = frozenset(ACTOR_KINDS.values())


def digest_triples(g: Graph, document: URIRef) -> list[tuple[Node, Node, Node]]:
    """The digest triples of every entity that an actor of ``g`` specializes."""
    entity_of = {actor: entity for actor, entity in g.subject_objects(PROV.specializationOf)}
    triples: set[tuple[Node, Node, Node]] = set()
    for entity in set(entity_of.values()):
        for source, target in ((DCTERMS.identifier, DIP.documentId), (DCTERMS.date, DIP.documentDate)):
            triples.update((entity, target, value) for value in g.objects(document, source))
    for actor, entity in entity_of.items():
        triples.update((entity, DIP.documentRole, role) for role in g.objects(actor, DIP.role))
        triples.update((entity, DIP.actorClass, kind)
                       for kind in g.objects(actor, RDF.type) if kind in _KINDS)
    items: dict[tuple[Node, URIRef], set[Node]] = defaultdict(set)
    for link, stance, count in _COUNTED:
        for item, actor in g.subject_objects(link):
            owner = entity_of.get(actor)
            if owner is not None and (stance is None or (item, DIP.stance, stance) in g):
                items[owner, count].add(item)
    triples.update((entity, count, Literal(len(found))) for (entity, count), found in items.items())
    triples.update(tally_triples(g, document, entity_of))
    decisions = {d for d, _ in g.subject_objects(DIP.decidedBy) if (d, DIP.onOption, None) in g}
    if decisions:
        triples.add((document, DIP.decisionCount, Literal(len(decisions))))
    return sorted(triples, key=str)


def tally_triples(g: Graph, document: URIRef, entity_of: dict[Node, Node]) -> list[tuple[Node, Node, Node]]:
    """One tally per (issuer, addressee) pair of the instructions of ``g``: each side is its corpus
    entity where the actor has one, else its name (as the actor network groups them), with the label
    the network shows (the entity's preferred label in this graph, else the actor's name)."""
    pairs: dict[tuple[_Side, _Side], set[Node]] = defaultdict(set)
    for instruction, issuer in g.subject_objects(DIP.issuer):
        for addressee in g.objects(instruction, DIP.addressee):
            for pair in _sides_pairs(g, issuer, addressee, entity_of):
                pairs[pair].add(instruction)
    triples: list[tuple[Node, Node, Node]] = []
    for (source, target), instructions in pairs.items():
        key = "\n".join(str(part) for part in (*source, *target))
        tally = URIRef(f"{document}/tally/{hashlib.sha1(key.encode()).hexdigest()[:16]}")
        triples += [(tally, DIP.tallyDocument, document),
                    (tally, DIP.instructionCount, Literal(len(instructions))),
                    (tally, DIP.tallyIssuerLabel, source[1]), (tally, DIP.tallyAddresseeLabel, target[1])]
        for link, (entity, _) in ((DIP.tallyIssuer, source), (DIP.tallyAddressee, target)):
            if entity is not None:
                triples.append((tally, link, entity))
    return triples


#: One side of a tally: the corpus entity (None for an actor not resolved) and the label shown.
_Side = tuple[Node | None, Node]


def _sides_pairs(g: Graph, issuer: Node, addressee: Node,
                 entity_of: dict[Node, Node]) -> list[tuple[_Side, _Side]]:
    """The (issuer, addressee) sides one instruction counts for: none where an actor has no name."""
    issuers, addressees = _side(g, issuer, entity_of), _side(g, addressee, entity_of)
    return [(i, r) for i in issuers for r in addressees]


def _side(g: Graph, actor: Node, entity_of: dict[Node, Node]) -> list[_Side]:
    """The side of one actor: its entity and the entity's label, else its name (a name per label)."""
    names = sorted(g.objects(actor, RDFS.label), key=str)
    if not names:
        return []
    entity = entity_of.get(actor)
    if entity is None:
        return [(None, name) for name in names]
    labels = sorted(g.objects(entity, SKOS.prefLabel), key=str)
    return [(entity, labels[0] if labels else names[0])]


def add_digests(g: Graph, document: URIRef) -> int:
    """Add the digest of every entity of ``g`` (the graph of ``document``); the number of triples added."""
    before = len(g)
    for triple in digest_triples(g, document):
        g.add(triple)
    return len(g) - before


def add_store_digests(store: Store, batch: int = 200) -> tuple[int, int]:
    """Upgrade a store built without digests: each document graph that has corpus entities but no
    digest gets one, computed from its own triples as a build computes it (``batch`` graphs per update;
    nothing else is rewritten). Returns the graphs changed and the triples added."""
    from ..resources import load_query
    from ..store.base import insert_data_update

    facts: dict[str, Graph] = {}
    for row in store.raw_query(load_query("resolve/digest-facts")):
        graph, s, p, o = row["graph"], row["s"], row["p"], row["o"]
        facts.setdefault(graph.value, Graph()).add((URIRef(s.value), URIRef(p.value), _term(o)))
    added, graphs = 0, sorted(facts)
    for start in range(0, len(graphs), batch):
        chunk: dict[str, str] = {}
        for graph in graphs[start:start + batch]:
            triples = digest_triples(facts[graph], URIRef(graph))
            lines = [" ".join(term.n3() for term in triple) + " ." for triple in triples]
            chunk[graph] = "\n".join(lines)
            added += len(lines)
        store.update(insert_data_update(chunk))
    store.flush()
    return len(graphs), added


def _term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """A pyoxigraph term as rdflib's (the facts are IRIs, and literals with their language or datatype)."""
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return URIRef(term.value)
