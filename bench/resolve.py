"""Actor resolution figures on one volume, all measured in one run.

    python bench/resolve.py [--volume FILE] [--documents N] [--rounds R]

Reads the volume, extracts every document (spaCy, one process), builds its graph before
resolution and then runs the resolution stage on it as the build does (``add_resolution``:
entity links and descriptions, name tokens, option keys, entity digests and tallies), writes
the graphs to a fresh embedded store and reads the entities back from it. Prints: the
entities the actors named Gresham and Baker, and the governments named Nicaragua, resolve
to (the issue asks for exactly one each); how many document actors link to an entity that
is shared by more than their own document; the rule that resolved them; and the resolution time as a
share of the extraction time and of the whole graph build; and what the resolution adds to
SHACL validation (each graph validated with the shapes, and the same graph before resolution
against the shapes as they were before resolution, the block between the markers of
``ontology/shapes.ttl``). The corpus summary the build writes at its end (``kg.resolve.view``: every
entity and pair of the volume summed from the store) is timed on the store, with the validation of
its nodes, and counted with the resolution. ``--documents N`` takes the volume's first N documents
and ``--rounds R`` the best of R validations per graph (3): a run on a loaded machine that must
end sooner, with figures that say so.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pyshacl
from rdflib import Graph

from kg.build.inputs import iter_documents
from kg.extract import Extractor
from kg.graph import build_item_graph
from kg.resolve import add_resolution, resolve_actors
from kg.resolve.summary import entities
from kg.resolve.view import refresh_summary
from kg.resources import ontology_file, shapes_graph
from kg.store import open_store
from kg.vocab import IriScheme

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 3
VOLUME = ROOT.parent / "shared" / "corpus" / "frus" / "frus1894Nicaragua.xml"


def shapes_before_resolution() -> Graph:
    """The shapes without the resolution block: what the build validated against before."""
    text = ontology_file("shapes.ttl").read_text(encoding="utf-8")
    start, end = text.index("# BEGIN resolution"), text.index("# END resolution")
    return Graph().parse(data=text[:start] + text[end:], format="turtle")


def copy_of(graph: Graph) -> Graph:
    bare = Graph(identifier=graph.identifier)
    bare += graph
    return bare


def validation_seconds(graphs: list[Graph], shapes: Graph) -> float:
    started = time.perf_counter()
    for graph in graphs:
        pyshacl.validate(graph, shacl_graph=shapes, advanced=True, allow_warnings=True, inference="none")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--volume", type=Path, default=VOLUME)
    parser.add_argument("--documents", type=int, default=0, help="the first N documents only (0: all)")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="validations per graph, the best kept")
    args = parser.parse_args()
    docs = list(iter_documents([args.volume], lambda m: print(f"error: {m}", file=sys.stderr)))
    docs = docs[:args.documents] if args.documents > 0 else docs
    rounds = max(args.rounds, 1)
    extractor = Extractor()
    list(extractor.extract_all(docs[:2], on_error=print))  # load the model outside the timings

    started = time.perf_counter()
    extracted = list(extractor.extract_all(docs, on_error=print))
    extract_s = time.perf_counter() - started

    resolve_s = graph_s = 0.0
    vias: Counter[str] = Counter()
    graphs, before = [], []
    scheme = IriScheme.of(None)
    for doc, extraction in extracted:
        t0 = time.perf_counter()
        graph, actor_iris = build_item_graph(doc, extraction)
        t1 = time.perf_counter()
        before.append(copy_of(graph))  # untimed: the graph as it was before resolution
        t2 = time.perf_counter()
        add_resolution(graph, doc, extraction.actors, actor_iris, scheme.base)  # what build_graph runs
        t3 = time.perf_counter()
        graph_s += t1 - t0
        resolve_s += t3 - t2
        vias.update(ref.via for ref in resolve_actors(doc, extraction.actors).values())  # untimed
        graphs.append(graph)

    summary_batches: list[Graph] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "store")
        for graph in graphs:
            store.replace_graph(graph)
        store.flush()
        t0 = time.perf_counter()
        nodes = refresh_summary(store, scheme, [str(g.identifier) for g in graphs],
                                lambda name, triples: summary_batches.append(
                                    Graph().parse(data="\n".join(f"{t} ." for t in triples), format="nt")))
        summary_s = time.perf_counter() - t0  # with the parse of the batches for validation: an upper bound
        found = entities(store.quads())
        store.close()

    shapes, shapes_before = shapes_graph(), shapes_before_resolution()
    validate_s = validate_before_s = 0.0
    for graph, bare in zip(graphs, before, strict=True):  # per graph, alternated, best of ROUNDS
        validate_s += min(validation_seconds([graph], shapes) for _ in range(rounds))
        validate_before_s += min(validation_seconds([bare], shapes_before) for _ in range(rounds))
    summary_validate_s = sum(min(validation_seconds([batch], shapes) for _ in range(rounds))
                             for batch in summary_batches)
    actors = sum(vias.values())
    shared = sum(len(e.actors) for e in found.values() if len(e.documents) > 1)
    print(f"volume: {args.volume.name}: {len(docs)} documents, {actors} document actors, "
          f"{len(found)} entities ({sum(1 for e in found.values() if len(e.documents) > 1)} "
          "in more than one document)")
    for name, pattern, kind in (("Gresham", r"\bGresham\b", "Person"), ("Baker", r"\bBaker\b", "Person"),
                                ("Government of Nicaragua", r"\bNicaragu", "Government")):
        matching = [e for e in found.values()
                    if e.kind == kind and any(re.search(pattern, x) for x in e.pref_labels)]
        described = (f"{e.iri} ({len(e.actors)} actors, {len(e.documents)} documents)" for e in matching)
        print(f"entities for {name}: {len(matching)} " + "; ".join(described))
    linked = sum(len(e.actors) for e in found.values())
    print(f"document actors linked to an entity in the store: {linked} of {actors} extracted; "
          f"to an entity shared by more than one document: {shared} ({shared / max(actors, 1):.1%})")
    print("resolved by: " + ", ".join(f"{via} {n}" for via, n in vias.most_common()))
    multi_label = [e.iri for e in found.values() if len(e.pref_labels) != 1]
    print(f"entities with other than one preferred label in the union: {len(multi_label)}")
    print(f"extraction {extract_s:.2f} s, graph before resolution {graph_s:.2f} s, resolution stage "
          f"(links, tokens, option keys, digests, tallies) {resolve_s:.3f} s = "
          f"{resolve_s / extract_s:.1%} of extraction, "
          f"{resolve_s / (extract_s + graph_s + resolve_s):.1%} of extraction + graph + resolution")
    print(f"corpus summary: {nodes} nodes in {summary_s:.2f} s, their validation {summary_validate_s:.2f} s")
    added = resolve_s + validate_s - validate_before_s + summary_s + summary_validate_s
    build_s = extract_s + graph_s + resolve_s + validate_s + summary_s + summary_validate_s
    print(f"SHACL validation (each graph's best of {rounds}) {validate_s:.2f} s with resolution, "
          f"{validate_before_s:.2f} s without "
          f"(+{validate_s - validate_before_s:.2f} s); resolution, the summary and their validation add "
          f"{added:.2f} s "
          f"= {added / (build_s - added):.1%} to the build without them "
          f"(extraction + graph + validation + summary {build_s:.2f} s)")


if __name__ == "__main__":
    main()
