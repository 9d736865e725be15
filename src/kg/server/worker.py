"""What the server's worker processes do: every read of the store happens here.

A worker opens the store read-only in its own process, so the server can
enforce a query time limit by killing the process (neither pyoxigraph nor
rdflib can interrupt a running query: see ``kg.serve_pool``). Tasks are
small picklable dataclasses whose ``run`` answers a ``Reply``; answers are
serialized here, so only bytes and plain data cross the process boundary.

Answers are capped: a result is first written in a line-per-row format
(TSV for solutions, N-Triples for triples) through a writer that stops the
engine as soon as the row or byte cap is passed, then converted.
"""
from __future__ import annotations

import gzip
import importlib
import io
import os
import resource
import signal
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import IO, TYPE_CHECKING, Any, cast

import pyoxigraph as ox

from ..errors import KgError, Refused, StoreError
from ..resources import load_query
from ..store import Store, open_store
from .negotiation import (
    GRAPH_FORMATS,
    RESULT_FORMATS,
    RESULT_OX_FORMATS,
    Representation,
    by_name,
    media_list,
    negotiate,
    output_bytes,
    render_graph,
    xml_safe,
)

if TYPE_CHECKING:
    from typing_extensions import Buffer

READY = "ready"
PLAIN = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Limits:
    """What one answer may cost: rows (or triples), bytes, worker memory, and whether SERVICE may reach out.

    An answer over ``spill_bytes`` is written to a file in ``spill_dir`` and
    streamed from there, so the server never holds it whole in memory.
    ``worker_memory`` caps a worker's address space beyond what it used once
    the store was open (0: no cap).
    """

    max_results: int = 100_000
    max_bytes: int = 128 * 1024 * 1024
    allow_service: bool = False
    spill_bytes: int = 1024 * 1024
    spill_dir: str | None = None
    worker_memory: int = 0


@dataclass(frozen=True)
class Reply:
    """An answer: HTTP status, body and its media type, or plain data for an HTML page."""

    status: int
    body: bytes = b""
    media_type: str = PLAIN
    data: Any = None
    path: str | None = None  # a large body, spilled to this file (the receiver deletes it)
    stopped: bool = False  # the task ran past the time limit and was stopped

    @classmethod
    def error(cls, status: int, message: str) -> Reply:
        return cls(status, (message.rstrip() + "\n").encode("utf-8"))


@dataclass
class Context:
    store: Store
    limits: Limits = field(default_factory=Limits)


class ResultTooLarge(Exception):
    pass


# -- tasks -----------------------------------------------------------------
def spilled(reply: Reply, limits: Limits) -> Reply:
    """``reply`` with a body over ``limits.spill_bytes`` moved into a file, to be streamed from there."""
    if len(reply.body) <= limits.spill_bytes or limits.spill_dir is None:
        return reply
    descriptor, path = tempfile.mkstemp(prefix="answer-", dir=limits.spill_dir)
    with os.fdopen(descriptor, "wb") as out:
        out.write(reply.body)
    return Reply(reply.status, b"", reply.media_type, reply.data, path)


@dataclass(frozen=True)
class Query:
    """A client's SPARQL query: checked, run, capped and written in the negotiated format."""

    text: str
    accept: str | None = None
    formats: tuple[str, ...] = ()

    def run(self, ctx: Context) -> Reply:
        from .guard import check_query  # rdflib's SPARQL grammar: 0.3 s to load, so not before a query

        form = check_query(self.text, ctx.limits.allow_service)
        offered = RESULT_FORMATS if form in ("SELECT", "ASK") else GRAPH_FORMATS
        rep = by_name(self.formats, offered) or negotiate(self.accept, offered)
        if rep is None:
            return Reply.error(406, f"a {form} query can answer in {media_list(offered)}")
        try:
            result = ctx.store.raw_query(self.text)
            body = write_result(ctx, result, rep)
        except ResultTooLarge as exc:
            return Reply.error(422, str(exc))
        except StoreError as exc:  # a remote store failed: not the query's fault
            return Reply.error(502, str(exc))
        except KgError as exc:
            return Reply.error(400, str(exc))
        except OSError as exc:
            return Reply.error(502, f"the query failed: {exc}")
        return Reply(200, body, rep.content_type())


@dataclass(frozen=True)
class Statistics:
    """Counts for the VoID description and the home page (computed once: the store is read-only)."""

    def run(self, ctx: Context) -> Reply:
        store = ctx.store
        data = {
            "quads": len(store),
            "totals": store.select(load_query("serve/void-totals")).dicts()[0],
            "classes": store.select(load_query("serve/void-classes")).dicts(),
            "properties": store.select(load_query("serve/void-properties")).dicts(),
            "links": store.select(load_query("serve/void-links")).dicts(),
            "documents": store.select(load_query("serve/index")).dicts(),
        }
        return Reply(200, data=data)


