"""Seeing one's way to a course on built Docs: a party that cannot see its way to a course rejects it
(a verb of stance in the course composes); supposed in a condition, or with no possessive on "way"
("sees a way to avoid"), it is no stance."""

from __future__ import annotations

from .built import stances as _stances

BOLIVIA = {"Government": ("bolivia", "Country")}


def test_a_party_that_cannot_see_its_way_to_accept_rejects_the_course() -> None:
    sentence = "The Bolivian Government cannot see its way to accept the proposed boundary."
    (stance,) = _stances(sentence, "way_seen", "see", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "bolivia", "boundary")


def test_not_seeing_its_way_clear_to_an_act_rejects_the_act() -> None:
    sentence = "The Bolivian Government does not see its way clear to reduce the duty."
    (stance,) = _stances(sentence, "way_seen", "see", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "bolivia", "reduce")


def test_a_way_seen_in_a_condition_is_no_stance() -> None:
    sentence = "If the Bolivian Government can see its way to accept the proposal, the treaty will be signed."
    assert _stances(sentence, "way_seen", "see", BOLIVIA) == []


def test_a_way_with_no_possessive_is_no_stance() -> None:
    sentence = "The Bolivian Government sees a way to avoid the difficulty."
    assert _stances(sentence, "way_seen", "sees", BOLIVIA) == []


def test_a_way_hoped_for_under_would_is_no_stance() -> None:
    sentence = "The Minister hoped that the Bolivian Government would see its way clear to reduce the duty."
    assert _stances(sentence, "way_seen", "see", BOLIVIA) == []
