"""A party "for" an act, on small built Docs."""

from __future__ import annotations

from .built import SPEAKER
from .built import stances as _stances

COUNCIL = {"Council": ("council", "Government")}


def _for(sentence: str) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, "favoured_act", "for", COUNCIL)]


def test_an_actor_for_an_act_approves_it_and_not_for_it_rejects_it() -> None:
    assert _for("The Council was for keeping the present tariff.") == [("approve", "council", "keeping")]
    assert _for("The Council was not for keeping the present tariff.") == [("reject", "council", "keeping")]


def test_a_thing_for_an_act_names_its_purpose_no_stance() -> None:
    assert _for("The cable was for informing the Council.") == []


def _aim(sentence: str, noun: str) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, "stated_aim", noun)]


def test_a_partys_aim_stated_as_a_course_approves_it() -> None:
    assert _aim("Our first aim must be a truce.", "aim") == [("approve", SPEAKER, "truce")]
    assert _aim("Our policy remains to support the treaty.", "policy") == [("approve", SPEAKER, "support")]


def test_an_aim_no_party_owns_or_put_as_is_to_is_left_alone() -> None:
    assert _aim("The first aim must be a truce.", "aim") == []
    assert _aim("Our policy is to support the treaty.", "policy") == []  # stated_plan reads it
