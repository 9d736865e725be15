"""Store stage: a persistent quad store holding one named graph per document.

The default is an embedded Oxigraph store on disk (pyoxigraph): fast, full
SPARQL 1.1, transactional. A document's graph is replaced in one SPARQL
update (DROP + INSERT DATA), so a rebuild never duplicates and a failure
never leaves half a graph.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .errors import KgError
from .namespaces import PREFIXES

DEFAULT_STORE = "kg-store"


@dataclass(frozen=True)
class Table:
    """Rows of a SELECT query, values as plain strings (None when unbound)."""

    columns: list[str]
    rows: list[list[str | None]]

    def dicts(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


class Store:
    """An embedded Oxigraph store in a folder."""

    def __init__(self, path: str | Path = DEFAULT_STORE, *, read_only: bool = False):
        self.path = Path(path)
        try:
            if read_only:
                if not self.path.exists():
                    raise KgError(f"{self.path}: no store here (run `kg build` first)")
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as exc:
            raise KgError(f"{self.path}: cannot open store ({exc})") from exc

    # -- writing -----------------------------------------------------------
    def replace_graph(self, graph: Graph) -> None:
        """Atomically swap in ``graph`` as the named graph ``graph.identifier``."""
        name = graph.identifier
        body = graph.serialize(format="nt")
        self._store.update(f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}")

    def flush(self) -> None:
        self._store.flush()

    # -- reading -----------------------------------------------------------
    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def graph(self, name: str) -> Graph:
        """One named graph as an rdflib Graph (for validation and exports)."""
        data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
        g = Graph(identifier=URIRef(name))
        g.parse(data=data, format="nt")
        return g

    def __len__(self) -> int:
        return len(self._store)

    def raw_query(self, sparql: str) -> Any:
        try:
            return self._store.query(sparql, use_default_graph_as_union=True,
                                     prefixes={k: str(v) for k, v in PREFIXES.items()})
        except SyntaxError as exc:
            raise KgError(f"SPARQL syntax error: {exc}") from exc

    def select(self, sparql: str) -> Table:
        result = self.raw_query(sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise KgError("expected a SELECT query")
        columns = [v.value for v in result.variables]
        rows = [[_plain(solution[c]) for c in columns] for solution in result]
        return Table(columns, rows)

    def dump(self, output: io.BufferedIOBase | str | Path, fmt: str) -> None:
        """Whole dataset as N-Quads/TriG, or the union of graphs as N-Triples/Turtle."""
        rdf_format = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                      "ntriples": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE}[fmt]
        target = str(output) if isinstance(output, (str, Path)) else output
        prefixes = {k: str(v) for k, v in PREFIXES.items()}
        if fmt in {"nquads", "trig"}:
            self._store.dump(target, rdf_format, prefixes=prefixes if fmt == "trig" else None)
            return
        union = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        union.serialize(target, rdf_format)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the store's files (pyoxigraph closes them when the object goes)."""
        self.__dict__.pop("_store", None)


def _plain(term: Any) -> str | None:
    if term is None:
        return None
    return term.value


def open_store(path: str | Path = DEFAULT_STORE, *, read_only: bool = False) -> Store:
    """Open (or create) the store at ``path``."""
    return Store(path, read_only=read_only)
