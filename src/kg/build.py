"""The build: documents -> extraction -> graph -> validation -> store.

Streaming: documents flow through ``nlp.pipe`` in batches, in this process or
in worker processes, and only a bounded number of batches is in flight, so
memory does not grow with the corpus.

Incremental and resumable: each document's graph records a digest of its
input next to the extractor version. A rebuild skips every document whose
digest and version are unchanged; a build killed halfway resumes where it
stopped, because each graph is written in one transaction.

One broken document is reported in one line and never stops the others.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from tqdm import tqdm

from .documents import DOCUMENT_SUFFIXES, Document, DocumentError, read_documents
from .errors import KgError
from .extract import Extractor
from .graph import build_graph, document_iri, normalize_base
from .namespaces import DIP
from .resolve import RESOLVER_VERSION
from .resources import load_query
from .store import Store
from .validate import Report, ontology_graph, validate_graph

BATCH_SIZE = 16


@dataclass
class BuildSummary:
    documents: int = 0
    skipped: int = 0
    failures: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    triples: int = 0
    violations: int = 0
    reports: list[Report] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def conforms(self) -> bool:
        return self.violations == 0


@dataclass(frozen=True)
class BuiltDocument:
    """One document's graph, counts and SHACL report; crosses processes as N-Triples."""

    graph: Graph
    counts: dict[str, int]
    report: Report | None

    def __reduce__(self):  # type: ignore[no-untyped-def]
        nt = self.graph.serialize(format="nt")
        return (_unpickle_built, (str(self.graph.identifier), nt, self.counts, self.report))


def _unpickle_built(iri: str, ntriples: str, counts: dict[str, int], report: Report | None) -> BuiltDocument:
    graph = Graph(identifier=URIRef(iri))
    graph.parse(data=ntriples, format="nt")
    return BuiltDocument(graph, counts, report)


