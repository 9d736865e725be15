"""``kg serve``: the store published as linked data over HTTP (Starlette on uvicorn).

Things and the documents about them are kept apart as the W3C's "Cool URIs
for the Semantic Web" describes for 303 URIs. A minted IRI such as
``{base}doc/frus1969-76v09-d145/actor/nixon`` names an actor, not a web page,
so GET on it answers ``303 See Other`` to ``/page/…`` (HTML) or to
``/data/….ttl``, ``.jsonld`` or ``.nt``, chosen by the Accept header, and
``406`` when no format fits. The vocabulary uses hash IRIs
(``https://w3id.org/kg/diplomacy#Actor``) and is served as one document.

    /                         the dataset: counts, documents, links
    /page/{path}              a resource's HTML page
    /data/{path}.{ext}        its description: Turtle, JSON-LD (ontology context), N-Triples
    /sparql                   SPARQL 1.1 Protocol (GET, POST) and an HTML query form
    /ontology                 the ontology, HTML documentation or RDF by Accept
    /ontology/context.jsonld  the JSON-LD context
    /.well-known/void         the VoID description of the dataset
    /dump.nq.gz               the whole dataset as gzip N-Quads
    anything else             the resource {base}{path}: 303 as above

Every read of the store runs in a worker process (``kg.serve_pool``) under
the query time limit.
"""
from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import tempfile
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

import anyio
import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import KgError
from .graph import normalize_base
from .namespaces import DEFAULT_BASE, DIP, PREFIXES
from .negotiation import (GRAPH_FORMATS, HTML, RESULT_FORMATS, Representation, media_list, negotiate,
                          serialize_graph)
from .resources import load_query, ontology_file, query_description, query_names
from .serve_meta import DEFAULT_LICENSE, ONTOLOGY_IRI, TITLE, ontology_graph, ontology_view, void_graph
from .serve_pool import PoolBusy, QueryTimeout, WorkerPool
from .serve_worker import Describe, Dump, Limits, Query, Reply, Statistics
from .store import open_store

__all__ = ["create_app", "detect_base", "serve"]

TEMPLATES = Path(__file__).parent / "templates"
MAX_BODY = 1024 * 1024
SLOW_TIMEOUT = 600.0  # statistics and the dump: computed once, not client queries
HTML_ROWS = 1000


@dataclass(frozen=True)
class Settings:
    store: str
    base: str
    query_timeout: float
    limits: Limits
    workers: int
    max_body: int
    license: str
    cache_bytes: int


def create_app(store: str | Path, *, base: str | None = None, query_timeout: float = 10.0,
               max_results: int = 100_000, max_result_bytes: int = 128 * 1024 * 1024,
               allow_service: bool = False, workers: int = 2, max_body: int = MAX_BODY,
               cache_bytes: int = 64 * 1024 * 1024, license_iri: str = DEFAULT_LICENSE) -> Starlette:
    """The ASGI app serving ``store`` (a folder or a SPARQL server URL) read-only.

    ``base`` is the prefix the store's IRIs were minted under (default: read
    from the store's document graphs, else http://127.0.0.1:8000/); a request
    for ``/{path}`` is about the resource ``{base}{path}``. Queries are
    stopped after ``query_timeout`` seconds and refused past ``max_results``
    rows (or triples) or ``max_result_bytes``. Answers to repeated queries are
    kept for a while in ``cache_bytes`` of memory (0: no cache).

    Workers start with ``spawn``: a script calling this needs the usual
    ``if __name__ == "__main__":`` guard.
    """
    with open_store(store, read_only=True) as opened:  # fail now, with the store's own message
        base = normalize_base(base) if base else detect_base(opened.graph_names())
    limits = Limits(max_results=max_results, max_bytes=max_result_bytes, allow_service=allow_service)
    site = Site(Settings(store=str(store), base=base, query_timeout=query_timeout, limits=limits,
                         workers=workers, max_body=max_body, license=license_iri, cache_bytes=cache_bytes))
    middleware = [
        Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                   allow_headers=["Accept", "Content-Type"], expose_headers=["Content-Location", "Location"]),
        Middleware(BodySizeLimit, max_body=max_body),
    ]
    app = Starlette(routes=site.routes(), middleware=middleware, lifespan=site.lifespan)
    app.state.site = site
    return app


def serve(store: str | Path, *, host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """Run the server with uvicorn until interrupted (``options`` go to ``create_app``)."""
    app = create_app(store, **options)
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("KG_LOG_LEVEL", "info"))


def detect_base(graph_names: list[str]) -> str:
    """The base the document graphs were minted under ({base}doc/{id}), else the default."""
    for name in graph_names:
        head, sep, _ = name.rpartition("/doc/")
        if sep:
            return head + "/"
    return DEFAULT_BASE


