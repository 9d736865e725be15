"""Names of actors as mentions give them: what the tagger ran into or stopped short of is cut."""

from __future__ import annotations

from kg.extract.actor_names import clean_name


def test_a_name_the_tagger_stopped_at_a_function_word_loses_it_but_a_name_with_one_inside_keeps_it() -> None:
    assert clean_name("Zenda War Office of") == "Zenda War Office"  # "... of January 20": a date follows
    assert clean_name("Provisional Council of the") == "Provisional Council"
    assert clean_name("Sapt at") == "Sapt"
    assert clean_name("Secretary of State for Ruritania") == "Secretary of State for Ruritania"
    assert clean_name("Bank of Zenda") == "Bank of Zenda"
