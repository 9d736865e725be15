"""A verb left with a bare preposition before "or"/"and" shares the next verb's object: one instruction."""
from __future__ import annotations

from .built import speaker_directives


def test_a_stranded_preposition_joins_the_next_verb() -> None:
    found = speaker_directives("You will call on or write to the Governor at once.")
    assert list(found) == ["call"]
    assert found["call"][2] == "You will call on or write to the Governor at once"
    assert found["call"][1] == "herrick"


def test_a_preposition_with_its_object_keeps_two_instructions() -> None:
    found = speaker_directives("You will call on the Governor and write to the Consul.")
    assert set(found) == {"call", "write"}
    assert found["call"][2] == "You will call on the Governor"


def test_an_adverbial_particle_completes_its_verb() -> None:
    found = speaker_directives("You will go out and meet the envoys at the gate.")
    assert set(found) == {"go", "meet"}
    assert found["go"][2] == "You will go out"

