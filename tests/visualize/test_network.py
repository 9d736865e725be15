"""The actor network: corpus entities as nodes, weighted who-to-whom edges, citations between
documents in every format (read back by independent readers), and the viewer on it."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset

from kg import KgError, export, project
from kg.store import open_store

DATA = Path(__file__).resolve().parents[1] / "data" / "network" / "three-documents.trig"
DOC = "http://example.org/doc/frus1894Nicaragua-"
GRESHAM, BAKER = "http://example.org/entity/person/gresham", "http://example.org/entity/person/baker"
CITATION = (f"{DOC}d36", f"{DOC}d35", "references")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Three documents whose actors are linked to corpus entities as the resolution stage links them."""
    dataset = Dataset()
    dataset.parse(DATA, format="trig")
    built = open_store(tmp_path_factory.mktemp("network") / "store")
    for graph in dataset.graphs():
        if len(graph):
            built.replace_graph(graph)
    return built


@pytest.fixture(scope="module")
def network(store) -> nx.MultiDiGraph:
    return project(store, view="actors")


def exported(store, fmt: str, **options) -> bytes:
    buf = io.BytesIO()
    export(store, fmt, buf, **options)
    return buf.getvalue()


def relations(graph: nx.MultiDiGraph) -> Counter:
    return Counter((u, v, r) for u, v, r in graph.edges(data="relation"))


def actors_by_label(graph: nx.MultiDiGraph) -> dict[str, str]:
    return {d["label"]: n for n, d in graph.nodes(data=True) if d["kind"] == "actor"}


# -- the projection -------------------------------------------------------------------


def test_two_documents_sharing_an_entity_give_one_node(network):
    actors = actors_by_label(network)
    assert sorted(actors) == ["Braida", "Lewis Baker", "Madriz", "Walter Q. Gresham"]
    assert actors["Walter Q. Gresham"] == GRESHAM and actors["Lewis Baker"] == BAKER
    assert network.nodes[GRESHAM]["documentCount"] == 2
    assert network.nodes[GRESHAM]["date"] == "1894-03-03"  # its first document
    # an actor without an entity link stands for itself
    assert actors["Madriz"] == f"{DOC}d36/actor/madriz"
    assert {d["kind"] for _, d in network.nodes(data=True)} == {"actor", "document"}


def test_edges_are_weighted_and_carry_their_evidence(network):
    edges = {(u, v, d["relation"]): d for u, v, d in network.edges(data=True)}
    instructed = edges[(GRESHAM, BAKER, "instructed")]
    assert instructed["weight"] == 2
    assert instructed["documents"] == "frus1894Nicaragua-d35 frus1894Nicaragua-d36"
    assert instructed["evidence"].split("\n") == ["You will use your good offices", "Report by telegraph"]
    approved = edges[(GRESHAM, BAKER, "approved-proposal")]  # Gresham approved Baker's proposal
    assert approved["weight"] == 1 and approved["evidence"] == "Your course is approved"
    assert edges[CITATION] and network.nodes[f"{DOC}d36"]["kind"] == "document"


def test_components_join_documents_through_shared_actors(network):
    parts = sorted(nx.weakly_connected_components(network), key=len, reverse=True)
    documents = lambda part: {n for n in part if network.nodes[n]["kind"] == "document"}  # noqa: E731
    assert documents(parts[0]) == {f"{DOC}d35", f"{DOC}d36"}
    assert documents(parts[1]) == {f"{DOC}d40"}  # Braida's letter shares no entity


def test_item_graph_keeps_one_actor_per_document_and_gains_citations(store):
    items = project(store, view="items")
    greshams = [n for n, d in items.nodes(data=True) if d["kind"] == "actor" and "Gresham" in d["label"]]
    assert len(greshams) == 2
    assert relations(items)[CITATION] == 1


def test_auto_view_draws_actors_for_more_than_one_document(store):
    assert project(store, view="auto").graph["view"] == "actors"
    assert project(store, view="auto", documents=["frus1894Nicaragua-d36"]).graph["view"] == "items"
    assert project(store, view="auto", since="1894-04").graph["view"] == "items"


def test_filters_on_the_actor_network(store):
    later = project(store, view="actors", since="1894-03-10")
    edges = {(u, v, d["relation"]): d for u, v, d in later.edges(data=True)}
    assert edges[(GRESHAM, BAKER, "instructed")]["weight"] == 1  # only d36's instruction
    assert f"{DOC}d35" not in later and CITATION not in relations(later)  # d35 is out of range
    madriz = project(store, view="actors", actors=["madriz"])
    assert {d["label"] for _, d in madriz.nodes(data=True)} == {"Madriz", "frus1894Nicaragua-d36"}
    actors_only = project(store, view="actors", kinds=["actor"])
    assert {d["kind"] for _, d in actors_only.nodes(data=True)} == {"actor"}
    with pytest.raises(KgError, match="only actor and document nodes"):
        project(store, view="actors", kinds=["option"])
    with pytest.raises(KgError, match="unknown view"):
        project(store, view="people")


