"""Set phrases that name no course (option_formulas): the writer taking "this opportunity" to say
something and the noun of a complex preposition. Each test shows the neighbouring construction that
stays an option."""

from __future__ import annotations

from kg.extract.option_targets import is_course, option_for

from .built import built, courses, word

CLAUSE = "proposal_clause"


def test_taking_this_opportunity_to_remark_is_no_course_but_taking_a_place_is() -> None:
    sentence = "The Government wishes to take this opportunity to point out that the duties were never paid."
    assert courses(CLAUSE, sentence, "wishes") == []
    sentence = "The Government wishes to take the customs house before the elections."
    assert courses(CLAUSE, sentence, "wishes") == ["to take the customs house before the elections"]


def test_the_noun_of_a_complex_preposition_is_no_course() -> None:
    ctx, voice = built("There has been some delay on the part of the customs officials.")
    assert not is_course(ctx, word(ctx, "part"))
    assert option_for(ctx, word(ctx, "part"), [], voice) is None
    ctx, voice = built("He objected on account of the expense.")
    assert option_for(ctx, word(ctx, "account"), [], voice) is None


def test_a_part_approved_is_still_a_course() -> None:
    ctx, voice = built("They approved the part of the plan that deals with the ports.")
    assert is_course(ctx, word(ctx, "part"))
    option = option_for(ctx, word(ctx, "part"), [], voice)
    assert option is not None and ctx.sdoc.text[option.span.start : option.span.end].startswith("the part of")


def test_a_stance_on_the_necessity_of_doing_bears_on_the_doing() -> None:
    ctx, voice = built("The Government recognizes the necessity of sending a cruiser to the port.")
    option = option_for(ctx, word(ctx, "necessity"), [], voice)
    assert option is not None and ctx.sdoc.text[option.span.start : option.span.end] == (
        "sending a cruiser to the port"
    )


def test_a_stance_on_the_desirability_of_a_thing_keeps_the_noun() -> None:
    sentence = "The Department recognizes the desirability of close cooperation with the British authorities."
    ctx, voice = built(sentence)
    option = option_for(ctx, word(ctx, "desirability"), [], voice)
    assert option is not None
    assert ctx.sdoc.text[option.span.start : option.span.end].startswith("the desirability")


def test_a_noun_of_cause_or_manner_is_no_course_but_a_verb_of_result_may_head_one() -> None:
    ctx, voice = built("The principal causes of the uprising were the new taxes on salt.")
    assert not is_course(ctx, word(ctx, "causes"))
    ctx, voice = built("He deplored the manner in which the treaty was signed.")
    assert option_for(ctx, word(ctx, "manner"), [], voice) is None
    ctx, voice = built("He deplored the delay resulting from the strike.")
    assert is_course(ctx, word(ctx, "resulting"))


def test_a_plural_naming_people_or_states_is_a_party_not_a_course() -> None:
    ctx, voice = built("The engineers will be chosen from among the nationals of the neutral powers.")
    assert option_for(ctx, word(ctx, "nationals"), [], voice) is None
    ctx, voice = built("The three northern countries rejected the proposal.")
    assert not is_course(ctx, word(ctx, "countries"))
    assert is_course(ctx, word(ctx, "proposal"))


def test_a_proposal_noun_said_not_to_exist_is_no_course_but_one_accepted_is() -> None:
    assert courses("proposal_noun", "There is no extradition treaty with the republic.", "treaty") == []
    assert courses("proposal_noun", "No new proposal has been made by the Government.", "proposal") == []
    sentence = "We accept the agreement on the tariff."
    assert courses("proposal_noun", sentence, "agreement") == ["the agreement on the tariff"]


def test_a_proposal_noun_refused_with_a_modal_states_a_position() -> None:
    sentence = "No settlement could be accepted which did not include guarantees of security."
    assert courses("proposal_noun", sentence, "settlement") == [sentence[:-1]]


def test_all_others_may_be_things() -> None:
    ctx, _ = built("He approves all others.")
    assert is_course(ctx, word(ctx, "others"))
