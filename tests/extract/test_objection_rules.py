"""An objection held or raised by a party is its stance on what the objection is "to"; "no objection"
turns it round; a guess at another party's objection ("could have no objection") is no stance."""

from __future__ import annotations

from .built import SPEAKER
from .built import stances as _stances

DEPARTMENT = {"Department": ("department", "Organization")}
OFFICE = {"Office": ("foreign-office", "Organization")}


def test_a_party_that_has_no_objection_to_a_course_approves_it() -> None:
    sentence = "The Department has no objection to the proposed settlement."
    (stance,) = _stances(sentence, "stance_noun", "objection", DEPARTMENT)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "department", "settlement")


def test_the_speaker_who_would_have_no_objection_approves() -> None:
    sentence = "We would have no objection to the proposed settlement."
    (stance,) = _stances(sentence, "stance_noun", "objection")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "settlement")


def test_an_objection_raised_to_a_draft_rejects_it() -> None:
    sentence = "The Foreign Office has raised an objection to the draft."
    (stance,) = _stances(sentence, "stance_noun", "objection", OFFICE)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "foreign-office", "draft")


def test_what_another_party_could_object_to_is_a_guess_not_its_stance() -> None:
    sentence = "The Senate could have no objection to our sitting in the conference."
    senate = {"Senate": ("senate", "Organization")}
    assert _stances(sentence, "stance_noun", "objection", senate) == []
