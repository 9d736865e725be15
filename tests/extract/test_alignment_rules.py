"""Open-class stances on built Docs: a preposition of alignment, an evaluative noun held "in" a course."""

from __future__ import annotations

from kg.extract.decisions import find_decisions
from kg.extract.directives import find_directives
from kg.extract.registry import get
from kg.extract.stance_spans import verb_course

from .built import SPEAKER, built, word
from .built import stances as _stances

DEPARTMENT = {"Department": ("department", "Organization")}
MINISTER = {"Minister": ("minister", "Person")}


def test_an_actor_behind_a_proposal_approves_it() -> None:
    sentence = "The Department stands firmly behind the proposal for arbitration."
    (stance,) = _stances(sentence, "alignment", "behind", DEPARTMENT)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "department", "proposal")


def test_an_actor_against_a_plan_rejects_it_and_negation_turns_it_round() -> None:
    (stance,) = _stances("We are against the proposal for arbitration.", "alignment", "against")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "proposal")
    (stance,) = _stances("The Minister is not against the plan.", "alignment", "against", MINISTER)
    assert (stance.stance, stance.actor) == ("approve", "minister")


def test_a_course_contrary_to_a_policy_is_rejected_by_the_speaker() -> None:
    sentence = "The plan is contrary to the policy of this Government."
    (stance,) = _stances(sentence, "alignment", "contrary")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "plan")


def test_a_course_the_parser_hung_as_a_compound_of_the_verb_is_still_the_one_judged() -> None:
    sentence = "The proposed loan runs counter to the policy of this Government."
    (stance,) = _stances(sentence, "alignment", "counter")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "loan")


def test_whoever_says_a_course_is_contrary_to_a_policy_rejects_it() -> None:
    sentence = "The Minister said that the plan was contrary to the policy of his Government."
    (stance,) = _stances(sentence, "alignment", "contrary", MINISTER)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "minister", "plan")


def test_a_place_behind_which_one_stands_is_no_course() -> None:
    assert _stances("The troops stood behind the lines.", "alignment", "behind") == []


def test_a_party_that_is_no_actor_moving_against_a_plan_judges_nothing() -> None:
    assert _stances("The rebels fought against the plan of the Government.", "alignment", "against") == []


def test_merit_seen_in_a_plan_approves_the_plan() -> None:
    sentence = "The Department sees considerable merit in the plan for a joint commission."
    (stance,) = _stances(sentence, "evaluation", "merit", DEPARTMENT)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "department", "plan")


def test_an_advantage_found_by_no_one_named_is_no_ones_stance() -> None:
    assert _stances("It would find quite an advantage in this undertaking.", "judgement", "advantage") == []
    (stance,) = _stances("We see no advantage in the plan.", "judgement", "advantage")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "plan")


def test_what_is_held_in_a_party_or_a_speech_act_is_no_course() -> None:
    sentence = "Paraguay has complete confidence in the fidelity of Chile."
    assert _stances(sentence, "evaluation", "confidence", {"Paraguay": ("paraguay", "Government")}) == []
    assert _stances("I have no hesitation in urging that the loan be made.", "evaluation", "hesitation") == []


# -- the option a stance names anew: its course, not who takes it ---------------------------------
def _new_labels(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> list[str]:
    ctx, voice = built(sentence, actors)
    return [o.label for o in find_decisions(ctx, [])[1]]


def test_a_refused_course_is_labelled_without_who_refuses_it_and_never_cut_inside_a_phrase() -> None:
    sentence = "This Government could not properly intervene in the dispute."
    labels = _new_labels(sentence, {"Government": ("united-states", "Government")})
    assert labels == ["intervene in the dispute"]


def test_a_rejected_proposal_is_labelled_without_the_negative_determiner() -> None:
    assert _new_labels("Neither proposal is acceptable.") == ["proposal"]


def test_a_course_keeps_the_subject_a_passive_acts_on() -> None:
    ctx, _ = built("We regret that a prompt reply could not be received from the Department.")
    for actor_at in (ctx.actor_at, {5}):
        label = verb_course(actor_at, word(ctx, "received"))
        assert label == "a prompt reply could not be received from the Department"


# -- pronoun chains -------------------------------------------------------------------------------
def test_a_pronoun_far_from_its_actor_stands_for_what_the_pronouns_before_it_stand_for() -> None:
    sentence = "Tho met me today. He was tired. He spoke of his family. He rejected our formula on the zone."
    stances = _stances(sentence, "stance_verb", "rejected", {"Tho": ("tho", "Person")})
    assert [(s.stance, s.actor, s.target.text) for s in stances] == [("reject", "tho", "formula")]
    ctx, voice = built(sentence)  # no actor before the chain: no decider
    assert get("decisions", "stance_verb").func(ctx, word(ctx, "rejected"), voice) == []


# -- a judgement that advises is its speaker's decision too -----------------------------------------
def test_a_course_judged_better_is_advised_and_approved_by_whoever_judges_it() -> None:
    for sentence in (
        "It would be better to make further communications through our Embassy.",
        "Do you not think it would be better to make further communications through our Embassy.",
    ):
        ctx, voice = built(sentence)
        find_directives(ctx)
        assert [h.rule.name for h in ctx.directives.values()] == ["judged_course"]
        (stance,) = get("decisions", "evaluation").func(ctx, word(ctx, "better"), voice)
        assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "make")


