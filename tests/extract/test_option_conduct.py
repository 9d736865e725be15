"""A paper filed or sent, an if-clause the parser made the head of its sentence, and the reader asked
to tell or to judge are no courses on the table; a rule on a treaty and a course hoped of us stay."""

from __future__ import annotations

from .built import courses

RULE, WEIGHED = "impersonal_rule", "weighed_course"


def test_a_paper_kept_or_sent_is_no_rule_but_a_treaty_ratified_is() -> None:
    assert courses(RULE, "Copies of these letters should be kept in the confidential file.", "kept") == []
    assert courses(RULE, "The old treaty should be ratified at once.", "ratified") == [
        "The old treaty should be ratified at once"
    ]


def test_an_if_clause_at_the_head_of_its_sentence_is_no_rule() -> None:
    assert courses(RULE, "If this point should be further explained please instruct.", "explained") == []


def test_the_reader_asked_to_say_something_is_no_course_but_a_course_hoped_of_us_is() -> None:
    assert courses(WEIGHED, "I hope that you will say to him that we cannot accept the plan.", "hope") == []
    assert courses(WEIGHED, "They hope that we will send a squadron to the port.", "hope") == [
        "send a squadron to the port"
    ]
