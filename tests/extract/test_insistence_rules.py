"""Insistence on a course on built Docs: its subject approves the course (a noun or a gerund after
"on / upon"); a demand dropped ("no longer insists") or supposed ("if X insists upon") is no stance."""

from __future__ import annotations

from .built import stances as _stances

PERU = {"Government": ("peru", "Country")}


def test_a_party_that_insists_upon_a_course_approves_it() -> None:
    sentence = "The Peruvian Government insists upon the payment of the indemnity."
    (stance,) = _stances(sentence, "insisted_course", "insists", PERU)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "peru", "payment")
    assert sentence[stance.span.start : stance.span.end].startswith("The Peruvian Government insists")


def test_a_gerund_insisted_on_is_the_course() -> None:
    sentence = "The Peruvian Government insisted on reopening the question."
    (stance,) = _stances(sentence, "insisted_course", "insisted", PERU)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "peru", "reopening")


def test_a_demand_no_longer_insisted_upon_is_given_up() -> None:
    sentence = "The Peruvian Government no longer insists upon the payment of the indemnity."
    (stance,) = _stances(sentence, "insisted_course", "insists", PERU)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "peru", "payment")


def test_an_insistence_supposed_in_a_condition_is_no_stance() -> None:
    sentence = (
        "If the Peruvian Government insists upon the payment of the indemnity, the Legation will protest."
    )
    assert _stances(sentence, "insisted_course", "insists", PERU) == []


LEGATION = {"Legation": ("legation", "Organization")}


def test_what_a_relative_clause_insisted_upon_is_the_noun_it_hangs_on() -> None:
    sentence = "Peru accepted the compensations which the Legation had insisted upon."
    (stance,) = _stances(sentence, "insisted_course", "insisted", LEGATION)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "legation", "compensations")
    quote = sentence[stance.span.start : stance.span.end]
    assert quote == "the compensations which the Legation had insisted upon"


def test_without_insisting_on_a_course_is_no_stance_on_it() -> None:
    sentence = (
        "The Peruvian Government is willing to resume the talks without insisting on preconditions."
    )
    assert _stances(sentence, "insisted_course", "insisting", PERU) == []


def test_a_demand_not_insisted_upon_is_left_open() -> None:
    sentence = "The Peruvian Government does not insist upon the payment of the indemnity."
    assert _stances(sentence, "insisted_course", "insist", PERU) == []
