"""The kg command, driven through click's CliRunner on temporary stores."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from rdflib import Graph

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
    # the good document, the ontology and the corpus summary (kg.resolve.view)
    assert len(open_store(store, read_only=True).graph_names()) == 3


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


@pytest.fixture(scope="module")
def seed_store_path(tmp_path_factory):
    store = tmp_path_factory.mktemp("cli") / "store"
    result = run("build", str(SEED), "--store", str(store), "--quiet", "--workers", "1", "--no-validate")
    assert result.exit_code == 0, result.output
    return store


def query_file(folder, text: str) -> str:
    path = folder / "q.rq"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_query_runs_ask(seed_store_path, tmp_path):
    yes = query_file(tmp_path, "ASK { ?d a dip:Document }")
    assert run("query", yes, "--store", str(seed_store_path)).output.strip() == "true"
    no = query_file(tmp_path, "ASK { ?d a dip:Document ; dcterms:identifier 'no such document' }")
    assert run("query", no, "--store", str(seed_store_path)).output.strip() == "false"


@pytest.mark.parametrize(("fmt", "rdflib_format"), [(None, "turtle"), ("turtle", "turtle"),
                                                    ("ntriples", "nt"), ("rdfxml", "xml"),
                                                    ("jsonld", "json-ld")])
def test_query_runs_construct_in_each_syntax(seed_store_path, tmp_path, fmt, rdflib_format):
    construct = query_file(tmp_path, "CONSTRUCT { ?a rdfs:label ?label } "
                                     "WHERE { ?a a dip:Actor ; rdfs:label ?label }")
    args = ["query", construct, "--store", str(seed_store_path)] + (["--format", fmt] if fmt else [])
    result = run(*args)
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.output, format=rdflib_format)
    select = query_file(tmp_path, "SELECT ?a ?label WHERE { ?a a dip:Actor ; rdfs:label ?label }")
    labels = run("query", select, "--store", str(seed_store_path), "--format", "json")
    expected = {(row["a"], row["label"]) for row in json.loads(labels.output)}
    assert {(str(s), str(o)) for s, _, o in graph} == expected and expected


def test_query_runs_describe(seed_store_path, tmp_path):
    describe = query_file(tmp_path, "DESCRIBE ?d WHERE { ?d a dip:Document }")
    result = run("query", describe, "--store", str(seed_store_path))
    graph = Graph().parse(data=result.output, format="turtle")
    assert any(str(o) == "frus1969-76v09-d145" for o in graph.objects())


def test_query_format_that_does_not_fit_the_answer_is_one_line(seed_store_path, tmp_path):
    construct = query_file(tmp_path, "CONSTRUCT { ?d a dip:Document } WHERE { ?d a dip:Document }")
    args = ["query", construct, "--store", str(seed_store_path), "--format", "csv"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and "answers with a graph" in result.output


def test_query_file_that_does_not_exist(seed_store_path, tmp_path):
    missing = str(tmp_path / "missing.rq")
    result = CliRunner().invoke(main, ["query", missing, "--store", str(seed_store_path)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: no such file: {missing}"


@pytest.mark.parametrize("target", ["/nonexistent/x.ttl", "{tmp}/", "{tmp}"])
def test_export_to_a_path_it_cannot_write_is_one_line(seed_store_path, tmp_path, target):
    output = target.format(tmp=tmp_path)
    result = CliRunner().invoke(main, ["export", "--format", "turtle", "--store", str(seed_store_path),
                                       "-o", output])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert len(result.output.strip().splitlines()) == 1 and output.rstrip("/") in result.output


def test_rerun_with_nothing_to_do_shows_what_the_store_holds(tmp_path):
    store = str(tmp_path / "store")
    first = run("build", str(SEED), "--store", store, "--quiet", "--workers", "1", "--no-validate")
    again = run("build", str(SEED), "--store", store, "--quiet", "--workers", "1", "--no-validate")
    assert "documents     0 built, 1 unchanged" in again.output
    for kind in ("actors", "instructions", "options", "decisions"):
        built = next(line for line in first.output.splitlines() if line.startswith(kind)).split()[1]
        held = next(line for line in again.output.splitlines() if line.startswith(kind)).split()
        assert int(built) > 0 and held[1] == built and "in the store" in " ".join(held), kind
    lines = {line.split()[0]: line for line in again.output.splitlines() if line.strip()}
    assert lines["triples"].split()[1] == lines["store"].split("(")[1].split()[0]


#: What the commands that do not build must not load: spaCy (1.7 s), and rdflib, httpx, networkx, tqdm
#: (0.1 to 0.7 s each), which only a build, a validation, an export or a server store needs.
NOT_FOR_QUERIES = ("spacy", "rdflib", "httpx", "networkx", "tqdm", "pyshacl", "dask")


def loaded_after_command(*args: str) -> list[str]:
    """Runs ``kg ARGS`` in a fresh interpreter; the libraries of ``NOT_FOR_QUERIES`` it loaded."""
    code = ("import sys; from kg.cli import main\n"
            "try:\n    main(sys.argv[1:], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            f"print('LOADED', *(m for m in {NOT_FOR_QUERIES!r} if m in sys.modules), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return result.stderr.splitlines()[-1].split()[1:]


def test_query_and_serve_commands_load_no_heavy_library(seed_store_path, tmp_path):
    ask = query_file(tmp_path, "ASK { ?d a dip:Document }")
    for args in (["--help"], ["query", "--list"], ["query", "documents", "--store", str(seed_store_path)],
                 ["query", ask, "--store", str(seed_store_path)], ["serve", "--help"]):
        assert loaded_after_command(*args) == [], args


def test_serve_does_not_load_spacy():
    code = "import sys; import kg.cli, kg.server; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"
