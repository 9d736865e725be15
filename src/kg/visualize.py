"""Visualization stage: the knowledge graph as a networkx graph, and its writers.

Historians read "who instructed whom" and "which option was approved" from a
picture faster than from triples. ``project`` turns the store into a
``networkx.MultiDiGraph`` of documents, actors and items (nodes keyed by their
IRIs) joined by named relations; the writers hand that graph to the tools
people already use (Gephi, yEd, Cytoscape, Graphviz, Neo4j) or to a
self-contained HTML viewer that needs none. Node and edge data come from the
``queries/graph/*.rq`` queries, one per kind, so the cost grows linearly with
the store.
"""
from __future__ import annotations

import calendar
import csv
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import IO, Any

import jinja2
import networkx as nx
from markupsafe import Markup

from .errors import KgError
from .resources import load_query
from .store import Store

NODE_KINDS = ("document", "actor", "instruction", "option", "decision", "condition")
RELATIONS = ("issued-by", "addressed-to", "proposed", "approved", "rejected", "decided-by",
             "governs", "mentions", "in-document")
#: Relations that only say where a node comes from; the actor filter does not walk them.
DOCUMENT_RELATIONS = frozenset({"mentions", "in-document"})


@dataclass(frozen=True)
class KindStyle:
    """How one kind of node looks in every format, so the pictures agree."""

    colour: str  # Okabe-Ito palette: tells kinds apart for colour-blind readers too
    cytoscape: str
    graphviz: str
    gexf: str


STYLES = {
    "document": KindStyle("#999999", "round-rectangle", "note", "square"),
    "actor": KindStyle("#0072B2", "ellipse", "ellipse", "disc"),
    "instruction": KindStyle("#E69F00", "rectangle", "box", "square"),
    "option": KindStyle("#009E73", "diamond", "diamond", "diamond"),
    "decision": KindStyle("#D55E00", "hexagon", "hexagon", "triangle"),
    "condition": KindStyle("#CC79A7", "triangle", "invtriangle", "triangle"),
}

#: Edge colours: decisions green/red, who-to-whom in the colours of instructions and actors;
#: links to the document (which every item has) pale, so they do not drown the rest.
RELATION_COLOURS = {
    "issued-by": "#E69F00", "addressed-to": "#0072B2", "proposed": "#56B4E9", "approved": "#009E73",
    "rejected": "#D55E00", "decided-by": "#555555", "governs": "#CC79A7", "mentions": "#CCCCCC",
    "in-document": "#CCCCCC",
}

#: The Cytoscape.js vendored in ``kg/viewer/`` (``npm pack cytoscape@3``, MIT licence beside it).
CYTOSCAPE_VERSION = "3.34.4"

# -- the projection ----------------------------------------------------------


def project(store: Store, *, documents: Iterable[str] | None = None,
            actors: Iterable[str] | None = None, kinds: Iterable[str] | None = None,
            since: str | date | None = None, until: str | date | None = None) -> nx.MultiDiGraph:
    """The store as a graph of documents, actors and items, optionally filtered.

    ``documents`` are document IRIs or identifiers; ``actors`` match actor labels
    case-insensitively (a part of the name is enough) and keep those actors, the
    items linked to them and the neighbours of those items; ``kinds`` keeps only
    nodes of these kinds; ``since``/``until`` (ISO dates, ``YYYY`` or ``YYYY-MM``
    allowed) keep nodes whose document date falls in the range. Raises KgError
    when nothing is left, so no exporter writes an empty file.
    """
    documents, actors, kinds = _as_list(documents), _as_list(actors), _as_list(kinds)
    wanted_kinds, start, end = _known_kinds(kinds), _period_start(since), _period_end(until)
    graph = _whole_graph(store)
    if not len(graph):
        raise KgError("the store holds no documents to draw (run `kg build` first)")
    keep = set(graph)
    if documents:
        keep &= _in_documents(graph, set(documents))
    if since or until:
        keep &= _in_period(graph, start, end)
    if actors:
        keep &= _actor_neighbourhood(graph.subgraph(keep), actors)
    if kinds:
        keep = {n for n in keep if graph.nodes[n]["kind"] in wanted_kinds}
    if not keep:
        described = _describe(documents, actors, kinds, since, until)
        raise KgError(f"no node matches the filters ({described}): nothing to export")
    return graph.subgraph(keep).copy()


def _as_list(values: Iterable[str] | str | None) -> list[str]:
    return [values] if isinstance(values, str) else list(values or ())


