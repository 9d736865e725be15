"""The corpus build: incremental, resumable after SIGKILL, and the same graph with any number of workers."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build, estimate_documents
from kg.store import open_store
from kg.validate import ONTOLOGY

from ..conftest import DOCUMENTS, SEED


def quads(path: Path) -> set[str]:
    """The document graphs as a set of N-Quads lines (kg mints no blank nodes in them)."""
    with open_store(path, read_only=True) as store:
        out = path.parent / f"{path.name}.nq"
        store.dump(out, "nquads")
    ontology = f"<{ONTOLOGY}> ."
    return {line for line in out.read_text(encoding="utf-8").splitlines() if not line.endswith(ontology)}


# Runs `kg build` and SIGKILLs it right after its third graph write (the ontology + two documents).
KILL_AFTER_THREE_WRITES = """
import os, signal
import kg.store
store_class = getattr(kg.store, "EmbeddedStore", kg.store.Store)
write, writes = store_class.replace_graph, []
def replace_then_maybe_die(self, graph):
    write(self, graph)
    writes.append(graph.identifier)
    if len(writes) == 3:
        os.kill(os.getpid(), signal.SIGKILL)
store_class.replace_graph = replace_then_maybe_die
from kg.cli import main
main()
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Eight small real documents: the seed and the fixtures, each twice under another name."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for source in [SEED, *sorted(DOCUMENTS.glob("*.txt"))]:
        for copy in ("", "-copy"):
            shutil.copy(source, folder / f"{source.stem}{copy}.txt")
    return folder


def test_unchanged_documents_are_skipped(corpus, tmp_path, extractor):
    store = open_store(tmp_path / "s")
    first = build([corpus], store, extractor=extractor, validate=False)
    size = len(store)
    again = build([corpus], store, extractor=extractor, validate=False)
    assert (first.documents, first.skipped) == (8, 0)
    assert (again.documents, again.skipped) == (0, 8)
    assert len(store) == size


def test_changed_document_is_rebuilt_alone(corpus, tmp_path, extractor):
    store = open_store(tmp_path / "s")
    build([corpus], store, extractor=extractor, validate=False)
    changed = next(corpus.glob("*-copy.txt"))
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text + "\nYou should report at once.\n", encoding="utf-8")
    again = build([corpus], store, extractor=extractor, validate=False)
    assert (again.documents, again.skipped) == (1, 7)


def test_new_extractor_version_rebuilds(corpus, tmp_path, extractor, monkeypatch):
    store = open_store(tmp_path / "s")
    build([corpus], store, extractor=extractor, validate=False)
    monkeypatch.setattr(type(extractor), "version", property(lambda self: "another-version"))
    again = build([corpus], store, extractor=extractor, validate=False)
    assert (again.documents, again.skipped) == (8, 0)


def test_force_rebuilds_everything(corpus, tmp_path, extractor):
    store = open_store(tmp_path / "s")
    build([corpus], store, extractor=extractor, validate=False)
    again = build([corpus], store, extractor=extractor, validate=False, force=True)
    assert again.documents == 8


def test_two_workers_give_the_one_process_graph(corpus, tmp_path, extractor):
    with open_store(tmp_path / "one") as store:
        one = build([corpus], store, extractor=extractor)
    with open_store(tmp_path / "two") as store:
        two = build([corpus], store, extractor=extractor, workers=2)
    assert (two.documents, two.counts, two.violations) == (one.documents, one.counts, one.violations)
    assert quads(tmp_path / "two") == quads(tmp_path / "one")


def test_build_killed_halfway_resumes_to_the_clean_graph(corpus, tmp_path, extractor):
    with open_store(tmp_path / "clean") as store:
        build([corpus], store, extractor=extractor, validate=False)
    killed = tmp_path / "killed"
    command = [sys.executable, "-c", KILL_AFTER_THREE_WRITES, "build", str(corpus),
               "--store", str(killed), "--no-validate", "--workers", "1", "--quiet"]
    proc = subprocess.run(command, capture_output=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    with open_store(killed) as store:
        resumed = build([corpus], store, extractor=extractor, validate=False)
    assert (resumed.skipped, resumed.documents) == (2, 6)
    assert quads(killed) == quads(tmp_path / "clean")


def test_broken_documents_are_reported_with_workers(corpus, tmp_path, extractor):
    (corpus / "empty.txt").write_text("")
    errors: list[str] = []
    with open_store(tmp_path / "s") as store:
        summary = build([corpus], store, extractor=extractor, validate=False,
                        workers=2, on_error=errors.append)
    assert summary.documents == 8
    assert len(errors) == 1 and "empty.txt" in errors[0]


def test_estimate_counts_tei_documents(tmp_path):
    volume = tmp_path / "v.xml"
    volume.write_text('<TEI><div type="document" xml:id="d1"/><div type="document" xml:id="d2"/></TEI>')
    assert estimate_documents([volume, SEED]) == 3


def test_dask_local_cluster_gives_the_one_process_graph(corpus, tmp_path, extractor):
    pytest.importorskip("distributed")
    with open_store(tmp_path / "one") as store:
        one = build([corpus], store, extractor=extractor, validate=False)
    with open_store(tmp_path / "dask") as store:
        on_dask = build([corpus], store, extractor=extractor, validate=False, dask="local:2")
    assert (on_dask.documents, on_dask.counts) == (one.documents, one.counts)
    assert quads(tmp_path / "dask") == quads(tmp_path / "one")
