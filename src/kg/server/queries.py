"""Queries: the SPARQL 1.1 endpoint and its HTML form, with answers to repeated queries cached."""
from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..errors import KgError, Refused
from ..queries import PARAMETERS, bind_query
from ..resources import load_query, query_description, query_names, query_parameters
from .cache import AnswerCache, own_copy
from .negotiation import GRAPH_FORMATS, RESULT_FORMATS
from .protocol import protocol_query
from .responses import prefers_html, text_response
from .site import Site
from .worker import Query, Reply

HTML_ROWS = 1000
STOPPED_TTL = 60.0  # seconds a query stopped at the time limit is answered 503 without running
STOPPED_BYTES = 1024 * 1024  # memory for those answers (short messages)


class Queries:
    """``/sparql``: the SPARQL 1.1 Protocol query operation; the HTML form for browsers."""

    def __init__(self, site: Site):
        self.site = site
        self.answers = AnswerCache(site.settings.cache_bytes, max_disk_bytes=site.settings.cache_disk_bytes,
                                   ttl=site.cache_ttl)
        self._running: dict[Query, asyncio.Future[Reply]] = {}
        self._waiting: dict[Query, int] = {}
        self.stopped = AnswerCache(STOPPED_BYTES, ttl=STOPPED_TTL, statuses=(503,))
        site.on_reload.append(self.answers.clear)
        site.on_reload.append(self.stopped.clear)

    def routes(self) -> list[Route]:
        return [Route("/sparql", self.sparql, methods=["GET", "POST"])]

    async def sparql(self, request: Request) -> Response:
        """SPARQL 1.1 Protocol query operation; the HTML form for browsers."""
        try:
            query, formats = await protocol_query(request)
            named = request.query_params.get("name")
            if query is None and named:
                query = bind_query(named, **form_parameters(request))
        except Refused as exc:
            return self.refused(request, exc)
        except KgError as exc:  # a named query's unknown or malformed parameter
            return self.refused(request, Refused(400, str(exc)))
        wants_html = "html" in formats or (not formats and prefers_html(request))
        if query is None:
            if wants_html:
                return self.site.render(request, "sparql.html", **self.form_context(""))
            return text_response(400, "missing the 'query' parameter (SPARQL 1.1 Protocol)")
        if not wants_html:
            return self.site.respond(await self.answer(Query(query, request.headers.get("accept"), formats)))
        shown = Query(query, "application/sparql-results+json, text/turtle;q=0.9")
        reply = in_memory(await self.answer(shown))
        if reply.status != 200:
            return self.site.render(request, "sparql.html", status_code=reply.status,
                                    **self.form_context(query, error=reply.body.decode("utf-8"),
                                                        named=named_form(request)))
        return self.site.render(request, "sparql.html", **self.form_context(
            query, results=html_results(reply), named=named_form(request)))

    async def answer(self, task: Query) -> Reply:
        """A query's answer: from the cache when it was answered lately, shared while it runs.

        A query stopped at the time limit is not run again for ``STOPPED_TTL``
        seconds: it would only hold a worker for the whole limit once more,
        while other clients' queries wait for one.
        """
        reply = self.answers.get(task) or self.stopped.get(task)
        if reply is not None:
            return reply
        running = self._running.get(task)
        if running is None:
            running = asyncio.ensure_future(self.site.call(task))
            self._running[task] = running
            running.add_done_callback(lambda done: self._answered(task, done))
        self._waiting[task] = self._waiting.get(task, 0) + 1
        try:
            reply = await asyncio.shield(running)
        finally:
            self._waiting[task] -= 1
            left = self._waiting[task]
            if not left:
                del self._waiting[task]
        return own_copy(reply, last=not left) if reply.path else reply

    def _answered(self, task: Query, done: asyncio.Future[Reply]) -> None:
        del self._running[task]
        if done.cancelled() or done.exception() is not None:
            return
        reply = done.result()
        self.answers.put(task, reply)
        if reply.stopped:
            note = f"{reply.body.decode().rstrip()}; it is not run again for {STOPPED_TTL:g} s\n"
            self.stopped.put(task, replace(reply, body=note.encode()))

    def form_context(self, query: str, **extra: Any) -> dict[str, Any]:
        examples = [{"name": n, "description": query_description(n), "query": load_query(n),
                     "parameters": query_parameters(n),
                     "href": "/sparql?query=" + quote(load_query(n), safe="")} for n in query_names()]
        results = extra.get("results") or {}
        offered = GRAPH_FORMATS if "text" in results else RESULT_FORMATS
        links = [(r.name.upper(), f"/sparql?query={quote(query, safe='')}&format={r.name}") for r in offered]
        return {"query": query, "examples": examples, "links": links, "results": None, "error": None,
                "parameter_names": list(PARAMETERS), "named": {"name": "", "given": {}}, **extra}

    def refused(self, request: Request, exc: Refused) -> Response:
        """A refused request as text, or on the query form for a browser."""
        reply = Reply.error(exc.status, str(exc))
        if not prefers_html(request):
            return self.site.respond(reply)
        return self.site.render(request, "sparql.html", status_code=reply.status,
                                **self.form_context("", error=str(exc), named=named_form(request)))


def form_parameters(request: Request) -> dict[str, str]:
    """The named-query parameters a request gives (empty fields left out): bound by ``bind_query`` only."""
    values = {p: request.query_params.get(p, "").strip() for p in PARAMETERS}
    return {p: v for p, v in values.items() if v}


def named_form(request: Request) -> dict[str, Any]:
    """The named query and parameters a request chose, to fill the form again."""
    return {"name": request.query_params.get("name", ""), "given": form_parameters(request)}


def in_memory(reply: Reply) -> Reply:
    """A reply with its body read back from its spill file (for the HTML form, which shows it whole)."""
    if reply.path is None:
        return reply
    path = Path(reply.path)
    try:
        return replace(reply, body=path.read_bytes(), path=None)
    finally:
        path.unlink()


def html_results(reply: Reply) -> dict[str, Any]:
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