class BodySizeLimit:
    """Refuse request bodies over ``max_body`` bytes with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, max_body: int):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.max_body:
            await self._refuse(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body:
                raise _BodyTooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _BodyTooLarge:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        text = f"request body too large: the limit is {self.max_body} bytes\n"
        await Response(text, status_code=413, media_type="text/plain")(scope, receive, send)


class _BodyTooLarge(Exception):
    pass


class AnswerCache:
    """Recent successful answers by query and requested format: an LRU bounded in bytes.

    The store is served read-only, so an answer stays right; entries still
    expire after ``ttl`` seconds so that a remote store's changes show.
    """

    def __init__(self, max_bytes: int, ttl: float = 300.0):
        self.max_bytes, self.ttl = max_bytes, ttl
        self._entries: OrderedDict[Any, tuple[float, Reply]] = OrderedDict()
        self._size = 0

    def get(self, key: Any) -> Reply | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if time.monotonic() - entry[0] > self.ttl:
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return entry[1]

    def put(self, key: Any, reply: Reply) -> None:
        if reply.status != 200 or len(reply.body) > self.max_bytes // 8 or key in self._entries:
            return
        self._entries[key] = (time.monotonic(), reply)
        self._size += len(reply.body)
        while self._size > self.max_bytes:
            self._drop(next(iter(self._entries)))

    def _drop(self, key: Any) -> None:
        _, reply = self._entries.pop(key)
        self._size -= len(reply.body)


class ProtocolError(KgError):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class Site:
    """The server's state (settings, worker pool, caches) and its request handlers."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.pool = WorkerPool(settings.store, settings.limits, size=settings.workers,
                               wait_timeout=max(60.0, 3 * settings.query_timeout))
        self.templates = Jinja2Templates(directory=str(TEMPLATES))
        self.templates.env.globals.update(href=self.href, name=self.name, curie=curie, title=TITLE,
                                          base=settings.base)
        self.answers = AnswerCache(settings.cache_bytes)
        self._running: dict[Query, asyncio.Future] = {}
        self._stats: dict | None = None
        self._dump: Path | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._stats_lock = asyncio.Lock()
        self._dump_lock = asyncio.Lock()

    def routes(self) -> list[Route]:
        return [
            Route("/", self.home),
            Route("/sparql", self.sparql, methods=["GET", "POST"]),
            Route("/ontology", self.ontology),
            Route("/ontology/context.jsonld", self.context),
            Route("/.well-known/void", self.void),
            Route("/dump.nq.gz", self.dump),
            Route("/page/{path:path}", self.page),
            Route("/data/{path:path}", self.data),
            Route("/{path:path}", self.resource),
        ]

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        await anyio.to_thread.run_sync(self.pool.start)
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(self.pool.close)
            if self._tmp:
                self._tmp.cleanup()

    async def call(self, task: Any, timeout: float | None = None) -> Reply:
        """Run ``task`` in a worker; a timeout or a busy pool becomes a 503 reply."""
        limit = timeout or self.settings.query_timeout
        run = functools.partial(self.pool.run, task, limit, heavy=not isinstance(task, Describe))
        try:
            return await anyio.to_thread.run_sync(run)
        except QueryTimeout:
            return Reply.error(503, f"query stopped: it ran past the server's time limit of {limit:g} s")
        except PoolBusy as exc:
            return Reply.error(503, str(exc))
        except KgError as exc:
            return Reply.error(500, str(exc))

    # -- resources ---------------------------------------------------------
    async def resource(self, request: Request) -> Response:
        """A thing's IRI: 303 See Other to the document describing it in the preferred format."""
        rel = raw_path(request)[1:]
        rep = negotiate(request.headers.get("accept"), (HTML, *GRAPH_FORMATS))
        if rep is None:
            return not_acceptable((HTML, *GRAPH_FORMATS))
        target = f"/page/{rel}" if rep is HTML else f"/data/{rel}.{rep.extension}"
        return Response(f"See {target}\n", status_code=303, media_type="text/plain",
                        headers={"Location": target, "Vary": "Accept"})

    async def page(self, request: Request) -> Response:
        rel = raw_path(request)[len("/page/"):]
        iri = self.settings.base + rel
        reply = await self.call(Describe(iri, "html"))
        if reply.status != 200:
            return self.error(request, reply)
        return self.render(request, "resource.html", page=reply.data, data_path=f"/data/{rel}",
                           formats=GRAPH_FORMATS)

    async def data(self, request: Request) -> Response:
        rel = raw_path(request)[len("/data/"):]
        rep = next((r for r in GRAPH_FORMATS if rel.endswith(f".{r.extension}")), None)
        if rep is None:
            extensions = ", ".join(f".{r.extension}" for r in GRAPH_FORMATS)
            return text_response(404, f"/data/ paths end in one of {extensions}")
        iri = self.settings.base + rel[: -len(rep.extension) - 1]
        return self.respond(await self.call(Describe(iri, rep.name)))

    # -- SPARQL --------------------------------------------------------------
    async def sparql(self, request: Request) -> Response:
        """SPARQL 1.1 Protocol query operation; the HTML form for browsers."""
        try:
            query, formats = await protocol_query(request)
        except ProtocolError as exc:
            return self.error(request, Reply.error(exc.status, str(exc)), form=True)
        wants_html = "html" in formats or (not formats and prefers_html(request))
        if query is None:
            if wants_html:
                return self.render(request, "sparql.html", **self.form_context(""))
            return text_response(400, "missing the 'query' parameter (SPARQL 1.1 Protocol)")
        if not wants_html:
            return self.respond(await self.answer(Query(query, request.headers.get("accept"), formats)))
        reply = await self.answer(Query(query, "application/sparql-results+json, text/turtle;q=0.9"))
        if reply.status != 200:
            return self.render(request, "sparql.html", status_code=reply.status,
                               **self.form_context(query, error=reply.body.decode("utf-8")))
        return self.render(request, "sparql.html", **self.form_context(query, results=html_results(reply)))

    async def answer(self, task: Query) -> Reply:
        """A query's answer: from the cache when it was answered lately, shared while it runs."""
        reply = self.answers.get(task)
        if reply is not None:
            return reply
        running = self._running.get(task)
        if running is None:
            running = asyncio.ensure_future(self.call(task))
            self._running[task] = running
            running.add_done_callback(lambda done: self._answered(task, done))
        return await asyncio.shield(running)

    def _answered(self, task: Query, done: asyncio.Future) -> None:
        del self._running[task]
        if not done.cancelled() and done.exception() is None:
            self.answers.put(task, done.result())

    def form_context(self, query: str, **extra: Any) -> dict:
        examples = [{"name": n, "description": query_description(n), "query": load_query(n),
                     "href": "/sparql?query=" + quote(load_query(n), safe="")} for n in query_names()]
        results = extra.get("results") or {}
        offered = GRAPH_FORMATS if "text" in results else RESULT_FORMATS
        links = [(r.name.upper(), f"/sparql?query={quote(query, safe='')}&format={r.name}") for r in offered]
        return {"query": query, "examples": examples, "links": links, "results": None, "error": None, **extra}

    # -- the ontology, VoID and the dump -----------------------------------
    async def ontology(self, request: Request) -> Response:
        rep = negotiate(request.headers.get("accept"), (HTML, *GRAPH_FORMATS))
        if rep is None:
            return not_acceptable((HTML, *GRAPH_FORMATS))
        headers = {"Vary": "Accept"}
        if rep is HTML:
            return self.render(request, "ontology.html", headers=headers, onto=ontology_view())
        if rep.name == "turtle":
            body = ontology_file("diplomacy.ttl").read_bytes()
        else:
            body = serialize_graph(ontology_graph(), rep.name)
        return Response(body, media_type=rep.content_type(), headers=headers)

    async def context(self, request: Request) -> Response:
        return FileResponse(ontology_file("context.jsonld"), media_type="application/ld+json")

    async def void(self, request: Request) -> Response:
        rep = negotiate(request.headers.get("accept"), GRAPH_FORMATS)
        if rep is None:
            return not_acceptable(GRAPH_FORMATS)
        stats = await self.statistics()
        if stats is None:
            return text_response(503, "the dataset statistics could not be computed")
        graph = void_graph(stats, self.settings.base, self.settings.license)
        body = serialize_graph(graph, rep.name)
        return Response(body, media_type=rep.content_type(), headers={"Vary": "Accept"})

    async def dump(self, request: Request) -> Response:
        async with self._dump_lock:
            if self._dump is None:
                self._tmp = self._tmp or tempfile.TemporaryDirectory(prefix="kg-serve-")
                path = Path(self._tmp.name) / "dump.nq.gz"
                reply = await self.call(Dump(str(path)), SLOW_TIMEOUT)
                if reply.status != 200:
                    return self.respond(reply)
                self._dump = path
        return FileResponse(self._dump, media_type="application/gzip", filename="kg-dataset.nq.gz")

    async def home(self, request: Request) -> Response:
        return self.render(request, "home.html", stats=await self.statistics(), examples=query_names())

    async def statistics(self) -> dict | None:
        """Counts of the (read-only, so unchanging) store, computed once."""
        async with self._stats_lock:
            if self._stats is None:
                reply = await self.call(Statistics(), SLOW_TIMEOUT)
                if reply.status == 200:
                    self._stats = reply.data
        return self._stats

    # -- responses -----------------------------------------------------------
    def href(self, iri: str) -> str:
        """Where a page links for ``iri``: the server's own path for its resources and vocabulary."""
        if iri.startswith(self.settings.base):
            return "/" + iri[len(self.settings.base):]
        if iri.startswith(str(DIP)):
            return "/ontology#" + iri[len(str(DIP)):]
        if iri == ONTOLOGY_IRI:
            return "/ontology"
        return iri

    def name(self, iri: str) -> str:
        """A short name for an unlabelled IRI: its path under the base, else its prefixed name."""
        if iri.startswith(self.settings.base) and len(iri) > len(self.settings.base):
            return iri[len(self.settings.base):]
        return curie(iri)

    def render(self, request: Request, template: str, *, status_code: int = 200,
               headers: dict | None = None, **context: Any) -> Response:
        return self.templates.TemplateResponse(request, template, context, status_code=status_code,
                                               headers=headers)

    def respond(self, reply: Reply) -> Response:
        return Response(reply.body, status_code=reply.status, media_type=reply.media_type)

    def error(self, request: Request, reply: Reply, *, form: bool = False, query: str = "") -> Response:
        """An error as text, or as a page for a browser."""
        if not prefers_html(request):
            return self.respond(reply)
        message = reply.body.decode("utf-8")
        if form:
            return self.render(request, "sparql.html", status_code=reply.status,
                               **self.form_context(query, error=message))
        return self.render(request, "error.html", status_code=reply.status, status=reply.status,
                           message=message)


