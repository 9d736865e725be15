"""What a word of wanting governs that is no course on the table (sample K of unseen documents): a
courtesy performed, a state shown to be so, a course asked about by a wh-phrase, a clause the parser
hung on the wanting word from before it; and a listed point is not run on into the next. Each test
also shows the neighbour that stays an option."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, word

CLAUSE = "proposal_clause"


def courses(sentence: str, at: str) -> list[str]:
    """What the proposal-clause construction reads at ``at``."""
    ctx, voice = built(sentence)
    found = get("options", CLAUSE).func(ctx, word(ctx, at), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_a_courtesy_conveyed_is_no_course_but_a_proposal_conveyed_is() -> None:
    sympathy = "The Minister desires to convey to the Governor the expression of his deep sympathy."
    assert courses(sympathy, "desires") == []
    assert courses("The delegates wish to thank the Secretary for his courtesy.", "wish") == []
    assert courses("The Minister desires to convey to the Governor a proposal for a loan.", "desires") == [
        "to convey to the Governor a proposal for a loan"
    ]


def test_showing_that_something_is_so_is_no_course_but_showing_a_resolve_is() -> None:
    assert courses("The workers wished to show the Minister that their demands were just.", "wished") == []
    assert courses("The workers wished to show the Minister that they will not yield.", "wished") == [
        "to show the Minister that they will not yield"
    ]


def test_a_course_asked_about_by_a_wh_phrase_is_none_but_a_named_one_is() -> None:
    asked = "It would be appreciated if the Ministry would indicate what step it desires to take"
    asked += " with respect to the loan."
    assert courses(asked, "desires") == []
    assert courses("The Ministry desires to lower the duty on the loan.", "desires") == [
        "to lower the duty on the loan"
    ]


def test_a_clause_before_the_wanting_word_is_not_its_complement() -> None:
    sentence = "The King sent the following message to the Regent: Deeply grieved by the disaster,"
    sentence += " I wish to send a ship."
    assert courses(sentence, "wish") == ["to send a ship"]


def test_a_weighed_course_ends_before_the_next_listed_point() -> None:
    sentence = "The note ends with these points: (1) the Cabinet is ready to negotiate;"
    sentence += " (2) the tariff should be lowered by decree; (3) the debt will be paid in gold;"
    sentence += " (4) the Cabinet considers that the frontier is settled."
    ctx, voice = built(sentence)
    found = get("options", "weighed_course").func(ctx, word(ctx, "considers"), voice)
    assert [ctx.sdoc[c.start : c.end + 1].text for c in found] == ["the tariff should be lowered by decree"]