def _whole_graph(store: Store) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name="kg")
    docs = {row["node"]: row for row in store.select(load_query("graph/documents")).dicts()}
    for iri, row in docs.items():
        graph.add_node(iri, **_clean(kind="document", label=row["id"], documentId=row["id"],
                                     document=iri, title=row["title"], date=row["date"],
                                     url=row["url"], number=row["number"]))
    for row in store.select(load_query("graph/actors")).dicts():
        graph.add_node(row.pop("node"), kind="actor", **_in_document(row, docs))
    for row in store.select(load_query("graph/items")).dicts():
        row["label"] = row["label"] or _item_label(row)
        row.pop("optionLabel")
        graph.add_node(row.pop("node"), **_in_document(row, docs))
    _add_edges(graph, store.select(load_query("graph/edges")).rows)
    return graph


def _in_document(row: dict[str, str | None], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Node attributes plus the date, identifier and page of the node's document."""
    doc = docs.get(row["document"] or "", {})
    return _clean(**row, documentId=doc.get("id"), date=doc.get("date"), url=doc.get("url"))


def _item_label(row: dict[str, str | None]) -> str:
    """Decisions have no label of their own: "approve Option I" reads well."""
    if row.get("stance") and row.get("optionLabel"):
        return f"{row['stance']} {row['optionLabel']}"
    return (row.get("evidence") or row.get("kind") or "")[:60]


def _clean(**attrs: Any) -> dict[str, Any]:
    """Writers take str/int/float values only: drop unbound ones, make confidence a number."""
    out = {k: v for k, v in attrs.items() if v is not None}
    if "confidence" in out:
        out["confidence"] = float(out["confidence"])
    return out


def _add_edges(graph: nx.MultiDiGraph, rows: list[list[str | None]]) -> None:
    """One edge per (source, relation, target), keyed ``e0, e1, …``: unique ids in every format."""
    seen: set[tuple[str | None, ...]] = set()
    for source, relation, target in rows:
        if source in graph and target in graph and (source, relation, target) not in seen:
            seen.add((source, relation, target))
            graph.add_edge(source, target, key=f"e{len(seen) - 1}", relation=relation)


# -- filters ------------------------------------------------------------------


def _in_documents(graph: nx.MultiDiGraph, wanted: set[str]) -> set[str]:
    docs = {n for n, d in graph.nodes(data=True) if d["kind"] == "document"
            and (n in wanted or d["documentId"] in wanted)}
    return {n for n, d in graph.nodes(data=True) if d.get("document") in docs}


def _in_period(graph: nx.MultiDiGraph, start: date, end: date) -> set[str]:
    """Nodes whose document date (a day, month or year) overlaps [start, end]; undated ones go."""
    keep = set()
    for node, data in graph.nodes(data=True):
        if data.get("date") and _parses(data["date"]):
            if _period_start(data["date"]) <= end and _period_end(data["date"]) >= start:
                keep.add(node)
    return keep


def _actor_neighbourhood(graph: nx.MultiDiGraph, names: list[str]) -> set[str]:
    """The matching actors, the items linked to them, those items' neighbours, their documents."""
    wanted = [name.casefold() for name in names]
    seeds = {n for n, d in graph.nodes(data=True)
             if d["kind"] == "actor" and any(w in d["label"].casefold() for w in wanted)}
    linked = seeds | _neighbours(graph, seeds)
    keep = linked | _neighbours(graph, linked - seeds)
    documents = {graph.nodes[n].get("document") for n in keep}
    return keep | {d for d in documents if d in graph}


def _neighbours(graph: nx.MultiDiGraph, nodes: set[str]) -> set[str]:
    """Neighbours along item relations (not via the document, which links everything in it)."""
    found = set()
    for node in nodes:
        for _, other, relation in graph.out_edges(node, data="relation"):
            if relation not in DOCUMENT_RELATIONS:
                found.add(other)
        for other, _, relation in graph.in_edges(node, data="relation"):
            if relation not in DOCUMENT_RELATIONS:
                found.add(other)
    return found


def _known_kinds(kinds: Iterable[str]) -> set[str]:
    chosen = {k.lower().removesuffix("s") for k in kinds}
    unknown = chosen - set(NODE_KINDS)
    if unknown:
        raise KgError(f"unknown kind {', '.join(sorted(unknown))}; "
                      f"known kinds: {', '.join(NODE_KINDS)}")
    return chosen


#: A year, month or day, maybe with a time (xsd:dateTime), of which only the day counts.
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?)?)?")