async def protocol_query(request: Request) -> tuple[str | None, tuple[str, ...]]:
    """The query text and ``format`` overrides of a SPARQL 1.1 Protocol request; refusals as ProtocolError."""
    params: dict[str, list[str]] = {k: request.query_params.getlist(k) for k in request.query_params}
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()
        if kind == "application/sparql-update":
            raise ProtocolError(403, "updates are refused: this endpoint is read-only")
        if kind == "application/sparql-query":
            params["query"] = [decode(body)]
        elif kind == "application/x-www-form-urlencoded":
            for key, values in parse_qs(decode(body), keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        else:
            raise ProtocolError(415, "POST a query as application/sparql-query or "
                                     "application/x-www-form-urlencoded (query=…)")
    if "update" in params:
        raise ProtocolError(403, "updates are refused: this endpoint is read-only")
    if "default-graph-uri" in params or "named-graph-uri" in params:
        raise ProtocolError(400, "default-graph-uri and named-graph-uri are not supported: the default "
                                 "graph is the union of the store's graphs")
    queries = params.get("query", [])
    if len(queries) > 1:
        raise ProtocolError(400, "give exactly one 'query' parameter")
    return (queries[0] if queries else None), tuple(params.get("format", []))


def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request body is not UTF-8") from None


def prefers_html(request: Request) -> bool:
    """Whether the client asks for HTML over every data format (a browser does; ``*/*`` does not)."""
    offered = (*RESULT_FORMATS, *GRAPH_FORMATS, HTML)
    return negotiate(request.headers.get("accept"), offered) is HTML


def raw_path(request: Request) -> str:
    """The path as sent (percent-encoding kept), which is how the IRIs were minted."""
    raw = request.scope.get("raw_path")
    return raw.decode("latin-1") if raw else quote(request.url.path)


def html_results(reply: Reply) -> dict:
    """A JSON results or Turtle reply as a table (or text) for the query form."""
    if not reply.media_type.startswith("application/sparql-results+json"):
        return {"text": reply.body.decode("utf-8")}
    answer = json.loads(reply.body)
    if "boolean" in answer:
        return {"boolean": answer["boolean"]}
    columns = answer["head"]["vars"]
    bindings = answer["results"]["bindings"]
    rows = [[b.get(c) for c in columns] for b in bindings[:HTML_ROWS]]
    return {"columns": columns, "rows": rows, "total": len(bindings)}


def curie(iri: str) -> str:
    """``dip:Actor`` for a term in a known namespace, else the IRI."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)) and len(iri) > len(str(ns)):
            return f"{prefix}:{iri[len(str(ns)):]}"
    return iri


def text_response(status: int, message: str) -> Response:
    return Response(message.rstrip() + "\n", status_code=status, media_type="text/plain")


def not_acceptable(offered: tuple[Representation, ...]) -> Response:
    return text_response(406, f"none of the requested types can be given; available: {media_list(offered)}")
