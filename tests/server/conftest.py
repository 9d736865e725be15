"""Fixtures of the server tests: the seed built once, served in this process and once on uvicorn."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Namespace, URIRef
from starlette.testclient import TestClient

from kg.build import build
from kg.extract import Extractor
from kg.queries import run_query
from kg.resources import query_names
from kg.server import create_app
from kg.store import open_store

from ..conftest import SEED

VOID = Namespace("http://rdfs.org/ns/void#")
OA = Namespace("http://www.w3.org/ns/oa#")
TIME_LIMIT = 1.0
#: The real server only serves clients' ordinary queries: a loaded test machine must not stop them.
LIVE_TIME_LIMIT = 30.0
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


@pytest.fixture(scope="session")
def app_client(tmp_path_factory, extractor) -> Iterator[tuple[Server, TestClient]]:
    """The app in this process (Starlette's TestClient runs its lifespan: the worker pool starts)."""
    url = "http://kg.test/"
    server = seed_store(tmp_path_factory.mktemp("serve"), url, extractor)
    app = create_app(server.store, base=url, query_timeout=TIME_LIMIT, max_results=MAX_RESULTS, workers=2)
    server.pids = app.state.site.pool.pids
    with TestClient(app, base_url=url.rstrip("/"), follow_redirects=False) as http:
        yield server, http


@pytest.fixture(scope="session")
def server(app_client: tuple[Server, TestClient]) -> Server:
    return app_client[0]


@pytest.fixture
def client(app_client: tuple[Server, TestClient]) -> httpx.Client:
    return app_client[1]


@pytest.fixture(scope="session")
def live(tmp_path_factory, extractor) -> Iterator[Server]:
    """The one real server: ``kg serve`` on uvicorn as the README starts it, for clients needing a socket."""
    port = free_port()
    folder = tmp_path_factory.mktemp("live")
    server = seed_store(folder, f"http://127.0.0.1:{port}/", extractor)
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(
        [*kg_command(), "serve", "--store", str(server.store), "--port", str(port), "--base", server.url,
         "--query-timeout", str(LIVE_TIME_LIMIT), "--max-results", str(MAX_RESULTS), "--workers", "2"],
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



def sparql(client: httpx.Client, query: str, accept: str = "application/sparql-results+json"
           ) -> httpx.Response:
    return client.get("/sparql", params={"query": query}, headers={"Accept": accept})
