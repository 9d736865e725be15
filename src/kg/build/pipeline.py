"""The build: documents -> extraction -> graph -> validation -> store.

Streaming: documents flow through ``nlp.pipe`` in batches, through one of the
executors (``kg.build.executors``), and only a bounded number of batches is in
flight, so memory does not grow with the corpus.

Incremental and resumable (``kg.build.state``): a rebuild skips every document
whose input digest and extractor version are unchanged; a build killed halfway
resumes where it stopped, because each graph is written in one transaction.

One broken document is reported in one line and never stops the others.
Progress goes to a callback (the CLI draws it as a bar).
"""
from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Literal

from ..documents import Document
from ..errors import StoreError
from ..resolve.view import refresh_summary
from ..resources import ontology_graph
from ..store import Store
from ..vocab import DIP, IriScheme
from .executors import BuiltDocument, choose_executor, failure
from .inputs import collect_inputs, estimate_documents, iter_documents
from .state import built_states, input_digest

if TYPE_CHECKING:  # importing kg.extract loads spaCy: only a build needs it
    import pyoxigraph as ox

    from ..extract import Extractor
    from ..validate import Report

#: Called with (documents handled so far, documents expected): first (0, expected), then after each one.
ProgressCallback = Callable[[int, int], None]


@dataclass
class BuildSummary:
    documents: int = 0
    skipped: int = 0
    failures: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    triples: int = 0
    violations: int = 0
    reports: list[Report] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def conforms(self) -> bool:
        return self.violations == 0

    def add(self, item: BuiltDocument) -> None:
        self.documents += 1
        self.triples += len(item.graph)
        self.counts.update(item.counts)
        if item.report is not None:
            self.violations += len(item.report.violations)
            if not item.report.conforms:
                self.reports.append(item.report)


class _Tally:
    """Failures go into the summary and to ``on_error``; every document handled moves the progress."""

    def __init__(self, summary: BuildSummary, total: int, on_error: Callable[[str], None] | None,
                 progress: ProgressCallback | None):
        self.summary, self.total = summary, total
        self.on_error = on_error or _print_error
        self.progress = progress
        self.handled = 0
        self.step(0)

    def step(self, n: int = 1) -> None:
        self.handled += n
        if self.progress is not None:
            self.progress(self.handled, self.total)

    def fail(self, message: str, counts: bool = True) -> None:
        self.summary.failures.append(message)
        self.on_error(message)
        if counts:
            self.step()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def build(
    inputs: Iterable[str | Path],
    store: Store,
    *,
    base: str | IriScheme | None = None,
    extractor: Extractor | None = None,
    validate: bool = True,
    progress: ProgressCallback | None = None,
    workers: int = 1,
    dask: str | None = None,
    force: bool = False,
    on_error: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Build the graphs of ``inputs`` into ``store``; unchanged documents are skipped unless ``force``.

    Extraction runs here (``workers=1``), in a pool of ``workers`` processes, or on the Dask
    cluster at ``dask`` (a scheduler address, or ``local:N`` for N local worker processes);
    either way this process alone writes to the store.
    """
    started = time.perf_counter()
    iris = IriScheme.of(base)
    summary = BuildSummary()
    files, missing = collect_inputs(inputs)
    tally = _Tally(summary, estimate_documents(files), on_error, progress)
    for message in missing:
        tally.fail(message, counts=False)
    if extractor is None:
        from ..extract import Extractor

        extractor = Extractor()
    version = extractor.version
    store.replace_graph(ontology_graph())
    done = {} if force else built_states(store)

    def pending() -> Iterator[Document]:
        for doc in iter_documents(files, tally.fail):
            if done.get(str(iris.document(doc.id))) == (input_digest(doc, iris), version):
                summary.skipped += 1
                tally.step()
                continue
            yield doc

    executor = choose_executor(extractor, iris, validate, workers, dask)
    try:
        for item in executor.run(pending(), tally.fail):
            if _write(store, item, tally):
                summary.add(item)
                tally.step()
    finally:
        store.flush()
    # The corpus summary of what the graphs written (marked pending) touched, read back from the store.
    refresh_summary(store, iris, check=_summary_check(summary) if validate else None)
    summary.seconds = time.perf_counter() - started
    return summary


def _write(store: Store, item: BuiltDocument, tally: _Tally) -> bool:
    """Store one document's graph, marked for the corpus summary step (``kg.resolve.view``); a graph the
    store refuses is that document's failure, while a store that cannot be written at all
    (``StoreError``) stops the build."""
    item.graph.add((item.graph.identifier, DIP.summaryPending, Literal(True)))  # until the summary step
    try:
        store.replace_graph(item.graph)
    except StoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - this graph's problem, not the store's
        tally.fail(failure(item.source or str(item.graph.identifier), exc))
        return False
    return True


def _summary_check(summary: BuildSummary) -> Callable[[str, list[ox.Triple]], None]:
    """Validate each batch of corpus summary nodes with the shapes, as a document graph is."""
    def check(graph: str, triples: list[ox.Triple]) -> None:
        from rdflib import Graph, URIRef

        from ..validate import validate_graph

        g = Graph(identifier=URIRef(graph))
        g.parse(data="\n".join(f"{t} ." for t in triples), format="nt")
        report = validate_graph(g)
        summary.violations += len(report.violations)
        if not report.conforms:
            summary.reports.append(report)
    return check


def _print_error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
