"""Exports: every registered RDF format parses back; items follow the guidelines' form."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.export import export, format_names, items_records
from kg.resources import jsonld_context
from kg.store import Store
from kg.vocab import PREFIXES

from ..conftest import SHARED

#: rdflib's names for the RDF exports, to read each one back.
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
                  "jsonld": "json-ld"}
DATASET_FORMATS = {"nquads", "trig", "jsonld"}


def stored_graphs(store: Store) -> dict[str, Graph]:
    return {name: store.graph(name) for name in store.graph_names()}


@pytest.mark.parametrize("fmt", sorted(set(format_names(graph_format=False)) - {"items"}))
def test_rdf_export_round_trips_to_isomorphic_graphs(seed_store, fmt):
    """Dataset formats give back every named graph; graph formats the union of them."""
    store, _ = seed_store
    buf = io.BytesIO()
    export(store, fmt, buf)
    expected = stored_graphs(store)
    if fmt in DATASET_FORMATS:
        ds = Dataset()
        ds.parse(data=buf.getvalue(), format=RDFLIB_FORMATS[fmt])
        graphs = {str(g.identifier): g for g in ds.graphs() if len(g)}
        assert graphs.keys() == expected.keys()
        for name, graph in expected.items():
            assert isomorphic(graphs[name], graph), name
    else:
        union = Graph()
        for graph in expected.values():
            union += graph
        assert isomorphic(Graph().parse(data=buf.getvalue(), format=RDFLIB_FORMATS[fmt]), union)


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_turtle_and_trig_use_the_ontology_prefixes(seed_store, fmt):
    """Prefixes are declared and used: the ontology's terms are written short, not as full IRIs
    (that they parse back to the same graphs is the round-trip test above)."""
    store, _ = seed_store
    buf = io.BytesIO()
    export(store, fmt, buf)
    text = buf.getvalue().decode("utf-8")
    declared = dict(re.findall(r"^@prefix (\w+): <([^>]+)> \.$", text, flags=re.MULTILINE))
    for prefix in ("dip", "dcterms", "prov", "oa", "skos", "foaf", "rdfs"):
        assert declared[prefix] == str(PREFIXES[prefix]), prefix
    body = text.split("\n", len(declared))[-1]
    assert "<https://w3id.org/kg/diplomacy#" not in body and "<http://www.w3.org/ns/oa#" not in body
    assert "dip:Document" in body and "oa:TextQuoteSelector" in body and "dcterms:title" in body


def test_jsonld_uses_the_ontology_context(seed_store):
    store, _ = seed_store
    buf = io.BytesIO()
    export(store, "jsonld", buf)
    data = json.loads(buf.getvalue())
    assert data["@context"] == jsonld_context()


def test_items_one_record_per_document(seed_store):
    store, summary = seed_store
    records = items_records(store)
    assert len(records) == summary.documents
    seed = next(r for r in records if r["doc"] == "frus1969-76v09-d145")
    assert {"actors", "instructions", "options", "decisions", "conditions"} <= seed.keys()
    for ins in seed["instructions"]:
        assert ins["evidence"] and ins["issuer"] and ins["addressee"] and ins["polarity"] in {"do", "dont"}
    for dec in seed["decisions"]:
        assert dec["stance"] in {"approve", "reject"} and dec["actor"]


def test_items_score_with_the_project_scorer(seed_store, tmp_path):
    scorer = SHARED / "annotation" / "score.py"
    if not scorer.exists():
        pytest.skip("shared annotation scorer not present")
    store, _ = seed_store
    pred = tmp_path / "items.jsonl"
    export(store, "items", pred)
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(SHARED / "annotation/dev/gold"),
                          "--texts", str(SHARED / "annotation/dev/texts"), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    result = json.loads(out.stdout[: out.stdout.rindex("}") + 1])
    seed_kinds = result["kinds"]
    assert seed_kinds["instructions"]["tp"] > 0 and seed_kinds["decisions"]["tp"] > 0
    for kind in seed_kinds.values():
        assert kind["evidence_verbatim"] in (None, 1.0)
