"""Visualization: the networkx projection, its filters, each graph format read back by an
independent reader, and the HTML viewer driven in headless Chromium."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pytest
from click.testing import CliRunner

from kg import KgError, export, project, run_query
from kg.cli import main
from kg.export import format_names
from kg.store import open_store
from kg.visualize import DOCUMENT_RELATIONS, FORCE_LAYOUT_MAX, NODE_KINDS, RELATIONS, layout_positions

from ..conftest import SCREENSHOTS

SEED_ID = "frus1969-76v09-d145"
GRAPH_FORMATS = {"csv", "cytoscape", "dot", "gexf", "graphml", "html"}


@pytest.fixture(scope="module")
def graph(seed_store):
    return project(seed_store[0])


def exported(store, fmt: str, **filters) -> bytes:
    buf = io.BytesIO()
    export(store, fmt, buf, **filters)
    return buf.getvalue()


def node_attrs(graph: nx.MultiDiGraph) -> dict[str, dict]:
    return {n: dict(d) for n, d in graph.nodes(data=True)}


def edge_set(graph: nx.MultiDiGraph) -> Counter:
    return Counter((u, v, r) for u, v, r in graph.edges(data="relation"))


# -- the projection -------------------------------------------------------------


def test_graph_formats_are_registered() -> None:
    assert set(format_names(graph_format=True)) == GRAPH_FORMATS


def test_projection_has_a_node_per_document_actor_and_item(seed_store, graph):
    _, summary = seed_store
    kinds = Counter(kind for _, kind in graph.nodes(data="kind"))
    assert kinds["document"] == summary.documents
    for kind in NODE_KINDS[1:]:
        assert kinds[kind] == summary.counts[f"{kind}s"], kind
    for node, data in graph.nodes(data=True):
        assert node.startswith("http") and data["label"] and data["document"] in graph
        assert all(isinstance(v, (str, int, float)) for v in data.values())
        if data["kind"] not in {"document", "actor"}:
            assert data["evidence"] and 0 <= data["confidence"] <= 1
    assert {r for _, _, r in graph.edges(data="relation")} <= set(RELATIONS)
    seed = graph.nodes[next(n for n, d in graph.nodes(data=True) if d.get("documentId") == SEED_ID)]
    assert seed["url"].startswith("https://history.state.gov/")


def test_projection_edges_say_what_the_queries_say(seed_store, graph):
    store, _ = seed_store
    for row in run_query(store, "approved-options").dicts():
        edges = graph.out_edges(row["decision"], data="relation")
        linked = [(r, graph.nodes[v]["label"]) for _, v, r in edges]
        assert ("approved", row["option"]) in linked
        assert [label for r, label in linked if r == "decided-by"] == [row["approver"]]
    instructions = run_query(store, "instructions").dicts()
    issued = [e for e in graph.edges(data="relation") if e[2] == "issued-by"]
    assert len(issued) == len(instructions)


def test_filter_by_document_accepts_iri_or_identifier(graph, seed_store):
    store, _ = seed_store
    by_id = project(store, documents=[SEED_ID])
    iri = next(n for n, d in graph.nodes(data=True) if d.get("documentId") == SEED_ID)
    assert set(project(store, documents=[iri])) == set(by_id)
    assert {d["documentId"] for _, d in by_id.nodes(data=True)} == {SEED_ID}
    assert 0 < len(by_id) < len(graph)


def test_filter_by_actor_keeps_its_items_and_their_neighbours(seed_store, graph):
    store, _ = seed_store
    sub = project(store, actors=["NIXON"])
    nixons = [n for n, d in graph.nodes(data=True)
              if d["kind"] == "actor" and "nixon" in d["label"].lower()]
    assert nixons and set(nixons) <= set(sub)
    for nixon in nixons:
        for item, _, relation in graph.in_edges(nixon, data="relation"):
            if relation not in DOCUMENT_RELATIONS:
                assert item in sub, relation  # what Nixon issued or decided
                for _, neighbour, r in graph.out_edges(item, data="relation"):
                    assert neighbour in sub, r  # its addressees, options, document
    assert len(sub) < len(graph)
    assert {d["kind"] for _, d in sub.nodes(data=True)} >= {"actor", "instruction", "document"}


def test_filter_by_kind_and_date(seed_store):
    store, _ = seed_store
    people = project(store, kinds=["actor", "documents"])
    assert {d["kind"] for _, d in people.nodes(data=True)} == {"actor", "document"}
    assert {r for _, _, r in people.edges(data="relation")} == {"mentions"}
    in_1918 = project(store, since="1918", until="1918-12")
    assert {d["documentId"] for _, d in in_1918.nodes(data=True)} == {"frus1918Russiav03-d224"}
    assert all(d["date"].startswith("1918") for _, d in in_1918.nodes(data=True))
    later = project(store, since="1918-11-03")
    assert "frus1918Russiav03-d224" not in {d["documentId"] for _, d in later.nodes(data=True)}


@pytest.mark.parametrize("filters, message", [
    ({"actors": ["Nobody At All"]}, "no node matches the filters (actor Nobody At All)"),
    ({"since": "2001-01-01"}, "no node matches the filters (since 2001-01-01)"),
    ({"documents": ["frus-missing"], "kinds": ["option"]}, "no node matches"),
    ({"kinds": ["treaty"]}, "unknown kind treaty"),
    ({"since": "1918-13"}, "not a valid date"),
    ({"until": "last week"}, "not an ISO date"),
])
def test_bad_or_empty_filters_raise_a_clear_error(seed_store, filters, message):
    with pytest.raises(KgError, match=message.replace("(", r"\(").replace(")", r"\)")):
        project(seed_store[0], **filters)


@pytest.mark.parametrize("fmt", sorted(GRAPH_FORMATS))
def test_nothing_to_draw_writes_no_file(seed_store, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    with pytest.raises(KgError, match="nothing to export"):
        export(seed_store[0], fmt, target, actors=["Nobody At All"])
    assert not list(tmp_path.iterdir())


def test_empty_store_says_so(tmp_path):
    with pytest.raises(KgError, match="no documents"):
        project(open_store(tmp_path / "empty"))


def test_layout_places_every_node_of_small_and_large_components() -> None:
    graph = nx.MultiDiGraph()
    for leaf in range(FORCE_LAYOUT_MAX + 50):  # one component too big for the force layout
        graph.add_edge("hub", f"leaf{leaf}", key=f"h{leaf}", relation="mentions")
    for doc in range(30):
        graph.add_edge(f"doc{doc}", f"actor{doc}", key=f"d{doc}", relation="mentions")
    graph.add_node("alone")
    positions = layout_positions(graph)
    assert set(positions) == set(graph)
    assert len(set(positions.values())) == len(graph)
    assert layout_positions(nx.MultiDiGraph()) == {}


# -- every format, read back by another reader ------------------------------------


def test_graphml_read_back_by_networkx(seed_store, graph):
    data = exported(seed_store[0], "graphml", view="items")
    back = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    assert node_attrs(back) == node_attrs(graph)
    assert edge_set(back) == edge_set(graph)


def test_gexf_1_3_read_back_by_networkx_with_dates_as_time(seed_store, graph):
    data = exported(seed_store[0], "gexf", view="items")
    root = ElementTree.fromstring(data)
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    graph_element = root.find("{http://gexf.net/1.3}graph")
    assert graph_element.get("mode") == "dynamic" and graph_element.get("timeformat") == "date"
    back = nx.read_gexf(io.BytesIO(data), version="1.3")
    assert len(back) == len(graph) and back.number_of_edges() == graph.number_of_edges()
    for node, attrs in back.nodes(data=True):
        attrs.pop("viz")
        start = attrs.pop("start", None)
        assert attrs == graph.nodes[node]
        if graph.nodes[node].get("date"):
            assert start == graph.nodes[node]["date"][:10]
    assert Counter((u, v, d["relation"]) for u, v, d in back.edges(data=True)) == edge_set(graph)


CYTOSCAPE_SCHEMA = {
    "type": "object",
    "required": ["elements"],
    "properties": {
        "data": {"type": "object"},
        "elements": {
            "type": "object", "required": ["nodes", "edges"], "additionalProperties": False,
            "properties": {
                "nodes": {"type": "array", "items": {
                    "type": "object", "required": ["data"],
                    "properties": {"data": {
                        "type": "object", "required": ["id", "name", "label", "kind"],
                        "properties": {"id": {"type": "string"}, "kind": {"enum": list(NODE_KINDS)}},
                        "additionalProperties": {"type": ["string", "number"]}}}}},
                "edges": {"type": "array", "items": {
                    "type": "object", "required": ["data"],
                    "properties": {"data": {
                        "type": "object",
                        "required": ["id", "source", "target", "interaction", "relation"],
                        "properties": {"relation": {"enum": list(RELATIONS)}},
                        "additionalProperties": {"type": "string"}}}}},
            },
        },
    },
}


def test_cytoscape_json_matches_the_schema_and_the_graph(seed_store, graph):
    import jsonschema

    doc = json.loads(exported(seed_store[0], "cytoscape"))
    jsonschema.validate(doc, CYTOSCAPE_SCHEMA)
    nodes = {n["data"]["id"]: n["data"] for n in doc["elements"]["nodes"]}
    assert {n: {k: v for k, v in d.items() if k not in {"id", "name"}} for n, d in nodes.items()} \
        == node_attrs(graph)
    edges = [e["data"] for e in doc["elements"]["edges"]]
    assert len({e["id"] for e in edges}) == len(edges)
    assert Counter((e["source"], e["target"], e["relation"]) for e in edges) == edge_set(graph)


@pytest.mark.skipif(not shutil.which("dot"), reason="no Graphviz here (.ci/run installs it)")
def test_dot_read_back_by_graphviz(seed_store, graph, tmp_path):
    source = tmp_path / "graph.dot"
    source.write_bytes(exported(seed_store[0], "dot", documents=[SEED_ID]))
    sub = project(seed_store[0], documents=[SEED_ID])
    svg = subprocess.run(["dot", "-Tsvg", str(source)], capture_output=True, check=True)
    assert svg.stdout.count(b'class="node"') == len(sub) and not svg.stderr
    laid_out = json.loads(subprocess.run(["dot", "-Tjson0", str(source)], capture_output=True,
                                         check=True).stdout)
    objects = laid_out["objects"]
    names = [o["name"].replace("\\\\", "\\") for o in objects]
    assert sorted(names) == sorted(sub)
    for name, obj in zip(names, objects, strict=True):
        for key, value in sub.nodes[name].items():  # the full label sits in "fulllabel"
            got = obj["fulllabel" if key == "label" else key]
            assert got.replace("\\\\", "\\") == str(value), key
    edges = laid_out["edges"]
    assert Counter((names[e["tail"]], names[e["head"]], e["relation"]) for e in edges) \
        == edge_set(sub)


def test_neo4j_csv_has_the_import_headers(seed_store, graph, tmp_path):
    with zipfile.ZipFile(io.BytesIO(exported(seed_store[0], "csv"))) as archive:
        assert sorted(archive.namelist()) == ["nodes.csv", "relationships.csv"]
        nodes = list(csv.DictReader(io.StringIO(archive.read("nodes.csv").decode("utf-8"))))
        rels = list(csv.DictReader(io.StringIO(archive.read("relationships.csv").decode("utf-8"))))
    assert {"id:ID", ":LABEL", "confidence:float"} <= nodes[0].keys()
    assert list(rels[0])[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {n["id:ID"] for n in nodes} == set(graph)
    for row in nodes:
        data = graph.nodes[row["id:ID"]]
        assert row[":LABEL"].split(";")[0] == data["kind"].capitalize()
        assert row["label"] == data["label"] and row["evidence"] == data.get("evidence", "")
    types = [r[":TYPE"].lower().replace("_", "-") for r in rels]
    assert Counter((r[":START_ID"], r[":END_ID"], t) for r, t in zip(rels, types, strict=True)) \
        == edge_set(graph)
    folder = tmp_path / "neo4j"
    export(seed_store[0], "csv", f"{folder}/")
    assert sorted(p.name for p in folder.iterdir()) == ["nodes.csv", "relationships.csv"]


# -- the HTML viewer ------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_viewer(seed_store, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("viewer") / "seed.html"
    export(seed_store[0], "html", path, documents=[SEED_ID])
    return path


def test_viewer_is_one_offline_file(seed_viewer):
    html = seed_viewer.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html
    assert "default-src 'none'" in html  # the page may fetch nothing
    assert "cytoscape" in html and SEED_ID in html


def test_viewer_draws_filters_and_shows_evidence(seed_store, seed_viewer, page):
    sub = project(seed_store[0], documents=[SEED_ID])
    page.goto(seed_viewer.as_uri())
    page.wait_for_function("window.kgViewer && window.kgViewer.ready", timeout=20_000)
    assert page.evaluate("cy.nodes().length") == len(sub)
    assert page.evaluate("cy.edges().length") == sub.number_of_edges()
    # a real click on the drawn decision shows its evidence and a link to the FRUS page
    decision = next(n for n, d in sub.nodes(data=True) if d["kind"] == "decision")
    box = page.locator("#cy").bounding_box()
    pos = page.evaluate("id => cy.getElementById(id).renderedPosition()", decision)
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    assert page.locator("#d-evidence").inner_text() == sub.nodes[decision]["evidence"]
    assert page.locator("#d-page").get_attribute("href") == sub.nodes[decision]["url"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "viewer-seed.png"))
    # the viewer's actor and kind filters keep what `kg export --actor/--kind` keeps
    page.fill("#actor", "nixon")
    page.dispatch_event("#actor", "change")
    shown = page.evaluate("cy.nodes().not('.hidden').map(n => n.id())")
    assert sorted(shown) == sorted(project(seed_store[0], documents=[SEED_ID], actors=["nixon"]))
    page.uncheck("input.kind-filter[value=option]")
    shown = page.evaluate("cy.nodes().not('.hidden').length")
    assert shown == len(project(seed_store[0], documents=[SEED_ID], actors=["nixon"],
                                kinds=[k for k in NODE_KINDS if k != "option"]))
    # search highlights matching labels
    page.click("#reset")
    page.fill("#search", "kissinger")
    page.press("#search", "Enter")
    assert page.evaluate("cy.nodes('.match').map(n => n.data('label'))") == ["Kissinger"]
    assert not page.console_errors


# -- the command line -------------------------------------------------------------


def test_cli_exports_graphml_with_filters(seed_store, tmp_path):
    store, _ = seed_store
    target = tmp_path / "seed.graphml"
    result = CliRunner().invoke(main, ["export", "--store", str(store.path), "--format", "graphml",
                                       "-o", str(target), "--document", SEED_ID,
                                       "--kind", "actor", "--kind", "document"])
    assert result.exit_code == 0, result.output
    back = nx.read_graphml(target)
    assert len(back) == len(project(store, documents=[SEED_ID], kinds=["actor", "document"]))


@pytest.mark.parametrize("args, message", [
    (["--format", "gexf", "--actor", "Nobody At All"], "no node matches the filters"),
    (["--format", "turtle", "--kind", "actor"], "apply only to the graph formats"),
])
def test_cli_reports_bad_filters_in_one_line(seed_store, tmp_path, args, message):
    target = tmp_path / "out"
    store = str(seed_store[0].path)
    result = CliRunner().invoke(main, ["export", "--store", store, "-o", str(target), *args])
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert not target.exists()
