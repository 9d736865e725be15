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
from .guard import check_query
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
@dataclass(frozen=True)
class Describe:
    """A resource's description in an RDF format, or the data of its HTML page (``fmt='html'``)."""

    iri: str
    fmt: str

    def run(self, ctx: Context) -> Reply:
        resource = checked_iri(self.iri)
        if self.fmt == "html":
            page = resource_page(ctx.store, resource)
            return Reply(200, data=page) if page else _not_found(self.iri)
        rep = next(r for r in GRAPH_FORMATS if r.name == self.fmt)
        ntriples = b""
        for name in ("serve/describe", "serve/referenced"):  # a volume is only ever an object
            ntriples = ntriples or capped_ntriples(ctx, ctx.store.raw_query(bind(load_query(name),
                                                                                 resource=resource)))
        if not ntriples:
            return _not_found(self.iri)
        return Reply(200, render_graph(ntriples, rep.name), rep.content_type())


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
def checked_iri(iri: str) -> ox.NamedNode:
    """The IRI as a term, or a 400: only a valid IRI is ever bound into a query."""
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise Refused(400, f"not a valid IRI: {iri!r} ({exc})") from None


def bind(query: str, **values: ox.NamedNode) -> str:
    """``query`` with its variables bound to IRIs by a VALUES block opening its WHERE clause.

    Opening the pattern, the bound IRI is where evaluation starts (a trailing
    VALUES is joined last: source.rq would read every document's text first).
    The terms are pyoxigraph terms, whose text form is a checked IRIREF, so
    nothing a client sent is ever spliced into the query as raw text.
    """
    names = " ".join(f"?{name}" for name in values)
    terms = " ".join(str(term) for term in values.values())
    block = f"VALUES ({names}) {{ ({terms}) }}"
    if "WHERE {" not in query:
        return f"{query}\n{block}"
    return query.replace("WHERE {", f"WHERE {{\n  {block}", 1)


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
            raise ResultTooLarge(f"the answer has more than {self.max_lines - 1} {self.what}, the server's "
                                 "cap: narrow the query, or page through it with LIMIT and OFFSET")
        if size > self.max_bytes:
            raise ResultTooLarge(f"the answer is larger than {self.max_bytes // 2**20} MiB, the server's "
                                 "cap: select fewer or shorter values, or page with LIMIT and OFFSET")
        return super().write(chunk)


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


def _not_found(iri: str) -> Reply:
    return Reply.error(404, f"nothing is known about <{iri}> in this dataset")


# -- the HTML page's data --------------------------------------------------
TITLE_PROPERTIES = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://purl.org/dc/terms/title",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/ns/oa#exact",
    "http://purl.org/dc/terms/identifier",
)
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DIP_TEXT = "https://w3id.org/kg/diplomacy#text"
PASSAGE_CHARS = 600


def resource_page(store: Store, resource: ox.NamedNode) -> dict[str, Any] | None:
    """Label, types, properties, referrers and evidence passages of a resource (None if unknown)."""
    rows = store.select(bind(load_query("serve/page"), resource=resource)).dicts()
    referrers = store.select(bind(load_query("serve/referrers"), resource=resource)).dicts()
    if not rows and not referrers:
        return None
    properties = _properties(rows)
    values = {p["iri"]: p["values"] for p in properties}
    passages = [_passage(row, _source(store, row["document"]))
                for row in store.select(bind(load_query("serve/passages"), resource=resource)).dicts()]
    text = values.get(DIP_TEXT, [{}])[0].get("value")
    return {
        "iri": resource.value,
        "label": next((values[p][0]["value"] if "value" in values[p][0] else values[p][0]["iri"]
                       for p in TITLE_PROPERTIES if p in values), None),
        "types": values.get(RDF_TYPE, []),
        "properties": [p for p in properties if p["iri"] != RDF_TYPE],
        "referrers": _referrers(referrers),
        "passages": passages,
        "paragraphs": [p for p in text.split("\n\n") if p.strip()] if text else [],
    }


def _properties(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of page.rq grouped by property, one value per distinct term, first label kept."""
    grouped: dict[str, dict[str, Any]] = {}
    for row in rows:
        prop = grouped.setdefault(row["property"], {"iri": row["property"], "label": row["propertyLabel"],
                                                    "values": [], "_seen": set()})
        if row["value"] in prop["_seen"]:
            continue
        prop["_seen"].add(row["value"])
        if row["isResource"] == "true":
            prop["values"].append({"iri": row["value"], "label": row["valueLabel"]})
        else:
            prop["values"].append({"value": row["value"], "datatype": row["datatype"],
                                   "language": row["language"] or None})
    for prop in grouped.values():
        del prop["_seen"]
    return list(grouped.values())


def _referrers(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    grouped: dict[str, dict[str, Any]] = {}
    for row in rows:
        prop = grouped.setdefault(row["property"], {"iri": row["property"], "label": row["propertyLabel"],
                                                    "values": []})
        if all(v["iri"] != row["subject"] for v in prop["values"]):
            prop["values"].append({"iri": row["subject"], "label": row["subjectLabel"]})
    return list(grouped.values())


def _source(store: Store, document: str | None) -> dict[str, Any]:
    rows = store.select(bind(load_query("serve/source"), document=checked_iri(document or ""))).dicts()
    return rows[0] if rows else {"text": "", "title": None, "page": None}


def _passage(row: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    """The paragraph around an evidence span, split so the template can highlight the span."""
    text, start, end = source["text"] or "", int(row["start"]), int(row["end"])
    begin = text.rfind("\n\n", 0, start)
    begin = 0 if begin < 0 else begin + 2
    stop = text.find("\n\n", end)
    stop = len(text) if stop < 0 else stop
    begin, stop = max(begin, start - PASSAGE_CHARS), min(stop, end + PASSAGE_CHARS)
    return {
        "document": row["document"], "title": source["title"], "page": source["page"],
        "before": ("… " if begin > 0 and text[begin - 1] not in "\n" else "") + text[begin:start],
        "quote": text[start:end],
        "after": text[end:stop] + (" …" if stop < len(text) and text[stop] != "\n" else ""),
        "start": start, "end": end,
    }


# -- the worker process ----------------------------------------------------
def worker_main(conn: Connection, store_location: str, limits: Limits) -> None:
    """Open the store read-only, cap the memory, say READY, then answer tasks until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    try:
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
