"""Clauses read as directed that tell no one to act (kg.extract.misreads, kg.extract.undirected), on small
built Docs: each pair holds a clause that is no instruction and its directed neighbour."""

from __future__ import annotations

from kg.extract.directives import find_directives
from kg.extract.registry import get

from .built import ADDRESSEE, built, word

SPANISH = {"Spanish": ("spain", "Government"), "Ministers": ("netherlands", "Government")}


def rule(name: str):  # type: ignore[no-untyped-def]
    return get("instructions", name).func


def directed(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> set[str]:
    """The words the find step reads as directed verbs."""
    ctx, _ = built(sentence, actors)
    return {hit.tok.text for hit in find_directives(ctx).values()}


def test_a_telegrams_verb_with_the_addressee_as_object_has_left_out_its_i() -> None:
    assert directed("Congratulate you upon the signing of the convention.") == set()


def test_the_addressee_acting_on_himself_is_ordered() -> None:
    assert directed("Hold yourself in readiness to sail.") == {"Hold"}


def test_a_participle_the_parser_hung_as_a_clause_is_no_second_demand() -> None:
    sentence = (
        "Today I saw the Spanish and the Dutch Ministers, urging that they join in protests of the"
        " character indicated, in the hope of some result."
    )
    assert directed(sentence, SPANISH) == {"join"}


def test_a_directive_verb_negated_with_a_modal_of_ability_refuses_to_direct() -> None:
    ctx, voice = built("I could not urge you to sign the treaty without instructions.")
    assert rule("governed_complement")(ctx, word(ctx, "sign"), voice) is None


def test_a_directive_verb_of_the_speaker_directs() -> None:
    ctx, voice = built("I urge you to sign the treaty at once.")
    assert rule("governed_complement")(ctx, word(ctx, "sign"), voice).addressee == ADDRESSEE


def test_a_conjunct_with_its_own_modal_after_the_speakers_verb_is_his_own_act() -> None:
    found = directed(
        "I would appreciate hearing from you, and would like to notify the consuls if the cable arrived."
    )
    assert "appreciate" in found and not found & {"like", "notify"}


def test_a_bare_conjunct_of_a_directed_verb_is_directed() -> None:
    assert directed("Please inform the Minister and tell the consuls at once.") == {"inform", "tell"}


def test_a_wished_possession_is_a_state_of_affairs() -> None:
    ctx, voice = built("It would be most desirable to have a governor who speaks the language.")
    assert rule("judged_course")(ctx, word(ctx, "have"), voice) is None


def test_a_causative_have_judged_advisable_is_an_act_to_do() -> None:
    ctx, voice = built("It would be desirable to have the Minister informed at once.")
    assert rule("judged_course")(ctx, word(ctx, "have"), voice).addressee == ADDRESSEE


def test_a_clause_of_the_addressee_joined_as_a_conjunct_is_no_second_directive() -> None:
    sentence = (
        "Kindly present the matter firmly, but in friendly terms, to the Minister and any other officials"
    )
    assert directed(sentence + " you deem proper.") == {"present"}


def test_an_ability_in_a_conjunct_of_a_statement_about_the_addressee_directs_nothing() -> None:
    ctx, voice = built("You enjoy the confidence of the Senate and can speak with authority on the treaty.")
    assert rule("you_may")(ctx, word(ctx, "speak"), voice) is None


def test_a_modal_conjunct_of_a_directed_verb_directs() -> None:
    assert directed("You will call on the Minister and can tell him our view.") == {"call", "tell"}


def test_a_that_clause_under_a_negated_governor_is_disclaimed() -> None:
    ctx, voice = built(
        "The Department does not intend that you should withhold your views from the conference."
    )
    assert rule("you_must")(ctx, word(ctx, "withhold"), voice) is None


def test_a_that_clause_the_speaker_intends_for_the_addressee_directs() -> None:
    ctx, voice = built("The Department intends that you should withhold your views from the conference.")
    assert rule("you_must")(ctx, word(ctx, "withhold"), voice).addressee == ADDRESSEE


def test_a_purpose_infinitive_under_a_course_judged_useful_is_weighed_not_urged() -> None:
    ctx, voice = built(
        "It might be useful for us to call on the Minister to urge the necessity of an early reply."
    )
    assert rule("urged_necessity")(ctx, word(ctx, "urge"), voice) is None


def test_a_purpose_infinitive_of_a_visit_made_urges() -> None:
    actors = {"Ambassador": ("ambassador", "Person"), "Minister": ("minister", "Person")}
    ctx, voice = built(
        "The Ambassador called on the Minister to urge the necessity of an early reply.", actors
    )
    assert rule("urged_necessity")(ctx, word(ctx, "urge"), voice).issuer == "ambassador"


def test_a_that_clause_under_a_negated_imperative_is_still_told() -> None:
    ctx, voice = built("Do not forget that you must sign the protocol before noon.")
    assert rule("you_must")(ctx, word(ctx, "sign"), voice).addressee == ADDRESSEE


def test_a_verb_of_noticing_with_no_one_to_tell_points_the_reader_at_something() -> None:
    assert directed("You will note that the claims of the company rest on an old concession.") == set()
    assert directed("You will also observe the enclosed report of the consul.") == set()


def test_the_same_verb_said_to_someone_directs() -> None:
    assert directed("You will observe to the Minister that the claim is settled.") == {"observe"}


def test_an_impersonal_passive_of_saying_with_no_hearer_is_the_writers_own_statement() -> None:
    ctx, voice = built("It should be pointed out that the figures are not comparable.")
    assert rule("third_party_modal")(ctx, word(ctx, "pointed"), voice) is None


def test_an_impersonal_passive_of_saying_to_someone_directs_the_addressee() -> None:
    ctx, voice = built("It should be pointed out to the Minister that the claim is settled.")
    assert rule("third_party_modal")(ctx, word(ctx, "pointed"), voice).addressee == ADDRESSEE


def test_the_formula_that_closes_a_letter_asks_for_no_act() -> None:
    for sentence in ("Please accept, et cetera.", "Please accept the assurances of my high consideration."):
        ctx, voice = built(sentence)
        accept = word(ctx, "accept")
        assert rule("imperative")(ctx, accept, voice) is None and rule("please")(ctx, accept, voice) is None


def test_accepting_a_proposal_is_directed() -> None:
    ctx, voice = built("Please accept the proposal of the Minister.")
    assert rule("please")(ctx, word(ctx, "accept"), voice).addressee == ADDRESSEE


def test_what_is_to_be_regarded_as_something_is_judged_not_directed() -> None:
    ctx, voice = built("The proposal is certainly to be regarded as a modification of the treaty.")
    assert rule("passive_be_to")(ctx, word(ctx, "regarded"), voice) is None


def test_what_is_to_be_done_is_directed() -> None:
    ctx, voice = built("The note is to be delivered to the Minister at once.")
    assert rule("passive_be_to")(ctx, word(ctx, "delivered"), voice).addressee == ADDRESSEE


def test_a_past_courtesy_of_the_addressee_is_no_order() -> None:
    ctx, voice = built("You were so kind to inform me that the Board had been designated.")
    assert rule("you_are_to")(ctx, word(ctx, "inform"), voice) is None


def test_be_to_with_the_addressee_orders() -> None:
    ctx, voice = built("You are to proceed to Riga immediately.")
    assert rule("you_are_to")(ctx, word(ctx, "proceed"), voice).addressee == ADDRESSEE