def _parses(text: str) -> bool:
    return bool(_DATE.fullmatch(text))


def _period_start(value: str | date | None) -> date:
    """First day of an ISO date, month or year (``1918`` -> 1918-01-01)."""
    if value is None:
        return date.min
    year, month, day = _date_parts(value)
    return date(year, month or 1, day or 1)


def _period_end(value: str | date | None) -> date:
    """Last day of an ISO date, month or year (``1918-02`` -> 1918-02-28)."""
    if value is None:
        return date.max
    year, month, day = _date_parts(value)
    if day:
        return date(year, month or 1, day)
    month = month or 12
    return date(year, month, calendar.monthrange(year, month)[1])


def _date_parts(value: str | date) -> tuple[int, int | None, int | None]:
    text = value.isoformat() if isinstance(value, date) else str(value).strip()
    match = _DATE.fullmatch(text)
    if not match:
        raise KgError(f"{text!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        date(year or 1, month or 1, day or 1)
    except ValueError as exc:
        raise KgError(f"{text!r} is not a valid date ({exc})") from None
    return year or 1, month, day


def _describe(documents: Any, actors: Any, kinds: Any, since: Any, until: Any) -> str:
    parts = [f"{name} {', '.join(map(str, values))}" for name, values in
             (("document", documents), ("actor", actors), ("kind", kinds)) if values]
    parts += [f"{name} {value}" for name, value in (("since", since), ("until", until)) if value]
    return "; ".join(parts)


# -- writers: one per format, each (graph, binary stream) -----------------------


def write_graphml(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """GraphML for yEd and Gephi: every node and edge attribute as a typed ``<data>`` key."""
    nx.write_graphml(graph, out, named_key_ids=True)


GEXF_XSI_FIX = (b'xmlns:xsi="http://w3.org/2001/XMLSchema-instance"',
                b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')


def write_gexf(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """GEXF 1.3 for Gephi: attributes, colours and shapes, and each node's document date as start.

    A node's ``start`` makes the graph dynamic (``timeformat="date"``), so
    Gephi's timeline shows the graph growing document by document.
    """
    gexf = nx.MultiDiGraph(name=graph.graph.get("name", "kg"))
    for node, data in graph.nodes(data=True):
        extra: dict[str, Any] = {"viz": _gexf_viz(data["kind"])}
        if data.get("date") and _parses(data["date"]):
            extra["start"] = _period_start(data["date"]).isoformat()
        gexf.add_node(node, **data, **extra)
    for u, v, key, data in graph.edges(keys=True, data=True):
        gexf.add_edge(u, v, key=key, id=key, label=data["relation"], **data)
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
            "data": {"name": graph.graph.get("name", "kg")},
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
        shown |= {"style": "dashed"} if relation in DOCUMENT_RELATIONS else {"label": relation}
        attrs = {"id": key, **data, **shown}
        lines.append(f"  {_dot_quote(u)} -> {_dot_quote(v)} [{_dot_attrs(attrs)}];")
    lines.append("}")
    out.write(("\n".join(lines) + "\n").encode("utf-8"))


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
                      "action", "stance", "connective", "consequence", ":LABEL")


def write_neo4j_csv(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """A zip of ``nodes.csv`` and ``relationships.csv`` headed as ``neo4j-admin import`` wants."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nodes.csv", _csv_text([NEO4J_NODE_COLUMNS, *_neo4j_nodes(graph)]))
        archive.writestr("relationships.csv", _csv_text([(":START_ID", ":END_ID", ":TYPE", "id"),
                                                         *_neo4j_relationships(graph)]))


def _neo4j_nodes(graph: nx.MultiDiGraph) -> Iterator[list[Any]]:
    names = [c.split(":")[0] for c in NEO4J_NODE_COLUMNS[1:-1]]
    for node, data in graph.nodes(data=True):
        labels = ";".join(filter(None, (data["kind"].capitalize(), data.get("actorType"))))
        yield [node, *(data.get(name, "") for name in names), labels]


def _neo4j_relationships(graph: nx.MultiDiGraph) -> Iterator[list[str]]:
    for u, v, key, relation in graph.edges(keys=True, data="relation"):
        yield [u, v, relation.upper().replace("-", "_"), key]


def _csv_text(rows: Iterable[Iterable[Any]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


# -- the HTML viewer ------------------------------------------------------------

VIEWER_FILES = ("viewer.html", "viewer.css", "viewer.js", "cytoscape.min.js")
#: Components of up to this many nodes get a force-directed layout; larger ones a breadth-first one.
FORCE_LAYOUT_MAX = 400
DOCUMENT_LINK_WEIGHT = 0.2
NODE_SPACING = 60.0


def write_html(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """One self-contained HTML file: Cytoscape.js, the viewer's code and the graph inlined."""
    files = {name: _viewer_file(name) for name in VIEWER_FILES}
    data = cytoscape_json(graph)
    positions = layout_positions(graph)
    for node in data["elements"]["nodes"]:
        x, y = positions[node["data"]["id"]]
        node["position"] = {"x": round(x, 1), "y": round(y, 1)}
    template = jinja2.Environment(autoescape=True).from_string(files["viewer.html"])
    html = template.render(title=_viewer_title(graph), cytoscape_version=CYTOSCAPE_VERSION,
                           css=_inline(files["viewer.css"]), script=_inline(files["viewer.js"]),
                           library=_inline(files["cytoscape.min.js"]),
                           graph=_inline(json.dumps(data, ensure_ascii=False)),
                           styles=_inline(json.dumps(_viewer_styles())))
    out.write(html.encode("utf-8"))


def _viewer_styles() -> dict[str, Any]:
    return {"kinds": {k: vars(s) for k, s in STYLES.items()}, "relations": RELATION_COLOURS}


def _viewer_file(name: str) -> str:
    return (resources.files("kg") / "viewer" / name).read_text(encoding="utf-8")


def _viewer_title(graph: nx.MultiDiGraph) -> str:
    docs = [d["documentId"] for _, d in graph.nodes(data=True) if d["kind"] == "document"]
    return f"kg graph: {docs[0]}" if len(docs) == 1 else f"kg graph: {len(docs)} documents"


_END_TAG = re.compile(r"</(script|style)", re.IGNORECASE)


def _inline(text: str) -> Markup:
    """Text to put verbatim in a <script> or <style> element: only "</script", "</style" end it."""
    return Markup(_END_TAG.sub(r"<\\/\1", text))


def layout_positions(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Preset positions: a force layout per connected component, components packed row by row.

    Laying out each component on its own keeps the cost near linear in the
    number of nodes (a whole volume is many small document components), and
    needs no SciPy; the browser then only draws.
    """
    simple = _layout_graph(graph)
    components = sorted((simple.subgraph(c) for c in nx.connected_components(simple)),
                        key=lambda c: (-len(c), min(c)))
    boxes = [(_component_layout(c), _radius(len(c))) for c in components]
    if not boxes:
        return {}
    area = sum((2 * r) ** 2 for _, r in boxes)
    row_width = max(area ** 0.5 * 1.3, 2 * boxes[0][1])  # about square; the biggest fits
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for layout, radius in boxes:
        if x and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height + NODE_SPACING, 0.0
        for node, (px, py) in layout.items():
            positions[node] = (x + radius + px, y + radius + py)
        x += 2 * radius + NODE_SPACING
        row_height = max(row_height, 2 * radius)
    return positions


def _layout_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """Undirected, with the links to the document weak: items then cluster around their actors."""
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    for u, v, relation in graph.edges(data="relation"):
        weight = DOCUMENT_LINK_WEIGHT if relation in DOCUMENT_RELATIONS else 1.0
        simple.add_edge(u, v, weight=max(weight, simple.get_edge_data(u, v, {}).get("weight", 0.0)))
    return simple


def _radius(size: int) -> float:
    return NODE_SPACING * (size ** 0.5)


def _component_layout(component: nx.Graph) -> dict[str, tuple[float, float]]:
    size = len(component)
    if size == 1:
        return {next(iter(component)): (0.0, 0.0)}
    if size <= FORCE_LAYOUT_MAX:
        layout = nx.spring_layout(component, seed=7, scale=_radius(size), method="force")
    else:
        hub = max(component, key=component.degree)
        layout = nx.bfs_layout(component, hub, scale=_radius(size))
    return {node: (float(p[0]), float(p[1])) for node, p in layout.items()}


__all__ = ["NODE_KINDS", "RELATIONS", "cytoscape_json", "layout_positions", "project",
           "write_cytoscape", "write_dot", "write_gexf", "write_graphml", "write_html",
           "write_neo4j_csv"]