def test_what_a_thing_is_fit_to_do_is_no_course_judged_but_a_disposition_names_a_party() -> None:
    assert _stances("The channel is inadequate to carry the water.", "evaluation", "inadequate") == []
    (stance,) = _stances("The delegation is prepared to sign the protocol.", "judgement", "prepared")
    assert (stance.stance, stance.target.text) == ("approve", "sign")


# -- a stance that echoes the one before ------------------------------------------------------------
def test_sharing_a_view_takes_the_stance_before_and_negation_turns_it_round() -> None:
    sentence = "Chile accepted the plan. Argentina does not share this view."
    (stance,) = _stances(sentence, "shared_view", "share", {"Argentina": ("argentina", "Government")})
    assert (stance.echo, stance.actor, stance.target.text) == (True, "argentina", "view")
    ctx, _ = built(sentence, {"Chile": ("chile", "Government"), "Argentina": ("argentina", "Government")})
    decisions = [d for _, d in find_decisions(ctx, [])[0]]
    assert [(d.actor, d.stance) for d in decisions] == [("chile", "approve"), ("argentina", "reject")]
    assert decisions[0].option == decisions[1].option


def test_having_the_same_view_echoes_too() -> None:
    countries = {"Chile": ("chile", "Government"), "Peru": ("peru", "Government")}
    ctx, _ = built("Chile rejected the plan. Peru has the same view.", countries)
    assert [(d.actor, d.stance) for _, d in find_decisions(ctx, [])[0]][-1] == ("peru", "reject")


def test_a_view_echoes_only_another_actors_stance() -> None:
    ctx, _ = built("Chile accepted the plan. Chile holds the same view.", {"Chile": ("chile", "Government")})
    assert [d.actor for _, d in find_decisions(ctx, [])[0]] == ["chile"]


def test_concurring_in_views_takes_the_stance_they_hold_of_their_owner_where_named() -> None:
    countries = {name: (name.lower(), "Government") for name in ("Chile", "Peru", "Britain")}
    ctx, _ = built("Chile rejected the plan. I concur in these views.", countries)
    assert [(d.actor, d.stance) for _, d in find_decisions(ctx, [])[0]] == [
        ("chile", "reject"),
        (SPEAKER, "reject"),
    ]
    sentence = "Chile rejected the plan. Peru accepted it. Britain concurs with the views of Chile."
    ctx, _ = built(sentence, countries)
    decisions = [d for _, d in find_decisions(ctx, [])[0]]
    assert [(d.actor, d.stance) for d in decisions][-1] == ("britain", "reject")
    assert decisions[-1].option == decisions[0].option


def test_views_that_echo_no_stance_before_are_an_option_of_their_own() -> None:
    ctx, _ = built("I concur in the views of your telegram.")
    assert [(d.actor, d.stance) for _, d in find_decisions(ctx, [])[0]] == [(SPEAKER, "approve")]


def test_parties_listed_before_a_noun_are_in_accord_and_the_invited_are_the_course() -> None:
    sentence = "The Argentine, Brazilian, and United States Governments are in accord that the other powers "
    sentence += "will be invited."
    actors = {"Argentine": ("argentina", "Government"), "Brazilian": ("brazil", "Government")}
    (stance,) = _stances(sentence, "stance_noun", "accord", actors)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "argentina", "invited")
    ctx, _ = built(sentence, actors)
    assert verb_course(ctx.actor_at, word(ctx, "invited")) == "the other powers will be invited"


