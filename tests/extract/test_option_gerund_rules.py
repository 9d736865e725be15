"""The gerund course after a word of stance or intention (``stance_gerund``), on small built input."""

from __future__ import annotations

from kg.extract.options import Course
from kg.extract.registry import get

from .built import built, word


def stance_gerund(sentence: str, governor: str) -> list[str]:
    ctx, voice = built(sentence)
    courses: list[Course] = get("options", "stance_gerund").func(ctx, word(ctx, governor), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in courses]


def test_the_gerund_after_a_noun_of_objection_is_the_course() -> None:
    sentence = "They have no objection to our calling at the port on Monday."
    assert stance_gerund(sentence, "objection") == ["our calling at the port"]


def test_the_gerund_after_a_verb_of_approval_is_the_course_with_what_it_causes() -> None:
    sentence = "The Commissioners would approve of having the board bear the cost."
    assert stance_gerund(sentence, "approve") == ["having the board bear the cost"]


def test_a_noun_in_ing_with_a_particle_is_a_gerund() -> None:
    sentence = "He has indicated his intention of handing over the service to the Government."
    assert stance_gerund(sentence, "intention") == ["handing over the service to the Government"]


def test_a_course_named_before_is_not_a_new_one() -> None:
    assert stance_gerund("We have no objection to doing so.", "objection") == []


def test_a_noun_in_ing_without_a_verbs_dependents_is_a_thing() -> None:
    assert stance_gerund("We have no objection to the meeting of the two ministers.", "objection") == []


def test_a_word_in_ing_with_an_article_is_a_noun() -> None:
    sentence = "The Governments therefore agree to the following: 1. The ports shall be opened."
    assert stance_gerund(sentence, "agree") == []


def test_a_time_or_place_after_the_verb_is_no_course() -> None:
    assert stance_gerund("The Council decided at the meeting on Monday.", "decided") == []


def test_a_proposal_noun_is_itself_the_option() -> None:
    assert stance_gerund("They submitted a plan for dealing with the claims.", "plan") == []


def test_the_course_of_a_demand_is_what_it_asks_for() -> None:
    sentence = "They supported him in demanding an indemnity from the Government."
    assert stance_gerund(sentence, "supported") == []


def test_in_favour_of_names_the_course_and_a_courtesy_does_not() -> None:
    sentence = "The Senator spoke in favor of extending the treaty by a declaration."
    assert stance_gerund(sentence, "favor") == ["extending the treaty by a declaration"]
    assert stance_gerund("Would you do me the favor of informing the Minister of this?", "favor") == []


def weighed_gerund(sentence: str, governor: str) -> list[str]:
    ctx, voice = built(sentence)
    courses: list[Course] = get("options", "weighed_gerund").func(ctx, word(ctx, governor), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in courses]


def test_the_gerund_object_of_a_verb_of_weighing_or_stance_is_the_course() -> None:
    sentence = "The Department will consider sending a written reply on this subject."
    assert weighed_gerund(sentence, "consider") == ["sending a written reply on this subject"]
    sentence = "The Commission disapproved making the advance before the report."
    assert weighed_gerund(sentence, "disapproved") == ["making the advance before the report"]


def test_a_gerund_that_says_nothing_done_or_has_its_own_subject_is_no_course() -> None:
    assert weighed_gerund("We would consider doing so.", "consider") == []
    assert weighed_gerund("I think that they are pursuing dilatory tactics.", "think") == []
