"""The remote store: a SPARQL 1.1 server over HTTP (Oxigraph server, Virtuoso, Fuseki, ...).

Reads go to the query endpoint (SPARQL 1.1 Protocol); answers are parsed with
pyoxigraph, so ``raw_query`` returns the very objects the embedded store
returns and no caller can tell the stores apart. A document's graph is written
with one Graph Store Protocol PUT, which replaces the graph on the server: a
rebuild never duplicates. Oxigraph server runs a PUT as "clear the graph" then
"load the body", each in its own transaction, so a server killed between the
two leaves that graph empty until the next build rewrites it. Without a Graph
Store endpoint the graph is swapped with one SPARQL update (DROP + INSERT
DATA), atomic on Oxigraph but limited there to 1 MiB per request.

Queries need the union of the named graphs as their default graph. Oxigraph
server gets the ``union-default-graph`` parameter with every query; Virtuoso's
default graph already is the union (its own graphs included: graph listings,
counts and dumps leave them out, a query over everything sees them); any other
server must be configured so (Fuseki: ``tdb2:unionDefaultGraph true``) or
queries must use ``GRAPH ?g``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import httpx
import pyoxigraph as ox
from rdflib import Graph, URIRef

from ..errors import KgError, StoreError
from .base import DEFAULT_TIMEOUT, PREFIX_MAP, Store, graph_ntriples, replace_graph_update

CONNECT_TIMEOUT = 10.0

#: Graphs Virtuoso keeps for itself under its default settings (its RDF views
#: and LDP vocabularies, the service description); never part of the kg dataset.
SERVER_GRAPHS = frozenset({
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localhost:8890/sparql",
    "http://localuriqaserver/sparql",
})

#: Virtuoso labels blank nodes ``nodeID://b1``, which is no valid label.
VIRTUOSO_BNODE = re.compile(rb'("type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*")nodeID://')

#: Query parameters sent with every query: Oxigraph server's switch to the
#: union default graph (other servers ignore parameters they do not know).
UNION_DEFAULT_GRAPH = {"union-default-graph": ""}

SOLUTIONS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
TRIPLES_ACCEPT = "application/n-triples, text/turtle;q=0.9"
RESULTS_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
}
TRIPLES_FORMATS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
}

# An empty in-memory store checks the syntax of a query before it leaves (the
# same message as the embedded store) and says which kind of answer to ask for.
_EMPTY = ox.Store()


class RemoteStore(Store):
    """A SPARQL 1.1 server: query endpoint, optional update and Graph Store endpoints."""

    def __init__(self, query_url: str, update_url: str | None = None, gsp_url: str | None = None, *,
                 read_only: bool = False, timeout: float = DEFAULT_TIMEOUT,
                 hidden_graphs: frozenset[str] = SERVER_GRAPHS):
        self.query_url = query_url
        self.update_url = update_url
        self.gsp_url = gsp_url
        self.location = query_url
        self.read_only = read_only
        self.hidden_graphs = frozenset(hidden_graphs)
        self._client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, CONNECT_TIMEOUT)))

    # -- writing -----------------------------------------------------------
    def replace_graph(self, graph: Graph) -> None:
        self.check_writable()
        name, body = str(graph.identifier), graph_ntriples(graph)
        if self.gsp_url is None:
            self.update(replace_graph_update(name, body))
            return
        self._send("PUT", self.gsp_url, params={"graph": name}, content=body,
                   headers={"Content-Type": "application/n-triples"})

    def update(self, sparql: str) -> None:
        self.check_writable()
        if self.update_url is None:
            raise StoreError(f"{self.location}: no SPARQL update endpoint given")
        self._send("POST", self.update_url, data={"update": with_prefixes(sparql)})

    # -- reading -----------------------------------------------------------
    def graph_names(self) -> list[str]:
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ {self.named_graph_pattern()} }}").rows
        return sorted(g for (g,) in rows if g)

    def graph(self, name: str) -> Graph:
        g = Graph(identifier=URIRef(name))
        g.parse(data=ox.serialize(self._graph_triples(name), format=ox.RdfFormat.N_TRIPLES), format="nt")
        return g

    def __len__(self) -> int:
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {self.named_graph_pattern()} }}").rows
        return int(rows[0][0] or 0)

    def raw_query(self, sparql: str) -> Any:
        accept = TRIPLES_ACCEPT if answers_with_triples(sparql) else SOLUTIONS_ACCEPT
        response = self._send("POST", self.query_url, params=UNION_DEFAULT_GRAPH,
                              data={"query": with_prefixes(sparql)}, headers={"Accept": accept})
        return self._parse_answer(response)

    def quads(self) -> Iterator[ox.Quad]:
        """Graph by graph, so no answer grows with the store (servers cap result sizes)."""
        for name in self.graph_names():
            graph = ox.NamedNode(name)
            for triple in self._graph_triples(name):
                yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)

    def union_triples(self) -> Iterator[ox.Triple]:
        return (quad.triple for quad in self.quads())

    def close(self) -> None:
        self._client.close()

    # -- HTTP ----------------------------------------------------------------
    def _graph_triples(self, name: str) -> Iterator[ox.Triple]:
        """One graph read with SELECT, whose truncation servers report (not so for CONSTRUCT)."""
        rows = self.raw_query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
        return fresh_blank_nodes(ox.Triple(row["s"], row["p"], row["o"]) for row in rows)

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One request; any failure becomes a one-line StoreError naming the URL."""
        try:
            response = self._client.request(method, url, **kwargs)
        except httpx.TimeoutException:
            raise StoreError(f"{url}: no answer within {self._client.timeout.read:g} s") from None
        except httpx.HTTPError as exc:
            reason = _one_line(str(exc)) or type(exc).__name__
            raise StoreError(f"{url}: cannot reach the server ({reason})") from None
        if response.is_error:
            detail = _one_line(response.text)[:300]
            raise StoreError(f"{url}: HTTP {response.status_code} {response.reason_phrase}"
                             + (f": {detail}" if detail else ""))
        return response

    def _parse_answer(self, response: httpx.Response) -> Any:
        """The server's answer as pyoxigraph results, whichever format it chose."""
        if "x-sparql-maxrows" in response.headers:  # Virtuoso cut the answer short
            raise StoreError(f"{self.query_url}: the server cut the answer at "
                             f"{response.headers['x-sparql-maxrows']} rows (raise its ResultSetMaxRows)")
        media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            if media_type in RESULTS_FORMATS:
                content = VIRTUOSO_BNODE.sub(rb"\1", response.content)
                return ox.parse_query_results(content, RESULTS_FORMATS[media_type])
            if media_type in TRIPLES_FORMATS:
                return query_triples(response.content, TRIPLES_FORMATS[media_type])
        except SyntaxError as exc:
            raise StoreError(f"{self.query_url}: unreadable answer ({_one_line(str(exc))})") from None
        raise StoreError(f"{self.query_url}: unexpected answer of type {media_type or 'unknown'!r}")


