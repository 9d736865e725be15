"""Validation leaves rdflib as it found it: the prepared-query processor is used inside a validation only."""
from __future__ import annotations

import pytest
from rdflib import Graph, plugin
from rdflib.plugins.sparql.processor import SPARQLProcessor
from rdflib.query import Processor

from kg.validate import PreparedQueryProcessor, prepared_queries, validate_graph


def test_prepared_queries_are_scoped_to_the_validation() -> None:
    assert plugin.get("sparql", Processor) is SPARQLProcessor
    with prepared_queries():
        assert plugin.get("sparql", Processor) is PreparedQueryProcessor
    assert plugin.get("sparql", Processor) is SPARQLProcessor
    validate_graph(Graph())
    assert plugin.get("sparql", Processor) is SPARQLProcessor


def test_processor_is_restored_when_validation_fails() -> None:
    with pytest.raises(RuntimeError), prepared_queries():
        raise RuntimeError("boom")
    assert plugin.get("sparql", Processor) is SPARQLProcessor
