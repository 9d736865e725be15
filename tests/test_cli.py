"""The kg command, driven through click's CliRunner on temporary stores."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main
from kg.store import open_store

from .conftest import SEED


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_build_prints_summary_and_query(tmp_path):
    store = tmp_path / "store"
    result = run("build", str(SEED), "--store", str(store), "--quiet", "--workers", "1",
                 "--query", "approved-options")
    assert result.exit_code == 0, result.output
    words = ("documents", "actors", "instructions", "options", "decisions", "conditions", "triples", "SHACL")
    for word in words:
        assert word in result.output
    assert "conforms" in result.output
    assert "Nixon" in result.output.split("approved-options:")[1]
    assert open_store(store, read_only=True).graph_names()


def test_bad_inputs_are_reported_and_others_still_built(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("12. Caf\xe9 to the Minister\n\nText.".encode("latin-1"))
    (tmp_path / "nohead.txt").write_text("%%%% 12345 ####\n\n#####\n")
    good = tmp_path / "good.txt"
    good.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    store = tmp_path / "store"
    args = ["build", str(tmp_path), "--store", str(store), "--quiet", "--workers", "2"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "documents     1 built" in result.output
    for name in ("empty.txt", "binary.txt", "latin1.txt", "nohead.txt"):
        lines = [line for line in result.output.splitlines() if name in line]
        assert lines and all("\n" not in line for line in lines), name
    assert len(open_store(store, read_only=True).graph_names()) == 2  # the good document + the ontology


def test_missing_input_is_a_failure(tmp_path):
    args = ["build", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s"), "--quiet", "--workers", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_validate_query_and_export(tmp_path):
    store = str(tmp_path / "store")
    assert run("build", str(SEED), "--store", store, "--quiet", "--workers", "1").exit_code == 0
    assert run("validate", "--store", store).exit_code == 0
    out = run("query", "approved-options", "--store", store, "--format", "json")
    assert any("Nixon" in row["approver"] for row in json.loads(out.output))
    listing = run("query", "--list")
    assert "approved-options" in listing.output
    items = tmp_path / "items.jsonl"
    assert run("export", "--format", "items", "--store", store, "-o", str(items)).exit_code == 0
    assert json.loads(items.read_text().splitlines()[0])["doc"] == "frus1969-76v09-d145"


def test_validate_exits_nonzero_on_violation(tmp_path):
    store_path = tmp_path / "store"
    assert run("build", str(SEED), "--store", str(store_path), "--quiet", "--workers", "1").exit_code == 0
    store = open_store(store_path)
    store._store.update("PREFIX dip: <https://w3id.org/kg/diplomacy#> "
                        "DELETE { GRAPH ?g { ?i dip:issuer ?a } } WHERE { GRAPH ?g { ?i dip:issuer ?a } }")
    store.close()
    result = run("validate", "--store", str(store_path))
    assert result.exit_code == 1
    assert "issuer" in result.output


def test_unknown_query_is_one_line_error(tmp_path):
    store = str(tmp_path / "store")
    run("build", str(SEED), "--store", store, "--quiet", "--workers", "1")
    result = CliRunner().invoke(main, ["query", "nope", "--store", store])
    assert result.exit_code == 1
    assert "unknown query 'nope'" in result.output
