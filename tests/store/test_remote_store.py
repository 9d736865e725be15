"""The remote store against real SPARQL servers on loopback, compared with the embedded store.

Each server kind (Oxigraph server from PyPI, Debian's Virtuoso where
installed) gets the same build as the session's embedded ``seed_store``; the
two must hold isomorphic graphs and answer every query alike.
"""
from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.build import build
from kg.cli import main
from kg.errors import KgError
from kg.resources import data_dir, load_query
from kg.store import RemoteStore, Store, StoreError
from tests.support.servers import SERVERS, LocalServer, free_port

from ..conftest import DOCUMENTS, SEED

ALL_QUERIES = sorted(str(p.relative_to(data_dir("queries")).with_suffix(""))
                     for p in data_dir("queries").rglob("*.rq"))


def start_server(kind: str, folder: Path) -> LocalServer:
    server_class = SERVERS[kind]
    if not server_class.available():
        pytest.skip(f"{kind} is not installed (the test extras bring oxigraph, .ci/run Virtuoso)")
    return server_class(folder).start()


@pytest.fixture(scope="module", params=sorted(SERVERS))
def server(request, tmp_path_factory):
    """One running server per kind for the whole module."""
    running = start_server(request.param, tmp_path_factory.mktemp(request.param))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def remote(server, extractor):
    """The seed and the fixture documents built into the server, as ``seed_store`` is built."""
    store = server.open()
    summary = build([SEED, DOCUMENTS], store, extractor=extractor)
    assert not summary.failures
    yield store
    store.close()


@pytest.fixture(params=sorted(SERVERS))
def fresh_server(request, tmp_path):
    """A server of its own that a test may stop or kill."""
    running = start_server(request.param, tmp_path / request.param)
    yield running
    running.stop()


def sorted_rows(store: Store, query: str, exact: bool = True) -> tuple[list[str], list[list]]:
    """Columns and rows in a canonical order, terms in N-Triples form, blank nodes alike.

    Not ``exact``: plain values, GROUP_CONCAT order and empty-vs-unbound aside.
    """
    solutions = store.raw_query(load_query(query))
    assert isinstance(solutions, ox.QuerySolutions)
    columns = [v.value for v in solutions.variables]
    rows = [[canonical(solution[c], exact) for c in columns] for solution in solutions]
    return columns, sorted(rows, key=repr)


def canonical(term: object, exact: bool) -> object:
    if isinstance(term, ox.BlankNode):
        return "_:"
    if exact:
        return None if term is None else str(term)
    return concatenated_parts(None if term is None else term.value)  # type: ignore[attr-defined]


def concatenated_parts(value: str | None) -> tuple[str, ...]:
    """A GROUP_CONCAT value as the sorted set of its parts (SPARQL leaves their order open), whichever
    separator the query names (", ", " | ") or the default (U+001F)."""
    return tuple(sorted(set(re.split(", | \\| |\u001f", value or ""))))


def assert_same_dataset(store: Store, reference: Store) -> None:
    """Same graph names, every graph isomorphic, and so the same number of quads."""
    assert store.graph_names() == reference.graph_names()
    for name in reference.graph_names():
        assert isomorphic(store.graph(name), reference.graph(name)), name
    assert len(store) == len(reference)


# -- the same data -------------------------------------------------------------
def test_server_holds_the_embedded_graphs(remote, seed_store):
    assert_same_dataset(remote, seed_store[0])


@pytest.mark.parametrize("query", ALL_QUERIES)
def test_every_query_gives_the_embedded_rows(server, remote, seed_store, query):
    """Exactly on Oxigraph; on Virtuoso up to what SPARQL leaves open or Oxigraph reads otherwise.

    Virtuoso concatenates GROUP_CONCAT parts in another order, gives "" (as
    the standard says) where Oxigraph leaves an empty GROUP_CONCAT unbound, and
    its union default graph includes its own graphs.
    """
    if server.name == "virtuoso" and query.startswith("serve/"):
        pytest.skip("Virtuoso's default graph holds its own graphs too, "
                    "which these scans of every triple count")
    if "CONSTRUCT" in load_query(query):
        assert isomorphic(constructed(remote, query), constructed(seed_store[0], query))
        return
    exact = server.name != "virtuoso"
    assert sorted_rows(remote, query, exact) == sorted_rows(seed_store[0], query, exact)


def constructed(store: Store, query: str) -> Graph:
    triples = store.raw_query(load_query(query))
    assert isinstance(triples, ox.QueryTriples)
    return Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")


def test_raw_query_returns_pyoxigraph_results(remote):
    assert isinstance(remote.raw_query("SELECT ?s WHERE { ?s a dip:Document }"), ox.QuerySolutions)
    assert bool(remote.raw_query("ASK { ?s a dip:Document }")) is True
    triples = remote.raw_query("CONSTRUCT { ?s a dip:Document } WHERE { ?s a dip:Document }")
    assert isinstance(triples, ox.QueryTriples)
    assert len(list(triples)) == 4


