"""Lookups: a minted IRI answers 303 See Other to its page (HTML) or its data (RDF), by Accept."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .negotiation import GRAPH_FORMATS, HTML, negotiate
from .responses import not_acceptable, raw_path, text_response
from .site import Site
from .worker import Describe


class Lookups:
    """``/page/…``, ``/data/….{ext}`` and every other path under the base (the catch-all: route it last)."""

    def __init__(self, site: Site):
        self.site = site

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
        iri = self.site.settings.base + rel
        reply = await self.site.call(Describe(iri, "html"))
        if reply.status != 200:
            return self.site.error(request, reply)
        return self.site.render(request, "resource.html", page=reply.data, data_path=f"/data/{rel}",
                           formats=GRAPH_FORMATS)

    async def data(self, request: Request) -> Response:
        rel = raw_path(request)[len("/data/"):]
        rep = next((r for r in GRAPH_FORMATS if rel.endswith(f".{r.extension}")), None)
        if rep is None:
            extensions = ", ".join(f".{r.extension}" for r in GRAPH_FORMATS)
            return text_response(404, f"/data/ paths end in one of {extensions}")
        iri = self.site.settings.base + rel[: -len(rep.extension) - 1]
        return self.site.respond(await self.site.call(Describe(iri, rep.name)))
