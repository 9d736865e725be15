"""The SPARQL 1.1 Protocol's query operation: reading the query and its options from a request.

SPARQLWrapper guesses a query's form from its text with comments stripped by
a pattern that trips on words such as "addressee" (it reads ``ADD``), and then
sends the query as an update: ``POST`` with ``update=…`` (or, set to
POSTDIRECTLY, an ``application/sparql-update`` body). Such a request whose
text parses as a query is answered as that query; a real update is refused.
"""
from __future__ import annotations

from urllib.parse import parse_qs

from starlette.requests import ClientDisconnect, Request

from ..errors import Refused


async def protocol_query(request: Request) -> tuple[str | None, tuple[str, ...]]:
    """The query text and ``format`` overrides of a SPARQL 1.1 Protocol request; refusals as Refused."""
    params: dict[str, list[str]] = {k: request.query_params.getlist(k) for k in request.query_params}
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            body = await request.body()
        except ClientDisconnect:  # the connection closed (or was closed past the body deadline)
            raise Refused(400, "the connection closed before the request body was sent") from None
        if kind == "application/sparql-update":
            params["update"] = [decode(body)]
        elif kind == "application/sparql-query":
            params["query"] = [decode(body)]
        elif kind == "application/x-www-form-urlencoded":
            for key, values in parse_qs(decode(body), keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        else:
            raise Refused(415, "POST a query as application/sparql-query or "
                                     "application/x-www-form-urlencoded (query=…)")
    if "update" in params:
        from .guard import parses_as_query  # rdflib's SPARQL grammar, only for what is sent as an update

        updates = params.pop("update")
        if "query" in params or len(updates) != 1 or not parses_as_query(updates[0]):
            raise Refused(403, "updates are refused: this endpoint is read-only")
        params["query"] = updates
    if "default-graph-uri" in params or "named-graph-uri" in params:
        raise Refused(400, "default-graph-uri and named-graph-uri are not supported: the default "
                                 "graph is the union of the store's graphs")
    queries = params.get("query", [])
    if len(queries) > 1:
        raise Refused(400, "give exactly one 'query' parameter")
    return (queries[0] if queries else None), tuple(params.get("format", []))


def decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "the request body is not UTF-8") from None
