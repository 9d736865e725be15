"""Validation stage: check each document's graph against the SHACL shapes.

Validation runs per named graph, so its cost grows linearly with the corpus
and a report names the document it is about.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import pyshacl
from rdflib import Graph, URIRef, plugin
from rdflib.namespace import SH
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Processor

from .resources import ontology_file
from .store import Store

ONTOLOGY = URIRef("https://w3id.org/kg/diplomacy")


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

    def query(self, strOrQuery: str | Query, initBindings: Mapping[str, Any] | None = None,  # noqa: N803
              initNs: Mapping[str, Any] | None = None, base: str | None = None,  # noqa: N803
              DEBUG: bool = False) -> Mapping[str, Any]:  # noqa: N803
        if isinstance(strOrQuery, str):
            namespaces = tuple(sorted((k, str(v)) for k, v in (initNs or {}).items()))
            strOrQuery = _translated(strOrQuery, base, namespaces)
        return super().query(strOrQuery, initBindings, initNs, base, DEBUG)


@lru_cache(maxsize=512)
def _translated(text: str, base: str | None, namespaces: tuple[tuple[str, str], ...]) -> Query:
    return translateQuery(parseQuery(text), base, dict(namespaces))


plugin.register("sparql", Processor, __name__, "PreparedQueryProcessor")


@cache
def shapes_graph() -> Graph:
    g = Graph()
    g.parse(ontology_file("shapes.ttl"), format="turtle")
    return g


@cache
def ontology_graph() -> Graph:
    """The ontology as its own named graph, so queries can read labels and notations."""
    g = Graph(identifier=ONTOLOGY)
    g.parse(ontology_file("diplomacy.ttl"), format="turtle")
    return g


def validate_graph(graph: Graph) -> Report:
    """SHACL-validate one document graph."""
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
