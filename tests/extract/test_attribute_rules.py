"""The attribute ruler matched by a table gives the Matcher's matches, so the same parse."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.attribute_rules import TableMatch, match_by_table

#: Invented patterns of every form the model's ruler uses: a tag, a word and a tag, sets, a pattern,
#: a dependency label, white space, and two words of which the second is set.
PATTERNS: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "VB"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "MD"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"TAG": "."}]], "attrs": {"POS": "PUNCT"}},
    {"patterns": [[{"LOWER": "will", "TAG": "MD"}]], "attrs": {"LEMMA": "will"}},
    {"patterns": [[{"LOWER": {"IN": ["advise", "inform"]}, "TAG": "VB"}]], "attrs": {"LEMMA": "tell"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["VB", "MD", "PRP", "."]}}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": {"REGEX": "^soon(er)?$"}}]], "attrs": {"POS": "ADV"}},
    {"patterns": [[{"DEP": "nsubj", "TAG": "PRP"}]], "attrs": {"LEMMA": "subject"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"LOWER": "will"}, {"LOWER": "advise"}]], "attrs": {"LEMMA": "report"}, "index": 1},
    {"patterns": [[{"LOWER": "advise"}], [{"TAG": "VB", "LOWER": "advise"}]], "attrs": {"MORPH": "Mood=Imp"}},
]
WORDS = ["We", "will", "advise", "soonest", "\n", "Will", "inform", "Moscow", "soon", "."]
TAGS = ["PRP", "MD", "VB", "RBS", "_SP", "MD", "VB", "NNP", "RB", "."]
DEPS = ["nsubj", "aux", "ROOT", "advmod", "dep", "aux", "ROOT", "dobj", "advmod", "punct"]
HEADS = [2, 2, 2, 2, 2, 6, 6, 6, 6, 6]


def ruled(patterns: list[dict[str, Any]]) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    return nlp


def telegram(nlp: Language) -> Doc:
    return Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def test_the_table_matches_what_the_matcher_matches() -> None:
    nlp = ruled(PATTERNS)
    ruler = nlp.get_pipe("attribute_ruler")
    doc = telegram(nlp)
    expected = ruler.match(doc)
    assert TableMatch(ruler)(doc) == expected
    assert len(expected) > len(WORDS)  # many rules matched, some at the same token
    assert TableMatch(ruler)(nlp.make_doc("")) == []


def test_the_ruler_sets_the_same_attributes_with_the_table() -> None:
    stock = ruled(PATTERNS)
    tabled = ruled(PATTERNS)
    assert match_by_table(tabled)
    a = stock.get_pipe("attribute_ruler")(telegram(stock))
    b = tabled.get_pipe("attribute_ruler")(telegram(tabled))
    for attr in ("pos_", "lemma_", "morph"):
        assert [str(getattr(t, attr)) for t in a] == [str(getattr(t, attr)) for t in b]
    assert [t.lemma_ for t in b][:3] == ["subject", "will", "report"]  # the later rule wins
    assert b[4].pos_ == "SPACE" and b[7].pos_ == "X" and b[8].pos_ == "ADV"


def test_a_pattern_the_table_does_not_read_keeps_the_matcher() -> None:
    optional = {"patterns": [[{"TAG": "MD", "OP": "?"}, {"TAG": "VB"}]], "attrs": {"POS": "VERB"}}
    nlp = ruled([*PATTERNS, optional])
    stock_match = nlp.get_pipe("attribute_ruler").match
    assert not match_by_table(nlp)
    assert nlp.get_pipe("attribute_ruler").match == stock_match
    assert not match_by_table(spacy.blank("en"))  # no ruler at all


def test_the_tables_start_afresh_past_their_limit(monkeypatch: Any) -> None:
    nlp = ruled(PATTERNS)
    ruler = nlp.get_pipe("attribute_ruler")
    table = TableMatch(ruler)
    expected = ruler.match(telegram(nlp))
    assert table(telegram(nlp)) == expected and len(table._keys) > 3
    monkeypatch.setattr("kg.extract.attribute_rules.TABLE_LIMIT", 3)
    assert table(telegram(nlp)) == expected  # learnt again, the same matches
    assert len(table._keys) <= len(set(zip(WORDS, TAGS, DEPS, strict=True)))


def test_a_pattern_of_any_token_matches_every_token() -> None:
    nlp = ruled([{"patterns": [[{}]], "attrs": {"LEMMA": "word"}}])
    ruler = nlp.get_pipe("attribute_ruler")
    assert TableMatch(ruler)(telegram(nlp)) == ruler.match(telegram(nlp))
    assert len(TableMatch(ruler)(telegram(nlp))) == len(WORDS)
