"""Stances only supposed, left open or heard of, and who takes them, on small built Docs (parses written
down)."""

from __future__ import annotations

from kg.documents import Span
from kg.extract.deciders import avoidance_stance
from kg.extract.decisions import find_stances
from kg.extract.hypotheses import within_condition
from kg.extract.judges import certainty
from kg.extract.model import Decision
from kg.extract.stance_spans import read_once

from .built import SPEAKER, built, stances, word

DEEP = "If the Minister believes it wise to state that the proposal is unacceptable, we shall wait."
ANNOUNCED = (
    "It would be fortunate if Italy would make an announcement that they had no intention of building ships."
)
GOVERNED = "We accept the proposal if they withdraw the troops."


def test_a_judgement_deep_inside_a_conditional_clause_is_supposed_not_stated() -> None:
    ctx, _ = built(DEEP)
    assert within_condition(word(ctx, "is"))
    assert find_stances(ctx) == []


def test_a_decision_inside_what_a_supposed_announcement_would_say_is_no_decision() -> None:
    ctx, _ = built(ANNOUNCED, {"Italy": ("italy", "Government")})
    assert within_condition(word(ctx, "intention"))
    assert find_stances(ctx) == []


def test_a_stance_that_a_condition_governs_is_still_stated() -> None:
    ctx, _ = built(GOVERNED)
    assert not within_condition(word(ctx, "accept"))
    assert [(rule.name, s.stance) for rule, s in find_stances(ctx)] == [("stance_verb", "approve")]


def test_a_feeling_about_news_learnt_is_no_stance_but_one_about_a_course_is() -> None:
    learnt = "We were pleased to learn of the progress made toward cooperation."
    assert stances(learnt, "evaluation", "pleased") == []
    (stance,) = stances("We are pleased to extend the agreement.", "evaluation", "pleased")
    assert (stance.stance, stance.target.text) == ("approve", "extend")


def test_a_judgement_under_may_in_a_relative_clause_leaves_the_choice_open() -> None:
    sentence = "The Department will consider any proposal which you may think wise to make."
    assert stances(sentence, "judgement", "wise") == []
    assert stances(sentence, "evaluation", "wise") == []


def test_a_judgement_under_might_in_a_nouns_content_clause_still_judges() -> None:
    sentence = "We should avoid any indication that the proposals might be acceptable."
    (stance,) = stances(sentence, "judgement", "acceptable")
    assert (stance.stance, stance.target.text) == ("reject", "proposals")


def test_a_gerund_after_a_nouns_of_names_a_course_and_states_no_stance() -> None:
    ctx, _ = built("There is no possibility of ratifying the agreement.")
    assert find_stances(ctx) == []
    # after a verb's preposition it is taken, by that verb's subject (here standing for an actor)
    ctx, _ = built("They insisted on ratifying the agreement.", {"They": ("powers", "Group")})
    assert [(rule.name, s.stance) for rule, s in find_stances(ctx)] == [("stance_verb", "approve")]


def test_a_negation_that_a_without_phrase_answers_refuses_nothing() -> None:
    ctx, _ = built("I will not close this letter without expressing my regret.")
    assert find_stances(ctx) == []
    ctx, _ = built("I will not sign the treaty.")
    assert [(rule.name, s.stance) for rule, s in find_stances(ctx)] == [("refused_commitment", "reject")]


def test_a_negated_governor_turns_a_directive_to_refrain_round() -> None:
    negated = "The Department does not intend that you should refrain from giving expression to this view."
    ctx, _ = built(negated)
    assert avoidance_stance(word(ctx, "refrain"), None) == "approve"
    ctx, _ = built("The Department desires that you refrain from giving expression to this view.")
    assert avoidance_stance(word(ctx, "refrain"), None) == "reject"


def test_a_things_purpose_is_no_stance_an_actors_intention_is() -> None:
    passed = "Congress passed legislation intended to promote the industry."
    assert stances(passed, "stance_verb", "intended") == []
    relative = "The legislation which is intended to promote the industry is undesirable."
    assert stances(relative, "stance_verb", "intended") == []
    government = {"Government": ("government", "Government")}
    intends = "The Government intends to promote the industry."
    (stance,) = stances(intends, "stance_verb", "intends", government)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "government", "promote")


