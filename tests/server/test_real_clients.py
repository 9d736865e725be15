"""The one real server (`kg serve` on uvicorn): the smoke test and the clients that need a socket."""
from __future__ import annotations

import urllib.error

import httpx
import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF
from SPARQLWrapper import JSON, JSONLD, POST, POSTDIRECTLY, SELECT, SPARQLWrapper

from kg.graph import document_iri
from kg.resources import load_query, query_names
from kg.vocab import DIP

from ..conftest import SCREENSHOTS, SEED
from .conftest import Server, sparql


def test_smoke_kg_serve_on_uvicorn(live: Server) -> None:
    """The command as the README runs it: real sockets, a page, a query and a resource's 303."""
    with httpx.Client(base_url=live.url, timeout=30) as http:
        assert "kg" in http.get("/").text
        answer = sparql(http, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert int(answer.json()["results"]["bindings"][0]["n"]["value"]) == live.quads
        iri = str(document_iri(SEED.stem, live.url))
        seen = http.get(iri, headers={"Accept": "text/turtle"})
        assert seen.status_code == 303 and seen.headers["location"].endswith(".ttl")




# -- SPARQL clients ---------------------------------------------------------
def test_named_queries_through_sparqlwrapper(live: Server) -> None:
    for name in query_names():
        endpoint = SPARQLWrapper(live.url + "sparql")
        endpoint.setQuery(load_query(name))
        # SPARQLWrapper 2.0 strips only every other leading comment line and then takes "addressee"
        # in the second for the ADD update keyword; the query is a SELECT, whatever it guessed
        endpoint.queryType = SELECT
        endpoint.setReturnFormat(JSON)
        answer = endpoint.queryAndConvert()
        assert len(answer["results"]["bindings"]) == live.expected_rows[name], name
    assert live.expected_rows["approved-options"] > 0


def test_sparqlwrapper_post_ask_and_construct(live: Server) -> None:
    for method in ("form", "direct"):
        endpoint = SPARQLWrapper(live.url + "sparql")
        endpoint.setMethod(POST)
        if method == "direct":
            endpoint.setRequestMethod(POSTDIRECTLY)
        endpoint.setQuery("ASK { ?d a dip:Document }")
        endpoint.setReturnFormat(JSON)
        assert endpoint.queryAndConvert()["boolean"] is True
    endpoint = SPARQLWrapper(live.url + "sparql")
    endpoint.setQuery("CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a dip:Actor ; rdfs:label ?l }")
    endpoint.setReturnFormat(JSONLD)
    graph = endpoint.queryAndConvert()
    assert len(graph) == len(list(live.graph.subjects(RDF.type, DIP.Actor)))


def test_sparqlwrapper_update_is_refused(live: Server) -> None:
    endpoint = SPARQLWrapper(live.url + "sparql")
    endpoint.setQuery("INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }")
    endpoint.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as refusal:
        endpoint.query()
    refusal.value.close()  # the error holds the open response
    assert refusal.value.code == 403


# -- in a browser ----------------------------------------------------------
def follow(page, target) -> None:
    """Click what loads another page and wait for it to load: rows counted before are the old page's."""
    with page.expect_navigation():
        target.click()


def test_actor_page_in_chromium(live: Server, page) -> None:
    document = URIRef(document_iri(SEED.stem, live.url))
    author = str(live.graph.value(document, DCTERMS.creator))
    response = page.goto(author)  # the IRI itself: the browser follows the 303
    assert response.status == 200 and page.url == live.url + "page/" + author[len(live.url):]
    label = str(live.graph.value(URIRef(author), URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    assert page.locator("h1").inner_text() == label
    assert page.locator("mark").first.is_visible()
    frus_page = page.locator("a", has_text="FRUS page").first.get_attribute("href")
    assert frus_page.startswith("https://history.state.gov/")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "serve-actor-page.png"), full_page=True)
    follow(page, page.locator(".source a").first)
    assert page.locator("h1").inner_text() == str(live.graph.value(document, DCTERMS.title))
    assert page.console_errors == []


def test_query_form_in_chromium(live: Server, page) -> None:
    page.goto(live.url + "sparql")
    assert page.locator("textarea#query").is_visible()
    follow(page, page.locator("#examples a", has_text="approved-options"))
    rows = page.locator("#results tbody tr")
    assert rows.count() == live.expected_rows["approved-options"]
    assert "Nixon" in page.locator("#results").inner_text()
    page.fill("textarea#query", "SELECT ?actor ?name WHERE { ?actor a dip:Person ; rdfs:label ?name }")
    follow(page, page.locator("#query-form button[type=submit]"))
    persons = len(list(live.graph.subjects(RDF.type, DIP.Person)))
    assert page.locator("#results tbody tr").count() == persons > 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "serve-query-form.png"), full_page=True)
    page.fill("textarea#query", "SELEC nothing")
    follow(page, page.locator("#query-form button[type=submit]"))
    assert "syntax error" in page.locator("#error").inner_text()
    assert all("400" in e for e in page.console_errors)  # only the refused query's status, no script errors


def test_named_query_with_parameters_in_chromium(live: Server, page) -> None:
    """The form's named query and parameter fields narrow the answer as ``kg query NAME --actor`` does."""
    page.goto(live.url + "sparql")
    page.select_option("#named-query", "actors")
    follow(page, page.locator("#named-form button[type=submit]"))
    every = page.locator("#results tbody tr").count()
    page.select_option("#named-query", "actors")
    page.fill("#param-actor", "kissinger")
    follow(page, page.locator("#named-form button[type=submit]"))
    narrowed = page.locator("#results tbody tr")
    assert 0 < narrowed.count() < every
    assert all("kissinger" in text.lower() for text in narrowed.all_inner_texts())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "serve-named-query.png"), full_page=True)
