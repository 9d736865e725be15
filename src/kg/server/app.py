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

Every read of the store runs in a worker process (``kg.server.pool``) under
the query time limit.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.supervisors import Multiprocess

from ..store import open_store
from .connection import BODY_TIMEOUT, HEADER_TIMEOUT, ServeConfig
from .dataset import DEFAULT_LICENSE, DatasetRoutes
from .iris import ServedIris
from .lookups import Lookups, LookupShortcut
from .queries import Queries
from .site import Settings, Site
from .worker import Limits

MAX_BODY = 1024 * 1024
KEEP_ALIVE = 5


def create_app(store: str | Path, *, base: str | None = None, query_timeout: float = 10.0,
               max_results: int = 100_000, max_result_bytes: int = 128 * 1024 * 1024,
               allow_service: bool = False, workers: int = 2, max_body: int = MAX_BODY,
               cache_bytes: int = 64 * 1024 * 1024, cache_disk_bytes: int = 1024 * 1024 * 1024,
               lookup_cache_bytes: int = 32 * 1024 * 1024, license_iri: str = DEFAULT_LICENSE,
               spill_bytes: int = 1024 * 1024, worker_memory: int = 2 * 1024**3,
               send_timeout: float = 60.0) -> Starlette:
    """The ASGI app serving ``store`` (a folder or a SPARQL server URL) read-only.

    ``base`` is the prefix the store's IRIs were minted under (default: read
    from the store's document graphs, else http://127.0.0.1:8000/); a request
    for ``/{path}`` is about the resource ``{base}{path}``. Queries are
    stopped after ``query_timeout`` seconds and refused past ``max_results``
    rows (or triples) or ``max_result_bytes``. Answers to repeated queries are
    kept in ``cache_bytes`` of memory, or ``cache_disk_bytes`` of files for
    answers over ``spill_bytes``, and lookup answers in ``lookup_cache_bytes``
    (0: no cache). An answer over ``spill_bytes`` is streamed from a file,
    never held whole by the server, and a client that takes none of it for
    ``send_timeout`` seconds is dropped; a worker may map ``worker_memory``
    bytes beyond the store (0: no cap).

    Workers start with ``spawn``: a script calling this needs the usual
    ``if __name__ == "__main__":`` guard.
    """
    iris = ServedIris.of(base) if base else store_scheme(store)
    limits = Limits(max_results=max_results, max_bytes=max_result_bytes, allow_service=allow_service,
                    spill_bytes=spill_bytes, worker_memory=worker_memory)
    site = Site(Settings(store=str(store), iris=iris, query_timeout=query_timeout, limits=limits,
                         workers=workers, max_body=max_body, license=license_iri, cache_bytes=cache_bytes,
                         cache_disk_bytes=cache_disk_bytes, lookup_cache_bytes=lookup_cache_bytes,
                         send_timeout=send_timeout))
    lookups = Lookups(site)
    other_routes = [*DatasetRoutes(site).routes(), *Queries(site).routes()]
    middleware = [
        Middleware(LookupShortcut, lookups=lookups, routed=[route.path for route in other_routes]),
        Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                   allow_headers=["Accept", "Content-Type"], expose_headers=["Content-Location", "Location"]),
        Middleware(RequestGuard, max_body=max_body),
    ]
    app = Starlette(routes=[*other_routes, *lookups.routes()], middleware=middleware, lifespan=site.lifespan)
    app.state.site = site
    return app


def store_scheme(store: str | Path) -> ServedIris:
    """The IRI scheme the store's documents were minted under (opening it fails now, with its message)."""
    with open_store(store, read_only=True) as opened:
        return ServedIris.detect(opened.graph_names())


#: ``create_app`` options that are totals over all server processes: each process takes its share.
SHARED_OPTIONS = ("cache_bytes", "cache_disk_bytes", "lookup_cache_bytes")


@dataclass(frozen=True)
class AppFactory:
    """Builds the app in each server process (picklable: uvicorn starts the processes with spawn)."""

    store: str
    options: dict[str, Any]

    def __call__(self) -> Starlette:
        return create_app(self.store, **self.options)


def process_options(options: dict[str, Any], processes: int) -> dict[str, Any]:
    """One process's share of ``options``: query workers and cache budgets divided, at least one worker."""
    shared = {name: options[name] // processes for name in SHARED_OPTIONS if name in options}
    shared["workers"] = max(1, options.get("workers", 2) // processes)
    return {**options, **shared}


def serve(store: str | Path, *, host: str = "127.0.0.1", port: int = 8000, processes: int = 1,
          header_timeout: float = HEADER_TIMEOUT, body_timeout: float = BODY_TIMEOUT,
          keep_alive: float = KEEP_ALIVE, access_log: bool = True, **options: Any) -> None:
    """Run the server with uvicorn until interrupted (``options`` go to ``create_app``).

    uvicorn runs its httptools protocol on uvloop with deadlines on reading a request
    (``kg.server.connection``): ``header_timeout`` seconds for the headers,
    ``body_timeout`` for the body; a client idle between requests is dropped
    after ``keep_alive`` seconds; ``access_log`` logs a line per request.
    ``processes`` server processes share the
    listening socket, each with its read-only view of the store and its
    share of the query workers and caches (so their totals stay as given).
    """
    scheme = ServedIris.of(options["base"]) if options.get("base") else store_scheme(store)
    options["base"] = scheme.base  # read once (and a bad store fails here, before any process starts)
    announce_base(scheme.base, host, port)
    config_options: dict[str, Any] = {
        "host": host, "port": port, "timeout_keep_alive": keep_alive, "header_timeout": header_timeout,
        "body_timeout": body_timeout, "log_level": os.environ.get("KG_LOG_LEVEL", "info"),
        "access_log": access_log}
    if processes <= 1:
        config = ServeConfig(create_app(store, **options), **config_options)
    else:
        factory = AppFactory(str(store), process_options(options, processes))
        config = ServeConfig(factory, factory=True, workers=processes, **config_options)
    run_uvicorn(config)


def run_uvicorn(config: ServeConfig) -> None:
    """uvicorn's server, or its supervisor of ``config.workers`` servers sharing one socket."""
    if config.workers > 1:
        Multiprocess(config, sockets=[config.bind_socket()]).run()
    else:
        uvicorn.Server(config).run()


def announce_base(base: str, host: str, port: int) -> None:
    """Say at start when the address served differs from the base the IRIs were minted under."""
    served = f"http://{host}:{port}/"
    if urlsplit(base).netloc != urlsplit(served).netloc:
        print(f"kg serve: answering on {served}, while the store's IRIs were minted under {base}: "
              f"a request for /{{path}} is about <{base}{{path}}>; pages, the query form and VoID name "
              f"the address requests come to", file=sys.stderr)


class RequestGuard:
    """Refuse ambiguous framing (400) and request bodies over ``max_body`` bytes, declared or streamed (413).

    A request with both Content-Length and Transfer-Encoding can be read two
    ways (RFC 9112, section 6.3): a proxy in front may take one and this server
    the other, which is how requests are smuggled. It is refused and the
    connection closed.
    """

    def __init__(self, app: ASGIApp, max_body: int):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        names = {name.lower() for name, _ in scope["headers"]}
        if b"content-length" in names and b"transfer-encoding" in names:
            text = "a request may not have both Content-Length and Transfer-Encoding\n"
            await Response(text, status_code=400, media_type="text/plain",
                           headers={"Connection": "close"})(scope, receive, send)
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
