"""Where documents are built: here, in a pool of processes, or on a Dask cluster, behind one interface.

Every executor takes a stream of documents and yields what was built from
them; only a bounded number of batches is in flight, so memory does not grow
with the corpus, and this process alone writes to the store.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from rdflib import Graph, Literal, URIRef

from ..documents import Document
from ..errors import BuildError, KgError
from ..graph import build_graph
from ..vocab import DIP, IriScheme
from .state import input_digest

if TYPE_CHECKING:  # importing kg.extract loads spaCy: workers import it when they start
    from ..extract import Extractor
    from ..extract.model import Extraction
    from ..validate import Report

BATCH_SIZE = 16

OnError = Callable[[str], None]
Batch = tuple[list["BuiltDocument"], list[str]]


@dataclass(frozen=True)
class BuiltDocument:
    """One document's graph, counts and SHACL report; crosses processes as N-Triples."""

    graph: Graph
    counts: dict[str, int]
    report: Report | None

    def __reduce__(self) -> tuple[Any, ...]:
        nt = self.graph.serialize(format="nt")
        return (_unpickle_built, (str(self.graph.identifier), nt, self.counts, self.report))


def _unpickle_built(iri: str, ntriples: str, counts: dict[str, int], report: Report | None) -> BuiltDocument:
    graph = Graph(identifier=URIRef(iri))
    graph.parse(data=ntriples, format="nt")
    return BuiltDocument(graph, counts, report)


@dataclass(frozen=True)
class Recipe:
    """What every executor needs to build a document: the model, the IRI scheme, whether to validate."""

    model: str | None
    iris: IriScheme
    validate: bool


class Executor(Protocol):
    def run(self, docs: Iterable[Document], on_error: OnError) -> Iterator[BuiltDocument]:
        """Build ``docs``; a document that fails goes to ``on_error`` in one line."""
        ...


class DocumentBuilder:
    """Extraction, graph and validation for a stream of documents, in this process."""

    def __init__(self, extractor: Extractor, iris: IriScheme, validate: bool):
        self.extractor = extractor
        self.recipe = Recipe(extractor.model_name, iris, validate)

    def run(self, docs: Iterable[Document], on_error: OnError) -> Iterator[BuiltDocument]:
        for doc, extraction in self.extractor.extract_all(docs, on_error=on_error):
            try:
                yield self.build_one(doc, extraction)
            except KgError as exc:
                on_error(f"{doc.source or doc.id}: {exc}")

    def build_one(self, doc: Document, extraction: Extraction) -> BuiltDocument:
        iris = self.recipe.iris
        graph = build_graph(doc, extraction, iris)
        graph.add((iris.document(doc.id), DIP.inputDigest, Literal(input_digest(doc, iris))))
        report = None
        if self.recipe.validate:
            from ..validate import validate_graph  # loads rdflib's SPARQL engine: only builds that validate

            report = validate_graph(graph)
        return BuiltDocument(graph, extraction.counts(), report)


# -- worker processes (a pool's or Dask's) ---------------------------------------
_worker: DocumentBuilder | None = None


def _start_worker(recipe: Recipe) -> None:
    from ..extract import Extractor

    global _worker
    _worker = DocumentBuilder(Extractor(recipe.model), recipe.iris, recipe.validate)


def _build_batch(docs: list[Document]) -> Batch:
    assert _worker is not None, "worker not started"
    errors: list[str] = []
    return list(_worker.run(docs, errors.append)), errors


def _build_batch_on_worker(docs: list[Document], recipe: Recipe) -> Batch:
    """Runs on a Dask worker: the spaCy model is loaded once per worker process."""
    if _worker is None or _worker.recipe != recipe:
        _start_worker(recipe)
    return _build_batch(docs)


def _batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _collect(batch: Batch, on_error: OnError) -> Iterator[BuiltDocument]:
    built, errors = batch
    for message in errors:
        on_error(message)
    yield from built


class ProcessPool:
    """Batches go to ``workers`` processes; at most two per worker wait, so memory stays flat."""

    def __init__(self, recipe: Recipe, workers: int):
        self.recipe, self.workers = recipe, workers

    def run(self, docs: Iterable[Document], on_error: OnError) -> Iterator[BuiltDocument]:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                 initargs=(self.recipe,)) as pool:
            pending: deque[Future[Batch]] = deque()
            try:
                for batch in _batched(docs, BATCH_SIZE):
                    pending.append(pool.submit(_build_batch, batch))
                    if len(pending) >= 2 * self.workers:
                        yield from _collect(pending.popleft().result(), on_error)
                while pending:
                    yield from _collect(pending.popleft().result(), on_error)
            except BrokenProcessPool as exc:
                raise BuildError(f"a build worker process died ({exc}); "
                                 "run the build again to finish") from exc


class DaskCluster:
    """Batches go to a Dask cluster (``local:N`` starts one here); results come back to one writer."""

    def __init__(self, recipe: Recipe, scheduler: str):
        self.recipe, self.scheduler = recipe, scheduler

    def run(self, docs: Iterable[Document], on_error: OnError) -> Iterator[BuiltDocument]:
        from dask.distributed import Client, LocalCluster, as_completed
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker

        cluster: LocalCluster | None = None
        if self.scheduler.startswith("local:"):
            n = int(self.scheduler.split(":", 1)[1])
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(self.scheduler, timeout="30s")
        try:
            window = 2 * max(1, len(client.scheduler_info()["workers"]))
            pending = as_completed()
            batches = _batched(docs, BATCH_SIZE)
            for batch in islice(batches, window):
                pending.add(client.submit(_build_batch_on_worker, batch, self.recipe, pure=False))
            for future in pending:
                yield from _collect(future.result(), on_error)
                nxt = next(batches, None)
                if nxt is not None:
                    pending.add(client.submit(_build_batch_on_worker, nxt, self.recipe, pure=False))
        except (KilledWorker, FutureCancelledError, OSError) as exc:
            raise BuildError(f"Dask {self.scheduler}: {type(exc).__name__}: {exc}; "
                             "run the build again to finish") from exc
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def choose_executor(extractor: Extractor, iris: IriScheme, validate: bool, workers: int,
                    dask: str | None) -> Executor:
    """Dask when a scheduler is named, a process pool for more than one worker, else this process."""
    recipe = Recipe(extractor.model_name, iris, validate)
    if dask:
        return DaskCluster(recipe, dask)
    if workers > 1:
        return ProcessPool(recipe, workers)
    return DocumentBuilder(extractor, iris, validate)
