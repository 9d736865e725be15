"""Names of actors as mentions give them: what the tagger ran into or stopped short of is cut."""

from __future__ import annotations

import spacy

from kg.extract.actor_names import MentionIndex, clean_name
from kg.extract.lexicon import load_lexicon


def test_a_name_the_tagger_stopped_at_a_function_word_loses_it_but_a_name_with_one_inside_keeps_it() -> None:
    assert clean_name("Zenda War Office of") == "Zenda War Office"  # "... of January 20": a date follows
    assert clean_name("Provisional Council of the") == "Provisional Council"
    assert clean_name("Sapt at") == "Sapt"
    assert clean_name("Secretary of State for Ruritania") == "Secretary of State for Ruritania"
    assert clean_name("Bank of Zenda") == "Bank of Zenda"


def test_a_possessive_ending_is_no_part_of_a_name_whichever_apostrophe_it_is_printed_with() -> None:
    assert {clean_name(n) for n in ("Sapt's", "Sapt’s", "Saptʼs", "Sapt")} == {"Sapt"}


def test_a_bare_government_word_names_no_party_but_a_named_government_or_state_does() -> None:
    index = MentionIndex(load_lexicon(), None, spacy.blank("en")("x"), [])  # type: ignore[arg-type]
    assert index.not_a_party("Government")  # "his Government": whose, the word before says
    assert index.not_a_party("Governments")
    assert not index.not_a_party("Zendan Government")
    assert not index.not_a_party("State")  # "State and Defense": the Department