def test_their_stands_for_parties_named_together_before_it() -> None:
    sentence = (
        "The text has been submitted to the Commandant of the Garde and the Director of the Mission "
        "and meets with their approval."
    )
    actors = {"Commandant": ("commandant", "Person"), "Director": ("director", "Person")}
    (stance,) = _stances(sentence, "stance_noun", "approval", actors)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "commandant", "text")


def test_in_favor_of_and_opposed_to_are_stances_of_the_subject() -> None:
    sentence = "The Department is in favor of the proposal for arbitration."
    (stance,) = _stances(sentence, "stance_noun", "favor", DEPARTMENT)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "department", "proposal")
    sentence = "The Minister is opposed to the plan for a joint commission."
    (stance,) = _stances(sentence, "stance_verb", "opposed", MINISTER)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "minister", "plan")
    peru = {"Peru": ("peru", "Government")}
    (stance,) = _stances("The plan was agreed to by Peru.", "stance_verb", "agreed", peru)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "peru", "plan")


def test_a_noun_that_names_an_act_is_a_course_to_be_against() -> None:
    sentence = "Peru is strongly against any arbitration of the dispute."
    (stance,) = _stances(sentence, "alignment", "against", {"Peru": ("peru", "Government")})
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "peru", "arbitration")


def test_opposed_to_an_act_is_one_rejection_of_it_not_an_acceptance_inside() -> None:
    sentence = "The Italian Admiralty is definitely opposed to accepting any figure lower than that."
    italy = {"Italian": ("italy", "Government")}
    (stance,) = _stances(sentence, "alignment", "opposed", italy)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "italy", "accepting")
    assert _stances(sentence, "stance_verb", "accepting", italy) == []
    us = {"Government": ("united-states", "Government")}
    (stance,) = _stances("This Government is opposed to raising the revenue.", "stance_verb", "opposed", us)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "united-states", "raising")


def test_a_position_an_adjective_describes_is_a_course_not_an_echo() -> None:
    countries = {"Chile": ("chile", "Government")}
    ctx, _ = built("I rejected the plan. Chile approved our minimum position.", countries)
    decisions = [d for _, d in find_decisions(ctx, [])[0]]
    assert [(d.actor, d.stance) for d in decisions] == [(SPEAKER, "reject"), ("chile", "approve")]
    assert decisions[1].option != decisions[0].option


def test_an_actor_against_a_noun_of_an_act_rejects_that_act_but_no_actor_is_a_course() -> None:
    (stance,) = _stances("We are against a public statement at this time.", "alignment", "against")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "statement")
    administration = {"Administration": ("administration", "Government")}
    assert _stances("We are against the Administration.", "alignment", "against", administration) == []
    conflict = "The announcement is contrary to the conception of the treaty."  # a conflict needs a course
    assert _stances(conflict, "alignment", "contrary") == []


def test_a_pronoun_said_to_be_our_view_takes_the_stance_before_for_the_owner() -> None:
    chile = {"Chile": ("chile", "Government")}
    sentence = "Chile accepted the plan. For our part, this is precisely our own attitude."
    (stance,) = _stances(sentence, "owned_view", "is", chile)
    assert (stance.echo, stance.actor, stance.target.text) == (True, SPEAKER, "this")
    ctx, _ = built(sentence, chile)
    decisions = [d for _, d in find_decisions(ctx, [])[0]]
    assert [(d.actor, d.stance) for d in decisions] == [("chile", "approve"), (SPEAKER, "approve")]
    assert decisions[0].option == decisions[1].option
    ctx, _ = built("Chile accepted the plan. That is not our position.", chile)
    assert [(d.actor, d.stance) for _, d in find_decisions(ctx, [])[0]][-1] == (SPEAKER, "reject")


def test_a_view_nobody_owns_or_with_no_stance_before_is_no_echo() -> None:
    assert _stances("Chile accepted the plan. This is a curious attitude.", "owned_view", "is") == []
    sentence = "Chile accepted the plan. This is our position: we cannot sign it."  # it points ahead
    assert _stances(sentence, "owned_view", "is", {"Chile": ("chile", "Government")}) == []
    ctx, _ = built("This is precisely our own attitude.")
    assert find_decisions(ctx, [])[0] == []
