"""A proposal noun in an idiom of occasion, manner or accord ("at his request", "of course", "in
agreement with the facts") names no course on the table; the same noun with its content does."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, word


def courses(sentence: str, at: str) -> list[str]:
    ctx, voice = built(sentence)
    found = get("options", "proposal_noun").func(ctx, word(ctx, at), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_on_someones_word_is_no_course_but_a_request_saying_what_is() -> None:
    assert courses("At President Sacasa's request I called on him tonight.", "request") == []
    assert courses("At the request of several citizens I called on the general.", "request") == []
    assert courses("I called on him at the request that the troops withdraw.", "request") == [
        "the request that the troops withdraw"
    ]
    sentence = "I am gratified at the suggestion of my assuming the duties."
    assert courses(sentence, "suggestion") == ["the suggestion of my assuming the duties"]


def test_of_course_is_an_adverb_but_a_course_of_action_is_a_course() -> None:
    assert courses("This will require care except, of course, where the files are needed.", "course") == []
    assert courses("We will adopt a course of action at once.", "course") == ["a course of action"]


def test_being_in_agreement_with_something_is_concurrence_not_an_agreement() -> None:
    sentence = "Their reply is in substantial agreement with the facts given in your telegram."
    assert courses(sentence, "agreement") == []
    sentence = "We accepted the agreement with Chile given in your telegram."
    assert courses(sentence, "agreement") == ["the agreement with Chile given in your telegram"]


def test_a_position_as_someone_is_a_post_held_but_a_position_set_forth_is_a_stand() -> None:
    assert courses("He cited his judicial position as a member of the Commission.", "position") == []
    sentence = "We maintain our position as set forth in the note."
    assert courses(sentence, "position") == ["our position as set forth in the note"]
