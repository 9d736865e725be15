"""The persistent store: rebuilds replace a document's graph, nothing is duplicated."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.errors import KgError
from kg.store import EmbeddedStore, RemoteStore, StoreError, open_store
from kg.store.remote import with_prefixes
from kg.validate import ontology_graph

from ..conftest import SEED


def test_rebuild_replaces_named_graph(tmp_path, extractor):
    store = open_store(tmp_path / "s")
    build([SEED], store, extractor=extractor, validate=False)
    names, size = store.graph_names(), len(store)
    build([SEED], store, extractor=extractor, validate=False)
    assert store.graph_names() == names
    assert len(store) == size


def test_store_persists_on_disk(tmp_path, extractor):
    store = open_store(tmp_path / "s")
    build([SEED], store, extractor=extractor, validate=False)
    size = len(store)
    store.close()
    again = open_store(tmp_path / "s", read_only=True)
    assert len(again) == size


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(KgError, match="no store here"):
        open_store(tmp_path / "missing", read_only=True)


def test_open_store_chooses_the_implementation_from_the_location(tmp_path):
    assert isinstance(open_store(tmp_path / "s"), EmbeddedStore)
    oxigraph = open_store("http://127.0.0.1:7878")
    assert isinstance(oxigraph, RemoteStore)
    assert (oxigraph.query_url, oxigraph.update_url, oxigraph.gsp_url) == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")
    endpoint = open_store("https://example.org/sparql", gsp_url="https://example.org/sparql-graph-crud")
    assert (endpoint.query_url, endpoint.update_url, endpoint.gsp_url) == (
        "https://example.org/sparql", "https://example.org/sparql", "https://example.org/sparql-graph-crud")


def test_endpoint_options_need_a_server_url(tmp_path):
    with pytest.raises(KgError, match="server URL"):
        open_store(tmp_path / "s", gsp_url="http://127.0.0.1:7878/store")


def test_read_only_store_refuses_writes(tmp_path):
    open_store(tmp_path / "s").close()
    with open_store(tmp_path / "s", read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.replace_graph(ontology_graph())


def test_queries_sent_to_a_server_declare_the_kg_prefixes():
    sparql = ("PREFIX dip: <https://w3id.org/kg/diplomacy#>\n"
              "SELECT ?x WHERE { ?x a dip:Document ; rdfs:label ?l }")
    sent = with_prefixes(sparql)
    assert sent.endswith(sparql)
    assert "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>" in sent
    assert sent.count("PREFIX dip:") == 1


def test_read_only_open_waits_out_a_compaction(tmp_path, monkeypatch):
    """A file the manifest lists but a writer's compaction just removed: the open is tried again."""
    open_store(tmp_path / "s").close()
    real, calls = ox.Store.read_only, []

    def compacting(path: str) -> ox.Store:
        calls.append(path)
        if len(calls) < 3:
            raise RuntimeError(f"IO error: No such file or directory: While open a file: {path}/000036.sst")
        return real(path)

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(compacting))
    with open_store(tmp_path / "s", read_only=True) as store:
        assert len(store) == 0
    assert len(calls) == 3


def test_read_only_open_gives_up_on_other_errors(tmp_path, monkeypatch):
    open_store(tmp_path / "s").close()
    calls = []

    def corrupt(path: str) -> ox.Store:
        calls.append(path)
        raise RuntimeError("Corruption: bad block")

    monkeypatch.setattr(ox.Store, "read_only", staticmethod(corrupt))
    with pytest.raises(StoreError, match="cannot open store") as caught:
        open_store(tmp_path / "s", read_only=True)
    assert "\n" not in str(caught.value)
    assert len(calls) == 1