# -- inputs ----------------------------------------------------------------
def collect_inputs(inputs: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Files to read (folders are searched recursively) and the inputs that do not exist."""
    files: list[Path] = []
    missing: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(f"{path}: no such file or folder")
    return files, missing


def estimate_documents(files: Iterable[Path]) -> int:
    """Documents to expect, for the progress bar: one per text file, one per TEI document div."""
    total = 0
    for path in files:
        if path.suffix.lower() == ".xml":
            total += path.read_bytes().count(b'type="document"')
        else:
            total += 1
    return total


def iter_documents(files: Iterable[Path], on_error: Callable[[str], None]) -> Iterator[Document]:
    """Every document the files hold; each one that cannot be read goes to ``on_error``."""
    for path in files:
        for item in read_documents(path):
            if isinstance(item, DocumentError):
                on_error(str(item))
            else:
                yield item


def input_digest(doc: Document, base: str | None) -> str:
    """What the graph of ``doc`` depends on besides the extractor: its content and the base IRI."""
    payload = json.dumps([normalize_base(base), RESOLVER_VERSION, asdict(doc)],  # kg.resolve hook
                         sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def built_states(store: Store) -> dict[str, tuple[str, str]]:
    """Graph name -> (input digest, extractor version) of what the store already holds."""
    rows = store.select(load_query("build/state")).rows
    return {graph: (digest, version) for graph, digest, version in rows if graph and digest and version}


# -- one process -------------------------------------------------------------
class DocumentBuilder:
    """Extraction, graph and validation for a stream of documents, in one process."""

    def __init__(self, extractor: Extractor, base: str | None, validate: bool):
        self.extractor = extractor
        self.base = base
        self.validate = validate

    def build_all(self, docs: Iterable[Document], on_error: Callable[[str], None]) -> Iterator[BuiltDocument]:
        for doc, extraction in self.extractor.extract_all(docs, on_error=on_error):
            try:
                yield self.build_one(doc, extraction)
            except KgError as exc:
                on_error(f"{doc.source or doc.id}: {exc}")

    def build_one(self, doc: Document, extraction) -> BuiltDocument:  # type: ignore[no-untyped-def]
        graph = build_graph(doc, extraction, self.base)
        graph.add((document_iri(doc.id, self.base), DIP.inputDigest, Literal(input_digest(doc, self.base))))
        report = validate_graph(graph) if self.validate else None
        return BuiltDocument(graph, extraction.counts(), report)


# -- worker processes ---------------------------------------------------------
_worker: DocumentBuilder | None = None


def _start_worker(model: str | None, base: str | None, validate: bool) -> None:
    global _worker
    _worker = DocumentBuilder(Extractor(model), base, validate)


def _build_batch(docs: list[Document]) -> tuple[list[BuiltDocument], list[str]]:
    assert _worker is not None, "worker not started"
    errors: list[str] = []
    return list(_worker.build_all(docs, errors.append)), errors


def _batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _build_in_pool(docs: Iterable[Document], workers: int, model: str | None, base: str | None,
                   validate: bool, on_error: Callable[[str], None]) -> Iterator[BuiltDocument]:
    """Batches go to ``workers`` processes; at most two per worker wait, so memory stays flat."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(model, base, validate)) as pool:
        pending: deque = deque()
        try:
            for batch in _batched(docs, BATCH_SIZE):
                pending.append(pool.submit(_build_batch, batch))
                if len(pending) >= 2 * workers:
                    yield from _collect(pending.popleft(), on_error)
            while pending:
                yield from _collect(pending.popleft(), on_error)
        except BrokenProcessPool as exc:
            raise KgError(f"a build worker process died ({exc}); run the build again to finish") from exc


def _build_on_dask(docs: Iterable[Document], scheduler: str, model: str | None, base: str | None,
                   validate: bool, on_error: Callable[[str], None]) -> Iterator[BuiltDocument]:
    """Batches go to a Dask cluster (``local:N`` starts one here); results come back to one writer."""
    from dask.distributed import Client, LocalCluster, as_completed
    from distributed.client import FutureCancelledError
    from distributed.scheduler import KilledWorker

    if scheduler.startswith("local:"):
        n = int(scheduler.split(":", 1)[1])
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        cluster, client = None, Client(scheduler, timeout="30s")
    try:
        window = 2 * max(1, len(client.scheduler_info()["workers"]))
        pending = as_completed()
        batches = _batched(docs, BATCH_SIZE)
        for batch in islice(batches, window):
            pending.add(client.submit(_build_batch_on_worker, batch, model, base, validate, pure=False))
        for future in pending:
            yield from _collect(future, on_error)
            nxt = next(batches, None)
            if nxt is not None:
                pending.add(client.submit(_build_batch_on_worker, nxt, model, base, validate, pure=False))
    except (KilledWorker, FutureCancelledError, OSError) as exc:
        raise KgError(f"Dask {scheduler}: {type(exc).__name__}: {exc}; run the build again to finish") from exc
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _build_batch_on_worker(docs: list[Document], model: str | None, base: str | None,
                           validate: bool) -> tuple[list[BuiltDocument], list[str]]:
    """Runs on a Dask worker: the spaCy model is loaded once per worker process."""
    if _worker is None or (_worker.extractor.model_name, _worker.base, _worker.validate) != (model, base, validate):
        _start_worker(model, base, validate)
    return _build_batch(docs)


def _collect(future, on_error: Callable[[str], None]) -> Iterator[BuiltDocument]:  # type: ignore[no-untyped-def]
    built, errors = future.result()
    for message in errors:
        on_error(message)
    yield from built


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


# -- the build -----------------------------------------------------------------
def build(
    inputs: Iterable[str | Path],
    store: Store,
    *,
    base: str | None = None,
    extractor: Extractor | None = None,
    validate: bool = True,
    progress: bool = True,
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
    summary = BuildSummary()
    files, missing = collect_inputs(inputs)
    bar = tqdm(total=estimate_documents(files), unit="doc", disable=not progress, file=sys.stderr,
               desc="kg build", smoothing=0.05)

    def fail(message: str) -> None:
        summary.failures.append(message)
        (on_error or _print_error)(message)
        bar.update(1)

    for message in missing:
        summary.failures.append(message)
        (on_error or _print_error)(message)
    extractor = extractor or Extractor()
    version = extractor.version
    store.replace_graph(ontology_graph())
    done = {} if force else built_states(store)

    def pending() -> Iterator[Document]:
        for doc in iter_documents(files, fail):
            if done.get(str(document_iri(doc.id, base))) == (input_digest(doc, base), version):
                summary.skipped += 1
                bar.update(1)
                continue
            yield doc

    if dask:
        built = _build_on_dask(pending(), dask, extractor.model_name, base, validate, fail)
    elif workers > 1:
        built = _build_in_pool(pending(), workers, extractor.model_name, base, validate, fail)
    else:
        built = DocumentBuilder(extractor, base, validate).build_all(pending(), fail)
    try:
        for item in built:
            store.replace_graph(item.graph)
            _count(summary, item)
            bar.update(1)
    finally:
        bar.close()
        store.flush()
    summary.seconds = time.perf_counter() - started
    return summary


def _count(summary: BuildSummary, item: BuiltDocument) -> None:
    summary.documents += 1
    summary.triples += len(item.graph)
    summary.counts.update(item.counts)
    if item.report is not None:
        summary.violations += len(item.report.violations)
        if not item.report.conforms:
            summary.reports.append(item.report)


def _print_error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
