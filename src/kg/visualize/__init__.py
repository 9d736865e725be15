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

from .network import ACTOR_RELATIONS
from .project import DOCUMENT_RELATIONS, NODE_KINDS, RELATIONS, VIEWS, project
from .viewer import FORCE_LAYOUT_MAX, layout_positions, write_html
from .writers import write_cytoscape, write_dot, write_gexf, write_graphml, write_neo4j_csv

__all__ = [
    "ACTOR_RELATIONS",
    "DOCUMENT_RELATIONS",
    "FORCE_LAYOUT_MAX",
    "NODE_KINDS",
    "RELATIONS",
    "VIEWS",
    "layout_positions",
    "project",
    "write_cytoscape",
    "write_dot",
    "write_gexf",
    "write_graphml",
    "write_html",
    "write_neo4j_csv",
]
