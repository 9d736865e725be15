"""Linked-data clients nobody here wrote, used as they come: SPARQLWrapper, rdflib's SPARQLStore, caches.

Also what such clients rely on: RDF/XML for every IRI and graph answer,
well-formed SPARQL XML whatever the data holds, descriptions naming the
address the server answers on, conditional GETs of the dump, ``Vary`` on 406.
"""
from __future__ import annotations

from pathlib import Path
from xml.dom.minidom import Document

import httpx
import pytest
from defusedxml import ElementTree
from rdflib import Graph, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import SPARQLWrapper
from starlette.testclient import TestClient

from kg.server import app as server_app
from kg.store import open_store
from kg.vocab import DIP

from . import hardening
from .hardening import Live, Seed

hardening_seed = hardening.hardening_seed  # a fixture
in_process = hardening.in_process  # a fixture
live = hardening.live  # a fixture

QUERIES = Path(__file__).resolve().parents[2] / "queries"
SHIPPED = sorted(QUERIES.rglob("*.rq"))
VOID = Namespace("http://rdfs.org/ns/void#")
SRX = "{http://www.w3.org/2005/sparql-results#}"
# SPARQLWrapper warns when it sends what it took for an update by POST: its doing, and what is tested here.
pytestmark = pytest.mark.filterwarnings("ignore:update operations MUST be done by POST:UserWarning")


def actor_iri(seed: Seed) -> str:
    with open_store(seed.store, read_only=True) as store:
        rows = store.select(f"SELECT ?a WHERE {{ ?a a <{DIP.Actor}> }} LIMIT 1").rows
    return str(rows[0][0])


@pytest.mark.parametrize("path", SHIPPED, ids=[str(p.relative_to(QUERIES)) for p in SHIPPED])
def test_every_shipped_query_through_sparqlwrapper_defaults(live: Live, hardening_seed: Seed,
                                                            path: Path) -> None:
    """SPARQLWrapper as it comes (GET, XML results or RDF/XML): the rows or triples the store holds."""
    text = path.read_text(encoding="utf-8")
    with open_store(hardening_seed.store, read_only=True) as store:
        expected = len(list(store.raw_query(text)))
    wrapper = SPARQLWrapper(live.url + "sparql")
    wrapper.setQuery(text)
    answer = wrapper.query().convert()
    if isinstance(answer, Graph):
        assert len(answer) == expected
    else:
        assert isinstance(answer, Document)
        assert len(answer.getElementsByTagName("result")) == expected


def test_sparqlwrapper_sends_update_looking_queries_as_updates_and_they_are_answered(live: Live) -> None:
    """A second comment line naming an addressee makes SPARQLWrapper POST update=…: still a query here."""
    wrapper = SPARQLWrapper(live.url + "sparql")
    wrapper.setQuery("# Three subjects.\n# Columns: addressee.\nSELECT ?s WHERE { ?s ?p ?o } LIMIT 3")
    assert wrapper.isSparqlUpdateRequest()
    assert len(wrapper.query().convert().getElementsByTagName("result")) == 3
    wrapper.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(Exception, match="403"):
        wrapper.query()


def test_rdflib_sparqlstore_construct_and_describe(live: Live, hardening_seed: Seed) -> None:
    actor = actor_iri(hardening_seed)
    graph = Graph(SPARQLStore(live.url + "sparql", returnFormat="xml"))
    constructed = graph.query(f"CONSTRUCT {{ <{actor}> ?p ?o }} WHERE {{ <{actor}> ?p ?o }}").graph
    described = graph.query(f"DESCRIBE <{actor}>").graph
    assert constructed is not None and described is not None
    assert len(constructed) > 2 and (URIRef(actor), None, None) in constructed
    assert isomorphic(constructed, described)


