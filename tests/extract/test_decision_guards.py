"""Stances that are no decision whatever construction read them, on small built Docs (parses written
down): a wish, intention, "look forward" or welcome whose course is an act of discourse, a judgement of
what was said or of talks held, a norm of how to see a thing, a problem resolved; and the neighbours
that still decide (a course wished, a silence planned, a proposal welcomed or judged, talks proposed)."""

from __future__ import annotations

from kg.extract.decisions import find_stances
from kg.extract.directives import find_directives

from .built import SPEAKER, built

PARTIES = {
    "Minister": ("minister", "Person"),
    "President": ("president", "Person"),
    "He": ("minister", "Person"),
    "he": ("minister", "Person"),
}


def _read(sentence: str) -> list[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    return [(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)]


# -- a wish or a welcome of discourse -------------------------------------------------------------------
def test_a_wish_to_let_the_reader_know_is_a_courtesy() -> None:
    assert _read("I wish to let you know of the outcome of the talks.") == []
    assert _read("I wish to postpone the conference.") == [("wanted_course", "approve", SPEAKER, "postpone")]


def test_a_wish_whose_object_is_a_noun_of_discourse_decides_nothing() -> None:
    assert _read("I want to share my thoughts with you on the new proposal.") == []
    assert _read("There is one further item I want to raise.") == []  # the noun the relative clause is on


def test_a_planned_silence_is_a_course() -> None:
    found = _read("We plan to say nothing to the press about the deliveries.")
    assert found == [("stance_verb", "approve", SPEAKER, "say")]


def test_looking_forward_to_keeping_in_touch_is_a_courtesy_but_not_to_a_visit() -> None:
    assert _read("I look forward to staying in close touch with you.") == []
    found = _read("The President looks forward to a visit to Peking.")
    assert found == [("stance_verb", "approve", "president", "visit")]


def test_a_welcomed_opportunity_to_exchange_views_is_no_decision_but_a_welcomed_proposal_is() -> None:
    assert _read("The Minister welcomed the opportunity to exchange views with you.") == []
    found = _read("The Minister welcomed the proposal for a conference.")
    assert found == [("stance_verb", "approve", "minister", "proposal")]


# -- a judgement of what was said, of talks held -----------------------------------------------------------
def test_a_report_or_views_judged_helpful_is_no_decision_but_a_proposal_is() -> None:
    assert _read("Your review of the situation is very helpful.") == []
    assert _read("These views would be very useful to us.") == []
    assert _read("Your proposal is very helpful.") == [("evaluation", "approve", SPEAKER, "proposal")]


def test_gladness_to_have_an_account_is_no_decision() -> None:
    assert _read("I was glad to have so full an account of your thinking.") == []


def test_talks_held_judged_in_the_past_are_no_decision_but_talks_proposed_are() -> None:
    assert _read("The talks were extremely useful.") == []
    assert ("judgement", "approve", SPEAKER, "Talks") in _read("Talks would be extremely useful.")


def test_agreeing_with_views_still_decides() -> None:
    found = _read("Agree completely with your views on the proposal.")
    assert found == [("stance_verb", "approve", SPEAKER, "views")]


# -- a norm of viewing, a problem resolved -------------------------------------------------------------------
def test_a_norm_of_how_to_see_a_thing_is_no_course() -> None:
    assert _read("I said the strikes should be seen against this background.") == []
    found = _read("I said the strikes should be stopped at once.")
    assert found == [("normative_opinion", "approve", SPEAKER, "stopped")]


def test_resolving_a_crisis_settles_it_and_resolving_to_act_decides() -> None:
    assert _read("We seek to resolve the crisis.") == []
    assert _read("We resolved to withdraw the troops.") == [("stance_verb", "approve", SPEAKER, "withdraw")]


# -- a belief, an existence told, a saying, an emphasis, a reflexive ------------------------------------
def test_what_a_predicate_of_belief_holds_is_no_course_but_a_course_judged_within_it_is() -> None:
    assert _read("I am convinced that the new talks offer a real opportunity.") == []
    found = _read("I am convinced that the proposal is most unwise.")
    assert found == [("judgement", "reject", SPEAKER, "proposal")]  # not the belief read as an approval


def test_a_clause_of_there_is_tells_what_exists_but_a_need_asks_for_a_course() -> None:
    assert _read("The Minister said that there is no prospect for a settlement.") == []
    assert _read("There is an urgent need for a settlement.") == [
        ("needed_course", "approve", SPEAKER, "settlement")
    ]


def test_an_assurance_is_said_not_judged_but_an_appreciation_judges() -> None:
    assert _read("We have assured Semenov that the treaty will be signed.") == []
    found = _read("We greatly appreciate the proposal for a conference.")
    assert found == [("evaluative_verb", "approve", SPEAKER, "proposal")]


def test_cannot_stress_enough_is_emphasis_but_cannot_accept_refuses() -> None:
    assert _read("The Minister said he could not stress enough the danger of delay.") == []
    found = _read("The Minister said he could not accept the proposal.")
    assert ("stance_verb", "reject", "minister", "proposal") in found


def test_what_one_considers_oneself_is_no_course_but_what_one_considers_a_proposal_is() -> None:
    assert _read("He would not consider himself a loyal ally.") == []
    assert _read("He would not consider the proposal a loyal act.") == [
        ("evaluation", "reject", "minister", "proposal")
    ]


def test_a_fact_found_interesting_is_remarked_not_judged_but_one_found_unfortunate_is() -> None:
    assert _read("It is interesting that the talks were held in Paris.") == []
    assert ("judgement", "reject", SPEAKER, "held") in _read(
        "It is unfortunate that the talks were held in Paris."
    )


def test_a_judgement_of_stressing_a_point_is_of_what_is_said_but_advice_to_stress_it_proposes() -> None:
    assert _read("It will be appropriate to stress once more that we are old friends.") == []
    found = _read("It would be wise to stress to the Minister that we are old friends.")
    assert ("judgement", "approve", SPEAKER, "stress") in found


# -- advice to avoid a course: the directive's rejection, not the judgement's approval ---------------------
def _read_directed(sentence: str) -> list[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    find_directives(ctx)  # the instruction finder runs first in the pipeline
    return [(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)]


def test_advice_to_avoid_a_course_rejects_it_once() -> None:
    found = _read_directed("It would be better to avoid any new conference.")
    assert found == [("directed_stance", "reject", SPEAKER, "conference")]
    found = _read_directed("It would be better to postpone the conference.")
    assert found == [("evaluation", "approve", SPEAKER, "postpone")]


# -- a plan or paper that contemplates ----------------------------------------------------------------
CHINA = {"Chinese": ("china", "Government")}

def test_a_plan_that_contemplates_a_course_says_what_it_holds_and_no_one_decides() -> None:
    ctx, _ = built("The second Chinese plan contemplates the amortization in forty years.", CHINA)
    assert find_stances(ctx) == []
    assert _read("We received the plan, which contemplates amortization in forty years.") == []
    found = _read("The Minister contemplates the amortization in forty years.")
    assert [found_rule[:3] for found_rule in found] == [("stance_verb", "approve", "minister")]
