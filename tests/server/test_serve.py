"""`kg serve`: the seed's graph published as linked data and read back with real clients.

The app runs in this process behind Starlette's TestClient over a store built
from the seed, so every minted IRI resolves at its own path. One real server
(``kg serve`` on uvicorn, as the README starts it) serves the smoke test and
the clients that need a socket: SPARQLWrapper and Chromium.
"""
from __future__ import annotations

import csv
import gzip
import html
import http.server
import io
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil
import pyoxigraph as ox
import pytest
from defusedxml import ElementTree
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF
from SPARQLWrapper import JSON, JSONLD, POST, POSTDIRECTLY, SELECT, SPARQLWrapper
from starlette.testclient import TestClient

from kg.build import build
from kg.extract import Extractor
from kg.graph import document_iri
from kg.queries import run_query
from kg.resources import jsonld_context, load_query, query_names
from kg.server import create_app
from kg.server.negotiation import GRAPH_FORMATS, HTML, by_name, negotiate
from kg.server.queries import AnswerCache
from kg.server.worker import Reply
from kg.store import open_store
from kg.vocab import DIP

from ..conftest import SCREENSHOTS, SEED

VOID = Namespace("http://rdfs.org/ns/void#")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME_LIMIT = 1.0
MAX_RESULTS = 500
RDF_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt"}
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass
class Server:
    url: str
    graph: Graph  # the seed document's named graph
    quads: int
    expected_rows: dict[str, int]
    store: Path
    pids: Callable[[], list[int]] = list  # the query workers' process ids, where known

    def iris(self) -> list[str]:
        """Every IRI the build minted for the seed: subjects and objects under the base."""
        terms = {t for triple in self.graph for t in (triple[0], triple[2])}
        return sorted(str(t) for t in terms if isinstance(t, URIRef) and str(t).startswith(self.url))

    def workers(self) -> set[int]:
        return set(self.pids())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def kg_command() -> list[str]:
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from kg.cli import main; main()"]


def seed_store(folder: Path, url: str, extractor: Extractor) -> Server:
    """The seed built with ``url`` as base into ``folder``/store, closed again for a server to open."""
    store = open_store(folder / "store")
    summary = build([SEED], store, base=url, extractor=extractor, validate=False)
    assert not summary.failures
    names = [n for n in store.graph_names() if n.startswith(url)]
    graph = store.graph(names[0])
    expected = {name: len(run_query(store, name).rows) for name in query_names()}
    quads = len(store)
    store.close()  # the embedded store has one writer: let the server open it read-only
    return Server(url, graph, quads, expected, folder / "store")


@pytest.fixture(scope="module")
def app_client(tmp_path_factory, extractor) -> Iterator[tuple[Server, TestClient]]:
    """The app in this process (Starlette's TestClient runs its lifespan: the worker pool starts)."""
    url = "http://kg.test/"
    server = seed_store(tmp_path_factory.mktemp("serve"), url, extractor)
    app = create_app(server.store, base=url, query_timeout=TIME_LIMIT, max_results=MAX_RESULTS, workers=2)
    server.pids = app.state.site.pool.pids
    with TestClient(app, base_url=url.rstrip("/"), follow_redirects=False) as http:
        yield server, http


@pytest.fixture(scope="module")
def server(app_client: tuple[Server, TestClient]) -> Server:
    return app_client[0]


@pytest.fixture
def client(app_client: tuple[Server, TestClient]) -> httpx.Client:
    return app_client[1]


