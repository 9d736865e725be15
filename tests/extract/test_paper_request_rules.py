"""Requests made in a paper the text names (kg.extract.paper_requests)."""

from __future__ import annotations

from kg.extract.registry import get

from .built import SPEAKER, built, word

MINISTER = {"Minister": ("minister", "Person"), "Office": ("foreign-office", "Organization")}


def paper_request(sentence: str, at: str, actors: dict[str, tuple[str, str]]):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, actors)
    return get("instructions", "paper_request").func(ctx, word(ctx, at), voice)


def test_a_memorandum_sent_to_the_writer_asks_him_for_its_sender() -> None:
    found = paper_request(
        "The Chilean Minister has sent me a memorandum urging that the claim be settled.", "urging", MINISTER
    )
    assert found is not None and found.issuer == "minister" and found.addressee == SPEAKER


def test_a_letter_of_a_minister_to_an_office_asks_that_office_not_the_writer() -> None:
    found = paper_request(
        "I enclose a copy of a letter of the Spanish Minister to the Foreign Office requesting the release"
        " of the prisoners.",
        "requesting",
        MINISTER,
    )
    assert found is not None and found.issuer == "minister" and found.addressee == "foreign-office"


def test_the_one_a_reply_is_awaited_from_was_sent_the_request() -> None:
    actors = {"Consul": ("consul", "Person"), "Legation": ("legation", "Organization")}
    found = paper_request(
        "The Consul is awaiting a reply from the Legation to his telegram of Monday asking for a decision.",
        "asking",
        actors,
    )
    assert found is not None and found.issuer == "consul" and found.addressee == "legation"


def test_a_paper_whose_sender_the_sentence_does_not_name_asks_nothing() -> None:
    actors = {"dean": ("dean", "Person")}
    sentence = "The dean received a note requesting the ministers to visit the Palace."
    assert paper_request(sentence, "requesting", actors) is None


def test_a_paper_that_suggests_puts_forward_a_course_and_asks_nothing() -> None:
    sentence = "The Chilean Minister has sent me a memorandum suggesting that the claim be settled."
    assert paper_request(sentence, "suggesting", MINISTER) is None
