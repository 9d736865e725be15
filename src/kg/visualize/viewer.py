"""The self-contained HTML viewer: Cytoscape.js, its code and the graph inlined, laid out here."""
from __future__ import annotations

import json
import math
import re
from importlib import resources
from typing import IO, Any

import jinja2
import networkx as nx
from markupsafe import Markup

from .projection import CYTOSCAPE_VERSION, DOCUMENT_RELATIONS, RELATION_COLOURS, STYLES
from .writers import cytoscape_json

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
    return NODE_SPACING * math.sqrt(size)


def _component_layout(component: nx.Graph) -> dict[str, tuple[float, float]]:
    size = len(component)
    if size == 1:
        return {next(iter(component)): (0.0, 0.0)}
    if size <= FORCE_LAYOUT_MAX:
        return _force_layout(component, size)
    core = component.subgraph(n for n in component if component.degree(n) > 1)
    if 1 < len(core) <= FORCE_LAYOUT_MAX:  # a volume's actor network: documents and recurring actors
        return _with_leaves_around(component, _spread_hubs(core, _force_layout(core, size)))
    hub = max(component, key=component.degree)
    layout = nx.bfs_layout(component, hub, scale=_radius(size))
    return {node: (float(p[0]), float(p[1])) for node, p in layout.items()}


def _force_layout(graph: nx.Graph, size: int) -> dict[str, tuple[float, float]]:
    layout = nx.spring_layout(graph, seed=7, scale=_radius(size), method="force")
    return {node: (float(p[0]), float(p[1])) for node, p in layout.items()}


#: The most connected nodes of a large component, and the share of its width kept between them.
HUBS, HUB_SPACING = 25, 0.07


def _spread_hubs(graph: nx.Graph, layout: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Push the most connected nodes apart until each is HUB_SPACING of the width from the others.

    Every document of a volume pulls its main actors to the middle, so the force layout
    stacks them on one spot, where no label can be read; this keeps room for their labels.
    """
    hubs = sorted(graph, key=lambda n: (-graph.degree(n), n))[:HUBS]
    xs, ys = [p[0] for p in layout.values()], [p[1] for p in layout.values()]
    gap = HUB_SPACING * max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    spot = {n: list(layout[n]) for n in hubs}
    for _ in range(100):
        moved = False
        for i, a in enumerate(hubs):
            for b in hubs[i + 1:]:
                dx, dy = spot[b][0] - spot[a][0], spot[b][1] - spot[a][1]
                dist = math.hypot(dx, dy)
                if dist < gap:
                    if dist == 0:
                        dx, dy, dist = 1.0, 0.0, 1.0
                    push = (gap - dist) / 2 / dist
                    spot[a][0], spot[a][1] = spot[a][0] - dx * push, spot[a][1] - dy * push
                    spot[b][0], spot[b][1] = spot[b][0] + dx * push, spot[b][1] + dy * push
                    moved = True
        if not moved:
            break
    return {**layout, **{n: (x, y) for n, (x, y) in spot.items()}}


LEAF_SPACING = 0.45 * NODE_SPACING


def _with_leaves_around(component: nx.Graph, core: dict[str, tuple[float, float]]
                        ) -> dict[str, tuple[float, float]]:
    """Nodes with one neighbour (an actor named once) on a ring around that neighbour.

    Left out of the force layout they cost nothing there, and they sit where a reader
    looks for them: next to the one document that mentions them.
    """
    leaves: dict[str, list[str]] = {}
    for node in component:
        if node not in core:
            leaves.setdefault(next(iter(component[node])), []).append(node)
    positions = dict(core)
    for hub, around in leaves.items():
        cx, cy = core[hub]
        radius = max(LEAF_SPACING, len(around) * LEAF_SPACING / (2 * math.pi))
        for i, leaf in enumerate(sorted(around)):
            angle = 2 * math.pi * i / len(around)
            positions[leaf] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    return positions