def test_every_iri_answers_rdf_xml(in_process: TestClient, hardening_seed: Seed) -> None:
    actor = actor_iri(hardening_seed)
    first = in_process.get(actor, headers={"Accept": "application/rdf+xml"})
    assert first.status_code == 303
    assert first.headers["location"].endswith(".rdf")
    data = in_process.get(first.headers["location"])
    assert data.headers["content-type"].startswith("application/rdf+xml")
    turtle = in_process.get(first.headers["location"].removesuffix(".rdf") + ".ttl")
    assert isomorphic(Graph().parse(data=data.content, format="xml"), Graph().parse(data=turtle.text))


def test_prefixed_service_name_is_refused_with_403(in_process: TestClient) -> None:
    query = "PREFIX l: <http://127.0.0.1:9/> SELECT * WHERE { SERVICE l:s19 { ?s ?p ?o } }"
    answer = in_process.get("/sparql", params={"query": query}, headers={"Accept": "text/csv"})
    assert answer.status_code == 403
    assert "SERVICE l:s19" in answer.text


def test_xml_results_are_well_formed_whatever_the_strings_hold(in_process: TestClient) -> None:
    query = 'SELECT ?x WHERE { BIND(CONCAT("a", "\\u001f", "b\\u0001") AS ?x) }'
    answer = in_process.get("/sparql", params={"query": query},
                            headers={"Accept": "application/sparql-results+xml"})
    assert answer.status_code == 200
    literal = ElementTree.fromstring(answer.content).find(f".//{SRX}literal")
    assert literal is not None and literal.text == "a\ufffdb\ufffd"


def test_pages_and_void_name_the_address_served_while_iris_keep_their_base(live: Live) -> None:
    with httpx.Client(base_url=live.url, timeout=30) as http:
        void = Graph().parse(data=http.get("/.well-known/void", headers={"Accept": "text/turtle"}).text)
        form = http.get("/sparql", headers={"Accept": "text/html"}).text
        home = http.get("/", headers={"Accept": "text/html"}).text
    assert set(void.objects(None, VOID.sparqlEndpoint)) == {URIRef(live.url + "sparql")}
    assert set(void.objects(None, VOID.dataDump)) == {URIRef(live.url + "dump.nq.gz")}
    assert {str(o) for o in void.objects(None, VOID.uriSpace)} == {live.base}
    assert f"{live.url}sparql" in form and f"{live.url}sparql" in home
    assert f"{live.base}sparql" not in form


def test_kg_serve_says_at_start_when_it_answers_elsewhere_than_the_base(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        hardening_seed: Seed) -> None:
    monkeypatch.setattr(server_app, "run_uvicorn", lambda config: None)
    server_app.serve(hardening_seed.store, host="127.0.0.1", port=8123)
    said = capsys.readouterr().err
    assert "http://127.0.0.1:8123/" in said and hardening_seed.base in said
    server_app.serve(hardening_seed.store, host="127.0.0.1", port=8123, base="http://127.0.0.1:8123/")
    assert capsys.readouterr().err == ""


def test_dump_answers_conditional_requests_with_304(in_process: TestClient) -> None:
    dump = in_process.get("/dump.nq.gz")
    assert dump.status_code == 200
    etag, modified = dump.headers["etag"], dump.headers["last-modified"]
    assert in_process.get("/dump.nq.gz", headers={"If-None-Match": etag}).status_code == 304
    assert in_process.get("/dump.nq.gz", headers={"If-Modified-Since": modified}).status_code == 304
    assert in_process.get("/dump.nq.gz", headers={"If-None-Match": '"other"'}).status_code == 200
    old = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert in_process.get("/dump.nq.gz", headers={"If-Modified-Since": old}).status_code == 200


def test_every_406_varies_by_accept(in_process: TestClient, hardening_seed: Seed) -> None:
    refusals = [
        in_process.get(actor_iri(hardening_seed), headers={"Accept": "image/png"}),
        in_process.get("/ontology", headers={"Accept": "image/png"}),
        in_process.get("/.well-known/void", headers={"Accept": "image/png"}),
        in_process.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/turtle"}),
    ]
    for refused in refusals:
        assert refused.status_code == 406
        assert "Accept" in [v.strip() for v in refused.headers["vary"].split(",")]
