"""The embedded store: an Oxigraph database in a folder (pyoxigraph), nothing to start.

A document's graph is swapped with one SPARQL update (DROP + INSERT DATA),
which Oxigraph runs in one transaction: a rebuild never duplicates and a
failure never leaves half a graph.
"""
from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from ..errors import KgError, StoreError
from .base import DEFAULT_STORE, PREFIX_MAP, Store, graph_ntriples, replace_graph_update

if TYPE_CHECKING:
    from rdflib import Graph


READ_ONLY_TRIES = 5  # a writer's compaction removes files between reading the manifest and opening them


def _open_read_only(path: Path) -> ox.Store:
    """A read-only view, tried again while a writer (a build beside ``kg serve``) compacts the store:
    RocksDB reads the list of files, then opens them, and a compaction may delete one in between
    ("IO error: No such file or directory"); any other failure is final."""
    for attempt in range(READ_ONLY_TRIES - 1):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if "No such file or directory" not in str(exc):
                raise
            time.sleep(0.05 * 2**attempt)
    return ox.Store.read_only(str(path))


class EmbeddedStore(Store):
    """An embedded Oxigraph store in a folder."""

    def __init__(self, path: str | Path = DEFAULT_STORE, *, read_only: bool = False):
        self.path = Path(path)
        self.location = str(self.path)
        self.read_only = read_only
        try:
            if read_only:
                if not self.path.exists():
                    raise KgError(f"{self.path}: no store here (run `kg build` first)")
                self._store = _open_read_only(self.path)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"{self.path}: cannot open store ({exc})") from exc

    # -- writing -----------------------------------------------------------
    def replace_graph(self, graph: Graph) -> None:
        self.update(replace_graph_update(str(graph.identifier), graph_ntriples(graph)))

    def update(self, sparql: str) -> None:
        self.check_writable()
        try:
            self._store.update(sparql, prefixes=PREFIX_MAP)
        except SyntaxError as exc:
            raise KgError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write ({exc})") from exc

    def flush(self) -> None:
        if not self.read_only:
            self._store.flush()

    def optimize(self) -> None:
        """RocksDB's full compaction (pyoxigraph ``Store.optimize``): on the whole-corpus copy the upgrade
        left every query 1.1-1.7x slower until this ran (37 s)."""
        if not self.read_only:
            self._store.optimize()

    # -- reading -----------------------------------------------------------
    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def graph(self, name: str) -> Graph:
        from rdflib import Graph, URIRef

        data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
        g = Graph(identifier=URIRef(name))
        g.parse(data=data, format="nt")
        return g

    def __len__(self) -> int:
        return len(self._store)

    def raw_query(self, sparql: str) -> Any:
        try:
            return self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIX_MAP)
        except SyntaxError as exc:
            raise KgError(f"SPARQL syntax error: {exc}") from exc

    def quads(self) -> Iterable[ox.Quad]:
        return self._store.quads_for_pattern(None, None, None)

    def close(self) -> None:
        """Release the store's files (pyoxigraph closes them when the object goes)."""
        self.__dict__.pop("_store", None)
