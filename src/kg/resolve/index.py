"""Index keys written at build time: the name tokens of ``--actor`` and ``--option``, the option keys of
option-mentions.

Every corpus entity gets the words of its preferred and alternative labels, and every
option the words of its label, as ``dip:nameToken`` literals in the same document graph.
A query for ``--actor "Walter Gresham"`` is then two index lookups
(``?e dip:nameToken "walter", "gresham"``) instead of a substring scan over every label.
Every option also gets the match key of its label (``dip:optionKey``, ``text.option_key``), so
option-mentions pairs a mention with the cited document's option by an index join, where comparing
every citation's labels with regular expressions took seconds on the whole corpus.
The keys are written with the rest of a document's graph, so a rebuilt document
replaces exactly its own; ``add_store_name_tokens`` and ``add_store_option_keys`` add them to a store
built before.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..vocab import DIP
from .text import name_tokens, option_key

if TYPE_CHECKING:
    from ..store import Store

#: Which labels give the tokens of which resources.
_TOKEN_SOURCES = ((DIP.CorpusActor, (SKOS.prefLabel, SKOS.altLabel)), (DIP.Option, (RDFS.label,)))

#: Per graph, per node, the literals to add.
_Additions = dict[str, dict[str, set[str]]]


def add_name_tokens(g: Graph) -> int:
    """Add the ``dip:nameToken`` triples of ``g``'s corpus entities and options; the number added."""
    before = len(g)
    for kind, label_properties in _TOKEN_SOURCES:
        for node in set(g.subjects(RDF.type, kind)):
            labels = [str(label) for p in label_properties for label in g.objects(node, p)]
            for token in sorted(name_tokens(*labels)):
                g.add((node, DIP.nameToken, Literal(token)))
    return len(g) - before


def add_option_keys(g: Graph) -> int:
    """Add the ``dip:optionKey`` of every option of ``g`` (one per label); the number added."""
    before = len(g)
    for option in set(g.subjects(RDF.type, DIP.Option)):
        for label in g.objects(option, RDFS.label):
            g.add((option, DIP.optionKey, Literal(option_key(str(label)))))
    return len(g) - before


def add_store_name_tokens(store: Store, batch: int = 200) -> tuple[int, int]:
    """Upgrade a store built without name tokens: the corpus actors and options that have none get
    theirs, added to their own document graph (``batch`` graphs per update; nothing else is rewritten).
    Returns the graphs changed and the tokens added."""
    from ..resources import load_query

    tokens: _Additions = {}
    for graph, node, label in store.select(load_query("resolve/name-labels")).rows:
        if graph and node and label:
            tokens.setdefault(graph, {}).setdefault(node, set()).update(name_tokens(label))
    return _insert_literals(store, DIP.nameToken, tokens, batch)


def add_store_option_keys(store: Store, batch: int = 200) -> tuple[int, int]:
    """Upgrade a store built without option keys: every option that has none gets the key of its label,
    added to its own document graph. Returns the graphs changed and the keys added."""
    from ..resources import load_query

    keys: _Additions = {}
    for graph, node, label in store.select(load_query("resolve/option-labels")).rows:
        if graph and node and label is not None:
            keys.setdefault(graph, {}).setdefault(node, set()).add(option_key(label))
    return _insert_literals(store, DIP.optionKey, keys, batch)


def _insert_literals(store: Store, predicate: URIRef, additions: _Additions, batch: int) -> tuple[int, int]:
    """Insert ``node predicate literal`` into each graph of ``additions``, ``batch`` graphs per update;
    the graphs changed and the triples added."""
    import pyoxigraph as ox

    from ..store.base import insert_data_update

    link, added = ox.NamedNode(str(predicate)), 0
    graphs = sorted(additions)
    for start in range(0, len(graphs), batch):
        chunk: dict[str, str] = {}
        for graph in graphs[start:start + batch]:
            lines = [str(ox.Triple(ox.NamedNode(node), link, ox.Literal(value))) + " ."
                     for node, values in sorted(additions[graph].items()) for value in sorted(values)]
            chunk[graph] = "\n".join(lines)
            added += len(lines)
        store.update(insert_data_update(chunk))
    store.flush()
    return len(graphs), added