def test_the_agent_of_a_passive_hung_on_the_noun_before_it_still_decides() -> None:
    sentence = "The decrees had been lately promulgated at Bluefields by the commissioner."
    commissioner = {"commissioner": ("nicaragua", "Government")}
    (stance,) = stances(sentence, "measure_taken", "promulgated", commissioner)
    assert (stance.actor, stance.target.text) == ("nicaragua", "decrees")


def test_the_one_told_a_judgement_does_not_hold_it_the_one_who_tells_does() -> None:
    morris = {"Morris": ("morris", "Person")}
    told = "I suggest that Morris be told that it would be advisable to secure assurances."
    assert [s.actor for s in stances(told, "judgement", "advisable", morris)] == [SPEAKER]
    tells = "Morris told me that it would be advisable to secure assurances."
    assert [s.actor for s in stances(tells, "judgement", "advisable", morris)] == ["morris"]


def test_a_gerund_after_a_nouns_preposition_is_done_by_the_nouns_possessor() -> None:
    sentence = "His purpose in withdrawing the request was to gain time."
    (stance,) = stances(sentence, "stance_verb", "withdrawing", {"His": ("minister", "Person")})
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "minister", "request")


def test_two_readings_of_the_same_words_make_one_decision_a_restatement_another() -> None:
    ctx, _ = built("We accept the proposal if they withdraw the troops.")
    head = word(ctx, "accept")
    judged = Decision(Span(0, 40), "reject", "italy", "option/1", rule="judgement")
    consequence = Decision(Span(10, 40), "reject", "italy", "option/1", rule="consequence")
    restated = Decision(Span(60, 90), "reject", "italy", "option/1", rule="judgement")
    other = Decision(Span(10, 40), "reject", "france", "option/1", rule="judgement")
    found = [(head, judged), (head, consequence), (head, restated), (head, other)]
    assert [d for _, d in read_once(found)] == [judged, restated, other]


def test_what_the_addressee_would_be_ready_to_do_is_expected_not_stated() -> None:
    hoped = "He expressed the hope that you would be ready to join the commission."
    assert stances(hoped, "judgement", "ready") == []
    (stance,) = stances("We would be ready to join the commission.", "judgement", "ready")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "join")


def test_a_doubt_denied_about_a_fact_is_certainty_no_stance() -> None:
    fact = "There is little doubt that the decision was brought about by the influence of the United States."
    assert stances(fact, "evaluation", "doubt") == []
    ctx, _ = built("There is no objection to the plan.")  # no clause: a stance on the plan
    assert not certainty(ctx, word(ctx, "objection"))


def test_what_an_actor_cannot_do_to_nothing_is_its_power_not_a_course_ruled_out() -> None:
    actors = {
        "He": ("minister", "Person"),
        "they": ("uruguay", "Government"),
        "Uruguay": ("uruguay", "Government"),
    }
    assert (
        stances(
            "He added that Uruguay could not prevail against British strength.",
            "normative_opinion",
            "prevail",
            actors,
        )
        == []
    )
    (stance,) = stances(
        "He added that the guard could not be withdrawn.", "normative_opinion", "withdrawn", actors
    )
    assert (stance.stance, stance.actor) == ("reject", "minister")
    (stance,) = stances(
        "He added that they could not approve of the plan.", "normative_opinion", "approve", actors
    )
    assert (stance.stance, stance.actor) == ("reject", "minister")


def test_attention_or_time_spent_is_thanked_or_told_not_a_course_approved() -> None:
    actors = {"Government": ("government", "Government"), "Peru": ("peru", "Government")}
    thanked = "The Government appreciates the attention given to the note."
    assert stances(thanked, "evaluative_verb", "appreciates", actors) == []
    approved = "The Government appreciates the proposal made by Peru."
    (stance,) = stances(approved, "evaluative_verb", "appreciates", actors)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "government", "proposal")
