"""The lexicon's data files load, and a list named twice is an error instead of a silent override."""

from __future__ import annotations

import json

import pytest

from kg.extract.lexicon import _unique_keys, load_lexicon


def test_the_shipped_lexicon_names_each_list_once() -> None:
    lexicon = load_lexicon()
    assert lexicon.cues and lexicon.actors and lexicon.evaluation


def test_a_list_named_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="named twice: causative_verbs"):
        json.loads('{"causative_verbs": ["have"], "x": [], "causative_verbs": ["get"]}',
                   object_pairs_hook=_unique_keys)


def test_first_words_of_word_lists_phrase_lists_and_tables() -> None:
    lexicon = load_lexicon()
    assert lexicon.first_words(("copulas",)) == frozenset(lexicon.cues["copulas"])
    phrases = lexicon.first_words(("reject_phrases",))  # [["turn", "down"], ...]: the first words
    assert phrases == {phrase[0] for phrase in lexicon.cues["reject_phrases"]}
    assert lexicon.first_words(("condition_phrases",)) == set(lexicon.cues["condition_phrases"])  # its keys
    valence = lexicon.first_words(("evaluation:positive", "copulas"))  # another table's list by "table:name"
    assert valence == set(lexicon.evaluation["positive"]) | set(lexicon.cues["copulas"])
