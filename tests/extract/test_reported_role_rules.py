"""Who gives a directive stated in the passive inside a third party's report or promise."""

from __future__ import annotations

from kg.extract.directives import find_directives
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word

PROMISED = (
    "The Minister has assured me that Mr. Mitinski will be authorized to transfer such control to"
    " Mr. Stevens."
)
HEARD = "I am informed that Mr. Mitinski will be authorized to transfer such control to Mr. Stevens."
STATED = (
    "The President also stated that it would be entirely satisfactory to Liberia for the Department to"
    " recommend for appointment the American member or members and that the Commission would be instructed"
    " to act in complete harmony with the delegates of the United States."
)
ACTORS = {
    "Minister": ("minister", "Person"),
    "Mitinski": ("mitinski", "Person"),
    "President": ("president", "Person"),
    "Commission": ("commission", "Organization"),
}


def passive_directed(sentence: str, at: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, ACTORS)
    return get("instructions", "passive_directed").func(ctx, word(ctx, at), voice)


def test_a_passive_directive_a_third_party_promises_is_that_partys() -> None:
    found = passive_directed(PROMISED, "transfer")
    assert found is not None and (found.issuer, found.addressee) == ("minister", "mitinski")


def test_one_the_writer_is_told_of_stays_the_writers_side() -> None:
    found = passive_directed(HEARD, "transfer")
    assert found is not None and (found.issuer, found.addressee) == (SPEAKER, "mitinski")


def test_a_second_that_clause_the_parser_hung_inside_the_first_is_reported_too() -> None:
    found = passive_directed(STATED, "act")
    assert found is not None and (found.issuer, found.addressee) == ("president", "commission")


SENT = (
    "The presence of the destroyers at Beirut does not seem to be urgently needed, and therefore I suggest"
    " that they be sent to some port near at hand."
)


def test_a_pronoun_subject_of_a_passive_suggested_is_acted_on_not_told() -> None:
    ctx, voice = built(SENT, {"Beirut": ("beirut", "Government")})
    found = get("instructions", "reported_directive").func(ctx, word(ctx, "sent"), voice)
    assert found is not None and (found.issuer, found.addressee) == (SPEAKER, ADDRESSEE)


def test_a_passive_directive_put_as_what_would_follow_directs_no_one() -> None:
    scheme = "All persons wishing to remit old rubles to London would first be required to buy new rubles"
    ctx, voice = built(scheme + " for remittance.")
    assert get("instructions", "passive_directed").func(ctx, word(ctx, "buy"), voice) is None


def test_a_passive_directive_that_is_what_a_suggestion_asks_is_one_instruction() -> None:
    suggested = "He suggested that the American Chargé at Guatemala be instructed to acquaint the President"
    actors = {"He": ("sacasa", "Person"), "Chargé": ("charge", "Person")}
    ctx, _ = built(suggested + " at once with our attitude.", actors)
    found = find_directives(ctx)
    assert word(ctx, "instructed").i in found and word(ctx, "acquaint").i not in found


def test_a_directive_noun_that_says_neither_what_nor_of_whom_names_no_directive() -> None:
    actors = {"authorities": ("allies", "Government"), "Graziani": ("graziani", "Person")}
    ctx, voice = built("The French and English authorities are making similar inquiries.", actors)
    assert get("instructions", "directive_noun").func(ctx, word(ctx, "making"), voice) is None
    ctx, voice = built("The French and English authorities made a similar request of Graziani.", actors)
    found = get("instructions", "directive_noun").func(ctx, word(ctx, "made"), voice)
    assert found is not None and (found.issuer, found.addressee) == ("allies", "graziani")