@pytest.fixture(scope="module")
def live(tmp_path_factory, extractor) -> Iterator[Server]:
    """The one real server: ``kg serve`` on uvicorn as the README starts it, for clients needing a socket."""
    port = free_port()
    folder = tmp_path_factory.mktemp("live")
    server = seed_store(folder, f"http://127.0.0.1:{port}/", extractor)
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(
        [*kg_command(), "serve", "--store", str(server.store), "--port", str(port), "--base", server.url,
         "--query-timeout", str(TIME_LIMIT), "--max-results", str(MAX_RESULTS), "--workers", "2"],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_up(server.url, process, folder / "server.log")
        yield server
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"kg serve exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.3)
    pytest.fail(f"kg serve did not answer within {seconds} s:\n{log.read_text()}")


def test_smoke_kg_serve_on_uvicorn(live: Server) -> None:
    """The command as the README runs it: real sockets, a page, a query and a resource's 303."""
    with httpx.Client(base_url=live.url, timeout=30) as http:
        assert "kg" in http.get("/").text
        answer = sparql(http, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert int(answer.json()["results"]["bindings"][0]["n"]["value"]) == live.quads
        iri = str(document_iri(SEED.stem, live.url))
        seen = http.get(iri, headers={"Accept": "text/turtle"})
        assert seen.status_code == 303 and seen.headers["location"].endswith(".ttl")


def sparql(client: httpx.Client, query: str, accept: str = "application/sparql-results+json"
           ) -> httpx.Response:
    return client.get("/sparql", params={"query": query}, headers={"Accept": accept})


# -- dereferenceable IRIs --------------------------------------------------
def dereference(client: httpx.Client, iri: str, accept: str) -> httpx.Response:
    """GET the IRI itself; it must answer 303 See Other (Cool URIs), then follow it."""
    first = client.get(iri, headers={"Accept": accept})
    assert first.status_code == 303, (iri, accept, first.text)
    assert "Accept" in first.headers["vary"]
    return client.get(first.headers["location"], headers={"Accept": accept})


def check_description(client: httpx.Client, iri: str, accept: str) -> None:
    response = dereference(client, iri, accept)
    assert response.status_code == 200, (iri, accept, response.text)
    assert response.headers["content-type"].split(";")[0] == accept
    if accept == "text/html":
        assert f"<code>{iri}</code>" in response.text
        return
    graph = Graph()
    graph.parse(data=response.content, format=RDF_TYPES[accept], publicID=iri)
    node = URIRef(iri)
    assert (node, None, None) in graph or (None, None, node) in graph, (iri, accept)
    if accept == "application/ld+json":
        assert json.loads(response.content)["@context"] == jsonld_context()  # inline: nothing to fetch


def test_every_iri_of_the_seed_dereferences_in_all_four_formats(server: Server, client: httpx.Client) -> None:
    iris = server.iris()
    assert len(iris) > 100
    assert any("/actor/" in i for i in iris) and any("/instruction/" in i for i in iris)
    assert any("/volume/" in i for i in iris)  # minted only as an object, still resolves
    jobs = [(iri, accept) for iri in iris for accept in ("text/html", *RDF_TYPES)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda job: check_description(client, *job), jobs))


def test_data_documents_answer_with_their_own_format(server: Server, client: httpx.Client) -> None:
    iri = str(document_iri(SEED.stem, server.url))
    path = "/data/" + iri[len(server.url):]
    for extension, media_type in (("ttl", "text/turtle"), ("jsonld", "application/ld+json"),
                                  ("nt", "application/n-triples")):
        response = client.get(f"{path}.{extension}", headers={"Accept": "text/html"})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(media_type)
    assert client.get(f"/data/{iri[len(server.url):]}.xyz").status_code == 404


def test_unknown_iri_is_404_and_unservable_type_is_406(server: Server, client: httpx.Client) -> None:
    assert client.get("/doc/no-such-document", headers={"Accept": "text/turtle"},
                      follow_redirects=True).status_code == 404
    assert client.get("/page/doc/no-such-document").status_code == 404
    actor = next(i for i in server.iris() if "/actor/" in i)
    refused = client.get(actor, headers={"Accept": "image/png, application/pdf"})
    assert refused.status_code == 406
    assert "text/turtle" in refused.text
    assert sparql(client, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "text/turtle").status_code == 406
    assert client.get("/ontology", headers={"Accept": "image/png"}).status_code == 406


def test_item_page_highlights_evidence_and_links_its_sources(server: Server, client: httpx.Client) -> None:
    instruction = next(i for i in server.iris() if i.rsplit("/", 2)[-2] == "instruction")
    page = dereference(client, instruction, "text/html").text
    exact = server.graph.value(URIRef(instruction + "/evidence/quote"), OA.exact)
    marked = re.search(r"<blockquote>(.*?)<mark>(.*?)</mark>", page, re.S)
    assert marked and html.unescape(marked.group(2)) == str(exact)
    assert marked.group(1).strip()  # the quote sits in its paragraph
    document = str(document_iri(SEED.stem, server.url))
    assert f'href="/{document[len(server.url):]}"' in page  # the source document
    assert 'href="https://history.state.gov/' in page  # its FRUS page


# -- the SPARQL endpoint ---------------------------------------------------
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


def test_select_answers_in_json_xml_csv_and_tsv(client: httpx.Client) -> None:
    query = "SELECT ?doc ?title WHERE { ?doc a dip:Document ; dcterms:title ?title }"
    answers = {}
    for media_type, fmt in (("application/sparql-results+json", ox.QueryResultsFormat.JSON),
                            ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
                            ("text/csv", ox.QueryResultsFormat.CSV),
                            ("text/tab-separated-values", ox.QueryResultsFormat.TSV)):
        response = sparql(client, query, media_type)
        assert response.status_code == 200
        assert response.headers["content-type"].split(";")[0] == media_type
        answers[media_type] = response
        if fmt != ox.QueryResultsFormat.CSV:  # CSV is lossy: pyoxigraph does not read it back
            assert len(list(ox.parse_query_results(response.content, fmt))) == 1  # a conforming document
    assert json.loads(answers["application/sparql-results+json"].content)["head"]["vars"] == ["doc", "title"]
    assert ElementTree.fromstring(answers["application/sparql-results+xml"].content).tag.endswith("sparql")
    assert next(csv.reader(io.StringIO(answers["text/csv"].text))) == ["doc", "title"]
    assert answers["text/tab-separated-values"].text.startswith("?doc\t?title\n")


def test_construct_and_describe_answer_in_rdf(server: Server, client: httpx.Client) -> None:
    actor = next(i for i in server.iris() if "/actor/" in i and i.count("/") == server.url.count("/") + 3)
    for query in ("CONSTRUCT WHERE { ?s a dip:Actor }", f"DESCRIBE <{actor}>"):
        for media_type, fmt in RDF_TYPES.items():
            response = sparql(client, query, media_type)
            assert response.status_code == 200, response.text
            graph = Graph()
            graph.parse(data=response.content, format=fmt)
            assert (URIRef(actor), None, None) in graph


def test_query_form_params_post_and_format_override(client: httpx.Client) -> None:
    query = "SELECT ?n WHERE { BIND(1 AS ?n) }"
    form = client.post("/sparql", data={"query": query}, headers={"Accept": "text/csv"})
    direct = client.post("/sparql", content=query, headers={"Content-Type": "application/sparql-query",
                                                            "Accept": "text/csv"})
    assert form.text == direct.text == "n\r\n1\r\n"
    override = client.get("/sparql", params={"query": query, "format": "tsv"}, headers={"Accept": "text/csv"})
    assert override.headers["content-type"].startswith("text/tab-separated-values")
    assert client.post("/sparql", content=query, headers={"Content-Type": "text/plain"}).status_code == 415


def test_bad_queries_get_400_with_the_parsers_message(client: httpx.Client) -> None:
    response = sparql(client, "SELEC * WHERE { ?s ?p ?o }")
    assert response.status_code == 400
    assert "syntax error" in response.text and "SELEC" in response.text
    engine = sparql(client, "SELECT ?x WHERE { BIND(1 AS ?x) BIND(2 AS ?x) }")  # parses, the engine refuses
    assert engine.status_code == 400 and "error" in engine.text.lower()
    assert client.get("/sparql", headers={"Accept": "application/sparql-results+json"}).status_code == 400
    dataset_param = {"query": "ASK {}", "default-graph-uri": "http://x/"}
    assert client.get("/sparql", params=dataset_param).status_code == 400
    dataset = sparql(client, "SELECT * FROM <http://127.0.0.1:9/g> WHERE { ?s ?p ?o }")
    assert dataset.status_code == 400 and "FROM" in dataset.text


# -- limits and safety -----------------------------------------------------
def test_updates_are_refused(server: Server, client: httpx.Client) -> None:
    insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    refused = [
        client.post("/sparql", data={"update": insert}),
        client.post("/sparql", content=insert, headers={"Content-Type": "application/sparql-update"}),
        sparql(client, insert),
        sparql(client, "LOAD <http://127.0.0.1:9/data.ttl>"),
        sparql(client, "DROP ALL"),
    ]
    for response in refused:
        assert response.status_code == 403, response.text
        assert "read-only" in response.text
    count = json.loads(sparql(client, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").content)
    assert int(count["results"]["bindings"][0]["n"]["value"]) == server.quads


def test_sparqlwrapper_update_is_refused(live: Server) -> None:
    endpoint = SPARQLWrapper(live.url + "sparql")
    endpoint.setQuery("INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }")
    endpoint.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as refusal:
        endpoint.query()
    refusal.value.close()  # the error holds the open response
    assert refusal.value.code == 403


def test_over_long_query_is_stopped_and_the_server_goes_on(server: Server, client: httpx.Client) -> None:
    before = server.workers()
    started = time.monotonic()
    response = sparql(client, EXPENSIVE)
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "time limit" in response.text
    assert TIME_LIMIT <= elapsed < TIME_LIMIT + 5
    gone = before - server.workers()
    assert gone, "the worker that ran the query must have been killed"
    assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
                   for pid in gone)
    for _ in range(4):  # both workers, the fresh one included, answer again
        assert sparql(client, "ASK { ?s ?p ?o }").status_code == 200


def test_result_cap(client: httpx.Client) -> None:
    response = sparql(client, "SELECT * WHERE { ?s ?p ?o }")
    assert response.status_code == 422
    assert f"more than {MAX_RESULTS} rows" in response.text
    assert sparql(client, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_RESULTS}").status_code == 200
    assert sparql(client, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle").status_code == 422


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        self._answer()

    def do_POST(self) -> None:  # noqa: N802
        self._answer()

    def _answer(self) -> None:
        type(self).hits.append(self.path)
        body = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that records every request it gets."""
    _Recorder.hits = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql", _Recorder.hits
    httpd.shutdown()
    thread.join()
    httpd.server_close()


def test_service_to_loopback_makes_no_request(
        client: httpx.Client, recorder) -> None:
    url, hits = recorder
    ox.Store().query(f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}")  # the engine alone would call it
    assert len(hits) == 1
    hits.clear()
    queries = [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ \\u0053ERVICE <{url}> {{ ?s ?q ?x }} }} }} LIMIT 1",
        f"ASK {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"LOAD <{url}>",
    ]
    for query in queries:
        response = sparql(client, query)
        assert response.status_code in (400, 403), (query, response.text)
    assert hits == []


def test_cors_headers_let_browser_clients_query(client: httpx.Client) -> None:
    origin = "https://historian.example.org"
    simple = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": origin})
    assert simple.headers["access-control-allow-origin"] == "*"
    preflight = client.options("/sparql", headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


def test_request_body_limit(client: httpx.Client) -> None:
    padding = "#" + "x" * (1024 * 1024) + "\nASK {}"
    response = client.post("/sparql", content=padding, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413
    chunks = (padding[i:i + 65536].encode() for i in range(0, len(padding), 65536))  # no Content-Length
    streamed = client.post("/sparql", content=chunks, headers={"Content-Type": "application/sparql-query"})
    assert streamed.status_code == 413


# -- the ontology, VoID, the dump ------------------------------------------
def test_ontology_at_its_namespace_document(client: httpx.Client) -> None:
    page = client.get("/ontology", headers={"Accept": "text/html"})
    assert page.status_code == 200 and 'id="Actor"' in page.text and "dip:Instruction" in page.text
    for media_type, fmt in RDF_TYPES.items():
        response = client.get("/ontology", headers={"Accept": media_type})
        assert response.headers["content-type"].startswith(media_type)
        graph = Graph()
        graph.parse(data=response.content, format=fmt)
        assert (DIP.Actor, RDF.type, OWL.Class) in graph
    context = client.get("/ontology/context.jsonld").json()
    assert context["@context"] == jsonld_context()


def test_void_describes_the_dataset_and_its_dump(server: Server, client: httpx.Client) -> None:
    response = client.get("/.well-known/void")
    assert response.headers["content-type"].startswith("text/turtle")
    void = Graph()
    void.parse(data=response.content, format="turtle")
    dataset = URIRef(server.url + ".well-known/void#dataset")
    assert void.value(dataset, VOID.triples) == Literal(server.quads)
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef(server.url + "sparql")
    assert void.value(dataset, DCTERMS.license) is not None
    assert int(void.value(dataset, VOID.classes)) > 5 and int(void.value(dataset, VOID.properties)) > 10
    assert int(void.value(dataset, VOID.documents)) == 1
    linksets = list(void.subjects(RDF.type, VOID.Linkset))
    assert any(str(void.value(s, VOID.objectsTarget)) == "https://history.state.gov/" for s in linksets)
    dump_url = str(void.value(dataset, VOID.dataDump))
    dump = client.get(dump_url)
    assert dump.status_code == 200 and dump.headers["content-type"] == "application/gzip"
    dataset_graph = Dataset()
    dataset_graph.parse(data=gzip.decompress(dump.content), format="nquads")
    assert sum(1 for _ in dataset_graph.quads()) == server.quads


# -- in a browser ----------------------------------------------------------
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
    page.locator(".source a").first.click()
    assert page.locator("h1").inner_text() == str(live.graph.value(document, DCTERMS.title))
    assert page.console_errors == []


def test_query_form_in_chromium(live: Server, page) -> None:
    page.goto(live.url + "sparql")
    assert page.locator("textarea#query").is_visible()
    page.locator("#examples a", has_text="approved-options").click()
    rows = page.locator("#results tbody tr")
    assert rows.count() == live.expected_rows["approved-options"]
    assert "Nixon" in page.locator("#results").inner_text()
    page.fill("textarea#query", "SELECT ?actor ?name WHERE { ?actor a dip:Person ; rdfs:label ?name }")
    page.click("button[type=submit]")
    persons = len(list(live.graph.subjects(RDF.type, DIP.Person)))
    assert page.locator("#results tbody tr").count() == persons > 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "serve-query-form.png"), full_page=True)
    page.fill("textarea#query", "SELEC nothing")
    page.click("button[type=submit]")
    assert "syntax error" in page.locator("#error").inner_text()
    assert all("400" in e for e in page.console_errors)  # only the refused query's status, no script errors


# -- in-process units ------------------------------------------------------
def test_negotiation_reads_q_values_and_specificity() -> None:
    offered = (HTML, *GRAPH_FORMATS)
    assert negotiate(None, offered) is HTML
    assert negotiate("*/*", offered) is HTML
    assert negotiate("text/html;q=0.5, text/turtle", offered).name == "turtle"
    assert negotiate("text/*;q=0.2, application/n-triples;q=0.3", offered).name == "ntriples"
    assert negotiate("text/*, text/html;q=0", offered).name == "turtle"  # the specific range wins
    assert negotiate("image/png", offered) is None
    assert by_name(["bogus", "nt"], GRAPH_FORMATS).name == "ntriples"


def test_answer_cache_keeps_recent_successes_within_its_bytes() -> None:
    cache = AnswerCache(max_bytes=800)
    cache.put("error", Reply(400, b"x"))
    assert cache.get("error") is None
    for key in "abcdefghij":
        cache.put(key, Reply(200, b"y" * 100))
    assert cache.get("a") is None and cache.get("j") is not None  # oldest evicted, 800 bytes kept
    cache.put("big", Reply(200, b"z" * 101))  # over an eighth of the cache: not kept
    assert cache.get("big") is None
    expired = AnswerCache(max_bytes=800, ttl=0.0)
    expired.put("k", Reply(200, b"v"))
    time.sleep(0.01)
    assert expired.get("k") is None
