"""The actor network: corpus actors as nodes, who instructed whom and who decided on whose proposals.

A volume's item graph falls apart into one island per document; historians first ask who
instructed whom across the volume. Here each document actor stands for its corpus entity
(``prov:specializationOf``, written by the resolution stage) or, where none is linked, for
itself; edges are weighted by the number of instructions or decisions behind them and list
their documents and evidence. Documents stay as nodes (each linked to the actors it mentions
and to the documents it cites), so a time filter or slider still has something to play.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..resources import load_query
from ..store import Store

#: Relations of the actor network between actors (documents add ``mentions`` and ``references``).
ACTOR_RELATIONS = ("instructed", "approved-proposal", "rejected-proposal")
EVIDENCE_SEPARATOR = "\n"


@dataclass
class _Link:
    """Everything behind one weighted edge: its items, documents and quotes."""

    items: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


@dataclass
class _CorpusActor:
    labels: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    documents: dict[str, set[str]] = field(default_factory=dict)  # document -> its actors standing for this


def actor_network(store: Store, docs: dict[str, dict[str, Any]], selected: set[str]) -> nx.MultiDiGraph:
    """The actor network of the ``selected`` documents (IRIs; ``docs`` rows by IRI)."""
    graph = nx.MultiDiGraph(name="kg actor network", view="actors")
    for iri in sorted(selected, key=lambda d: (docs[d].get("date") or "", docs[d]["id"])):
        graph.add_node(iri, **document_attributes(iri, docs[iri]))
    actors = dict(sorted(_corpus_actors(store, selected).items()))  # the same file for the same store
    for node, actor in actors.items():
        dates = sorted(d for d in (docs[doc].get("date") for doc in actor.documents) if d)
        graph.add_node(node, **_clean(kind="actor", label=actor.labels.most_common(1)[0][0],
                                      actorType=actor.kinds.most_common(1)[0][0],
                                      documentCount=len(actor.documents), date=dates[0] if dates else None))
    keys = EdgeKeys()
    for node, actor in actors.items():
        for doc, mentions in sorted(actor.documents.items()):
            graph.add_edge(doc, node, key=keys.next(), relation="mentions", weight=len(mentions))
    _add_links(graph, _links(store, selected), docs, keys)
    add_references(graph, store, keys)
    return graph


def document_attributes(iri: str, row: dict[str, Any]) -> dict[str, Any]:
    """A document node's attributes, the same in the item graph and the actor network."""
    return _clean(kind="document", label=row["id"], documentId=row["id"], document=iri,
                  title=row["title"], date=row["date"], url=row["url"], number=row["number"])


def add_references(graph: nx.MultiDiGraph, store: Store, keys: EdgeKeys) -> None:
    """Document -> document edges for the citations between documents both in ``graph``."""
    for source, target in store.select(load_query("graph/references")).rows:
        if source in graph and target in graph:
            graph.add_edge(source, target, key=keys.next(), relation="references")


class EdgeKeys:
    """Edge keys ``e0, e1, …``: unique ids in every format."""

    def __init__(self, start: int = 0) -> None:
        self.count = start

    def next(self) -> str:
        self.count += 1
        return f"e{self.count - 1}"


def _corpus_actors(store: Store, selected: set[str]) -> dict[str, _CorpusActor]:
    """Corpus actors by node IRI: the entity a document actor stands for, else the actor itself."""
    entities = {str(row[0]): (str(row[1]), row[2]) for row in
                store.select(load_query("graph/corpus-entities")).rows}
    actors: dict[str, _CorpusActor] = defaultdict(_CorpusActor)
    for actor_iri, entity, label, kind, document in store.select(load_query("graph/corpus-actors")).rows:
        if document not in selected:
            continue
        node = entity if entity in entities else str(actor_iri)
        entity_label, entity_kind = entities.get(node, (label, kind))
        actor = actors[node]
        actor.labels[str(entity_label)] += 1
        actor.kinds[str(entity_kind or kind)] += 1
        actor.documents.setdefault(document, set()).add(str(actor_iri))
    return actors


def _links(store: Store, selected: set[str]) -> dict[tuple[str, str, str], _Link]:
    links: dict[tuple[str, str, str], _Link] = defaultdict(_Link)
    seen: set[tuple[str, str]] = set()
    for row in store.select(load_query("graph/actor-links")).rows:
        source, target, relation, item, document = map(str, row[:5])
        if document not in selected or (relation, item) in seen:
            continue  # an item with two quotes is counted once
        seen.add((relation, item))
        link = links[(source, target, relation)]
        link.items.append(item)
        link.documents.append(document)
        link.evidence.append(row[5] or "")
    return links


def _add_links(graph: nx.MultiDiGraph, links: dict[tuple[str, str, str], _Link],
               docs: dict[str, dict[str, Any]], keys: EdgeKeys) -> None:
    """One edge per (source, relation, target) with its weight, documents (in date order) and quotes."""
    for (source, target, relation), link in sorted(links.items()):
        if source not in graph or target not in graph:
            continue
        order = sorted(range(len(link.items)),
                       key=lambda i: (docs[link.documents[i]].get("date") or "", link.items[i]))
        ids = [docs[link.documents[i]]["id"] for i in order]
        dates = [d for d in (docs[link.documents[i]].get("date") for i in order) if d]
        graph.add_edge(source, target, key=keys.next(), **_clean(
            relation=relation, weight=len(order), documents=" ".join(dict.fromkeys(ids)),
            items=" ".join(link.items[i] for i in order),
            evidence=EVIDENCE_SEPARATOR.join(link.evidence[i] for i in order),
            date=dates[0] if dates else None))


def _clean(**attrs: Any) -> dict[str, Any]:
    return {k: v for k, v in attrs.items() if v is not None}


def filter_actor_network(graph: nx.MultiDiGraph, names: Iterable[str], kinds: set[str]) -> set[str]:
    """The actors whose label contains one of ``names`` and their neighbours; nodes of ``kinds``."""
    keep = set(graph)
    wanted = [name.casefold() for name in names]
    if wanted:
        seeds = {n for n, d in graph.nodes(data=True)
                 if d["kind"] == "actor" and any(w in d["label"].casefold() for w in wanted)}
        keep = seeds | {m for n in seeds for m in (*graph.successors(n), *graph.predecessors(n))}
    if kinds:
        keep = {n for n in keep if graph.nodes[n]["kind"] in kinds}
    return keep
