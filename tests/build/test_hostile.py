"""Hostile inputs in one run: every good document is built, every bad one costs only itself, in one line."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from kg.build import build, executors
from kg.build.executors import BuiltDocument, isolate
from kg.cli import main
from kg.documents import Document, read_documents
from kg.errors import StoreError
from kg.store import open_store
from kg.vocab import IriScheme

from ..conftest import DATA, DOCUMENTS, ROOT, SEED

TEI = DATA / "tei"
GOOD_TEXTS = [SEED, *sorted(DOCUMENTS.glob("*.txt"))]


def hostile_folder(folder: Path) -> dict[str, str]:
    """Writes good and bad inputs side by side; returns {bad file name: what its line must say}."""
    folder.mkdir()
    for source in GOOD_TEXTS[:2]:
        (folder / source.name).write_bytes(source.read_bytes())
    seed = SEED.read_text(encoding="utf-8")
    (folder / "seed copy é.txt").write_text(seed, encoding="utf-8")  # not IRI-safe, but good
    (folder / "seed-utf16.txt").write_bytes(seed.encode("utf-16"))  # with a BOM
    (folder / "seed-utf16be.txt").write_bytes(seed.encode("utf-16-be"))  # without one
    (folder / "seed-utf8bom.txt").write_bytes(seed.encode("utf-8-sig"))
    volume = (TEI / "frus1918Test.xml").read_text(encoding="utf-8")
    volume = volume.replace('xml:id="frus1918Test"', "").replace('xml:id="d1" n="1"', 'xml:id="d4 x" n="1"')
    (folder / "vol with spaces é.xml").write_text(volume, encoding="utf-8")
    nested = "<hi>" * 330 + "deep" + "</hi>" * 330
    (folder / "deep.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1900Deep"><text><body>'
        f'<div type="document" xml:id="d1" n="1"><head>Deep</head><p>{nested}</p></div>'
        "</body></text></TEI>", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)))
    (folder / "latin1.txt").write_bytes("12. Caf\xe9 to the Minister\n\nText.".encode("latin-1"))
    (folder / "nohead.txt").write_text("%%%% 12345 ####\n\n#####\n", encoding="utf-8")
    (folder / "malformed.xml").write_bytes((TEI / "malformed-header.xml").read_bytes())
    (folder / "xxe.xml").write_bytes((TEI / "external-entity-file.xml").read_bytes())
    (folder / "frus1930v01-d51.txt").write_bytes((DOCUMENTS / "frus1930v01-d51.txt").read_bytes())
    return {"deep.xml": "nested 332 levels", "empty.txt": "empty", "binary.txt": "binary",
            "latin1.txt": "not UTF-8", "nohead.txt": "head line", "malformed.xml": "malformed",
            "xxe.xml": "refused", "frus1930v01-d51.txt": "RuntimeError: injected"}


def failure_lines(output: str) -> list[str]:
    return output.split("input(s) failed:", 1)[1].strip().splitlines()


def test_one_run_over_every_hostile_input_builds_all_the_good_ones(tmp_path, monkeypatch):
    bad = hostile_folder(tmp_path / "in")
    real_build_graph = executors.build_graph

    def build_graph_failing_on_d51(doc, extraction, iris):
        if doc.id.endswith("d51"):
            raise RuntimeError("injected\nover two lines")
        return real_build_graph(doc, extraction, iris)

    monkeypatch.setattr(executors, "build_graph", build_graph_failing_on_d51)
    store = tmp_path / "store"
    args = ["build", str(tmp_path / "in"), "--store", str(store), "--quiet", "--workers", "1",
            "--no-validate"]
    result = CliRunner().invoke(main, args)

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = failure_lines(result.output)
    for name, problem in bad.items():
        named = [line for line in lines if f"{name}:" in line or f"{name}#" in line]
        assert len(named) == 1 and problem in named[0], (name, lines)
    assert len(lines) == len(bad), lines
    iris = IriScheme.of(None)
    expected = {str(iris.document(doc.id)) for name in os.listdir(tmp_path / "in")
                if name not in bad for doc in read_documents(tmp_path / "in" / name)}
    with open_store(store, read_only=True) as built:
        assert expected <= set(built.graph_names())
    assert len(expected) == 6 + 4  # six text files, the volume's four documents
    assert str(iris.document("vol with spaces é-d4 x")).endswith("/doc/vol%20with%20spaces%20%C3%A9-d4%20x")


def test_utf16_and_bom_files_read_as_the_utf8_file(tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    texts = []
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        path = tmp_path / f"{SEED.stem}.txt"
        path.write_bytes(seed.encode(encoding))
        [doc] = read_documents(path)
        assert isinstance(doc, Document), (encoding, doc)
        texts.append(doc.text)
    assert len(set(texts)) == 1


def test_a_batch_that_raises_is_narrowed_to_the_document_at_fault():
    docs = [doc for path in GOOD_TEXTS for doc in read_documents(path)]
    calls: list[int] = []

    def build_batch(batch: list[Document]):
        calls.append(len(batch))
        if any(doc.id.endswith("d51") for doc in batch):
            raise ValueError("parser failed")
        return [BuiltDocument(None, {}, None, doc.id) for doc in batch], []  # type: ignore[arg-type]

    built, errors = isolate(build_batch, docs)
    assert [b.source for b in built] == [d.id for d in docs if not d.id.endswith("d51")]
    assert len(errors) == 1 and "d51" in errors[0] and "ValueError: parser failed" in errors[0]
    assert calls == [len(docs), *[1] * len(docs)]


def test_a_graph_the_store_refuses_costs_only_its_document(tmp_path, extractor):
    store = open_store(tmp_path / "s")
    write = store.replace_graph

    def refuse_d51(graph):
        if str(graph.identifier).endswith("d51"):
            raise ValueError("refused by the store")
        write(graph)

    store.replace_graph = refuse_d51
    errors: list[str] = []
    summary = build([DOCUMENTS], store, extractor=extractor, validate=False, on_error=errors.append)
    assert summary.documents == 2 and len(errors) == 1
    assert "frus1930v01-d51.txt: ValueError: refused by the store" in errors[0]


def test_a_store_that_cannot_be_written_still_stops_the_build(tmp_path, extractor):
    store = open_store(tmp_path / "s")
    write = store.replace_graph

    def fail_after_the_ontology(graph):
        if "/doc/" in str(graph.identifier):
            raise StoreError(f"{tmp_path}: cannot write (disk full)")
        write(graph)

    store.replace_graph = fail_after_the_ontology
    with pytest.raises(StoreError):
        build([DOCUMENTS], store, extractor=extractor, validate=False)


def _workers_loaded_spacy(parent: psutil.Process) -> bool:
    """A pool worker past its start: spaCy's model loaded (well over 150 MB resident)."""
    try:
        return any("spawn_main" in " ".join(c.cmdline()) and c.memory_info().rss > 150e6
                   for c in parent.children())
    except psutil.Error:
        return False


def test_pool_workers_exit_when_the_build_is_killed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(40):  # enough to keep two workers busy
        (corpus / f"{SEED.stem}-{k}.txt").write_bytes(SEED.read_bytes())
    kg = Path(sys.executable).with_name("kg")
    command = [str(kg), "build", str(corpus), "--store", str(tmp_path / "s"), "--workers", "2", "--quiet",
               "--no-validate"]
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not _workers_loaded_spacy(parent):
        time.sleep(0.2)
    children = parent.children(recursive=True)
    assert proc.poll() is None and len(children) >= 2, "the build ended before its workers started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _, alive = psutil.wait_procs(children, timeout=10)
    left = [" ".join(c.cmdline()) for c in alive]
    for child in alive:
        child.kill()
    assert not left, left