@dataclass(frozen=True)
class Dump:
    """The whole dataset as gzip-compressed N-Quads, written to ``path``."""

    path: str

    def run(self, ctx: Context) -> Reply:
        with gzip.open(self.path, "wb", compresslevel=6) as out:
            ctx.store.dump(cast(IO[bytes], out), "nquads")  # a binary file, typed otherwise
        return Reply(200)


# -- answers ---------------------------------------------------------------
class _CappedBuffer(io.BytesIO):
    """A binary sink that stops the serializer writing into it once past the caps."""

    def __init__(self, max_lines: int, max_bytes: int, what: str):
        super().__init__()
        self.max_lines, self.max_bytes, self.what = max_lines, max_bytes, what
        self.lines = 0

    def write(self, data: Buffer, /) -> int:
        chunk = bytes(data)
        self.lines += chunk.count(b"\n")
        size = self.tell() + len(chunk)
        if self.lines > self.max_lines:
            raise ResultTooLarge(too_many(self.max_lines - 1, self.what))
        if size > self.max_bytes:
            raise ResultTooLarge(too_large(self.max_bytes))
        return super().write(chunk)


def too_many(limit: int, what: str) -> str:
    return (f"the answer has more than {limit} {what}, the server's cap: narrow the query, "
            "or page through it with LIMIT and OFFSET")


def too_large(limit: int) -> str:
    return (f"the answer is larger than {limit // 2**20} MiB, the server's cap: select fewer or shorter "
            "values, or page with LIMIT and OFFSET")


def capped_ntriples(ctx: Context, triples: Iterable[ox.Triple]) -> bytes:
    """Triples as N-Triples (one per line), stopping past ``max_results`` triples."""
    sink = _CappedBuffer(ctx.limits.max_results + 1, ctx.limits.max_bytes, "triples")
    ox.serialize(triples, sink, ox.RdfFormat.N_TRIPLES)
    return sink.getvalue()


def write_result(ctx: Context, result: Any, rep: Representation) -> bytes:
    """A query result in ``rep``'s format, within the caps."""
    if isinstance(result, ox.QueryBoolean):
        return output_bytes(result.serialize(format=RESULT_OX_FORMATS[rep.name]))
    if isinstance(result, ox.QuerySolutions):
        sink = _CappedBuffer(ctx.limits.max_results + 1, ctx.limits.max_bytes, "rows")  # + the header line
        result.serialize(sink, ox.QueryResultsFormat.TSV)
        tsv = sink.getvalue()
        if rep.name == "tsv":
            return tsv
        solutions = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)
        written = output_bytes(solutions.serialize(format=RESULT_OX_FORMATS[rep.name]))
        return xml_safe(written) if rep.name == "xml" else written
    return render_graph(capped_ntriples(ctx, result), rep.name)


# -- the worker process ----------------------------------------------------
def worker_main(conn: Connection, store_location: str, limits: Limits) -> None:
    """Open the store read-only, cap the memory, say READY, then answer tasks until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    try:
        importlib.import_module(".guard", __package__)  # loaded before READY: not within a query's time
        ctx = Context(open_store(store_location, read_only=True), limits)
        cap_memory(limits.worker_memory)
    except Exception as exc:  # noqa: BLE001 - the message goes to the server, which reports it
        conn.send(f"{type(exc).__name__}: {exc}")
        return
    conn.send(READY)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(run_task(task, ctx))


def cap_memory(extra: int) -> None:
    """Let this process's address space grow by at most ``extra`` bytes beyond what it maps now.

    The store's files and libraries are already mapped when this runs, so the
    cap is on what answering may add. Past it, Python raises MemoryError (a
    507 reply) and the query engine aborts the process (the pool replaces it).
    """
    if extra <= 0:
        return
    with open("/proc/self/statm") as statm:
        mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    resource.setrlimit(resource.RLIMIT_AS, (mapped + extra, mapped + extra))


def run_task(task: Any, ctx: Context) -> Reply:
    """A task's reply (large bodies spilled to a file); a refusal or failure becomes an error reply."""
    try:
        reply: Reply = task.run(ctx)
        return spilled(reply, ctx.limits)
    except Refused as exc:
        return Reply.error(exc.status, str(exc))
    except MemoryError:
        return Reply.error(507, "the query needed more memory than a worker may use: narrow it, "
                                "or page through it with LIMIT and OFFSET")
    except Exception as exc:  # noqa: BLE001 - one bad request must not end the worker
        return Reply.error(500, f"internal error: {type(exc).__name__}: {exc}")
