"""A rank word the recognizer left between two names joins them into one."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract.name_repairs import repair_names

_VOCAB = spacy.blank("en").vocab


def _names(words: str, ents: str) -> list[str]:
    doc = Doc(_VOCAB, words=words.split(), ents=ents.split())
    repair_names(doc)
    return [e.text for e in doc.ents]


def test_a_capitalized_rank_word_joins_the_names_around_it() -> None:
    words = "directed that the NSC Under Secretaries Committee undertake a study"
    assert _names(words, "O O O B-ORG O B-ORG I-ORG O O O") == ["NSC Under Secretaries Committee"]


def test_a_capitalized_rank_word_begins_the_name_after_it() -> None:
    words = "sent to the Under Secretaries Committee today"
    assert _names(words, "O O O O B-ORG I-ORG O") == ["Under Secretaries Committee"]


def test_a_rank_word_in_lower_case_or_opening_the_sentence_joins_nothing() -> None:
    lower = _names("the NSC under Secretaries Committee", "O B-ORG O B-ORG I-ORG")
    assert lower == ["NSC", "Secretaries Committee"]
    assert _names("Under Secretaries Committee", "O B-ORG I-ORG") == ["Secretaries Committee"]
