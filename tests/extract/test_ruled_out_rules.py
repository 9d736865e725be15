"""Courses ruled out with "out of the question" on built Docs."""

from __future__ import annotations

from .built import SPEAKER
from .built import stances as _stances

RULE = "ruled_out"
MINISTER = {"Minister": ("minister", "Person"), "Government": ("government", "Government")}


def _read(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, RULE, "question", actors)]


def test_a_said_course_out_of_the_question_is_the_sayers_rejection() -> None:
    sentence = "The Minister said that a postponement of the conference was out of the question."
    assert _read(sentence, MINISTER) == [("reject", "minister", "postponement")]


def test_telegraphese_without_articles_reads_the_same() -> None:
    sentence = "The Minister said reduction of duty was out of question."
    assert _read(sentence, MINISTER) == [("reject", "minister", "reduction")]


def test_after_a_placeholder_it_the_infinitive_is_ruled_out() -> None:
    sentence = (
        "The Minister replied that it was out of the question for the Government to withdraw its troops."
    )
    assert _read(sentence, MINISTER) == [("reject", "minister", "withdraw")]


def test_the_writers_own_narration_is_an_assessment_and_reads_nothing() -> None:
    assert _read("Any reduction of the duty is out of question.") == []
    assert _read("It was out of the question for the Government to withdraw its troops.", MINISTER) == []


def test_a_sayer_who_is_no_actor_lends_the_stance_to_no_one() -> None:
    assert _read("Haidar said that the loan was out of the question.") == []


def test_not_out_of_the_question_leaves_a_course_possible_and_reads_nothing() -> None:
    sentence = "The Minister said that evacuation of the garrison was not out of the question."
    assert _read(sentence, MINISTER) == []


UNSEEN = "objection_not_seen"
AMBASSADOR = {"Minister": ("minister", "Person"), "Ambassador": ("ambassador", "Person")}


def _unseen(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> list[tuple[str, str, str]]:
    found = _stances(sentence, UNSEEN, "objection", actors)
    return [(s.stance, s.actor, s.target.text) for s in found]


def test_an_objection_seen_by_no_one_approves_the_course_just_proposed() -> None:
    sentence = "The Minister proposed a joint inquiry into the riots. I said I saw no objection."
    assert _unseen(sentence, AMBASSADOR) == [("approve", SPEAKER, "inquiry")]


def test_a_negated_verb_with_any_denies_the_objection_as_well() -> None:
    sentence = "The Ambassador suggested a meeting at Geneva. The Minister did not see any objection."
    assert _unseen(sentence, AMBASSADOR) == [("approve", "minister", "meeting")]


def test_an_objection_to_a_named_course_is_left_to_the_stance_noun() -> None:
    sentence = "The Ambassador suggested a meeting at Geneva. The Minister saw no objection to an inquiry."
    assert _unseen(sentence, AMBASSADOR) == []


def test_a_supposed_absence_of_objection_reads_nothing() -> None:
    sentence = (
        "The Ambassador suggested a meeting at Geneva. If the Minister sees no objection, I shall attend it."
    )
    assert _unseen(sentence, AMBASSADOR) == []


def test_with_no_course_put_forward_nothing_is_read() -> None:
    assert _unseen("The Minister saw no objection.", AMBASSADOR) == []
