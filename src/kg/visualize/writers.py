"""Writers for the tools people already use: GraphML, GEXF, Cytoscape JSON, DOT, Neo4j CSV."""
from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

import networkx as nx

from .projection import (
    CYTOSCAPE_VERSION,
    DOCUMENT_RELATIONS,
    RELATION_COLOURS,
    STYLES,
    _parses,
    _period_start,
)

# -- writers: one per format, each (graph, binary stream) -----------------------


def write_graphml(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """GraphML for yEd and Gephi: every node and edge attribute as a typed ``<data>`` key."""
    nx.write_graphml(graph, out, named_key_ids=True)


GEXF_XSI_FIX = (b'xmlns:xsi="http://w3.org/2001/XMLSchema-instance"',
                b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')


def write_gexf(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """GEXF 1.3 for Gephi: attributes, colours and shapes, and each node's document date as start.

    A node's ``start`` makes the graph dynamic (``timeformat="date"``), so
    Gephi's timeline shows the graph growing document by document; an
    actor-network edge starts at its first evidence.
    """
    gexf = nx.MultiDiGraph(name=graph.graph.get("name", "kg"))
    for node, data in graph.nodes(data=True):
        extra: dict[str, Any] = {"viz": _gexf_viz(data["kind"])}
        if data.get("date") and _parses(data["date"]):
            extra["start"] = _period_start(data["date"]).isoformat()
        gexf.add_node(node, **data, **extra)
    for u, v, key, data in graph.edges(keys=True, data=True):
        start = {"start": _period_start(data["date"]).isoformat()} if _parses(data.get("date") or "") else {}
        gexf.add_edge(u, v, key=key, id=key, label=data["relation"], **data, **start)
    buf = io.BytesIO()
    nx.write_gexf(gexf, buf, version="1.3")
    # networkx 3.6 spells the XML Schema instance namespace without "www."
    out.write(buf.getvalue().replace(*GEXF_XSI_FIX))


def _gexf_viz(kind: str) -> dict[str, Any]:
    style = STYLES[kind]
    r, g, b = (int(style.colour[i:i + 2], 16) for i in (1, 3, 5))
    return {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "shape": style.gexf, "size": 10.0}


def cytoscape_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Cytoscape JSON (``.cyjs``): ``elements`` for Cytoscape.js; opens in Cytoscape desktop too."""
    nodes = [{"data": {"id": node, "name": data["label"], **data}}
             for node, data in graph.nodes(data=True)]
    edges = [{"data": {"id": key, "source": u, "target": v, "interaction": data["relation"], **data}}
             for u, v, key, data in graph.edges(keys=True, data=True)]
    return {"format_version": "1.0", "generated_by": "kg",
            "target_cytoscapejs_version": CYTOSCAPE_VERSION,
            "data": {"name": graph.graph.get("name", "kg"), "view": graph.graph.get("view", "items")},
            "elements": {"nodes": nodes, "edges": edges}}


def write_cytoscape(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    out.write(json.dumps(cytoscape_json(graph), ensure_ascii=False, indent=1).encode("utf-8"))


DOT_LABEL_CHARS = 40


def write_dot(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """Graphviz DOT: shapes and colours by kind, short labels, every attribute kept (``-Tjson``)."""
    lines = ["digraph kg {",
             '  graph [rankdir=LR, overlap=false, fontname="Helvetica"];',
             '  node [style=filled, fontname="Helvetica", fontsize=10, fontcolor="#111111"];',
             '  edge [fontname="Helvetica", fontsize=8, color="#777777", fontcolor="#555555"];']
    for node, data in graph.nodes(data=True):
        style = STYLES[data["kind"]]
        shown = {"label": _shorten(data["label"]), "shape": style.graphviz,
                 "fillcolor": style.colour + "66", "color": style.colour, "tooltip": data["label"]}
        if data.get("url"):
            shown["URL"] = data["url"]  # a link in SVG output
        attrs = {**data, "fulllabel": data["label"], **shown}
        lines.append(f"  {_dot_quote(node)} [{_dot_attrs(attrs)}];")
    for u, v, key, data in graph.edges(keys=True, data=True):
        relation = data["relation"]
        shown = {"color": RELATION_COLOURS[relation]}
        shown |= {"style": "dashed"} if relation in DOCUMENT_RELATIONS else {"label": _edge_label(data)}
        if relation not in DOCUMENT_RELATIONS and data.get("weight"):
            shown["penwidth"] = f"{1 + min(data['weight'], 20) ** 0.5:.1f}"  # heavier for more evidence
        attrs = {"id": key, **data, **shown}
        lines.append(f"  {_dot_quote(u)} -> {_dot_quote(v)} [{_dot_attrs(attrs)}];")
    lines.append("}")
    out.write(("\n".join(lines) + "\n").encode("utf-8"))


def _edge_label(data: dict[str, Any]) -> str:
    """``instructed ×3`` on a weighted actor-network edge, the relation alone otherwise."""
    weight = data.get("weight", 1)
    return f"{data['relation']} ×{weight}" if weight > 1 else str(data["relation"])


def _shorten(text: str) -> str:
    return text if len(text) <= DOT_LABEL_CHARS else text[:DOT_LABEL_CHARS - 1] + "…"


def _dot_quote(value: object) -> str:
    """A DOT double-quoted string: backslashes doubled (no stray escapes), quotes escaped."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\r", "")
    return f'"{text}"'


def _dot_attrs(attrs: dict[str, Any]) -> str:
    return ", ".join(f"{key}={_dot_quote(value)}" for key, value in attrs.items())


#: Node columns of the Neo4j CSV, with the ``neo4j-admin import`` types of the non-strings.
NEO4J_NODE_COLUMNS = ("id:ID", "label", "kind", "actorType", "role", "documentId", "document",
                      "date", "url", "title", "number", "evidence", "confidence:float", "polarity",
                      "action", "stance", "connective", "consequence", "documentCount:int", ":LABEL")
#: Relationship columns: the actor network's edges carry a weight, their documents and quotes.
NEO4J_RELATIONSHIP_COLUMNS = (":START_ID", ":END_ID", ":TYPE", "id", "weight:int", "documents", "evidence")


def write_neo4j_csv(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """A zip of ``nodes.csv`` and ``relationships.csv`` headed as ``neo4j-admin import`` wants."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nodes.csv", _csv_text([NEO4J_NODE_COLUMNS, *_neo4j_nodes(graph)]))
        archive.writestr("relationships.csv", _csv_text([NEO4J_RELATIONSHIP_COLUMNS,
                                                         *_neo4j_relationships(graph)]))


def _neo4j_nodes(graph: nx.MultiDiGraph) -> Iterator[list[Any]]:
    names = [c.split(":")[0] for c in NEO4J_NODE_COLUMNS[1:-1]]
    for node, data in graph.nodes(data=True):
        labels = ";".join(filter(None, (data["kind"].capitalize(), data.get("actorType"))))
        yield [node, *(data.get(name, "") for name in names), labels]


def _neo4j_relationships(graph: nx.MultiDiGraph) -> Iterator[list[Any]]:
    for u, v, key, data in graph.edges(keys=True, data=True):
        yield [u, v, data["relation"].upper().replace("-", "_"), key, data.get("weight", ""),
               data.get("documents", ""), data.get("evidence", "")]


def _csv_text(rows: Iterable[Iterable[Any]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()
