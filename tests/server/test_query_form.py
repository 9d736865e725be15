"""The query form's named queries: the same parameters as `kg query`, bound the same way."""
from __future__ import annotations

import html
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from kg.queries import run_query
from kg.server import create_app


@pytest.fixture(scope="module")
def form(seed_store) -> Iterator[TestClient]:
    store, _ = seed_store
    store.flush()
    app = create_app(store.location, query_timeout=20, workers=1)
    with TestClient(app, base_url="http://127.0.0.1:8000", follow_redirects=False) as client:
        yield client


def test_form_offers_every_named_query_and_its_parameters(form: TestClient) -> None:
    page = form.get("/sparql", headers={"Accept": "text/html"}).text
    assert 'id="named-query"' in page and 'value="stance-timeline"' in page
    for param in ("actor", "option", "document", "since", "until", "limit"):
        assert f'name="{param}"' in page


def test_named_query_with_a_parameter_answers_as_the_api(form: TestClient, seed_store) -> None:
    store, _ = seed_store
    chosen = run_query(store, "documents").dicts()[0]["document"]
    given = {"name": "decisions", "document": chosen, "actor": "", "format": "html"}
    page = form.get("/sparql", params=given)
    assert page.status_code == 200, page.text
    expected = len(run_query(store, "decisions", document=chosen).rows)
    assert f"{expected} row" in page.text
    assert html.escape(chosen) in page.text


def test_bad_or_unknown_parameter_is_a_400_on_the_form(form: TestClient) -> None:
    unknown = form.get("/sparql", params={"name": "documents", "option": "x", "format": "html"})
    assert unknown.status_code == 400 and "--option" in html.unescape(unknown.text)
    bad_date = form.get("/sparql", params={"name": "documents", "since": "May", "format": "html"})
    assert bad_date.status_code == 400 and "--since" in html.unescape(bad_date.text)
    injected = form.get("/sparql", params={"name": "documents", "actor": 'x")) || true || ("',
                                           "format": "html"})
    assert injected.status_code == 200 and "0 rows" in injected.text
