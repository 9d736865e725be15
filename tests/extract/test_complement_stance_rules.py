"""Stances put through a complement (a feeling about a course, an obstacle denied, a negated reluctance,
a proposal an actor will not put forward), "agree about", and the agent of a stranded passive ("the
terms agreed to by X") (built Docs, parses in data/parses_complement_stances.json)."""

from __future__ import annotations

from kg.extract.deciders import decider, decision_object

from .built import SPEAKER, built, word
from .built import stances as _stances

THIEU = {"Thieu": ("thieu", "Person")}
CHANCELLOR = {"Chancellor": ("brandt", "Person")}
BRANDT = {"Brandt": ("brandt", "Person")}
HANOI = {"Hanoi": ("hanoi", "Government")}


def test_an_evaluative_adjective_judges_its_complement_and_its_subject_holds_the_judgement() -> None:
    sentence = "Thieu is entirely comfortable with your proposed schedule."
    (stance,) = _stances(sentence, "complement_evaluation", "comfortable", THIEU)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "thieu", "schedule")
    sentence = "The Chancellor is not interested in reopening the talks with Bonn."
    (stance,) = _stances(sentence, "complement_evaluation", "interested", CHANCELLOR)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "brandt", "reopening")


def test_a_feeling_about_it_bears_on_the_course_the_sentence_before_takes_as_object() -> None:
    sentence = "The Chancellor has read the draft. He is pleased with it."
    (stance,) = _stances(sentence, "complement_evaluation", "pleased", CHANCELLOR)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "brandt", "draft")
    sentence = "The Chancellor has read the news. He is pleased with it."  # no course: the pronoun stays
    (stance,) = _stances(sentence, "complement_evaluation", "pleased", CHANCELLOR)
    assert stance.target.text == "it"


def test_a_feeling_about_a_state_of_affairs_or_an_attitude_is_no_stance_on_a_course() -> None:
    assert _stances("Thieu is unhappy about the weather.", "complement_evaluation", "unhappy", THIEU) == []
    assert _stances("Thieu is unhappy with your attitude.", "complement_evaluation", "unhappy", THIEU) == []


def test_an_objection_denied_approves_the_course_of_its_if_clause() -> None:
    sentence = "We have no objection if Bonn publishes the communiqué."
    (stance,) = _stances(sentence, "obstacle_denied", "objection")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "publishes")
    sentence = "We propose to keep the text secret, but we have no objection if Bonn publishes it."
    (stance,) = _stances(sentence, "obstacle_denied", "objection")  # its own clause, not what is proposed
    assert (stance.stance, stance.target.text) == ("approve", "publishes")
    assert _stances("We have no objection to the new text.", "obstacle_denied", "objection") == []  # a noun's


def test_no_difficulty_with_a_course_approves_it_but_may_only_guesses() -> None:
    sentence = "Brandt would have no difficulty with your amendment."
    (stance,) = _stances(sentence, "obstacle_denied", "difficulty", BRANDT)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "brandt", "amendment")
    sentence = "Brandt may have no difficulty with your amendment."
    assert _stances(sentence, "obstacle_denied", "difficulty", BRANDT) == []


def test_a_negated_reluctance_approves_its_course_and_composes_with_a_stance_verb() -> None:
    (stance,) = _stances("We would not hesitate to reply to their probes.", "reluctance_verb", "hesitate")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "reply")
    (stance,) = _stances("We would not hesitate to reject their demand.", "reluctance_verb", "hesitate")
    assert (stance.stance, stance.target.text) == ("reject", "demand")
    assert _stances("We would not hesitate to reject their demand.", "stance_verb", "reject") == []
    assert _stances("Do not hesitate to cable me.", "reluctance_verb", "hesitate") == []


def test_a_proposal_an_actor_will_not_put_forward_is_rejected_by_it() -> None:
    sentence = "Thieu will not table the cease-fire proposal."
    (stance,) = _stances(sentence, "withheld_proposal", "table", THIEU)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "thieu", "proposal")
    assert _stances("Thieu did not table the cease-fire proposal.", "withheld_proposal", "table", THIEU) == []


