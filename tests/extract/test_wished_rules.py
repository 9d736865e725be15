"""Judgements whose course is an "if" clause after an empty "it", a wish nobody holds, judgements of an
act of telling, a subject raised by "appear", and the idiom of welcoming a course (built Docs, parses in
data/parses_wished.json)."""

from __future__ import annotations

from .built import SPEAKER
from .built import stances as _stances


def test_a_hypothetical_judgement_judges_the_if_clause_it_anticipates() -> None:
    sentence = "It would be helpful if the proceedings could be postponed."
    (stance,) = _stances(sentence, "evaluation", "helpful")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "postponed")
    (stance,) = _stances("It would be a mistake if the talks were postponed.", "judgement", "mistake")
    assert (stance.stance, stance.target.text) == ("reject", "postponed")


def test_an_if_clause_is_no_course_where_the_judgement_names_one_or_states_a_fact() -> None:
    sentence = "It would be advisable to keep them here if it were possible."
    (stance,) = _stances(sentence, "judgement", "advisable")
    assert stance.target.text == "keep"  # the infinitive is judged; "if it were possible" is a condition
    assert _stances("It is helpful if the proceedings are postponed.", "evaluation", "helpful") == []
    sentence = "It would be unfortunate if the talks broke down."  # an event, not a course
    assert _stances(sentence, "judgement", "unfortunate") == []


def test_an_if_clause_another_is_to_carry_out_is_a_request_not_a_stance() -> None:
    sentence = "It would be helpful if you could postpone the proceedings."
    assert _stances(sentence, "evaluation", "helpful") == []
    sentence = "It would be useful if the Embassy could obtain a copy of the note."
    assert _stances(sentence, "evaluation", "useful") == []
    (stance,) = _stances("It would be helpful if we could postpone the meeting.", "evaluation", "helpful")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "postpone")


def test_looking_forward_to_a_course_welcomes_it() -> None:
    sentence = "The President looks forward to an exchange with the Chinese leaders."
    (stance,) = _stances(sentence, "stance_verb", "looks", {"President": ("president", "Person")})
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "president", "exchange")
    assert _stances("I look forward to hearing from you.", "stance_verb", "look") == []  # a closing formula


def test_a_wish_nobody_is_said_to_hold_explains_and_decides_nothing() -> None:
    sentence = "The real cause is a desire to await the return of the manager."
    assert _stances(sentence, "evaluation", "desire") == []
    sentence = "It is the desire of my Government to await the return of the manager."
    (stance,) = _stances(sentence, "evaluation", "desire")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "await")


def test_a_judgement_of_an_act_of_telling_or_reporting_is_no_stance_but_advice_to_tell_is() -> None:
    assert _stances("I am glad to inform you of the decision of the Government.", "evaluation", "glad") == []
    sentence = "It is unfortunate to report the withdrawal of the offer."
    assert _stances(sentence, "judgement", "unfortunate") == []
    (stance,) = _stances("It would be better to tell the Minister of our decision.", "evaluation", "better")
    assert (stance.stance, stance.target.text) == ("approve", "tell")


def test_the_subject_of_appear_or_seem_is_the_one_whose_disposition_is_judged() -> None:
    sentence = "London appears to be reluctant to take the initiative."
    (stance,) = _stances(sentence, "judgement", "reluctant", {"London": ("britain", "Government")})
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "britain", "take")
