"""Binding a lookup's IRI into the named queries of ``queries/serve``."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.resources import load_query
from kg.server.describe import bound_query

IRI = ox.NamedNode("https://example.org/kg/actor/a")


@pytest.mark.parametrize("name", ["serve/describe", "serve/page", "serve/passages", "serve/referrers"])
def test_the_bound_iri_opens_the_where_clause_and_the_query_is_otherwise_unchanged(name: str) -> None:
    block = "\n  VALUES (?resource) { (<https://example.org/kg/actor/a>) }"
    bound = bound_query(name, resource=IRI)
    assert bound.split("WHERE {", 1)[1].startswith(block)
    assert bound.replace(block, "", 1) == load_query(name)


def test_each_call_binds_its_own_iri() -> None:
    other = ox.NamedNode("https://example.org/kg/actor/b")
    assert "<https://example.org/kg/actor/b>" in bound_query("serve/source", document=other)
    assert "<https://example.org/kg/actor/a>" in bound_query("serve/source", document=IRI)
    assert "actor/a" not in bound_query("serve/source", document=other)
