"""A noun of inability ("expressed his inability to ...") read as a stance noun, on built Docs."""

from __future__ import annotations

from .built import stances as _stances

GOVERNOR = {"Governor": ("governor", "Person")}


def _read(sentence: str, at: str) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, "stance_noun", at, GOVERNOR)]


def test_inability_to_act_rejects_the_act() -> None:
    sentence = "The Governor expressed his inability to release the steamer."
    assert _read(sentence, "inability") == [("reject", "governor", "release")]


def test_inability_to_accept_rejects_what_is_not_accepted() -> None:
    sentence = "The Governor regretted his inability to accept the proposal."
    assert _read(sentence, "inability") == [("reject", "governor", "proposal")]


def test_willingness_stays_an_approval() -> None:
    sentence = "The Governor expressed his willingness to release the steamer."
    assert _read(sentence, "willingness") == [("approve", "governor", "release")]
