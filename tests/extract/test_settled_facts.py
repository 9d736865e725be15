"""Facts read as stances, on small built Docs (parses written down): what has (not) been or will be possible,
an opportunity or a free hand a party has, a duty, persons elected are no decisions; a present inability
("is unable to grant") still declines, a plain judgement ("would be excellent to") still approves; what is
withdrawn with no agent named is withdrawn by its owner."""

from __future__ import annotations

from kg.extract.decisions import find_stances
from kg.extract.settled_facts import (
    capacity_become,
    capacity_foretold,
    duty_stated,
    opportunity_had,
    past_capacity,
    unnamed_disposed,
)
from kg.extract.tokens import head_of

from .built import SPEAKER, built, stances, word

PARTIES = {"Minister": ("minister", "Person"), "Chile": ("chile", "Government")}


def _read(sentence: str) -> list[tuple[str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    return [(rule.name, s.stance, s.actor) for rule, s in find_stances(ctx)]


def test_a_capacity_in_the_perfect_reports_what_could_not_be_done() -> None:
    assert _read("The Minister has been unable to reach the mission.") == []
    assert _read("It has not yet been possible to send the agents.") == []
    ctx, _ = built("The Minister has been unable to reach the mission.", PARTIES)
    assert past_capacity(ctx, word(ctx, "unable"))


def test_a_present_inability_still_declines_the_course() -> None:
    assert _read("The Minister is unable to grant the concession.") == [("judgement", "reject", "minister")]
    ctx, _ = built("The Minister is unable to grant the concession.", PARTIES)
    assert not past_capacity(ctx, word(ctx, "unable"))


def test_an_opportunity_or_a_free_hand_had_is_no_choice() -> None:
    assert _read("Chile has an excellent opportunity to assist the mission.") == []
    assert _read("Chile has a free hand to settle the dispute.") == []
    ctx, _ = built("Chile has an excellent opportunity to assist the mission.", PARTIES)
    assert opportunity_had(ctx, word(ctx, "opportunity"))


def test_a_plain_judgement_of_the_same_course_still_approves() -> None:
    assert _read("It would be excellent to assist the mission.") == [("evaluation", "approve", SPEAKER)]
    ctx, _ = built("It would be excellent to assist the mission.", PARTIES)
    assert not opportunity_had(ctx, word(ctx, "excellent"))


def test_a_duty_someone_has_is_an_obligation_not_an_approval() -> None:
    assert _read("It is his special duty to oversee the railway.") == []
    ctx, _ = built("It is his special duty to oversee the railway.", PARTIES)
    assert duty_stated(ctx, word(ctx, "duty"))


def test_a_past_capacity_to_regard_a_course_holds_an_opinion_on_it() -> None:
    ctx, _ = built("I have never been able to regard the plan as sound.", PARTIES)
    assert not past_capacity(ctx, word(ctx, "able"))
    assert [(r.name, s.stance) for r, s in find_stances(ctx)] == [("judgement", "reject")]


def test_a_capacity_under_will_forecasts_and_under_would_declines() -> None:
    assert _read("The Minister will not be able to conclude the negotiations.") == []
    ctx, _ = built("The Minister will not be able to conclude the negotiations.", PARTIES)
    assert capacity_foretold(ctx, word(ctx, "able"))
    found = _read("The Minister would be unable to grant the concession.")
    assert found == [("judgement", "reject", "minister")]
    own = _read("I shall not be able to return to Washington in September.")  # the speaker's reply declines
    assert own == [("judgement", "reject", SPEAKER)]


# -- an election fills an office: no course chosen ------------------------------------------------------
COUNCIL = {"council": ("council", "Organization")}


def test_persons_or_a_body_elected_are_no_course() -> None:
    sentence = "Brown, merchant, and Smith, planter, were unanimously elected."
    assert stances(sentence, "stance_verb", "elected") == []
    assert stances("The council elected a new committee.", "stance_verb", "elected", COUNCIL) == []


def test_electing_to_act_still_chooses_a_course() -> None:
    found = stances("The council elected to withdraw the proposal.", "stance_verb", "elected", COUNCIL)
    assert [(s.stance, s.actor) for s in found] == [("approve", "council")]


# -- what is withdrawn with no agent: withdrawn by its owner, not the writer ------------------------------
OFFICE = {"Office": ("foreign-office", "Government"), "Foreign": ("foreign-office", "Government")}


def test_a_proposal_withdrawn_with_no_agent_is_withdrawn_by_its_owner() -> None:
    found = stances("The Foreign Office proposal was withdrawn.", "stance_verb", "withdrawn", OFFICE)
    assert [(s.stance, s.actor) for s in found] == [("reject", "foreign-office")]


def test_an_ownerless_withdrawal_and_an_acceptance_stay_with_the_writer() -> None:
    found = stances("The proposal was withdrawn.", "stance_verb", "withdrawn", OFFICE)
    assert [(s.stance, s.actor) for s in found] == [("reject", SPEAKER)]
    found = stances("The Foreign Office proposal was accepted.", "stance_verb", "accepted", OFFICE)
    assert [(s.stance, s.actor) for s in found] == [("approve", SPEAKER)]


# -- a stance noun in what is demanded: still to come ---------------------------------------------------
def test_a_stance_noun_a_demand_asks_for_is_no_stance_taken() -> None:
    assert _read("You will demand that Chile shall express its disapproval of the decree.") == []
    found = _read("Chile has expressed its disapproval of the decree.")
    assert found == [("stance_noun", "reject", "chile")]


def test_a_capacity_that_becomes_impossible_is_an_outcome_and_one_that_is_impossible_refuses() -> None:
    assert _read("It would become impossible to enter into any obligation.") == []
    ctx, _ = built("It would become impossible to enter into any obligation.", PARTIES)
    assert capacity_become(ctx, word(ctx, "impossible"))
    assert _read("It would be impossible to enter into any obligation.") == [("judgement", "reject", SPEAKER)]


def test_what_another_party_might_see_the_need_of_is_a_forecast() -> None:
    assert _read("Chile might now see the advisability of holding the conference in Lima.") == []
    found = _read("Chile now sees the advisability of holding the conference in Lima.")
    assert found == [("needed_course", "approve", "chile")]


# -- a disposition of parties in general: not the writer's -----------------------------------
def test_a_disposition_of_a_bare_plural_is_a_general_claim_not_the_writers() -> None:
    assert _read("Banks are willing to lend the money.") == []
    assert _read("The banks are willing to lend the money.") != []
    ctx, voice = built("Banks are willing to lend the money.", PARTIES)
    pred = word(ctx, "willing")
    assert unnamed_disposed(ctx, pred, head_of(pred), word(ctx, "lend"), voice)
    assert _read("Chile is willing to lend the money.") == [("judgement", "approve", "chile")]


def test_a_disposition_of_a_government_a_possessive_names_stays_with_its_side() -> None:
    found = _read("The Minister said that his Government is prepared to lend the money.")
    assert found == [("judgement", "approve", "minister")]
