"""Lookups: a minted IRI answers 303 See Other to its page (HTML) or its data (RDF), by Accept.

Answers are kept in an LRU of their own (``lookup_cache_bytes``), emptied
when the store changes: a resource asked for again costs the server no
query, no serializing and no template.
"""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

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
