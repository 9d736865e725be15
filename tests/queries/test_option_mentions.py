"""Option mentions across documents: an option a document names links to the option of an earlier document
it cites when both name the same thing.

The fixture holds six real document graphs as built (their identifiers, dates, citations and extracted
options): frus1894Nicaragua d78, d80, d61, d73 and frus1925v02 d151, d154.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

from kg.queries import run_query
from kg.resolve import add_name_tokens, add_option_keys
from kg.store import open_store

FIXTURE = Path(__file__).parent / "data" / "option-mentions.trig"
#: The query as it was before the option keys: both labels normalized with regular expressions at query time.
BY_LABELS = str(Path(__file__).parent / "data" / "option-mentions-labels.rq")
DOC = "http://127.0.0.1:8000/doc/"


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    dataset = Dataset()
    dataset.parse(FIXTURE, format="trig")
    store = open_store(tmp_path_factory.mktemp("mentions") / "store")
    for graph in dataset.graphs():
        if len(graph):
            add_name_tokens(graph)  # as the build does: the fixture predates the tokens and keys
            add_option_keys(graph)
            store.replace_graph(graph)
    yield store
    store.close()


def links(store, **values) -> set[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    return {(r["document"], r["mention"], r["earlierDocument"], r["option"])
            for r in run_query(store, "option-mentions", **values).dicts()}


def test_a_mention_links_to_the_option_of_the_cited_document(store) -> None:  # type: ignore[no-untyped-def]
    treaty = "treaty of Managua"
    assert ("frus1894Nicaragua-d80", treaty, "frus1894Nicaragua-d78", treaty) in links(store)
    for row in run_query(store, "option-mentions", document="frus1894Nicaragua-d80").dicts():
        assert row["mentionIri"].startswith(f"{DOC}frus1894Nicaragua-d80/option/"), row
        assert row["optionIri"].startswith(f"{DOC}{row['earlierDocument']}/option/"), row


def test_labels_match_whatever_their_case(store) -> None:  # type: ignore[no-untyped-def]
    assert ("frus1925v02-d154", "Dawes plan", "frus1925v02-d151", "Dawes Plan") in links(store)


def test_a_cited_document_dated_later_is_no_earlier_message(store) -> None:  # type: ignore[no-untyped-def]
    """d61 and d73 cite each other; only d73, the later one, refers back to d61's options."""
    pairs = {(doc, earlier) for doc, _, earlier, _ in links(store)}
    assert ("frus1894Nicaragua-d73", "frus1894Nicaragua-d61") in pairs
    assert ("frus1894Nicaragua-d61", "frus1894Nicaragua-d73") not in pairs


def test_only_documents_that_cite_each_other_are_paired(store) -> None:  # type: ignore[no-untyped-def]
    """d80 and d73 both name the option "Mosquito Reservation", but neither cites the other."""
    pairs = {(doc, earlier) for doc, _, earlier, _ in links(store)}
    assert pairs <= {("frus1894Nicaragua-d80", "frus1894Nicaragua-d78"),
                     ("frus1894Nicaragua-d73", "frus1894Nicaragua-d61"),
                     ("frus1925v02-d154", "frus1925v02-d151")}
    labels = {(doc, option) for doc, _, _, option in links(store)}
    assert ("frus1894Nicaragua-d73", "Mosquito Reservation") in labels


def test_parameters_narrow_the_links(store) -> None:  # type: ignore[no-untyped-def]
    everything = links(store)
    d80 = {row for row in everything if row[0] == "frus1894Nicaragua-d80"}
    assert d80 and links(store, document="frus1894Nicaragua-d80") == d80
    assert links(store, option="dawes") == {row for row in everything if "dawes" in row[1].lower()}
    july = links(store, since="1894-07", until="1894-07")
    assert {row[0] for row in july} == {"frus1894Nicaragua-d73", "frus1894Nicaragua-d80"}
    assert len(links(store, limit="1")) == 1


@pytest.mark.parametrize("values", [{}, {"document": "frus1894Nicaragua-d80"}, {"option": "plan"},
                                    {"since": "1894-07", "until": "1925"}, {"limit": "2"}])
def test_the_keys_pair_the_options_the_labels_paired_at_query_time(store, values) -> None:  # type: ignore[no-untyped-def]
    expected = run_query(store, BY_LABELS, **values).dicts()
    assert expected, "every variant has links in the fixture"
    assert run_query(store, "option-mentions", **values).dicts() == expected
