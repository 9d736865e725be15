"""Named SPARQL queries, run by name against the store built from the seed."""
from __future__ import annotations

import json

import pytest

from kg.errors import KgError
from kg.queries import format_table, query_description, query_names, run_query


def test_approved_options_names_nixon_with_footnote_evidence(seed_store):
    store, _ = seed_store
    rows = [r for r in run_query(store, "approved-options").dicts() if r["document"] == "frus1969-76v09-d145"]
    footnote = [r for r in rows if "which you approved" in r["evidence"]]
    assert footnote, rows
    assert "Nixon" in footnote[0]["approver"]
    assert "option" in footnote[0]["option"].lower() or "position" in footnote[0]["option"].lower()


@pytest.mark.parametrize("name", query_names())
def test_every_named_query_runs_and_is_described(seed_store, name):
    store, _ = seed_store
    table = run_query(store, name)
    assert table.columns
    assert query_description(name)
    if name in {"actors", "documents", "instructions", "options"}:
        assert table.rows


def test_instructions_query_reports_issuer_and_addressee(seed_store):
    store, _ = seed_store
    rows = run_query(store, "instructions").dicts()
    seed_rows = [r for r in rows if r["document"] == "frus1969-76v09-d145"]
    assert all(r["issuer"] and r["addressee"] for r in seed_rows)
    assert any("Kissinger" in r["addressee"] for r in seed_rows)


def test_formats(seed_store):
    store, _ = seed_store
    table = run_query(store, "actors")
    assert json.loads(format_table(table, "json"))[0].keys() == set(table.columns)
    assert format_table(table, "csv").splitlines()[0] == ",".join(table.columns)
    assert f"({len(table.rows)} rows)" in format_table(table, "table")


def test_unknown_query_lists_known_ones(seed_store):
    store, _ = seed_store
    with pytest.raises(KgError, match="approved-options"):
        run_query(store, "no-such-query")
