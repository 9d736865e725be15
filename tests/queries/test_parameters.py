"""Named-query parameters: each narrows the answer as its header says, and no value can change the query."""
from __future__ import annotations

import json
from datetime import date

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.queries import PARAMETERS, bind_query, date_range, query_names, query_parameters, run_query
from kg.resources import load_query

#: A value that, spliced in unescaped, would close the string and make the filter true for every row.
INJECTION = 'x")) || true || CONTAINS("'


def rows(store, name, **values):
    return run_query(store, name, **values).dicts()


@pytest.mark.parametrize("name", query_names())
def test_declared_parameters_are_known_and_each_has_its_lines(name):
    declared = query_parameters(name)
    assert set(declared) <= set(PARAMETERS)
    text = load_query(name)
    for param in declared:
        assert f"#[{param}]" in text, (name, param)
    undeclared = [p for p in PARAMETERS if f"#[{p}]" in text and p not in declared]
    assert not undeclared, (name, undeclared)


@pytest.mark.parametrize("name", query_names())
def test_every_query_parses_with_all_its_parameters(name):
    values = {"actor": "a", "option": "o", "document": "d", "since": "1894", "until": "1894-02", "limit": 3}
    given = {k: v for k, v in values.items() if k in query_parameters(name)}
    assert isinstance(ox.Store().query(bind_query(name, **given)), ox.QuerySolutions)


def test_unknown_parameter_is_one_line_listing_those_taken(seed_store):
    store, _ = seed_store
    with pytest.raises(KgError) as caught:
        run_query(store, "documents", option="canal")
    message = str(caught.value)
    assert "\n" not in message and "--option" in message
    assert all(f"--{p}" in message for p in query_parameters("documents"))


@pytest.mark.parametrize("value", ["1894-13", "94", "1894-02-30", "May 1894", ""])
def test_malformed_dates_are_refused(seed_store, value):
    store, _ = seed_store
    with pytest.raises(KgError, match="--since"):
        run_query(store, "documents", since=value)


def test_partial_dates_expand_to_ranges():
    assert date_range("1894") == (date(1894, 1, 1), date(1894, 12, 31))
    assert date_range("1896-02") == (date(1896, 2, 1), date(1896, 2, 29))
    assert date_range("1894-02") == (date(1894, 2, 1), date(1894, 2, 28))
    assert date_range("1894-05-12") == (date(1894, 5, 12), date(1894, 5, 12))


def test_document_narrows_to_that_document(seed_store):
    store, _ = seed_store
    every = rows(store, "decisions")
    chosen = every[0]["document"]
    narrowed = rows(store, "decisions", document=chosen)
    assert narrowed and {r["document"] for r in narrowed} == {chosen}
    assert len(narrowed) == sum(r["document"] == chosen for r in every)
    assert rows(store, "documents", document=chosen)[0]["document"] == chosen
    assert rows(store, "documents", document="no-such-document") == []


def test_since_and_until_keep_the_dated_documents_in_range(seed_store):
    store, _ = seed_store
    dated = [r for r in rows(store, "documents") if r["date"]]
    assert len({r["date"][:4] for r in dated}) > 1, "the fixtures span several years"
    year = sorted(r["date"] for r in dated)[0][:4]
    month = next(r["date"][:7] for r in dated if r["date"].startswith(year))
    for since, until in ((year, year), (month, month), (year, None), (None, month)):
        given = {k: v for k, v in (("since", since), ("until", until)) if v}
        got = {r["document"] for r in rows(store, "documents", **given)}
        low = date_range(since)[0].isoformat() if since else "0000"
        high = date_range(until)[1].isoformat() if until else "9999"
        assert got == {r["document"] for r in dated if low <= r["date"] <= high}, given
        assert got


def test_actor_narrows_every_query_that_takes_it(seed_store):
    store, _ = seed_store
    issuer = rows(store, "instructions")[0]["issuer"]
    text = issuer.split()[-1]
    every = rows(store, "instructions")
    matching = [r for r in every if text.lower() in ((r["issuer"] or "") + (r["addressee"] or "")).lower()]
    narrowed = rows(store, "instructions", actor=text.upper())  # matching ignores case
    assert {r["instruction"] for r in narrowed} == {r["instruction"] for r in matching}
    network = rows(store, "actor-network", actor=text)
    assert network and all(text.lower() in (r["issuer"] + r["addressee"]).lower() for r in network)
    assert sum(int(r["instructions"]) for r in network) >= len(narrowed)
    profile = rows(store, "actor-profile", actor=text)
    assert profile and all(text.lower() in r["actor"].lower() for r in profile)
    assert sum(int(r["issued"]) + int(r["received"]) for r in profile) >= len(narrowed)


