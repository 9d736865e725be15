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
