"""The store interface every stage talks to, whichever store is behind it.

The logic both stores share lives here once: SELECT rows as a ``Table``,
exports, the context manager, the read-only guard. The implementations
(``EmbeddedStore``, ``RemoteStore``) only say how to reach their quads.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyoxigraph as ox

from ..errors import KgError, StoreError
from ..namespaces import PREFIX_IRIS

if TYPE_CHECKING:  # rdflib loads only where a graph is built, validated or exported (0.4 s)
    from rdflib import Graph

DEFAULT_STORE = "kg-store"
#: Seconds a server store waits for an answer.
DEFAULT_TIMEOUT = 120.0

#: Prefixes every query may use without declaring them.
PREFIX_MAP: dict[str, str] = dict(PREFIX_IRIS)

#: Export formats: the dataset ones keep the named graphs, the others hold their union.
DUMP_FORMATS: dict[str, ox.RdfFormat] = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "turtle": ox.RdfFormat.TURTLE,
}



@dataclass(frozen=True)
class Table:
    """Rows of a SELECT query, values as plain strings (None when unbound)."""

    columns: list[str]
    rows: list[list[str | None]]

    def dicts(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


class Store(ABC):
    """A quad store holding one named graph per document.

    Queries see the union of the named graphs as their default graph.
    ``raw_query`` answers with pyoxigraph's result objects (``QuerySolutions``,
    ``QueryBoolean``, ``QueryTriples``) whichever implementation runs it.
    """

    location: str
    read_only: bool = False
    #: Graphs a server keeps for itself; they are no part of the kg dataset.
    hidden_graphs: frozenset[str] = frozenset()

    # -- writing -----------------------------------------------------------
    @abstractmethod
    def replace_graph(self, graph: Graph) -> None:
        """Atomically swap in ``graph`` as the named graph ``graph.identifier``."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update."""

    def flush(self) -> None:  # noqa: B027 (a no-op where every write is already durable)
        """Make the writes so far durable (a no-op where every write already is)."""

    def optimize(self) -> None:  # noqa: B027 (a no-op where the server looks after its files)
        """Compact the store's files after many writes, so reads scan fewer of them (a no-op on a server)."""

    # -- reading -----------------------------------------------------------
    @abstractmethod
    def graph_names(self) -> list[str]:
        """IRIs of the named graphs, sorted."""

    @abstractmethod
    def graph(self, name: str) -> Graph:
        """One named graph as an rdflib Graph (for validation and exports)."""

    @abstractmethod
    def __len__(self) -> int:
        """Number of quads in the named graphs."""

    @abstractmethod
    def raw_query(self, sparql: str) -> Any:
        """Evaluate a SPARQL query over the union of the named graphs."""

    @abstractmethod
    def quads(self) -> Iterable[ox.Quad]:
        """Every quad of the named graphs."""

    def union_triples(self) -> Iterable[ox.Triple]:
        """The union of the named graphs as triples."""
        triples: Iterable[ox.Triple] = self.raw_query(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {self.named_graph_pattern()} }}")
        return triples

    def named_graph_pattern(self, triple: str = "?s ?p ?o", graph: str = "?g") -> str:
        """``GRAPH ?g { triple }`` over the named graphs of the dataset, hidden ones left out."""
        pattern = f"GRAPH {graph} {{ {triple} }}"
        if self.hidden_graphs:
            hidden = ", ".join(f"<{iri}>" for iri in sorted(self.hidden_graphs))
            pattern += f" FILTER({graph} NOT IN ({hidden}))"
        return pattern

    def select(self, sparql: str) -> Table:
        """Rows of a SELECT query as plain strings."""
        result = self.raw_query(sparql)
        if not isinstance(result, ox.QuerySolutions):
            del result  # pyoxigraph's answers must not outlive their thread in the error's traceback
            raise KgError("expected a SELECT query")
        return self.select_rows(result)

    @staticmethod
    def select_rows(result: ox.QuerySolutions) -> Table:
        """The rows of a SELECT answer as plain strings."""
        columns = [v.value for v in result.variables]
        return Table(columns, [[_plain(solution[c]) for c in columns] for solution in result])

    def dump(self, output: IO[bytes] | str | Path, fmt: str) -> None:
        """Whole dataset as N-Quads/TriG, or the union of graphs as N-Triples/Turtle; Turtle and TriG
        abbreviate IRIs with the ontology's prefixes (minted IRIs stay whole: their paths hold ``/``,
        which a prefixed name could only carry escaped, and a ``@base`` would turn every ``http:``
        prefix into a scheme-relative ``//…`` reference)."""
        try:
            rdf_format = DUMP_FORMATS[fmt]
        except KeyError:
            raise KgError(f"cannot dump as {fmt!r}; known formats: {', '.join(DUMP_FORMATS)}") from None
        statements = self.quads() if rdf_format.supports_datasets else self.union_triples()
        target = str(output) if isinstance(output, (str, Path)) else output
        prefixes = PREFIX_MAP if fmt in ("turtle", "trig") else None
        ox.serialize(statements, target, rdf_format, prefixes=prefixes)

    # -- life cycle ----------------------------------------------------------
    def close(self) -> None:  # noqa: B027 (a no-op where nothing is held)
        """Release files or connections; the store is unusable afterwards."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_writable(self) -> None:
        """Refuse a write to a store opened read-only, naming the store."""
        if self.read_only:
            raise StoreError(f"{self.location}: the store is open read-only")


def graph_ntriples(graph: Graph) -> bytes:
    """``graph`` as N-Triples, the body of every write."""
    return graph.serialize(format="nt", encoding="utf-8")


def replace_graph_update(name: str, ntriples: bytes | str) -> str:
    """One SPARQL update that swaps the graph ``name`` for ``ntriples`` (atomic where updates are)."""
    body = ntriples.decode("utf-8") if isinstance(ntriples, bytes) else ntriples
    return f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}"


def insert_data_update(graphs: Mapping[str, str]) -> str:
    """One SPARQL update that adds N-Triples to each named graph, leaving the rest of it as it is."""
    body = "\n".join(f"GRAPH <{name}> {{\n{ntriples}\n}}" for name, ntriples in graphs.items())
    return f"INSERT DATA {{\n{body}\n}}"


def _plain(term: Any) -> str | None:
    return None if term is None else term.value
