"""The store as a networkx graph of documents, actors and items, and the filters on it."""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx

from ..errors import KgError
from ..resources import load_query
from ..store import Store
from . import NODE_KINDS, VIEWS
from .network import (
    ACTOR_RELATIONS,
    EdgeKeys,
    actor_network,
    add_references,
    document_attributes,
    filter_actor_network,
)

RELATIONS = ("issued-by", "addressed-to", "proposed", "approved", "rejected", "decided-by",
             "governs", "mentions", "in-document", "references", *ACTOR_RELATIONS)
#: Relations that only say where a node comes from or which document cites which; the actor
#: filter of the item graph does not walk them.
DOCUMENT_RELATIONS = frozenset({"mentions", "in-document", "references"})


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
    "in-document": "#CCCCCC", "references": "#6A3D9A", "instructed": "#E69F00",
    "approved-proposal": "#009E73", "rejected-proposal": "#D55E00",
}

#: The Cytoscape.js vendored in ``kg/viewer/`` (``npm pack cytoscape@3``, MIT licence beside it).
CYTOSCAPE_VERSION = "3.34.4"

# -- the projection ----------------------------------------------------------


def project(store: Store, *, documents: Iterable[str] | None = None,
            actors: Iterable[str] | None = None, kinds: Iterable[str] | None = None,
            since: str | date | None = None, until: str | date | None = None,
            view: str = "items") -> nx.MultiDiGraph:
    """The store as a graph of documents, actors and items, or as an actor network; filtered.

    ``documents`` are document IRIs or identifiers; ``actors`` match actor labels
    case-insensitively (a part of the name is enough) and keep those actors, the
    items linked to them and the neighbours of those items (in the actor network:
    the actors and their neighbours); ``kinds`` keeps only nodes of these kinds;
    ``since``/``until`` (ISO dates, ``YYYY`` or ``YYYY-MM`` allowed) keep nodes
    whose document date falls in the range. ``view`` is ``items``, ``actors`` or
    ``auto`` (the actor network when the documents and dates select more than one
    document). Raises KgError when nothing is left, so no exporter writes an empty file.
    """
    documents, actors, kinds = _as_list(documents), _as_list(actors), _as_list(kinds)
    wanted_kinds, start, end = _known_kinds(kinds), _period_start(since), _period_end(until)
    docs = _documents(store)
    if not docs:
        raise KgError("the store holds no documents to draw (run `kg build` first)")
    selected = _selected_documents(docs, set(documents), start, end)
    if _chosen_view(view, selected) == "actors":
        keep, graph = _actor_view(store, docs, selected, actors, wanted_kinds)
    else:
        keep, graph = _item_view(store, docs, documents, actors, wanted_kinds, start, end)
    if not keep:
        described = _describe(documents, actors, kinds, since, until)
        raise KgError(f"no node matches the filters ({described}): nothing to export")
    return graph.subgraph(keep).copy()


def _chosen_view(view: str, selected: set[str]) -> str:
    if view not in VIEWS:
        raise KgError(f"unknown view {view!r}; known views: {', '.join(VIEWS)}")
    if view == "auto":
        return "actors" if len(selected) > 1 else "items"
    return view


def _item_view(store: Store, docs: dict[str, dict[str, Any]], documents: list[str], actors: list[str],
               kinds: set[str], start: date, end: date) -> tuple[set[str], nx.MultiDiGraph]:
    graph = _whole_graph(store, docs)
    keep = set(graph)
    if documents:
        keep &= _in_documents(graph, set(documents))
    keep &= _in_period(graph, start, end)
    if actors:
        keep &= _actor_neighbourhood(graph.subgraph(keep), actors)
    if kinds:
        keep = {n for n in keep if graph.nodes[n]["kind"] in kinds}
    return keep, graph


ACTOR_VIEW_KINDS = frozenset({"actor", "document"})


def _actor_view(store: Store, docs: dict[str, dict[str, Any]], selected: set[str], actors: list[str],
                kinds: set[str]) -> tuple[set[str], nx.MultiDiGraph]:
    if kinds - ACTOR_VIEW_KINDS:
        raise KgError(f"the actor network has only actor and document nodes, not "
                      f"{', '.join(sorted(kinds - ACTOR_VIEW_KINDS))}; ask for the item graph (view items)")
    graph = actor_network(store, docs, selected)
    return filter_actor_network(graph, actors, kinds), graph


def _as_list(values: Iterable[str] | str | None) -> list[str]:
    return [values] if isinstance(values, str) else list(values or ())


def _documents(store: Store) -> dict[str, dict[str, Any]]:
    rows = store.select(load_query("graph/documents")).dicts()
    return {str(row["node"]): row for row in rows}


def _selected_documents(docs: dict[str, dict[str, Any]], wanted: set[str], start: date,
                        end: date) -> set[str]:
    """The documents the ``documents`` and ``since``/``until`` filters keep (an empty ``wanted``: all)."""
    return {iri for iri, row in docs.items() if (not wanted or iri in wanted or row["id"] in wanted)
            and _dated_within(row["date"], start, end)}


def _dated_within(text: str | None, start: date, end: date) -> bool:
    """Whether a day, month or year overlaps [start, end]; undated only when nothing is asked."""
    if start == date.min and end == date.max:
        return True
    return bool(text and _parses(text) and _period_start(text) <= end and _period_end(text) >= start)


def _whole_graph(store: Store, docs: dict[str, dict[str, Any]]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name="kg", view="items")
    for iri, row in docs.items():
        graph.add_node(iri, **document_attributes(iri, row))
    for row in store.select(load_query("graph/actors")).dicts():
        graph.add_node(row.pop("node"), kind="actor", **_in_document(row, docs))
    for row in store.select(load_query("graph/items")).dicts():
        row["label"] = row["label"] or _item_label(row)
        row.pop("optionLabel")
        graph.add_node(row.pop("node"), **_in_document(row, docs))
    keys = EdgeKeys()
    _add_edges(graph, store.select(load_query("graph/edges")).rows, keys)
    add_references(graph, store, keys)
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


def _add_edges(graph: nx.MultiDiGraph, rows: list[list[str | None]], keys: EdgeKeys) -> None:
    """One edge per (source, relation, target)."""
    seen: set[tuple[str | None, ...]] = set()
    for source, relation, target in rows:
        if source in graph and target in graph and (source, relation, target) not in seen:
            seen.add((source, relation, target))
            graph.add_edge(source, target, key=keys.next(), relation=relation)


# -- filters ------------------------------------------------------------------


def _in_documents(graph: nx.MultiDiGraph, wanted: set[str]) -> set[str]:
    docs = {n for n, d in graph.nodes(data=True) if d["kind"] == "document"
            and (n in wanted or d["documentId"] in wanted)}
    return {n for n, d in graph.nodes(data=True) if d.get("document") in docs}


def _in_period(graph: nx.MultiDiGraph, start: date, end: date) -> set[str]:
    """Nodes whose document date (a day, month or year) overlaps [start, end]; undated ones go."""
    return {node for node, data in graph.nodes(data=True) if _dated_within(data.get("date"), start, end)}


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
