"""Options read from what a sentence is about: an impersonal rule that only asks for something to be
weighed or thought of puts no course forward; an act that a message or a discussion is about is one."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, word


def rules(sentence: str, at: str) -> list[str]:
    """What the impersonal-rule construction reads at the word ``at``."""
    ctx, voice = built(sentence)
    return [
        ctx.sdoc[c.start : c.end + 1].text
        for c in get("options", "impersonal_rule").func(ctx, word(ctx, at), voice)
    ]


def test_what_is_to_be_taken_into_account_or_borne_in_mind_is_no_rule() -> None:
    assert rules("The expense of the cable must be taken into account.", "taken") == []
    assert rules("Such claims should be borne in mind by the delegates.", "borne") == []


def test_what_is_to_be_considered_so_or_given_consideration_is_no_rule() -> None:
    assert rules("The old tariff must be considered final.", "considered") == []
    assert rules("Any plan for a truce should be given careful study and consideration.", "given") == []


def test_a_measure_to_be_taken_stays_a_rule() -> None:
    assert rules("The consular guard shall be withdrawn from the port.", "withdrawn") == [
        "The consular guard shall be withdrawn from the port"
    ]


def topics(sentence: str, at: str) -> list[str]:
    """What the topic-course construction reads at the word ``at``."""
    ctx, voice = built(sentence)
    return [
        ctx.sdoc[c.start : c.end + 1].text
        for c in get("options", "topic_course").func(ctx, word(ctx, at), voice)
    ]


def test_an_act_a_message_or_a_discussion_is_about_is_a_course_on_the_table() -> None:
    telegram = "The Minister read a telegram with regard to the retention of the services of Mr. Brown."
    assert topics(telegram, "retention") == ["the retention of the services of Mr. Brown"]
    memorandum = "He handed me a memorandum regarding the withdrawal of the consular guard."
    assert topics(memorandum, "withdrawal") == ["the withdrawal of the consular guard"]
    question = "Mr. Hill took up the question of the evacuation of the port."
    assert topics(question, "evacuation") == ["the evacuation of the port"]
    assert topics(question, "port") == []  # the object of the act is no course of its own


def test_a_misdeed_a_state_or_an_act_with_no_object_is_no_topic_course() -> None:
    assert topics("I wrote to him concerning the violation of the armistice.", "violation") == []
    assert topics("He spoke regarding the relations of the two countries.", "relations") == []
    assert topics("He handed me a memorandum regarding the negotiation.", "negotiation") == []


def test_a_gerund_with_its_object_that_a_talk_is_about_is_a_course() -> None:
    assert topics("I wrote to him with regard to concluding an armistice.", "concluding") == [
        "concluding an armistice"
    ]
    withdrawing = "He raised the question of withdrawing the troops from the capital."
    assert topics(withdrawing, "withdrawing") == ["withdrawing the troops from the capital"]
    assert topics("The problem of feeding the army is grave.", "feeding") == []  # a difficulty, no topic
