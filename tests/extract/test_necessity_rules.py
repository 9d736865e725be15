"""Necessity put through "for X to" or a judgement of the speaker's (kg.extract.necessities);
invented sentences in the style of 1969-76 messages."""

from __future__ import annotations

from kg.extract.directives import find_directives

from .built import ADDRESSEE, built, speaker_directives

MINISTER = {"Minister": ("minister", "Person")}


def found(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> dict[str, tuple[str, str, str]]:
    """Each directed verb's rule, the one it tells and its quote."""
    return {verb: got[:3] for verb, got in speaker_directives(sentence, actors).items()}


def test_a_necessity_for_you_to_act_directs_the_addressee() -> None:
    got = found("It may be necessary for you to intervene with the Generals.")
    quote = "It may be necessary for you to intervene with the Generals"
    assert got == {"intervene": ("necessary_for", ADDRESSEE, quote)}


def test_a_necessity_for_a_third_party_directs_that_party() -> None:
    got = found("It is essential for the Minister to see the King today.", MINISTER)
    assert got["see"][:2] == ("necessary_for", "minister")


def test_no_necessity_denied_hypothetical_or_of_our_own_directs() -> None:
    assert found("It is not necessary for you to intervene with the Generals.") == {}
    assert found("It would be necessary for the Minister to resign.", MINISTER) == {}
    assert found("It may be necessary for us to withdraw the offer.") == {}


def test_a_necessity_the_speaker_judges_directs_the_clause_s_party() -> None:
    got = found("We consider it important that the Minister be aware of our decision.", MINISTER)
    assert list(got) == ["be"]
    rule, told, quote = got["be"]
    assert (rule, told) == ("judged_necessary", "minister")
    assert quote.startswith("We consider it important that the Minister be aware")


def test_a_past_judgement_or_one_of_no_party_directs_no_one() -> None:
    assert found("We considered it important that the Minister be aware of our decision.", MINISTER) == {}
    assert found("They consider it important that the Minister be aware of our decision.", MINISTER) == {}


def test_a_named_partys_present_judgement_is_its_own_directive_to_the_addressee() -> None:
    ctx, _ = built("The Minister considers it essential that there be no delay.", MINISTER)
    hits = find_directives(ctx)
    (hit,) = hits.values()
    told = hit.directive
    assert (hit.rule.name, told.issuer, told.addressee) == ("judged_necessary", "minister", ADDRESSEE)
    ctx, _ = built("The Minister considered it essential that there be no delay.", MINISTER)
    assert find_directives(ctx) == {}
