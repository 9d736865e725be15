"""Lookups: a minted IRI answers 303 See Other to its page (HTML) or its data (RDF), by Accept.

Answers are kept in an LRU of their own (``lookup_cache_bytes``), emptied
when the store changes: a resource asked for again costs the server no
query, no serializing and no template.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .cache import AnswerCache
from .describe import Describe
from .negotiation import GRAPH_FORMATS, HTML, negotiate
from .responses import not_acceptable, raw_path, served_base, text_response
from .site import Site
from .worker import Reply

HTML_TYPE = "text/html; charset=utf-8"


class Lookups:
    """``/page/…``, ``/data/….{ext}`` and every other path under the base (the catch-all: route it last)."""

    def __init__(self, site: Site):
        self.site = site
        self.answers = AnswerCache(site.settings.lookup_cache_bytes, ttl=site.cache_ttl)  # in memory only
        site.on_reload.append(self.answers.clear)

    def routes(self) -> list[Route]:
        return [
            Route("/page/{path:path}", self.page),
            Route("/data/{path:path}", self.data),
            Route("/{path:path}", self.resource),
        ]

    def endpoint(self, path: str) -> Callable[[Request], Awaitable[Response]]:
        """The handler ``routes()`` gives ``path`` (one that no route before them serves)."""
        if path.startswith("/page/"):
            return self.page
        if path.startswith("/data/"):
            return self.data
        return self.resource

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
        key = ("page", rel, served_base(request))  # a page names the address it was asked at
        kept = self.answers.get(key)
        if kept is not None:
            return self.site.respond(kept)
        reply = await self.site.call(Describe(self.site.settings.base + rel, "html"))
        if reply.status != 200:
            return self.site.error(request, reply)
        response = self.site.render(request, "resource.html", page=reply.data, data_path=f"/data/{rel}",
                                    formats=GRAPH_FORMATS)
        self.answers.put(key, Reply(200, bytes(response.body), HTML_TYPE))
        return response

    async def data(self, request: Request) -> Response:
        rel = raw_path(request)[len("/data/"):]
        rep = next((r for r in GRAPH_FORMATS if rel.endswith(f".{r.extension}")), None)
        if rep is None:
            extensions = ", ".join(f".{r.extension}" for r in GRAPH_FORMATS)
            return text_response(404, f"/data/ paths end in one of {extensions}")
        key = ("data", rel)
        reply = self.answers.get(key)
        if reply is None:
            iri = self.site.settings.base + rel[: -len(rep.extension) - 1]
            reply = await self.site.call(Describe(iri, rep.name))
            self.answers.put(key, reply)
        return self.site.respond(reply)


#: Request headers that need the app's middleware: CORS answers an Origin, the guard reads a body's framing.
NEEDS_MIDDLEWARE = frozenset({b"origin", b"content-length", b"transfer-encoding"})


class LookupShortcut:
    """ASGI middleware: an IRI lookup goes straight to its handler, past the other middleware and the router.

    Lookups are most of what a linked-data server answers, and each layer of
    Starlette costs a share of a small answer's time (README, "Serving linked
    data"). Only a request that those layers would pass through unchanged
    takes the short way: a GET with no body and no Origin, to a path none of
    the other routes (``routed``) serves. It gets the same handler, and so the
    same answer, as through the router; everything else goes to ``app``.
    """

    def __init__(self, app: ASGIApp, lookups: Lookups, routed: Collection[str]):
        self.app, self.lookups, self.routed = app, lookups, frozenset(routed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.is_plain_lookup(scope):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        response = await self.lookups.endpoint(scope["path"])(request)
        await response(scope, receive, send)

    def is_plain_lookup(self, scope: Scope) -> bool:
        return (scope["type"] == "http" and scope["method"] == "GET" and scope["path"] not in self.routed
                and not any(name.lower() in NEEDS_MIDDLEWARE for name, _ in scope["headers"]))
