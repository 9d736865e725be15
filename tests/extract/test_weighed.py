"""Modal clauses that bind no third party (kg.extract.weighed): a factor to be weighed and the
speaker's own government, each beside the directed neighbour that must still fire."""

from __future__ import annotations

from kg.extract.registry import get

from .built import ADDRESSEE, built, word

MINISTER = {"Minister": ("minister", "Person")}
GOVERNMENT = {"Government": ("united-states", "Government")}


def rule(name: str):  # type: ignore[no-untyped-def]
    return get("instructions", name).func


def test_a_factor_to_be_taken_into_account_directs_no_one() -> None:
    ctx, voice = built("Other costs are to be taken into account as well.")
    assert rule("passive_be_to")(ctx, word(ctx, "taken"), voice) is None


def test_a_thing_to_be_done_is_still_the_addressees_to_see_done() -> None:
    ctx, voice = built("The cargo is to be landed at Corinto.")
    assert rule("passive_be_to")(ctx, word(ctx, "landed"), voice).addressee == ADDRESSEE


def test_a_factor_that_must_be_taken_into_consideration_directs_no_one() -> None:
    ctx, voice = built("Shipping must be taken into consideration, also the climate.")
    assert rule("third_party_modal")(ctx, word(ctx, "taken"), voice) is None


def test_a_passive_must_of_an_act_still_directs_the_addressee() -> None:
    ctx, voice = built("The consuls must be told at once.")
    assert rule("third_party_modal")(ctx, word(ctx, "told"), voice).addressee == ADDRESSEE


def test_this_governments_must_states_the_speakers_policy() -> None:
    ctx, voice = built("This Government must reserve its rights in the matter.", GOVERNMENT)
    assert rule("third_party_modal")(ctx, word(ctx, "reserve"), voice) is None


def test_a_third_partys_must_directs_that_party() -> None:
    ctx, voice = built("The Minister must reserve his rights in the matter.", MINISTER)
    assert rule("third_party_modal")(ctx, word(ctx, "reserve"), voice).addressee == "minister"


def test_this_government_kept_informed_is_asked_of_the_addressee() -> None:
    ctx, voice = built("This Government must be kept informed.", GOVERNMENT)
    assert rule("third_party_modal")(ctx, word(ctx, "kept"), voice).addressee == ADDRESSEE


def test_a_course_i_have_thought_advisable_is_my_own() -> None:
    ctx, voice = built("I have thought it advisable to send the secretary to Paris.")
    assert rule("judged_course")(ctx, word(ctx, "send"), voice) is None


def test_a_course_i_think_advisable_advises_the_addressee() -> None:
    ctx, voice = built("I think it advisable to send the secretary to Paris.")
    assert rule("judged_course")(ctx, word(ctx, "send"), voice).addressee == ADDRESSEE



def test_a_trust_that_the_addressee_will_understand_asks_no_act() -> None:
    ctx, voice = built("I trust you will understand the spirit of this suggestion.")
    assert rule("governed_complement")(ctx, word(ctx, "understand"), voice) is None


def test_a_trust_that_the_addressee_will_act_is_a_request() -> None:
    ctx, voice = built("I trust you will communicate the substance of this suggestion.")
    assert rule("governed_complement")(ctx, word(ctx, "communicate"), voice).addressee == ADDRESSEE


def test_a_hope_that_a_third_party_will_realize_asks_no_act() -> None:
    ctx, voice = built("I hope the Minister will realize the danger.", MINISTER)
    assert rule("hope_that")(ctx, word(ctx, "realize"), voice) is None


def test_a_hope_that_he_will_realize_and_act_asks_the_act() -> None:
    ctx, voice = built("I hope the Minister will realize the danger and withdraw the troops.", MINISTER)
    assert rule("hope_that")(ctx, word(ctx, "realize"), voice).addressee == "minister"
