"""The corpus summary: after every build (first, adding documents, rebuilding one with other actors) the
summary rows of `actors` and `actor-network` are the aggregates over every actor, and the upgrade of an
older store writes the summary a build writes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import RDF

from kg.build import build
from kg.queries import run_query
from kg.resolve.view import refresh_summary, summary_graph, write_store_summary
from kg.store import open_store
from kg.store.base import insert_data_update
from kg.validate import validate_graph
from kg.vocab import DIP, IriScheme
from tests.conftest import DOCUMENTS, SEED
from tests.resolve.test_digest import AGGREGATES, answer

QUERIES = ("actors", "actor-network")


def assert_summary_is_exact(store) -> None:  # type: ignore[no-untyped-def]
    for name in QUERIES:
        expected = answer(store, str(AGGREGATES / f"{name}.rq"))
        assert expected
        assert answer(store, name) == expected, name


def summarized_documents(store) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Entity IRI -> the documents its summary node lists."""
    found: dict[str, set[str]] = {}
    summary = store.graph(summary_graph(IriScheme()))
    for node, entity in summary.subject_objects(DIP.summaryOf):
        found[str(entity)] = {str(d) for d in summary.objects(node, DIP.summaryDocument)}
    return found


def test_incremental_builds_keep_the_summary_exact(tmp_path, extractor) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED, folder)
    store = open_store(tmp_path / "store")
    build([folder], store, extractor=extractor)
    assert_summary_is_exact(store)
    for source in sorted(DOCUMENTS.iterdir()):
        shutil.copy(source, folder)
    build([folder], store, extractor=extractor)
    assert_summary_is_exact(store)
    before = summarized_documents(store)
    changed = folder / "frus1918Russiav03-d224.txt"
    changed.write_text(changed.read_text(encoding="utf-8").split("\n\n")[0] + "\n\nNo further text.\n",
                       encoding="utf-8")
    summary = build([folder], store, extractor=extractor)
    assert summary.documents == 1 and summary.skipped == len(list(folder.iterdir())) - 1
    assert_summary_is_exact(store)
    after = summarized_documents(store)
    document = str(IriScheme().document("frus1918Russiav03-d224"))
    dropped = [e for e, docs in before.items() if document in docs and document not in after.get(e, set())]
    assert dropped, "the shortened document lost some of its entities, and their summaries lost it"


def test_the_summary_conforms_to_its_shapes(seed_store) -> None:
    store, _ = seed_store
    summary = store.graph(summary_graph(IriScheme()))
    assert set(summary.subjects(None, DIP.EntitySummary)) and set(summary.subjects(None, DIP.PairSummary))
    report = validate_graph(summary)
    assert report.conforms, report.violations


def test_a_summary_node_without_its_count_breaks_the_shape(seed_store) -> None:
    store, _ = seed_store
    summary = store.graph(summary_graph(IriScheme()))
    node = next(iter(summary.subjects(None, DIP.EntitySummary)))
    summary.remove((node, DIP.documentCount, None))
    assert not validate_graph(summary).conforms


@pytest.mark.parametrize("old_nodes", [False, True])
def test_upgrade_writes_the_summary_a_build_writes(seed_store, tmp_path, old_nodes) -> None:
    """From a store without a summary, and from one whose summary is out of date (a node of an entity
    that no document names any more)."""
    store, _ = seed_store
    graph = summary_graph(IriScheme())
    built = {q for q in store.quads() if q.graph_name.value == graph}
    others: dict[str, list[str]] = {}
    for q in store.quads():
        if q.graph_name.value != graph:
            others.setdefault(q.graph_name.value, []).append(f"{q.subject} {q.predicate} {q.object} .")
    if old_nodes:
        node, document = "<http://x/summary/actor/0>", IriScheme().document("frus1930v01-d51")
        others[graph] = [f"{node} <{DIP.summaryOf}> <http://x/e> .",
                         f"{node} <{DIP.summaryDocument}> <{document}> ."]
    with open_store(Path(tmp_path) / "old") as old:
        old.update(insert_data_update({name: "\n".join(lines) for name, lines in others.items()}))
        written = write_store_summary(old)
        upgraded = {q for q in old.quads() if q.graph_name.value == graph}
    assert upgraded == built
    assert written == len({q.subject for q in built if q.predicate.value == str(RDF.type)})


def test_a_build_after_one_stopped_before_its_summary_writes_the_summary(tmp_path, extractor,
                                                                          monkeypatch) -> None:
    """The graphs were written but the build was killed at its summary step: the next build, with nothing
    to rebuild, sums the documents still marked pending, and clears the marks."""
    import kg.build.pipeline

    def killed(*args: object, **kwargs: object) -> int:
        raise KeyboardInterrupt

    store = open_store(tmp_path / "store")
    with monkeypatch.context() as patch:
        patch.setattr(kg.build.pipeline, "refresh_summary", killed)
        with pytest.raises(KeyboardInterrupt):
            build([SEED], store, extractor=extractor)
    assert not answer(store, "actors"), "no summary yet"
    summary = build([SEED], store, extractor=extractor)
    assert summary.skipped == 1 and summary.documents == 0
    assert_summary_is_exact(store)
    assert not any(q.predicate.value == str(DIP.summaryPending) for q in store.quads())


def test_a_refresh_shows_every_node_it_writes_to_the_check(seed_store) -> None:
    """The build validates the summary through this hook, batch by batch: the batches are the nodes."""
    store, _ = seed_store
    graph = summary_graph(IriScheme())
    document = str(IriScheme().document("frus1969-76v09-d145"))
    seen: list[str] = []
    written = refresh_summary(store, IriScheme(), [document], lambda name, triples: seen.extend(
        f"{t.subject} {t.predicate} {t.object}" for t in triples if name == graph))
    summary = {f"{q.subject} {q.predicate} {q.object}" for q in store.quads() if q.graph_name.value == graph}
    mine = {t for t in summary if t.split(" ", 1)[0] in {line.split(" ", 1)[0] for line in seen}}
    assert written and set(seen) == mine
    assert_summary_is_exact(store)


@pytest.mark.parametrize("values", [{"limit": 1}, {"limit": 3}, {"limit": 2, "actor": "Kissinger"}])
def test_a_limit_keeps_the_rows_of_the_sort_of_every_row(seed_store, values) -> None:
    """actor-network sorts ties at the cut by label, so its rows are those of the aggregate; actors cuts
    ties at the cut in no set order, so its document counts are."""
    store, _ = seed_store
    network = run_query(store, "actor-network", **values).dicts()
    assert network == run_query(store, str(AGGREGATES / "actor-network.rq"), **values).dicts()
    actors = [row["documents"] for row in run_query(store, "actors", **values).dicts()]
    assert actors == [row["documents"] for row in run_query(store, str(AGGREGATES / "actors.rq"),
                                                            **values).dicts()]
    assert 0 < len(actors) <= int(values["limit"])