def test_officials_named_by_nationality_adjectives_are_told_but_no_government() -> None:
    actors = {
        "authorities": ("france", "Government"),
        "American": ("united-states", "Government"),
        "Italian": ("italy", "Government"),
    }
    fled = "Fearing serious disorder, the French authorities at Damascus have sent their families to Beirut"
    ctx, voice = built(fled + " and have advised the American and Italian consuls to do likewise.", actors)
    found = get("instructions", "reported_directive").func(ctx, word(ctx, "do"), voice)
    assert found is not None and (found.issuer, found.addressee) == ("france", None)
    ctx, voice = built("The French authorities have advised the American Government to do likewise.", actors)
    found = get("instructions", "reported_directive").func(ctx, word(ctx, "do"), voice)
    assert found is not None and (found.issuer, found.addressee) == ("france", "united-states")


def test_the_agent_of_a_passive_clause_ordered_is_the_one_told() -> None:
    counselor = ACTORS | {"Counselor": ("counselor", "Person")}
    sentence = "The Minister directed that a reply to the note be drafted by the Counselor."
    ctx, voice = built(sentence, counselor)
    directive = get("instructions", "reported_directive").func(ctx, word(ctx, "drafted"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("minister", "counselor")
    ctx, voice = built("The Minister directed that a reply to the note be drafted.", counselor)
    directive = get("instructions", "reported_directive").func(ctx, word(ctx, "drafted"), voice)
    assert directive is not None and directive.addressee != "counselor"


LETTER = "Yesterday I received a letter from the Minister, inviting me to call upon him at the legation."
TITLED = (
    "I wrote to the Earl on Monday. Yesterday I received a reply from his lordship, inviting me to call"
    " upon him at the office."
)


def reported_directive(sentence: str, actors: dict[str, tuple[str, str]], at: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, actors)
    return get("instructions", "reported_directive").func(ctx, word(ctx, at), voice)


def test_a_participle_on_a_message_received_is_the_senders_request_of_the_writer() -> None:
    found = reported_directive(LETTER, {"Minister": ("minister", "Person")}, "call")
    assert found is not None and (found.issuer, found.addressee) == ("minister", SPEAKER)


def test_a_reply_from_his_lordship_is_from_the_person_named_before() -> None:
    found = reported_directive(TITLED, {"Earl": ("earl", "Person")}, "call")
    assert found is not None and (found.issuer, found.addressee) == ("earl", SPEAKER)


SENT_TO = "The Consul sent a letter to the Governor requesting that the prisoners be released."
DELIVERED_TO = (
    "The Minister at Rome has been instructed to deliver a note to the Italian Government proposing that"
    " the conference be postponed."
)


def test_a_participle_on_a_letter_sent_to_someone_asks_it_of_the_one_it_is_sent_to() -> None:
    actors = {"Consul": ("consul", "Person"), "Governor": ("governor", "Person")}
    found = reported_directive(SENT_TO, actors, "released")
    assert found is not None and (found.issuer, found.addressee) == ("consul", "governor")


def test_a_note_to_be_delivered_proposes_to_the_government_it_is_delivered_to() -> None:
    actors = {"Minister": ("minister", "Person"), "Government": ("italy", "Government")}
    found = reported_directive(DELIVERED_TO, actors, "postponed")
    assert found is not None and (found.issuer, found.addressee) == ("minister", "italy")


def test_the_one_pressed_on_is_told_and_the_one_spoken_for_is_not() -> None:
    actors = {"Bunker": ("bunker", "Person"), "Thieu": ("thieu", "Person")}
    actors["Government"] = ("usa", "Government")
    ctx, voice = built("Bunker pressed on Thieu the need for immediate decisive action.", actors)
    told = get("instructions", "urged_necessity").func(ctx, word(ctx, "pressed"), voice)
    assert told is not None and (told.issuer, told.addressee) == ("bunker", "thieu")
    ctx, voice = built("Bunker pressed on behalf of his Government the need for immediate action.", actors)
    told = get("instructions", "urged_necessity").func(ctx, word(ctx, "pressed"), voice)
    assert told is not None and told.addressee != "usa"