def test_agree_about_takes_its_object_like_agree_on() -> None:
    (stance,) = _stances("I agree about the timing of the announcement.", "stance_verb", "agree")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "timing")


def test_a_stranded_passive_is_decided_by_its_by_agent_on_the_noun_it_modifies() -> None:
    ctx, voice = built("We have studied the terms already agreed to by Hanoi.", HANOI)
    verb = word(ctx, "agreed")
    assert decider(ctx, verb, voice) == "hanoi"
    assert decision_object(verb) is not None and decision_object(verb).text == "terms"  # type: ignore[union-attr]
    ctx, voice = built("The two points already agreed to by Hanoi will be raised tomorrow.", HANOI)
    assert decision_object(word(ctx, "agreed")).text == "points"  # type: ignore[union-attr]
    ctx, voice = built("I agree about the timing of the announcement.")
    assert decider(ctx, word(ctx, "agree"), voice) == SPEAKER  # no "by": the subject decides


def test_a_third_person_judge_no_actor_stands_for_is_not_the_speaker() -> None:
    assert _stances("He was anxious to resign.", "judgement", "anxious") == []
    premier = {"Premier": ("premier", "Person")}
    (stance,) = _stances("The Premier was anxious to resign.", "judgement", "anxious", premier)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "premier", "resign")
    (stance,) = _stances("It is advisable to resign.", "judgement", "advisable")  # impersonal: the speaker's
    assert (stance.stance, stance.actor) == ("approve", SPEAKER)


def test_telegraphese_leaves_out_the_writers_i_but_not_a_third_persons_he() -> None:
    sentence = "Am entirely comfortable with your proposed schedule."
    (stance,) = _stances(sentence, "complement_evaluation", "comfortable")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "schedule")
    sentence = "Is entirely comfortable with your proposed schedule."
    assert _stances(sentence, "complement_evaluation", "comfortable") == []
    (stance,) = _stances("Will not table the cease-fire proposal.", "withheld_proposal", "table")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "proposal")
    (stance,) = _stances("Have no objection to the new draft.", "obstacle_denied", "objection")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "draft")


def test_interest_in_a_course_is_no_approval_but_its_denial_rejects_it() -> None:
    assert (
        _stances("Thieu is interested in reopening the talks.", "complement_evaluation", "interested", THIEU)
        == []
    )
    sentence = "Thieu is no longer interested in reopening the talks."
    (stance,) = _stances(sentence, "complement_evaluation", "interested", THIEU)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "thieu", "reopening")


def test_a_stance_believed_of_another_or_a_manner_of_saying_is_no_stance() -> None:
    sentence = "Thieu would be satisfied with the plan."
    (stance,) = _stances(sentence, "complement_evaluation", "satisfied", THIEU)
    assert (stance.stance, stance.target.text) == ("approve", "plan")
    sentence = "Thieu would be satisfied with the plan, we believe."
    assert _stances(sentence, "complement_evaluation", "satisfied", THIEU) == []
    assert _stances("I do not hesitate to say that the plan is sound.", "reluctance_verb", "hesitate") == []


def test_having_no_choice_but_to_act_approves_the_one_course_left() -> None:
    bonn = {"Bonn": ("bonn", "Government")}
    (stance,) = _stances("Bonn has no choice but to sign the treaty.", "forced_choice", "choice", bonn)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "bonn", "sign")
    (stance,) = _stances("We see no other course than to recall the envoy.", "forced_choice", "course")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "recall")
    sentence = "Bonn would have no choice but to sign the treaty."  # a forecast
    assert _stances(sentence, "forced_choice", "choice", bonn) == []
    sentence = "We have no alternative but to accept the proposal."  # the stance verb states it
    assert _stances(sentence, "forced_choice", "alternative") == []
