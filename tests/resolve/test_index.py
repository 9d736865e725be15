"""Name tokens: the words build and query share, written per graph, added to a store built without them."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.errors import KgError
from kg.queries import bind_query, run_query
from kg.resolve import add_name_tokens, add_option_keys, add_store_name_tokens, add_store_option_keys
from kg.resolve.text import name_tokens, option_key
from kg.store import open_store
from kg.vocab import DIP

BASE = "http://127.0.0.1:8000/"


def test_tokens_ignore_case_accents_apostrophes_and_punctuation() -> None:
    assert name_tokens("Stéphen PICHON") == {"stephen", "pichon"}
    assert name_tokens("O’Neil, Mr.", "the O'Neil") == {"oneil", "mr", "the"}
    assert name_tokens("Article 27 (b)") == {"article", "27", "b"}
    assert name_tokens("—", "  ") == set()


def test_option_keys_drop_case_spacing_a_leading_article_and_the_message_it_came_in() -> None:
    assert option_key("Option I of your last message") == option_key("option  I") == "option i"
    assert option_key("The Argentine\nformula") == "argentine formula"
    assert option_key("our formula of the previous telegram No. 12") == "formula"
    assert option_key("the treaty of Managua") == "treaty of managua", "only a message is dropped"
    assert option_key("the the plan") == "the plan", "one leading word, as the query had it"
    assert option_key("theory of relativity") == "theory of relativity", "a whole word only"


def test_every_option_gets_one_key_and_entities_none() -> None:
    g, entity, option = _graph_with_entity_and_option()
    assert add_option_keys(g) == 1
    assert list(g.objects(option, DIP.optionKey)) == [Literal("mosquito reservation")]
    assert not list(g.objects(entity, DIP.optionKey))
    assert add_option_keys(g) == 0, "a second pass adds nothing"


def _graph_with_entity_and_option() -> tuple[Graph, URIRef, URIRef]:
    g = Graph(identifier=URIRef(f"{BASE}doc/d1"))
    entity, option = URIRef(f"{BASE}entity/person/gresham--walter"), URIRef(f"{BASE}doc/d1/option/o1")
    g.add((entity, RDF.type, DIP.CorpusActor))
    g.add((entity, SKOS.prefLabel, Literal("Walter Q. Gresham")))
    g.add((entity, SKOS.altLabel, Literal("the Secretary of State")))
    g.add((option, RDF.type, DIP.Option))
    g.add((option, RDFS.label, Literal("the Mosquito Reservation")))
    return g, entity, option


def test_entities_get_the_words_of_every_label_and_options_of_theirs() -> None:
    g, entity, option = _graph_with_entity_and_option()
    assert add_name_tokens(g) == 10
    assert {str(t) for t in g.objects(entity, DIP.nameToken)} == {
        "walter", "q", "gresham", "the", "secretary", "of", "state"}
    assert {str(t) for t in g.objects(option, DIP.nameToken)} == {"the", "mosquito", "reservation"}
    assert add_name_tokens(g) == 0, "a second pass adds nothing"


def _quads_of(store, predicate) -> set[str]:  # type: ignore[no-untyped-def]
    return {str(q) for q in store.quads() if q.predicate.value == str(predicate)}


def _store_without(built, predicate, folder):  # type: ignore[no-untyped-def]
    """A store of the built graphs as a build before ``predicate`` existed wrote them."""
    old = open_store(folder)
    for name in built.graph_names():
        g = built.graph(name)
        g.remove((None, predicate, None))
        old.replace_graph(g)
    return old


def test_upgrading_a_store_adds_exactly_the_tokens_a_build_writes(seed_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    built, _ = seed_store
    old = _store_without(built, DIP.nameToken, tmp_path / "old")
    assert not run_query(old, "actors", actor="Kissinger").rows
    graphs, tokens = add_store_name_tokens(old, batch=2)
    assert graphs >= 2 and tokens > 0
    assert _quads_of(old, DIP.nameToken) == _quads_of(built, DIP.nameToken)
    assert add_store_name_tokens(old) == (0, 0)
    old.close()


def test_upgrading_a_store_adds_exactly_the_option_keys_a_build_writes(seed_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    built, _ = seed_store
    old = _store_without(built, DIP.optionKey, tmp_path / "old")
    graphs, keys = add_store_option_keys(old, batch=2)
    keyed = _quads_of(built, DIP.optionKey)
    assert graphs >= 2 and keys == len(keyed)
    assert _quads_of(old, DIP.optionKey) == keyed
    assert add_store_option_keys(old) == (0, 0)
    old.close()


def test_actor_matches_entities_holding_every_word_in_any_order(seed_store) -> None:  # type: ignore[no-untyped-def]
    store, _ = seed_store
    one_word = run_query(store, "actors", actor="Kissinger").dicts()
    assert one_word and all("kissinger" in (r["actor"] or "").lower() for r in one_word)
    assert run_query(store, "actors", actor="kissinger HENRY").dicts() == run_query(
        store, "actors", actor="Henry, Kissinger").dicts()
    assert not run_query(store, "actors", actor="Kissinger Gresham").rows, "every word must be on one entity"
    assert not run_query(store, "actors", actor="Kissing").rows, "words match whole, not as prefixes"


def test_a_text_without_words_is_refused() -> None:
    with pytest.raises(KgError, match="--actor"):
        bind_query("actors", actor=" , ")