def test_stance_timeline_is_in_date_order_and_narrows_by_option(seed_store):
    store, _ = seed_store
    timeline = rows(store, "stance-timeline")
    assert {r["decision"] for r in timeline} == {r["decision"] for r in rows(store, "decisions")}
    dates = [r["date"] for r in timeline if r["date"]]
    assert dates == sorted(dates)
    undated = [i for i, r in enumerate(timeline) if not r["date"]]
    assert undated == list(range(len(timeline) - len(undated), len(timeline))), "undated stances come last"
    word = max(timeline[0]["option"].split(), key=len)
    on_option = rows(store, "stance-timeline", option=word)
    assert on_option and all(word.lower() in r["option"].lower() for r in on_option)
    assert {r["decision"] for r in on_option} <= {r["decision"] for r in timeline}


def test_limit_caps_rows(seed_store):
    store, _ = seed_store
    assert len(rows(store, "documents")) > 1
    assert len(rows(store, "documents", limit=1)) == 1
    with pytest.raises(KgError, match="--limit"):
        run_query(store, "documents", limit=0)


BREAKOUTS = [INJECTION, 'Gr"es\\ham', "{actor}", "a\nb } } SELECT * WHERE { ?s ?p ?o } #"]


@pytest.mark.parametrize("value", BREAKOUTS)
def test_quotes_backslashes_and_braces_cannot_change_the_query(seed_store, value):
    store, _ = seed_store
    for name in ("instructions", "actor-network", "documents", "stance-timeline"):
        assert rows(store, name, actor=value) == [], (name, value)
    assert rows(store, "documents", document=value) == []


def test_cli_takes_parameters_and_reports_unknown_ones(seed_store):
    store, _ = seed_store
    chosen = rows(store, "documents")[0]["document"]
    runner = CliRunner()
    result = runner.invoke(main, ["query", "documents", "--store", store.location, "--document", chosen,
                                  "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [r["document"] for r in json.loads(result.output)] == [chosen]
    limited = runner.invoke(main, ["query", "documents", "--store", store.location, "--limit", "1",
                                   "--format", "csv"])
    assert limited.exit_code == 0 and len(limited.stdout.strip().splitlines()) == 2
    assert "--limit 0 for all" in limited.stderr
    refused = runner.invoke(main, ["query", "documents", "--store", store.location, "--option", "x"])
    assert refused.exit_code == 1 and "takes --actor" in refused.output
    listing = runner.invoke(main, ["query", "--list"])
    assert "stance-timeline" in listing.output and "--since" in listing.output


def test_actor_profile_first_and_last_dates_skip_undated_documents(seed_store):
    store, _ = seed_store
    dated = {r["document"]: r["date"] for r in rows(store, "documents") if r["date"]}
    profiles = rows(store, "actor-profile")
    assert any(set(r["documentIds"].split(", ")) - set(dated) for r in profiles), "an undated document is in"
    for r in profiles:
        days = sorted(dated[d] for d in r["documentIds"].split(", ") if d in dated)
        assert (r["first"], r["last"]) == ((days[0], days[-1]) if days else (None, None)), r


@pytest.mark.parametrize("name", ["actors", "actor-profile"])
def test_aggregates_under_a_limit_are_the_top_rows_of_the_whole_answer(seed_store, name):
    """The ranking reads entities' documents, the rows then read their actors: both must agree."""
    store, _ = seed_store
    every = rows(store, name)
    top = rows(store, name, limit=3)
    assert len(top) == 3 and len(every) > 3
    assert [int(r["documents"]) for r in top] == [int(r["documents"]) for r in every[:3]]
    by_entity = {r["entity"]: r for r in every}
    for row in top:
        whole = by_entity[row["entity"]]
        assert {k: v for k, v in row.items() if k != "documentIds"} == {
            k: v for k, v in whole.items() if k != "documentIds"}
        assert sorted(row["documentIds"].split(", ")) == sorted(whole["documentIds"].split(", "))