def answers_with_triples(sparql: str) -> bool:
    """Whether ``sparql`` is a CONSTRUCT or DESCRIBE, checking its syntax on the way.

    The empty store's answer is dropped before this returns: pyoxigraph's
    results must die on the thread that made them, and one kept in the frame
    of a failed request would live on in the error's traceback.
    """
    try:
        return isinstance(_EMPTY.query(sparql, prefixes=PREFIX_MAP), ox.QueryTriples)
    except SyntaxError as exc:
        raise KgError(f"SPARQL syntax error: {exc}") from exc


def with_prefixes(sparql: str) -> str:
    """``sparql`` with declarations for the kg prefixes it uses but does not declare.

    Servers know no default prefixes; the embedded store gets them as an option.
    """
    missing = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIX_MAP.items()
               if f"{name}:" in sparql and not _declares(sparql, name)]
    return "\n".join([*missing, sparql])


def _declares(sparql: str, prefix: str) -> bool:
    return re.search(rf"\bPREFIX\s+{re.escape(prefix)}:", sparql, re.IGNORECASE) is not None


def query_triples(data: bytes, rdf_format: ox.RdfFormat) -> ox.QueryTriples:
    """A CONSTRUCT answer as pyoxigraph ``QueryTriples``, the type the embedded store returns.

    Blank nodes are renamed: labels are local to one answer.
    """
    scratch = ox.Store()
    scratch.extend(ox.parse(data, rdf_format, rename_blank_nodes=True))
    triples = scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert isinstance(triples, ox.QueryTriples)
    return triples


def fresh_blank_nodes(triples: Iterable[ox.Triple]) -> Iterator[ox.Triple]:
    """``triples`` with their blank nodes renamed: labels are local to one answer."""
    fresh: dict[str, ox.BlankNode] = {}

    def term(node: Any) -> Any:
        return fresh.setdefault(node.value, ox.BlankNode()) if isinstance(node, ox.BlankNode) else node

    for triple in triples:
        yield ox.Triple(term(triple.subject), triple.predicate, term(triple.object))


def _one_line(text: str) -> str:
    return " ".join(text.split())
