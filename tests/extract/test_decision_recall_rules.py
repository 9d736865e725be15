"""Hyphened evaluations ("ill-timed", "ill-advised") on built Docs: the word before the hyphen judges."""

from __future__ import annotations

from .built import SPEAKER
from .built import stances as _stances

MINISTER = {"Minister": ("minister", "Person")}


def test_an_ill_timed_course_is_rejected_by_the_one_who_agrees() -> None:
    sentence = "I agree with the Ambassador that withdrawal is ill-timed."
    (stance,) = _stances(sentence, "hyphened_evaluation", "ill")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "withdrawal")


def test_an_ill_advised_extraposed_course_is_rejected() -> None:
    (stance,) = _stances(
        "It would be ill-advised to send troops to the frontier.", "hyphened_evaluation", "ill"
    )
    assert (stance.stance, stance.target.text) == ("reject", "send")


def test_the_plain_evaluation_reads_nothing_at_the_participle() -> None:
    assert _stances("The plan is ill-timed.", "evaluation", "timed") == []
    assert _stances("The plan is ill-timed.", "hyphened_evaluation", "timed") == []


def test_a_well_founded_plan_is_approved_and_a_report_no_course() -> None:
    (stance,) = _stances(
        "The Minister thinks the plan is well-founded.", "hyphened_evaluation", "well", MINISTER
    )
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "minister", "plan")
    assert _stances("The report is well-informed.", "hyphened_evaluation", "well") == []
