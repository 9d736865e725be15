"""Offers, leave asked to speak, pardon asked and a quotation's colon (kg.extract.offers):
words that look like requests but direct no one; invented sentences, each beside a request that must still
be found."""

from __future__ import annotations

from kg.extract.directives import find_directives
from kg.extract.offers import across_quote, inverted_clause

from .built import ADDRESSEE, SPEAKER, built, word

ACTORS = {
    "Government": ("france", "Government"),
    "Department": ("department", "Government"),
    "Minister": ("minister", "Person"),
}


def directed(sentence: str) -> dict[str, tuple[str, str | None, str | None]]:
    """The directed verbs of one sentence, by word: the construction, the one told and the one telling."""
    ctx, _ = built(sentence, ACTORS)
    found = find_directives(ctx).values()
    return {h.tok.text: (h.rule.name, h.directive.addressee, h.directive.issuer) for h in found}


def test_gladness_to_do_one_s_own_act_is_an_offer() -> None:
    assert directed("We would be glad to confer with them about the routes.") == {}


def test_gladness_to_learn_or_to_be_told_still_asks() -> None:
    found = directed("We would be glad to learn whether the Minister has signed.")
    assert found["be"] == ("polite_request", ADDRESSEE, SPEAKER)
    found = directed("We would be pleased to be informed of his decision.")
    assert found == {"be": ("polite_request", ADDRESSEE, SPEAKER)}


def test_gladness_if_the_reader_would_act_still_asks() -> None:
    found = directed("We would be glad if you would confer with them about the routes.")
    assert found["confer"] == ("polite_if", ADDRESSEE, None)


def test_gladness_to_have_a_thing_brought_to_notice_still_asks() -> None:
    sentence = "The Department would be glad to have brought to its notice every cargo which may be shipped."
    found = directed(sentence)
    assert found == {"be": ("polite_request", ADDRESSEE, "department")}


def test_leave_asked_to_speak_is_a_courtesy() -> None:
    assert directed("I beg you to permit me to recall once more the question of the frontier.") == {}
    found = directed("I beg you to permit me to visit the frontier.")
    assert found == {"permit": ("governed_complement", ADDRESSEE, None)}


def test_pardon_asked_for_the_writer_is_a_courtesy() -> None:
    assert directed("Please forgive my rather long account of the affair.") == {}
    assert directed("You will pardon me if I press this point once more.") == {}
    assert directed("Please forgive the debt of the province.") == {"forgive": ("please", ADDRESSEE, None)}


def test_a_clause_across_a_quotation_s_colon_is_no_complement() -> None:
    ctx, _ = built(
        "The Secretary cabled the following message to the King on May 3: “Greatly distressed by the"
        " losses caused by the recent storms in Your Majesty’s islands, I desire to convey to Your Majesty"
        " my deepest sympathy.”"
    )
    assert across_quote(word(ctx, "desire"))  # hung on "cabled" over the colon
    assert not across_quote(word(ctx, "convey"))  # the message's own infinitive
    ctx, _ = built(
        "I am asked by the members to send the following message to you: ‘Sincerely admiring the patient and"
        " generous labors of the President in calling the present meeting, the members desire to offer him"
        " their warmest thanks.’"
    )
    assert across_quote(word(ctx, "desire"))
    assert not across_quote(word(ctx, "send"))  # the act asked, before the colon


def test_a_clause_opened_by_should_is_a_condition_by_inversion() -> None:
    ctx, _ = built(
        "The treaty shall remain in force for five years, but should either party be prevented by its"
        " legislature from carrying out the terms, the treaty shall lapse."
    )
    assert inverted_clause(ctx, word(ctx, "prevented"))
    assert not inverted_clause(ctx, word(ctx, "remain"))
    ctx, _ = built("Should the Minister sign the protocol?")
    assert not inverted_clause(ctx, word(ctx, "sign"))  # a question asks the reader


def test_a_negative_adverbial_before_should_still_directs() -> None:
    ctx, _ = built("Under no circumstances should the Minister sign the protocol.", ACTORS)
    assert not inverted_clause(ctx, word(ctx, "sign"))
    found = directed("Under no circumstances should the Minister sign the protocol.")
    assert found == {"sign": ("third_party_modal", "minister", None)}
