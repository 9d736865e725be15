"""An adjective of assent or hostility with a "to" course ("is agreeable to the proposed plan", "is
not favorable to the proposal"): its actor subject approves (rejects, negated or hostile) the course;
"to me" is a courtesy to a person, and other evaluative words with "to" ("friendly to") take no course."""

from __future__ import annotations

from .built import stances as _stances

BOLIVIA = {"Government": ("bolivia", "Country"), "Minister": ("minister", "Person")}


def test_a_party_agreeable_to_a_plan_approves_it() -> None:
    sentence = "The Bolivian Government is agreeable to the proposed plan."
    (stance,) = _stances(sentence, "complement_evaluation", "agreeable", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "bolivia", "plan")


def test_a_party_not_favorable_to_a_proposal_rejects_it() -> None:
    sentence = "The Bolivian Government is not favorable to the proposal."
    (stance,) = _stances(sentence, "complement_evaluation", "favorable", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "bolivia", "proposal")


def test_agreeable_to_a_person_is_no_stance() -> None:
    sentence = "The Bolivian Minister was most agreeable to me."
    assert _stances(sentence, "complement_evaluation", "agreeable", BOLIVIA) == []


def test_an_evaluative_word_outside_the_class_takes_no_to_course() -> None:
    sentence = "The Bolivian Government is friendly to the plan."
    assert _stances(sentence, "complement_evaluation", "friendly", BOLIVIA) == []
