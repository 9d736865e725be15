"""Who is told: people named by their post and the place they serve in are not that place."""

from __future__ import annotations

from kg.extract.directives import find_directives
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word

STATIONED = "I have asked the consuls in Lima and Quito to report the prices."
OF_COUNTRY = "I have asked the consuls of Peru to report the prices."
TOWNS = {"Lima": ("lima", "Government"), "Quito": ("quito", "Government")}


def test_people_at_a_place_are_not_the_place() -> None:
    ctx, voice = built(STATIONED, TOWNS)
    assert ctx.refers(word(ctx, "consuls"), voice) is None
    found = find_directives(ctx)
    directive = found[word(ctx, "report").i].directive
    assert directive.issuer in {SPEAKER, None} and directive.addressee not in {"lima", "quito"}


def test_people_of_a_country_are_that_country() -> None:
    ctx, voice = built(OF_COUNTRY, {"Peru": ("peru", "Government")})
    assert ctx.refers(word(ctx, "consuls"), voice) == "peru"


RELAYED = "I am directed by the Secretary to instruct you to protest against the seizure."
INFORMED = "I am directed by the Secretary to inform you that the ship has sailed."


def test_an_order_relayed_to_the_reader_is_the_directors_to_the_reader() -> None:
    ctx, voice = built(RELAYED, {"Secretary": ("hay", "Person")})
    directive = get("instructions", "passive_directed").func(ctx, word(ctx, "instruct"), voice)
    assert (directive.issuer, directive.addressee) == ("hay", ADDRESSEE)


def test_the_writer_directed_to_inform_is_the_one_directed() -> None:
    ctx, voice = built(INFORMED, {"Secretary": ("hay", "Person")})
    directive = get("instructions", "passive_directed").func(ctx, word(ctx, "inform"), voice)
    assert (directive.issuer, directive.addressee) == ("hay", SPEAKER)


CLOSED = "The Foreign Office has closed the port; "
PARALLEL = CLOSED + "I shall see the shipowners and ask them to report any seizure."
NAMED = CLOSED + "I shall see the Minister and ask them to report any seizure."


def test_them_taking_up_a_plural_object_before_is_no_actor_named_further_back() -> None:
    ctx, voice = built(PARALLEL, {"Office": ("foreign-office", "Government")})
    assert ctx.refers(word(ctx, "them"), voice) is None


def test_them_after_a_singular_object_still_looks_back_for_a_government() -> None:
    ctx, voice = built(NAMED, {"Office": ("foreign-office", "Government")})
    assert ctx.refers(word(ctx, "them"), voice) == "foreign-office"


TO_BE_TOLD = "I request that Mr. Brown be advised of the seizure."
TO_BE_SENT = "I request that Mr. Brown be sent to the port at once."


def test_one_to_be_told_is_not_the_one_asked_to_tell_him() -> None:
    ctx, voice = built(TO_BE_TOLD, {"Brown": ("brown", "Person")})
    directive = get("instructions", "reported_directive").func(ctx, word(ctx, "advised"), voice)
    assert (directive.issuer, directive.addressee) == (SPEAKER, ADDRESSEE)


def test_one_to_be_sent_is_the_one_who_acts() -> None:
    ctx, voice = built(TO_BE_SENT, {"Brown": ("brown", "Person")})
    directive = get("instructions", "reported_directive").func(ctx, word(ctx, "sent"), voice)
    assert (directive.issuer, directive.addressee) == (SPEAKER, "brown")
