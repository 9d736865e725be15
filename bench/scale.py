"""Scale benchmarks.

Query latency: every named query on the embedded store and on an Oxigraph
server holding the same graph, as ratios (server / embedded) taken in one run.

Dask: extraction throughput (``kg build --dask local:N --no-validate``) of the
inputs with N = each of ``--dask-workers``, as speed-up over one worker.

Server build (``--server-build``): the inputs built straight into a fresh
``oxigraph serve`` through the Graph Store Protocol, then compared graph by
graph (isomorphism) with the embedded build.

    python bench/scale.py [--store DIR] [--server URL | --server-build] [--repeat N]
                          [--dask-workers 1,2,4] [INPUT ...]

Without ``--store`` the inputs (default: the seed and the test documents) are
built into a temporary embedded store (the first Dask build when there is
one); without ``--server`` an ``oxigraph serve`` is started on loopback and
the embedded graphs are copied into it.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from rdflib.compare import isomorphic

from kg.build import build, collect_inputs, default_workers, iter_documents
from kg.queries import query_names
from kg.resources import load_query
from kg.store import copy_store, open_store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the server launchers are test support code
from tests.support.servers import OxigraphServer  # noqa: E402

DEFAULT_INPUTS = [ROOT / "seeds", ROOT / "tests" / "data" / "documents"]


@dataclass(frozen=True)
class Latency:
    query: str
    rows: int
    embedded_s: float
    server_s: float

    @property
    def ratio(self) -> float:
        """How many times slower the server answers than the embedded store."""
        return self.server_s / self.embedded_s if self.embedded_s else float("inf")


def median_seconds(func: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` runs after one warm-up run (caches, connections)."""
    func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def query_latency(embedded_path: str | Path, server_url: str, *, queries: list[str] | None = None,
                  repeat: int = 5) -> list[Latency]:
    """Latency of each named query on both stores, which must hold the same graph."""
    results = []
    with open_store(embedded_path, read_only=True) as embedded, \
            open_store(server_url, read_only=True) as server:
        if len(embedded) != len(server):
            raise SystemExit(f"the stores differ: {len(embedded)} quads embedded, "
                             f"{len(server)} on the server")
        for name in queries or query_names():
            sparql = load_query(name)
            rows = len(embedded.select(sparql).rows)
            results.append(Latency(name, rows, median_seconds(lambda q=sparql: embedded.select(q), repeat),
                                   median_seconds(lambda q=sparql: server.select(q), repeat)))
    return results


def print_latencies(results: list[Latency]) -> None:
    print(f"{'query':<18} {'rows':>6} {'embedded ms':>12} {'server ms':>10} {'ratio':>7}")
    for r in results:
        print(f"{r.query:<18} {r.rows:>6} {r.embedded_s * 1000:>12.2f} "
              f"{r.server_s * 1000:>10.2f} {r.ratio:>7.1f}")
    ratios = [r.ratio for r in results]
    print(f"geometric mean ratio {statistics.geometric_mean(ratios):.1f}, "
          f"range {min(ratios):.1f}-{max(ratios):.1f}")


@contextmanager
def embedded_store(path: str | None, inputs: list[str], scratch: Path) -> Iterator[Path]:
    """The given store folder, or the inputs built into a new one."""
    if path:
        yield Path(path)
        return
    built = scratch / "kg-store"
    with open_store(built) as store:
        summary = build(inputs, store)
        print(f"built {summary.documents} documents, {len(store)} quads in {summary.seconds:.1f} s")
    yield built


@contextmanager
def built_server(inputs: list[str], embedded: Path, scratch: Path) -> Iterator[str]:
    """A fresh Oxigraph server with the inputs built into it, checked against ``embedded``."""
    with OxigraphServer(scratch / "oxigraph-built") as server:
        with server.open() as target:
            summary = build(inputs, target, workers=default_workers(), validate=False)
        print(f"server build: {summary.documents} documents, {len(summary.failures)} failures, "
              f"{summary.seconds:.0f} s with {default_workers()} worker processes")
        print(same_graphs(embedded, server.url))
        yield server.url


def same_graphs(embedded: Path, url: str) -> str:
    """Graph names, quad counts and per-graph isomorphism of two stores, in one line."""
    with open_store(embedded, read_only=True) as left, open_store(url, read_only=True) as right:
        names, other = set(left.graph_names()), set(right.graph_names())
        differing = [n for n in sorted(names & other) if not isomorphic(left.graph(n), right.graph(n))]
        return (f"embedded {len(names)} graphs / {len(left)} quads, "
                f"server {len(other)} graphs / {len(right)} quads; "
                f"only embedded {len(names - other)}, only server {len(other - names)}, "
                f"isomorphic {len(names & other) - len(differing)} of {len(names & other)}")


@contextmanager
def server_with(embedded: Path, url: str | None, scratch: Path) -> Iterator[str]:
    """The given server URL, or an Oxigraph server started here and loaded from ``embedded``."""
    if url:
        yield url
        return
    with OxigraphServer(scratch / "oxigraph") as server:
        with open_store(embedded, read_only=True) as source, server.open() as target:
            copy_store(source, target)
        yield server.url


def dask_scaling(inputs: list[str], workers: list[int], scratch: Path) -> list[tuple[int, float, int]]:
    """(workers, seconds, documents) of one build per worker count, each into a fresh store."""
    results = []
    for n in workers:
        with open_store(scratch / f"dask-{n}") as store:
            start = time.perf_counter()
            summary = build(inputs, store, dask=f"local:{n}", validate=False)
            results.append((n, time.perf_counter() - start, summary.documents))
    return results


def print_dask_scaling(results: list[tuple[int, float, int]], words: int, flush: bool = False) -> None:
    base = results[0][1]
    print(f"Dask extraction ({words} words)")
    for n, seconds, documents in results:
        print(f"  {n:>2} workers  {documents} documents  {seconds:7.0f} s  {words / seconds:8.0f} words/s  "
              f"speed-up {base / seconds:.2f}", flush=flush)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", default=[str(p) for p in DEFAULT_INPUTS])
    parser.add_argument("--store", help="embedded store folder (default: build the inputs)")
    parser.add_argument("--server",
                        help="SPARQL server holding the same graph (default: start oxigraph serve)")
    parser.add_argument("--server-build", action="store_true",
                        help="build the inputs into a fresh oxigraph serve "
                             "and compare it with the embedded build")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--dask-workers", default="", help="comma-separated worker counts, e.g. 1,2,4")
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--scratch", help="folder for the temporary stores (default: the system's)")
    args = parser.parse_args(argv)
    with ExitStack() as stack:
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(dir=args.scratch)))
        store = args.store
        if args.dask_workers:
            counts = [int(n) for n in args.dask_workers.split(",")]
            files, _ = collect_inputs(args.inputs)
            words = sum(len(d.text.split()) for d in iter_documents(files, on_error=lambda m: None))
            print_dask_scaling(dask_scaling(args.inputs, counts, scratch), words, flush=True)
            store = store or str(scratch / f"dask-{counts[0]}")
        if args.skip_latency and not args.server_build:
            return
        embedded = stack.enter_context(embedded_store(store, args.inputs, scratch))
        if args.server_build:
            url = stack.enter_context(built_server(args.inputs, embedded, scratch))
        else:
            url = stack.enter_context(server_with(embedded, args.server, scratch))
        if not args.skip_latency:
            print_latencies(query_latency(embedded, url, repeat=args.repeat))


if __name__ == "__main__":
    main()
