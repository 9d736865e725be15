"""Exports: every registered RDF format parses back; items follow the guidelines' form."""
from __future__ import annotations

import io
import json
import subprocess
import sys

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg.export import export, format_names, items_records

from .conftest import SHARED

RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
               "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}


@pytest.mark.parametrize("fmt", sorted(set(format_names(graph_format=False)) - {"items"}))
def test_rdf_export_parses_with_another_parser(seed_store, fmt):  # type: ignore[no-untyped-def]
    store, _ = seed_store
    buf = io.BytesIO()
    export(store, fmt, buf)
    quads = list(ox.parse(buf.getvalue(), format=RDF_FORMATS[fmt]))
    if fmt in {"nquads", "trig", "jsonld"}:
        assert len(quads) == len(store)
    else:  # the union of the named graphs
        assert 0 < len(quads) <= len(store)


def test_jsonld_uses_the_ontology_context(seed_store):  # type: ignore[no-untyped-def]
    store, _ = seed_store
    buf = io.BytesIO()
    export(store, "jsonld", buf)
    data = json.loads(buf.getvalue())
    assert "@context" in data
    ds = Dataset()
    ds.parse(data=buf.getvalue(), format="json-ld")
    # quads, not len(ds): a corpus actor's description is the same triple in several graphs
    assert sum(1 for _ in ds.quads()) == len(store)


def test_items_one_record_per_document(seed_store):  # type: ignore[no-untyped-def]
    store, summary = seed_store
    records = items_records(store)
    assert len(records) == summary.documents
    seed = next(r for r in records if r["doc"] == "frus1969-76v09-d145")
    assert {"actors", "instructions", "options", "decisions", "conditions"} <= seed.keys()
    for ins in seed["instructions"]:
        assert ins["evidence"] and ins["issuer"] and ins["addressee"] and ins["polarity"] in {"do", "dont"}
    for dec in seed["decisions"]:
        assert dec["stance"] in {"approve", "reject"} and dec["actor"]


def test_items_score_with_the_project_scorer(seed_store, tmp_path):  # type: ignore[no-untyped-def]
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
