"""Visualization stage: the knowledge graph as a networkx graph, and its writers.

Historians read "who instructed whom" and "which option was approved" from a
picture faster than from triples. ``project`` turns the store into a
``networkx.MultiDiGraph`` of documents, actors and items (nodes keyed by their
IRIs) joined by named relations; the writers hand that graph to the tools
people already use (Gephi, yEd, Cytoscape, Graphviz, Neo4j) or to a
self-contained HTML viewer that needs none. ``project(store, view="actors")``
gives the actor network instead (``network.py``): corpus actors as nodes,
weighted who-instructed-whom and who-decided-on-whose-proposal edges, and the
citations between documents. Node and edge data come from the
``queries/graph/*.rq`` queries, one per kind, so the cost grows linearly with
the store.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_attributes as _lazy_attributes

#: The kinds of node a drawing holds (here, not in ``project``, so the CLI lists them without networkx).
NODE_KINDS = ("document", "actor", "instruction", "option", "decision", "condition")
#: ``view``: the item graph, the actor network, or the actor network when more than one document is drawn.
VIEWS = ("auto", "items", "actors")

if TYPE_CHECKING:
    from .network import ACTOR_RELATIONS as ACTOR_RELATIONS
    from .projection import DOCUMENT_RELATIONS as DOCUMENT_RELATIONS
    from .projection import RELATIONS as RELATIONS
    from .projection import project as project
    from .viewer import FORCE_LAYOUT_MAX as FORCE_LAYOUT_MAX
    from .viewer import layout_positions as layout_positions
    from .viewer import write_html as write_html
    from .writers import write_cytoscape as write_cytoscape
    from .writers import write_dot as write_dot
    from .writers import write_gexf as write_gexf
    from .writers import write_graphml as write_graphml
    from .writers import write_neo4j_csv as write_neo4j_csv

#: Public name -> the module that defines it; each loads (with networkx) on first use.
_PUBLIC = {
    "ACTOR_RELATIONS": "network",
    "DOCUMENT_RELATIONS": "projection",
    "RELATIONS": "projection",
    "project": "projection",
    "FORCE_LAYOUT_MAX": "viewer",
    "layout_positions": "viewer",
    "write_html": "viewer",
    "write_cytoscape": "writers",
    "write_dot": "writers",
    "write_gexf": "writers",
    "write_graphml": "writers",
    "write_neo4j_csv": "writers",
}

__all__ = sorted(["NODE_KINDS", "VIEWS", *_PUBLIC])


__getattr__ = _lazy_attributes(__name__, _PUBLIC, globals())
