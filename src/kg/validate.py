"""Validation stage: check each document's graph against the SHACL shapes.

Validation runs per named graph, so its cost grows linearly with the corpus
and a report names the document it is about.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rdflib import Graph, plugin
from rdflib.namespace import SH
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Processor

from .resources import ontology_graph, shapes_graph
from .store import Store
from .vocab import ONTOLOGY

__all__ = ["ONTOLOGY", "Report", "Violation", "ontology_graph", "validate_graph", "validate_store"]


@dataclass(frozen=True)
class Violation:
    focus: str
    shape: str
    message: str


@dataclass(frozen=True)
class Report:
    graph: str
    conforms: bool
    violations: tuple[Violation, ...]

    def lines(self) -> list[str]:
        return [f"{self.graph}: {v.focus}: {v.message}" for v in self.violations]


class PreparedQueryProcessor(SPARQLProcessor):
    """rdflib's SPARQL processor, translating each distinct query text once.

    pySHACL sends the same constraint query again for every focus node, and
    parsing it, not running it, was most of the validation time. A translated
    query is reusable with other bindings (that is what ``prepareQuery`` is
    for), so the results are the same.
    """

    # rdflib's SPARQLProcessor.query already widens Processor.query (``base``); this keeps its signature.
    def query(  # type: ignore[override]
            self, strOrQuery: str | Query, initBindings: Mapping[str, Any] | None = None,  # noqa: N803
            initNs: Mapping[str, Any] | None = None, base: str | None = None,  # noqa: N803
            DEBUG: bool = False) -> Mapping[str, Any]:  # noqa: N803
        if isinstance(strOrQuery, str):
            namespaces = tuple(sorted((k, str(v)) for k, v in (initNs or {}).items()))
            strOrQuery = _translated(strOrQuery, base, namespaces)
        return super().query(strOrQuery, initBindings, initNs, base, DEBUG)


@lru_cache(maxsize=512)
def _translated(text: str, base: str | None, namespaces: tuple[tuple[str, str], ...]) -> Query:
    return translateQuery(parseQuery(text), base, dict(namespaces))


@contextmanager
def prepared_queries() -> Iterator[None]:
    """rdflib's ``sparql`` processor is ``PreparedQueryProcessor`` inside this block only.

    pySHACL calls ``graph.query(text)`` with the default processor name and has
    no hook to pass a processor or prepared queries, so the name is re-registered
    for the length of one validation and the previous registration is put back
    after it (validation runs in one thread per process).
    """
    previous = plugin.get("sparql", Processor)
    plugin.register("sparql", Processor, __name__, PreparedQueryProcessor.__name__)
    try:
        yield
    finally:
        plugin.register("sparql", Processor, previous.__module__, previous.__name__)


def validate_graph(graph: Graph) -> Report:
    """SHACL-validate one document graph."""
    import pyshacl  # heavy: loaded by the first validation, not by ``import kg``

    with prepared_queries():
        conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes_graph(), advanced=True,
                                               allow_warnings=True, inference="none")
    violations = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        violations.append(Violation(
            focus=str(report.value(result, SH.focusNode)),
            shape=str(report.value(result, SH.sourceShape)),
            message=str(report.value(result, SH.resultMessage) or "violation"),
        ))
    violations.sort(key=lambda v: (v.focus, v.message))
    return Report(str(graph.identifier), bool(conforms) and not violations, tuple(violations))


def validate_store(store: Store) -> list[Report]:
    """Validate every named graph of the store, one at a time."""
    return [validate_graph(store.graph(name)) for name in store.graph_names() if name != str(ONTOLOGY)]
