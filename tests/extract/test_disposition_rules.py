"""Dispositions on built Docs ("prepared", "resolved" ... to act): the parser hangs the infinitive on
another word past words set off by commas, or reads the participle as a passive verb; the evidence runs
to that infinitive. A noun that names a course ("an agreement") evaluates nothing."""

from __future__ import annotations

from .built import stances as _stances

MINISTER = {"Minister": ("minister", "Person")}


def test_a_disposition_takes_its_infinitive_past_words_set_off_by_commas() -> None:
    sentence = (
        "The Minister is prepared, subject to the approval of the Council, to take over the administration, "
    )
    sentence += "it being understood that he will choose his staff."
    (stance,) = _stances(sentence, "judgement", "prepared", MINISTER)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "minister", "take")
    assert sentence[stance.span.start : stance.span.end].endswith("to take over the administration")


def test_a_disposition_parsed_as_a_passive_verb_is_its_subjects_stance() -> None:
    sentence = "The Soviets would be prepared, at Vienna, to have an agreement on the defensive systems."
    soviets = {"Soviets": ("soviet-union", "Government")}
    (stance,) = _stances(sentence, "judgement", "prepared", soviets)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "soviet-union", "have")


def test_a_noun_that_names_a_course_is_no_evaluation_of_another() -> None:
    sentence = "They would be prepared to have an agreement coupled with a broad agreement on the zone."
    assert _stances(sentence, "evaluation", "agreement") == []
