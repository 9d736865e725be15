"""The SPARQL endpoint in process: formats, the form, errors, limits and what a query may not do."""
from __future__ import annotations

import csv
import http.server
import io
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pyoxigraph as ox
import pytest
from defusedxml import ElementTree
from rdflib import Graph, URIRef

from kg.server.cache import AnswerCache
from kg.server.worker import Reply

from .conftest import EXPENSIVE, MAX_RESULTS, RDF_TYPES, TIME_LIMIT, Server, sparql


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
    workers, asked = server.workers(), time.monotonic()
    repeated = sparql(client, EXPENSIVE)  # not run again for a while: it would hold a worker as long
    assert repeated.status_code == 503 and "not run again" in repeated.text
    assert time.monotonic() - asked < TIME_LIMIT and server.workers() == workers


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


def test_answer_cache_keeps_spilled_answers_within_their_own_disk_budget(tmp_path: Path) -> None:
    cache = AnswerCache(max_bytes=100, max_disk_bytes=8000)

    def spilled(name: str, size: int) -> Reply:
        path = tmp_path / name
        path.write_bytes(b"s" * size)
        return Reply(200, path=str(path))

    cache.put("memory", Reply(200, b"m" * 10))
    for n in range(10):
        cache.put(f"file{n}", spilled(f"answer{n}", 1000))  # ten files of 1000 bytes: 8000 kept
    assert cache.get("memory") is not None  # files never push memory answers out, nor the reverse
    assert cache.get("file0") is None and cache.get("file1") is None
    kept = cache.get("file9")
    assert kept is not None and kept.path and Path(kept.path).read_bytes() == b"s" * 1000
    cache.put("too big", spilled("big", 1001))  # over an eighth of the disk budget
    assert cache.get("too big") is None
    assert kept.path != str(tmp_path / "answer9")  # the cache and each reader hold links of their own
    cache.clear()
    assert sorted(p.name for p in tmp_path.iterdir() if "." in p.name) == [Path(kept.path).name]