# -- every format, read back by another reader -------------------------------------------


def test_default_views_of_the_formats(store):
    graphml = nx.read_graphml(io.BytesIO(exported(store, "graphml")), force_multigraph=True)
    assert graphml.graph["view"] == "actors" and GRESHAM in graphml
    cyjs = json.loads(exported(store, "cytoscape"))
    assert cyjs["data"]["view"] == "items"  # the item graph unless asked
    assert json.loads(exported(store, "cytoscape", view="actors"))["data"]["view"] == "actors"


@pytest.mark.parametrize("view", ["actors", "items"])
def test_graphml_and_gexf_read_back_by_networkx(store, view):
    graph = project(store, view=view)
    for fmt, read in (("graphml", lambda b: nx.read_graphml(b, force_multigraph=True)),
                      ("gexf", lambda b: nx.read_gexf(b, version="1.3"))):
        back = read(io.BytesIO(exported(store, fmt, view=view)))
        assert Counter((u, v, d["relation"]) for u, v, d in back.edges(data=True)) == relations(graph), fmt
        assert relations(back)[CITATION] == 1
    if view == "actors":
        weights = {(u, v, d["relation"]): d.get("weight") for u, v, d in back.edges(data=True)}
        assert weights[(GRESHAM, BAKER, "instructed")] == 2
        starts = {(u, v, d["relation"]): d.get("start") for u, v, d in back.edges(data=True)}
        assert starts[(GRESHAM, BAKER, "approved-proposal")] == "1894-03-20"  # Gephi's timeline


CYTOSCAPE_EDGE_SCHEMA = {
    "type": "object", "required": ["data"],
    "properties": {"data": {
        "type": "object", "required": ["id", "source", "target", "interaction", "relation"],
        "properties": {"weight": {"type": "integer", "minimum": 1}},
        "additionalProperties": {"type": ["string", "number"]}}}}


@pytest.mark.parametrize("view", ["actors", "items"])
def test_cytoscape_json_has_the_citations_and_weights(store, view):
    import jsonschema

    doc = json.loads(exported(store, "cytoscape", view=view))
    edges = doc["elements"]["edges"]
    for edge in edges:
        jsonschema.validate(edge, CYTOSCAPE_EDGE_SCHEMA)
    found = Counter((e["data"]["source"], e["data"]["target"], e["data"]["relation"]) for e in edges)
    assert found == relations(project(store, view=view)) and found[CITATION] == 1


@pytest.mark.skipif(not shutil.which("dot"), reason="no Graphviz here (.ci/run installs it)")
@pytest.mark.parametrize("view", ["actors", "items"])
def test_dot_read_back_by_graphviz_has_the_citations(store, view, tmp_path):
    source = tmp_path / "graph.dot"
    source.write_bytes(exported(store, "dot", view=view))
    laid_out = json.loads(subprocess.run(["dot", "-Tjson0", str(source)], capture_output=True,
                                         check=True).stdout)
    names = [o["name"] for o in laid_out["objects"]]
    found = Counter((names[e["tail"]], names[e["head"]], e["relation"]) for e in laid_out["edges"])
    assert found == relations(project(store, view=view)) and found[CITATION] == 1


@pytest.mark.parametrize("view", ["actors", "items"])
def test_neo4j_csv_has_the_citations_and_weights(store, view):
    with zipfile.ZipFile(io.BytesIO(exported(store, "csv", view=view))) as archive:
        rels = list(csv.DictReader(io.StringIO(archive.read("relationships.csv").decode("utf-8"))))
    found = Counter((r[":START_ID"], r[":END_ID"], r[":TYPE"]) for r in rels)
    assert found[(*CITATION[:2], "REFERENCES")] == 1
    assert len(rels) == project(store, view=view).number_of_edges()
    if view == "actors":
        row = next(r for r in rels if r[":TYPE"] == "INSTRUCTED")
        assert row["weight:int"] == "2" and row["documents"].split() == ["frus1894Nicaragua-d35",
                                                                          "frus1894Nicaragua-d36"]


def test_project_is_the_function_whichever_module_loads_first() -> None:
    """A writer loaded first must not leave ``kg.visualize.project`` naming a submodule."""
    import subprocess
    import sys

    code = "import kg.visualize as v, kg.visualize.writers; assert callable(v.project), v.project"
    subprocess.run([sys.executable, "-c", code], check=True)
