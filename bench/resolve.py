"""Actor resolution figures on one volume, all measured in one run.

    python bench/resolve.py [--volume FILE]

Reads the volume, extracts every document (spaCy, one process), resolves its actors and
builds its graph (with the resolution's links), writes the graphs to a fresh embedded
store and reads the entities back from it. Prints: the entities the actors named
Gresham and Baker, and the governments named Nicaragua, resolve to (the issue asks for
exactly one each); how many document actors link to an entity that is shared by more
than their own document; the rule that resolved them; and the resolution time as a
share of the extraction time and of the whole graph build; and what the resolution adds to
SHACL validation (each graph validated with the shapes, and without the resolution's triples
against the shapes as they were before resolution, the block between the markers of
``ontology/shapes.ttl``).
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
from rdflib.namespace import PROV

from kg.build.inputs import iter_documents
from kg.extract import Extractor
from kg.graph import build_graph
from kg.resolve import add_entity_links, resolve_actors
from kg.resolve.summary import entities
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


def without_resolution(graph: Graph, base: str) -> Graph:
    """The document graph as it was before resolution: no links, no entity descriptions."""
    bare = Graph(identifier=graph.identifier)
    for s, p, o in graph:
        if p != PROV.specializationOf and not str(s).startswith(f"{base}entity/"):
            bare.add((s, p, o))
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
    args = parser.parse_args()
    docs = list(iter_documents([args.volume], lambda m: print(f"error: {m}", file=sys.stderr)))
    extractor = Extractor()
    list(extractor.extract_all(docs[:2], on_error=print))  # load the model outside the timings

    started = time.perf_counter()
    extracted = list(extractor.extract_all(docs, on_error=print))
    extract_s = time.perf_counter() - started

    resolve_s = graph_s = 0.0
    vias: Counter[str] = Counter()
    graphs = []
    scheme = IriScheme.of(None)
    for doc, extraction in extracted:
        t0 = time.perf_counter()
        graph = build_graph(doc, extraction)  # includes the resolution hook
        t1 = time.perf_counter()
        refs = resolve_actors(doc, extraction.actors)  # the same resolution again, timed alone
        iris = {a.key: scheme.document(doc.id) for a in extraction.actors}
        add_entity_links(Graph(), scheme.document(doc.id), extraction.actors, iris, refs, scheme.base)
        t2 = time.perf_counter()
        graph_s += t1 - t0
        resolve_s += t2 - t1
        vias.update(ref.via for ref in refs.values())
        graphs.append(graph)

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "store")
        for graph in graphs:
            store.replace_graph(graph)
        store.flush()
        found = entities(store.quads())
        store.close()

    before = [without_resolution(g, scheme.base) for g in graphs]
    shapes, shapes_before = shapes_graph(), shapes_before_resolution()
    validate_s = validate_before_s = 0.0
    for graph, bare in zip(graphs, before, strict=True):  # per graph, alternated, best of ROUNDS
        validate_s += min(validation_seconds([graph], shapes) for _ in range(ROUNDS))
        validate_before_s += min(validation_seconds([bare], shapes_before) for _ in range(ROUNDS))
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
    print(f"extraction {extract_s:.2f} s, graph build {graph_s:.2f} s (resolution included), "
          f"resolution {resolve_s:.3f} s = {resolve_s / extract_s:.1%} of extraction, "
          f"{resolve_s / (extract_s + graph_s):.1%} of extraction + graph")
    added = resolve_s + validate_s - validate_before_s
    build_s = extract_s + graph_s + validate_s
    print(f"SHACL validation (each graph's best of {ROUNDS}) {validate_s:.2f} s with resolution, "
          f"{validate_before_s:.2f} s without "
          f"(+{validate_s - validate_before_s:.2f} s); resolution and its validation add {added:.2f} s "
          f"= {added / (build_s - added):.1%} to the build without them "
          f"(extraction + graph + validation {build_s:.2f} s)")


if __name__ == "__main__":
    main()
