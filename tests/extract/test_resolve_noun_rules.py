"""A noun of resolve with its to-infinitive ("its decision to suspend", "the determination of his
Government to accept") is its owner's stance on that course; the owner may be a third person possessive
bound to the subject of the verb that states the noun through a preposition; asked about ("as to their
intention"), or with no course after it, it is none."""

from __future__ import annotations

from .built import stances as _stances

BOLIVIA = {"Government": ("bolivia", "Country")}


def test_a_decision_told_through_of_binds_its_possessor_to_the_subject() -> None:
    sentence = (
        "The Bolivian Government has informed the Legation of its decision to suspend the negotiations."
    )
    (stance,) = _stances(sentence, "stance_noun", "decision", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "bolivia", "suspend")


def test_a_determination_to_accept_composes_with_the_verb_of_stance() -> None:
    sentence = "The Minister announced the determination of his Government to accept the award."
    (stance,) = _stances(sentence, "stance_noun", "determination", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "bolivia", "award")


def test_an_intention_asked_about_is_no_stance() -> None:
    sentence = (
        "The Legation inquired as to the intention of the Bolivian Government to suspend the negotiations."
    )
    assert _stances(sentence, "stance_noun", "intention", BOLIVIA) == []


def test_a_decision_with_no_course_after_it_is_no_stance() -> None:
    sentence = "The decision of the Bolivian Government was received yesterday."
    assert _stances(sentence, "stance_noun", "decision", BOLIVIA) == []


def test_an_approval_withheld_is_a_rejection() -> None:
    sentence = "The Bolivian Government has withheld its approval of the treaty."
    (stance,) = _stances(sentence, "stance_noun", "approval", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "bolivia", "treaty")


def test_an_approval_not_withheld_is_given() -> None:
    sentence = "The Bolivian Government has not withheld its approval of the treaty."
    (stance,) = _stances(sentence, "stance_noun", "approval", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "bolivia", "treaty")
