"""Actor-network benchmark: does a volume hold together, and is each named actor one node?

Builds INPUT into a fresh store (``--no-validate``) unless ``--store`` names a built one,
exports the GraphML drawing (the actor network for more than one document) and reads it
back with networkx, then prints:

* connected components (edges taken undirected) and the share of the documents in the
  largest one;
* for each ``--actor NAME[:TYPE]``: the actor nodes whose label contains NAME (any case),
  and whose actor type is TYPE if given, with their labels and document counts — one node
  each is the goal;
* the time of each graph export, in both views, measured in this run.

    python bench/network.py [--store DIR] [--actor NAME ...] [--formats graphml,gexf,...] [INPUT ...]

Example (issue 15's measure): ``python bench/network.py --store /work/stores/nicaragua-views
--actor Gresham --actor Baker --actor Nicaragua:Government``.
"""
from __future__ import annotations

import argparse
import io
import tempfile
import time
from collections import Counter
from pathlib import Path

import networkx as nx

from kg import build, export
from kg.store import Store, open_store

DEFAULT_ACTORS = ["Gresham", "Baker", "Nicaragua:Government"]
FORMATS = ["graphml", "gexf", "cytoscape", "dot", "csv", "html"]


def components(graph: nx.MultiDiGraph) -> None:
    """Component sizes, and how many of the documents the largest one holds."""
    parts = sorted(nx.weakly_connected_components(graph), key=len, reverse=True)
    kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
    docs_in = [sum(graph.nodes[n]["kind"] == "document" for n in part) for part in parts]
    share = docs_in[0] / kinds["document"] if kinds["document"] else 0.0
    print(f"nodes: {len(graph)} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
          f"edges: {graph.number_of_edges()}")
    relations = Counter(r for _, _, r in graph.edges(data="relation"))
    print(f"edges by relation: {', '.join(f'{r} {n}' for r, n in sorted(relations.items()))}")
    print(f"connected components: {len(parts)}; largest: {len(parts[0])} nodes, "
          f"{docs_in[0]} of {kinds['document']} documents ({share:.1%})")
    print(f"next components (nodes): {[len(p) for p in parts[1:8]]}")


def named_actors(graph: nx.MultiDiGraph, names: list[str]) -> None:
    for spec in names:
        name, _, actor_type = spec.partition(":")
        found = [(d["label"], d.get("documentCount", 1)) for _, d in graph.nodes(data=True)
                 if d["kind"] == "actor" and name.casefold() in d["label"].casefold()
                 and actor_type in ("", d.get("actorType"))]
        shown = "; ".join(f"{label} ({count} docs)" for label, count in sorted(found)[:6])
        print(f"actor nodes matching {spec!r}: {len(found)}" + (f" — {shown}" if found else ""))


def export_times(store: Store, formats: list[str]) -> None:
    for view in ("actors", "items"):
        for fmt in formats:
            buf = io.BytesIO()
            started = time.perf_counter()
            export(store, fmt, buf, view=view)
            print(f"export {fmt:<9} view {view:<6}: {time.perf_counter() - started:6.2f} s, "
                  f"{len(buf.getvalue()) / 1e6:6.2f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*", help="documents to build when no --store is given")
    parser.add_argument("--store", help="a built store (opened read-only)")
    parser.add_argument("--actor", action="append",
                        help="NAME[:TYPE] to count (default: Gresham, Baker, Nicaragua:Government)")
    parser.add_argument("--formats", default=",".join(FORMATS), help="graph formats to time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.store:
            store = open_store(args.store, read_only=True)
        else:
            if not args.inputs:
                parser.error("give --store DIR or INPUT files to build")
            store = open_store(Path(tmp) / "store")
            started = time.perf_counter()
            summary = build(args.inputs, store, validate=False)
            print(f"built {summary.documents} documents in {time.perf_counter() - started:.1f} s")
        buf = io.BytesIO()
        started = time.perf_counter()
        export(store, "graphml", buf)
        print(f"GraphML export: {time.perf_counter() - started:.2f} s")
        graph = nx.read_graphml(io.BytesIO(buf.getvalue()), force_multigraph=True)
        components(graph)
        named_actors(graph, args.actor or DEFAULT_ACTORS)
        export_times(store, [f for f in args.formats.split(",") if f])


if __name__ == "__main__":
    main()
