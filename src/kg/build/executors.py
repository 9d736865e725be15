"""Where documents are built: here, in a pool of processes, or on a Dask cluster, behind one interface.

Every executor takes a stream of documents and yields what was built from
them; only a bounded number of batches is in flight, so memory does not grow
with the corpus, and this process alone writes to the store.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol, cast

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
    source: str = ""  # where the document came from, for a failure to name it

    def __reduce__(self) -> tuple[Any, ...]:
        nt = self.graph.serialize(format="nt")
        return (_unpickle_built, (str(self.graph.identifier), nt, self.counts, self.report, self.source))


def _unpickle_built(iri: str, ntriples: str, counts: dict[str, int], report: Report | None,
                    source: str) -> BuiltDocument:
    graph = Graph(identifier=URIRef(iri))
    graph.parse(data=ntriples, format="nt")
    return BuiltDocument(graph, counts, report, source)


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


def failure(where: str, exc: BaseException) -> str:
    """One line for a document that failed: where it is, then the problem (kg's own errors say it)."""
    problem = str(exc) if isinstance(exc, KgError) else f"{type(exc).__name__}: {exc}"
    return " ".join(f"{where}: {problem}".split())


def where(doc: Document) -> str:
    """The file and document: ``volume.xml#d4`` for TEI, the path for a text file."""
    return doc.source or doc.id


class DocumentBuilder:
    """Extraction, graph and validation for a stream of documents, in this process.

    Documents go in batches; when anything escapes a batch (the parser itself failing), its
    documents are built again one by one, so the one at fault is the only one reported."""

    def __init__(self, extractor: Extractor, iris: IriScheme, validate: bool):
        self.extractor = extractor
        self.recipe = Recipe(extractor.model_name, iris, validate)

    def run(self, docs: Iterable[Document], on_error: OnError) -> Iterator[BuiltDocument]:
        for batch in _batched(docs, BATCH_SIZE):
            yield from _collect(isolate(self.build_batch, batch), on_error)

    def build_batch(self, docs: list[Document]) -> Batch:
        built: list[BuiltDocument] = []
        errors: list[str] = []
        for doc, extraction in self.extractor.extract_all(docs, on_error=errors.append):
            try:
                built.append(self.build_one(doc, extraction))
            except Exception as exc:  # noqa: BLE001 - any failure is this document's alone
                errors.append(failure(where(doc), exc))
        return built, errors

    def build_one(self, doc: Document, extraction: Extraction) -> BuiltDocument:
        iris = self.recipe.iris
        graph = build_graph(doc, extraction, iris)
        graph.add((iris.document(doc.id), DIP.inputDigest, Literal(input_digest(doc, iris))))
        report = None
        if self.recipe.validate:
            from ..validate import validate_graph  # loads rdflib's SPARQL engine: only builds that validate

            report = validate_graph(graph)
        return BuiltDocument(graph, extraction.counts(), report, where(doc))


def isolate(build_batch: Callable[[list[Document]], Batch], docs: list[Document]) -> Batch:
    """``build_batch(docs)``, narrowed down to the document at fault when it raises."""
    return settle(lambda: build_batch(docs), docs, build_batch)


def settle(result: Callable[[], Batch], docs: list[Document],
           rebuild: Callable[[list[Document]], Batch]) -> Batch:
    """The batch's ``result()``; if it raises, each document is rebuilt on its own, so one bad
    document costs only itself. A dead worker (``BuildError``, ``BrokenProcessPool``) still stops
    the build: what was written stays and the next run finishes it."""
    try:
        return result()
    except (BuildError, BrokenProcessPool):
        raise
    except Exception as exc:  # noqa: BLE001 - narrowed down to the document at fault below
        if len(docs) == 1:
            return [], [failure(where(docs[0]), exc)]
    built: list[BuiltDocument] = []
    errors: list[str] = []
    for doc in docs:
        one_built, one_errors = isolate(rebuild, [doc])
        built += one_built
        errors += one_errors
    return built, errors


# -- worker processes (a pool's or Dask's) ---------------------------------------
_worker: DocumentBuilder | None = None


#: Seconds between a worker's checks that the build that started it is still alive.
PARENT_CHECK_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _start_worker(recipe: Recipe, parent: int | None = None) -> None:
    if parent is not None:  # first: loading spaCy takes seconds
        _exit_with_parent(parent)
    from ..extract import Extractor

    global _worker
    _worker = DocumentBuilder(Extractor(recipe.model), recipe.iris, recipe.validate)


def _exit_with_parent(parent: int) -> None:
    """A pool worker ends when its build does, even one killed by SIGKILL: the pool's queues
    never tell a worker its parent is gone. Linux kills it at once (PR_SET_PDEATHSIG, which
    follows the thread that started the worker: the build's own); a watchdog thread that sees
    the parent change ends it on any system within a second."""
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="kg-parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _build_batch(docs: list[Document]) -> Batch:
    assert _worker is not None, "worker not started"
    return isolate(_worker.build_batch, docs)


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
                                 initargs=(self.recipe, os.getpid())) as pool:

            def rebuild(batch: list[Document]) -> Batch:
                return pool.submit(_build_batch, batch).result()

            pending: deque[tuple[Future[Batch], list[Document]]] = deque()
            try:
                for batch in _batched(docs, BATCH_SIZE):
                    pending.append((pool.submit(_build_batch, batch), batch))
                    while pending and (len(pending) >= 2 * self.workers or pending[0][0].done()):
                        future, sent = pending.popleft()
                        yield from _collect(settle(future.result, sent, rebuild), on_error)
                while pending:
                    future, sent = pending.popleft()
                    yield from _collect(settle(future.result, sent, rebuild), on_error)
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

        def dead(exc: BaseException) -> BuildError:
            return BuildError(f"Dask {self.scheduler}: {type(exc).__name__}: {exc}; "
                              "run the build again to finish")

        def submit(batch: list[Document]) -> Any:
            future = client.submit(_build_batch_on_worker, batch, self.recipe, pure=False)
            sent[future.key] = batch
            return future

        def result_of(future: Any) -> Callable[[], Batch]:
            def result() -> Batch:
                try:
                    return cast(Batch, future.result())
                except (KilledWorker, FutureCancelledError, OSError) as exc:
                    raise dead(exc) from exc
            return result

        def rebuild(batch: list[Document]) -> Batch:
            return result_of(submit(batch))()

        sent: dict[object, list[Document]] = {}
        try:
            window = 2 * max(1, len(client.scheduler_info()["workers"]))
            pending = as_completed()
            batches = _batched(docs, BATCH_SIZE)
            for batch in islice(batches, window):
                pending.add(submit(batch))
            for future in pending:
                yield from _collect(settle(result_of(future), sent.pop(future.key), rebuild), on_error)
                nxt = next(batches, None)
                if nxt is not None:
                    pending.add(submit(nxt))
        except (KilledWorker, FutureCancelledError, OSError) as exc:
            raise dead(exc) from exc
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
