"""A course regarded with a feeling (kg.extract.regarded_courses); invented sentences in the style of the
corpus volumes."""

from __future__ import annotations

from .built import SPEAKER, stances

DEPARTMENT = {"Department": ("department", "Organization"), "Government": ("great-britain", "Government")}


def test_looking_with_disfavor_upon_a_proposed_change_rejects_it() -> None:
    sentence = "The Department looks with disfavor upon the proposed change."
    (found,) = stances(sentence, "regarded_with", "looks", DEPARTMENT)
    assert (found.stance, found.actor, found.target.text) == ("reject", "department", "change")


def test_a_feeling_the_parser_hung_on_the_object_is_the_regarders() -> None:
    sentence = "The British Government views the proposal with grave misgiving."
    (found,) = stances(sentence, "regarded_with", "views", DEPARTMENT)
    assert (found.stance, found.actor, found.target.text) == ("reject", "great-britain", "proposal")


def test_attention_is_no_feeling_about_the_course() -> None:
    assert stances("We look with interest at the plan.", "regarded_with", "look") == []


def test_a_plan_regarded_with_sympathy_is_approved() -> None:
    (found,) = stances("We regard the plan with sympathy.", "regarded_with", "regard")
    assert (found.stance, found.actor, found.target.text) == ("approve", SPEAKER, "plan")
