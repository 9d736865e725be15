"""Stances put as nouns on built Docs: an objection held or raised ("no objection" turns it round; a
guess at another party's objection is no stance); a course after a noun of need is approved by whoever
states the need (not where the need is a reason given or an urging told)."""

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


MINISTER = {"Minister": ("minister", "Person")}


def test_a_course_after_a_noun_of_need_is_the_speakers_approval() -> None:
    sentence = (
        "These suggestions do not affect the necessity of obtaining guarantees from the neutral Governments."
    )
    (stance,) = _stances(sentence, "needed_course", "necessity")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "obtaining")
    assert stance.span.start == sentence.index("affect")


def test_the_party_that_stresses_a_need_is_the_one_that_approves() -> None:
    sentence = "The Minister is stressing the importance of making the paragraph clear."
    (stance,) = _stances(sentence, "needed_course", "importance", MINISTER)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "minister", "making")


def test_an_urging_told_a_need_given_as_reason_and_no_necessity_are_no_stance() -> None:
    assert (
        _stances("He urged the necessity of obtaining an early settlement.", "needed_course", "necessity")
        == []
    )
    sentence = "The Minister agreed because of the necessity of consulting the Chamber."
    assert _stances(sentence, "needed_course", "necessity", MINISTER) == []
    assert _stances("There is no necessity of refunding the funds.", "needed_course", "necessity") == []


def test_a_pronoun_for_a_course_is_what_the_held_approval_bears_on() -> None:
    (stance,) = _stances("This has the approval of the Department.", "stance_noun", "approval", DEPARTMENT)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "department", "This")


def test_exception_taken_to_a_statement_rejects_it() -> None:
    (stance,) = _stances("We take serious exception to the statement.", "stance_noun", "exception")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "statement")


def test_an_exception_made_or_an_issue_taken_up_is_no_stance() -> None:
    sentence = "The Department makes an exception for diplomatic mail."
    assert _stances(sentence, "stance_noun", "exception", DEPARTMENT) == []
    assert _stances("The Department took up the issue of the loan.", "stance_noun", "issue", DEPARTMENT) == []


def test_importance_attached_to_a_course_approves_it() -> None:
    (stance,) = _stances("We attach great importance to settling the issue.", "needed_course", "importance")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "settling")


def test_one_convinced_of_the_importance_of_a_course_approves_it_but_a_reason_states_nothing() -> None:
    sentence = "The Department remains convinced of the importance of developing broad relations."
    (stance,) = _stances(sentence, "needed_course", "importance", DEPARTMENT)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "department", "developing")
    sentence = "Because of the importance of the issue, we called a meeting."
    assert _stances(sentence, "needed_course", "importance") == []
