"""Telegraphic sentences with a dropped subject, on small built Docs: a third-person verb form takes
the party the sentence before was about; the writer's own form keeps the writer."""

from __future__ import annotations

from .built import SPEAKER
from .built import stances as _stances

PREMIER = {"Premier": ("premier", "Person")}


def _prefers(sentence: str, verb: str) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, "preference", verb, PREMIER)]


def test_a_third_person_verb_with_no_subject_is_the_previous_subjects_stance() -> None:
    sentence = (
        "The Premier agrees with your plan. "
        "On the other hand, does not share our view but prefers to delay the vote."
    )
    assert _prefers(sentence, "prefers") == [("approve", "premier", "delay")]


def test_the_writers_own_verb_form_with_no_subject_stays_the_writers() -> None:
    sentence = (
        "The Premier agrees with your plan. "
        "On the other hand, do not share his view but prefer to delay the vote."
    )
    assert _prefers(sentence, "prefer") == [("approve", SPEAKER, "delay")]
