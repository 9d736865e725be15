"""Options on real FRUS sentences: proposal nouns and proposed courses."""

from __future__ import annotations

from .helpers import construction, quote


def test_content_of_a_proposal_is_an_option(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor,
        "The Norwegian Government propose that the agreement should be valid for the duration of the war.",
    )
    (option,) = ex.options
    assert quote(doc, option) == "that the agreement should be valid for the duration of the war"
    assert option.proposed_by == "norway"


def test_an_intention_to_act_is_an_option(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "It is my intention to be there in an advisory capacity.")
    assert [quote(doc, o) for o in ex.options] == ["to be there in an advisory capacity"]


def test_a_split_complement_is_one_option(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor,
        "His Government would insist that all of the American Republics composing "
        "the original group of nine be represented in the mediation proceedings.",
    )
    (option,) = ex.options
    assert quote(doc, option).endswith("be represented in the mediation proceedings")


def test_a_state_of_affairs_or_a_directive_is_no_option(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "I agree that this is a possibility at this time. We desire you to study this entire situation.",
    )
    assert ex.options == ()


def test_a_numbered_option_and_its_name_are_one_option(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor,
        "The President approved our minimum position (option 1) yesterday. "
        "You should then present option I of your last message to me.",
    )
    assert len(ex.options) == 1
    assert [d.option for d in ex.decisions] == [ex.options[0].key]


def test_the_option_classes_of_issue_16(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor,
        "You are authorized to take all necessary measures to protect American lives. "
        "The question was raised in the course of the negotiations. "
        "The Minister acted on his own initiative.\n\n"
        "The Peruvian Government has proposed a mixed commission. We cannot accept this suggestion.\n\n"
        "The Chilean Government proposes the following terms: (1) a neutral zone along the frontier; "
        "(2) a plebiscite in the disputed provinces; (3) payment of an indemnity by Peru.\n\n"
        "You will ask for an immediate hearing of their claim.",
    )
    assert [quote(doc, o) for o in ex.options] == [
        "a mixed commission",
        "a neutral zone along the frontier",
        "a plebiscite in the disputed provinces",
        "payment of an indemnity by Peru",
        "an immediate hearing of their claim",
    ]
    (rejection,) = ex.decisions  # "this suggestion" is the commission proposed, not a new option
    assert rejection.stance == "reject" and rejection.option == ex.options[0].key
