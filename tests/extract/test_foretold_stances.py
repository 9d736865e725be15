"""Forecasts of another party's stance, on small built Docs (parses written down): what one party feels,
is convinced of or holds as its opinion about another's future stance is no decision (GUIDELINES:
"we believe they would accept"); the holder's own stance, and a question's, still are."""

from __future__ import annotations

from kg.extract.decisions import find_stances
from kg.extract.judges import foretold

from .built import SPEAKER, built, word

PARTIES = {"Minister": ("minister", "Person"), "Chile": ("chile", "Government")}


def _read(sentence: str) -> list[tuple[str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    return [(rule.name, s.stance, s.actor) for rule, s in find_stances(ctx)]


def test_what_one_party_feels_another_would_refuse_is_a_forecast() -> None:
    assert _read("The Minister felt that Chile would not accept the proposal.") == []
    assert _read("The Minister was convinced that Chile would reject the proposal.") == []


def test_a_holder_no_actor_stands_for_still_forecasts_a_named_party() -> None:
    assert _read("My informant felt that Chile would not accept the proposal.") == []


def test_an_opinion_owned_by_a_pronoun_about_a_named_party_is_a_forecast() -> None:
    assert _read("It was his opinion that Chile would be prepared to sign the treaty.") == []


def test_the_holders_own_stance_under_a_modal_is_stated() -> None:
    found = _read("We feel that we could not accept the proposal.")
    assert ("stance_verb", "reject", SPEAKER) in found
    assert all(actor == SPEAKER for _, _, actor in found)


def test_a_question_puts_the_askers_own_judgement() -> None:
    ctx, voice = built("Do you not think it would be better to accept the proposal?")
    assert not foretold(ctx, word(ctx, "be"), SPEAKER, voice)
    ctx, voice = built("The Minister felt that Chile would not accept the proposal.", PARTIES)
    assert foretold(ctx, word(ctx, "accept"), "chile", voice)
    assert not foretold(ctx, word(ctx, "accept"), "minister", voice)


# -- a time clause, a proposal's content: no stance taken ----------------------------------------------
def test_a_time_clause_the_parser_opens_with_an_adverb_names_an_event() -> None:
    assert _read("The matter can only be settled when the terms have been finally approved.") == []
    assert _read("The matter was settled before the terms were approved.") == []


def test_the_clause_a_noun_of_proposal_holds_is_the_course_proposed_not_a_stance() -> None:
    sentence = "Last year they declined our suggestion that they recognize Chile."
    ctx, _ = built(sentence, PARTIES | {"they": ("britain", "Government")})
    found = [(rule.name, s.stance, s.actor) for rule, s in find_stances(ctx)]
    assert found == [("stance_verb", "reject", "britain")]  # the refusal, not the recognition proposed


# -- a feeling that led to an act, a feeling about what is said: no course judged ------------------------
def test_the_that_clause_after_so_tells_what_a_feeling_led_to() -> None:
    assert _read("I was so alarmed that I asked the consul to call on him.") == []


def test_gladness_to_clarify_judges_an_act_of_saying_not_a_course() -> None:
    assert _read("We are glad to clarify the terms of the offer.") == []
    found = _read("We are glad to accept the terms of the offer.")
    assert {(stance, actor) for _, stance, actor in found} == {("approve", SPEAKER)}


# -- what a refusal needs, a question agreed on: no second stance, no course ------------------------------
def test_what_a_refusal_cannot_do_without_is_needed_not_refused_nor_approved() -> None:
    ctx, _ = built("Chile cannot accept the plan without the approval of the Senate.", PARTIES)
    found = [(rule.name, s.stance, s.target.text) for rule, s in find_stances(ctx)]
    assert found == [("stance_verb", "reject", "plan")]


def test_agreeing_on_a_question_settles_it_without_naming_the_course() -> None:
    assert _read("Chile has agreed on the question of the frontier.") == []
    assert _read("Chile has agreed on the plan.") == [("stance_verb", "approve", "chile")]


def test_a_nouns_to_names_the_course_not_who_judges_it() -> None:
    sentence = "The Ministers stated that they had no objection to Mr. Hale going to Chile."
    ctx, _ = built(sentence, {"Ministers": ("ministers", "Group"), "Hale": ("hale", "Person")})
    found = {(s.stance, s.actor) for _, s in find_stances(ctx)}
    assert found == {("approve", "ministers")}


def test_a_judgement_a_party_contends_is_its_own_even_where_the_parser_coordinates_the_clause() -> None:
    sentence = (
        "The Chinese have agreed to the plan. "
        "They contend, and with some degree of reason, that it is not fair to close the schools."
    )
    ctx, _ = built(sentence, {"Chinese": ("china", "Government")})
    found = {(s.stance, s.actor, s.target.text) for _, s in find_stances(ctx)}
    assert ("reject", "china", "close") in found
    assert all(actor == "china" for _, actor, _ in found)


def test_a_conviction_put_as_an_adjective_forecasts_another_partys_approval() -> None:
    assert _read("I am convinced that the draft will find the approval of the Minister.") == []


def test_no_doubt_that_another_party_would_be_willing_is_a_forecast() -> None:
    assert _read("There is no doubt that Chile would be willing to sign the treaty.") == []
    found = _read("There is no doubt that we would be willing to sign the treaty.")
    assert found and all(actor == SPEAKER for _, _, actor in found)


def test_how_far_one_is_prepared_to_go_is_asked_not_stated() -> None:
    assert _read("A decision should be reached as to how far we are prepared to go.") == []
    assert _read("We are prepared to go further.") != []
