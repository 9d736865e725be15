"""Name tokens: the indexed match key of ``--actor`` and ``--option``.

Every corpus entity gets the words of its preferred and alternative labels, and every
option the words of its label, as ``dip:nameToken`` literals in the same document graph.
A query for ``--actor "Walter Gresham"`` is then two index lookups
(``?e dip:nameToken "walter", "gresham"``) instead of a substring scan over every label.
The tokens are written with the rest of a document's graph, so a rebuilt document
replaces exactly its own; ``add_store_name_tokens`` adds them to a store built before.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, SKOS

from ..vocab import DIP
from .text import name_tokens

if TYPE_CHECKING:
    from ..store import Store

#: Which labels give the tokens of which resources.
_TOKEN_SOURCES = ((DIP.CorpusActor, (SKOS.prefLabel, SKOS.altLabel)), (DIP.Option, (RDFS.label,)))


def add_name_tokens(g: Graph) -> int:
    """Add the ``dip:nameToken`` triples of ``g``'s corpus entities and options; the number added."""
    before = len(g)
    for kind, label_properties in _TOKEN_SOURCES:
        for node in set(g.subjects(RDF.type, kind)):
            labels = [str(label) for p in label_properties for label in g.objects(node, p)]
            for token in sorted(name_tokens(*labels)):
                g.add((node, DIP.nameToken, Literal(token)))
    return len(g) - before


def add_store_name_tokens(store: Store, batch: int = 200) -> tuple[int, int]:
    """Upgrade a store built without name tokens: the corpus actors and options that have none get
    theirs, added to their own document graph (``batch`` graphs per update; nothing else is rewritten).
    Returns the graphs changed and the tokens added."""
    import pyoxigraph as ox

    from ..resources import load_query
    from ..store.base import insert_data_update

    tokens: dict[str, dict[str, set[str]]] = {}
    for graph, node, label in store.select(load_query("resolve/name-labels")).rows:
        if graph and node and label:
            tokens.setdefault(graph, {}).setdefault(node, set()).update(name_tokens(label))
    predicate, added = ox.NamedNode(str(DIP.nameToken)), 0
    graphs = sorted(tokens)
    for start in range(0, len(graphs), batch):
        chunk: dict[str, str] = {}
        for graph in graphs[start:start + batch]:
            lines = [str(ox.Triple(ox.NamedNode(node), predicate, ox.Literal(word))) + " ."
                     for node, words in sorted(tokens[graph].items()) for word in sorted(words)]
            chunk[graph] = "\n".join(lines)
            added += len(lines)
        store.update(insert_data_update(chunk))
    store.flush()
    return len(graphs), added