@pytest.mark.parametrize("fmt", ["nquads", "trig", "ntriples", "turtle"])
def test_dump_matches_the_embedded_dump(remote, seed_store, fmt):
    dumped, reference = dumped_graphs(remote, fmt), dumped_graphs(seed_store[0], fmt)
    assert dumped.keys() == reference.keys()
    for name, graph in reference.items():
        assert isomorphic(dumped[name], graph), name


def dumped_graphs(store: Store, fmt: str) -> dict[str, Graph]:
    """A dump read back with rdflib: graph name -> graph (the union in the default graph)."""
    buf = io.BytesIO()
    store.dump(buf, fmt)
    dataset = Dataset()
    dataset.parse(data=buf.getvalue(), format={"ntriples": "nt"}.get(fmt, fmt))
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def test_rebuild_never_duplicates(remote, extractor):
    names, size = remote.graph_names(), len(remote)
    again = build([SEED, DOCUMENTS], remote, extractor=extractor, validate=False, force=True)
    assert again.documents == 4 and not again.failures
    assert (remote.graph_names(), len(remote)) == (names, size)


# -- the command line ------------------------------------------------------------
def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_cli_reads_the_server(server, remote, seed_store, tmp_path):
    result = run("validate", "--store", server.url)
    assert result.exit_code == 0, result.output
    assert "0 with violations" in result.output
    result = run("query", "approved-options", "--store", server.url, "--format", "json")
    assert result.exit_code == 0, result.output
    expected = seed_store[0].select(load_query("approved-options")).dicts()
    assert sorted(map(json.dumps, json.loads(result.output))) == sorted(map(json.dumps, expected))
    out = tmp_path / "all.nq"
    result = run("export", "--format", "nquads", "--store", server.url, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))) == len(seed_store[0])


# -- failures ---------------------------------------------------------------------
def assert_one_line_naming(message: str, url: str) -> None:
    assert "\n" not in message.strip()
    assert url.split("/")[2] in message  # host:port


def test_stopped_server_is_one_line_error(fresh_server):
    url = fresh_server.url
    fresh_server.stop()
    with fresh_server.open() as store, pytest.raises(StoreError) as caught:
        len(store)
    assert_one_line_naming(str(caught.value), url)
    result = run("query", "documents", "--store", url)
    assert result.exit_code == 1
    assert_one_line_naming(result.output, url)


def test_failed_request_leaves_no_query_answer_in_its_traceback():
    """pyoxigraph's answers must die on the thread that made them.

    One left in a frame of the error's traceback dies wherever the garbage
    collector next runs (a server's event loop thread, say), where pyo3 refuses
    to drop it.
    """
    store = RemoteStore(f"http://127.0.0.1:{free_port()}/query")
    with pytest.raises(StoreError) as caught:
        len(store)
    frames = [tb.tb_frame for tb in traceback_entries(caught.tb)]
    held = [name for frame in frames for name, value in frame.f_locals.items()
            if isinstance(value, ox.QuerySolutions | ox.QueryTriples)]
    assert len(frames) > 3 and held == []


def traceback_entries(tb: TracebackType | None) -> Iterator[TracebackType]:
    while tb is not None:
        yield tb
        tb = tb.tb_next


def test_server_killed_mid_build_then_rebuilt(fresh_server, seed_store, extractor, monkeypatch):
    store = fresh_server.open()
    writes = []
    write = store.replace_graph

    def write_then_crash(graph):
        write(graph)
        writes.append(graph.identifier)
        if len(writes) == 2:  # the ontology and the first document are in
            fresh_server.kill()

    monkeypatch.setattr(store, "replace_graph", write_then_crash)
    try:
        summary = build([SEED, DOCUMENTS], store, extractor=extractor)
        messages = summary.failures
    except KgError as exc:
        messages = [str(exc)]
    assert messages
    for message in messages:
        assert_one_line_naming(message, fresh_server.url)
    store.close()

    fresh_server.start()
    with fresh_server.open() as again:
        summary = build([SEED, DOCUMENTS], again, extractor=extractor)
        assert not summary.failures
        assert summary.documents + summary.skipped == 4
        assert_same_dataset(again, seed_store[0])


def test_read_only_server_store_refuses_writes(remote):
    with RemoteStore(remote.query_url, remote.update_url, remote.gsp_url, read_only=True) as store, \
            pytest.raises(StoreError, match="read-only"):
        store.replace_graph(store.graph(store.graph_names()[0]))


def test_without_graph_store_endpoint_graphs_go_by_sparql_update(remote, seed_store):
    with RemoteStore(remote.query_url, remote.update_url, gsp_url=None) as store:
        for name in store.graph_names()[:2]:
            store.replace_graph(seed_store[0].graph(name))
            store.replace_graph(seed_store[0].graph(name))
    assert_same_dataset(remote, seed_store[0])
