"""What the server says about the dataset and its vocabulary: the home page, the ontology, VoID, the dump.

The descriptions themselves are built by ``kg.server.void`` (rdflib), loaded
with the first request for one.
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from ..resources import ontology_file, ontology_graph, query_names
from .iris import ONTOLOGY
from .negotiation import GRAPH_FORMATS, HTML, negotiate, serialize_graph
from .responses import not_acceptable, not_modified, served_base, text_response
from .worker import Dump, Statistics

if TYPE_CHECKING:
    from .site import Site

SLOW_TIMEOUT = 600.0  # statistics and the dump: computed once, not client queries

ONTOLOGY_IRI = ONTOLOGY
#: FRUS texts are works of the U.S. Government, in the public domain; the graph is given away likewise.
DEFAULT_LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/"
TITLE = "kg: diplomatic documents as a knowledge graph"


# -- the routes ----------------------------------------------------------
class DatasetRoutes:
    """``/``, ``/ontology`` (and its JSON-LD context), ``/.well-known/void`` and ``/dump.nq.gz``."""

    def __init__(self, site: Site):
        self.site = site
        self._stats: dict[str, Any] | None = None
        self._dump: Path | None = None
        self._stats_lock = asyncio.Lock()
        self._dump_lock = asyncio.Lock()
        site.on_reload.append(self.forget)

    def forget(self) -> None:
        """The store changed: count it and dump it again when next asked."""
        self._stats = self._dump = None

    def routes(self) -> list[Route]:
        return [
            Route("/", self.home),
            Route("/ontology", self.ontology),
            Route("/ontology/context.jsonld", self.context),
            Route("/.well-known/void", self.void),
            Route("/dump.nq.gz", self.dump),
        ]

    async def ontology(self, request: Request) -> Response:
        rep = negotiate(request.headers.get("accept"), (HTML, *GRAPH_FORMATS))
        if rep is None:
            return not_acceptable((HTML, *GRAPH_FORMATS))
        headers = {"Vary": "Accept"}
        if rep is HTML:
            from .void import ontology_view

            return self.site.render(request, "ontology.html", headers=headers, onto=ontology_view())
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
        from .void import void_graph

        graph = void_graph(stats, self.site.settings.base, self.site.settings.license, served_base(request))
        body = serialize_graph(graph, rep.name)
        return Response(body, media_type=rep.content_type(), headers={"Vary": "Accept"})

    async def dump(self, request: Request) -> Response:
        async with self._dump_lock:
            if self._dump is None:
                path = self.site.scratch() / "dump.nq.gz"
                reply = await self.site.call(Dump(str(path)), SLOW_TIMEOUT)
                if reply.status != 200:
                    return self.site.respond(reply)
                self._dump = path
        response = FileResponse(self._dump, media_type="application/gzip", filename="kg-dataset.nq.gz",
                                stat_result=self._dump.stat())  # ETag and Last-Modified set now
        return not_modified(request, response) or response

    async def home(self, request: Request) -> Response:
        return self.site.render(request, "home.html", stats=await self.statistics(), examples=query_names())

    async def statistics(self) -> dict[str, Any] | None:
        """Counts of the (read-only, so unchanging) store, computed once."""
        async with self._stats_lock:
            if self._stats is None:
                reply = await self.site.call(Statistics(), SLOW_TIMEOUT)
                if reply.status == 200:
                    self._stats = reply.data
        return self._stats
