"""Routing lines of 1969-76 messages that relay other messages (kg.extract.routed_lines); invented
sentences, each beside a directive of the same verb that must still be found."""

from __future__ import annotations

from kg.extract.courtesies import cross_reference
from kg.extract.directives import find_directives
from kg.extract.routed_lines import routed_line, routed_participle, routed_to_party

from .built import ADDRESSEE, built, word

PLACES = {"London": ("london", "Place"), "Paris": ("paris", "Place")}


def directed(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> dict[str, str | None]:
    """The directed verbs of one sentence, by word, with the one each tells."""
    ctx, _ = built(sentence, actors)
    return {hit.tok.text: hit.directive.addressee for hit in find_directives(ctx).values()}


def root_is_routing(sentence: str) -> tuple[bool, bool, bool]:
    """The module's two tests, and the whole, on the sentence's main verb."""
    ctx, _ = built(sentence, PLACES)
    root = next(t for t in ctx.sdoc if t.dep_ == "ROOT")
    return routed_participle(ctx, root), routed_to_party(ctx, root), routed_line(ctx, root)


def test_a_participle_following_routes_the_message() -> None:
    line = "Please pass following message to Ambassador Brown from the Secretary "
    line += "for transmittal to King Hussein:"
    assert root_is_routing(line) == (True, False, True)
    assert directed(line) == {}


def test_a_line_that_names_only_where_the_telegram_goes_routes_it() -> None:
    assert root_is_routing("Pls pass Secretary's party.") == (False, True, True)
    assert root_is_routing("Please repeat to London.") == (False, True, True)
    assert root_is_routing("Please repeat to London for information.") == (False, True, True)
    assert root_is_routing("Pass Embassy Rome and Embassy Paris.") == (False, True, True)
    assert directed("Please repeat to London.", PLACES) == {}
    assert directed("Pls pass Secretary's party.") == {}


def test_a_thing_or_a_person_to_send_is_still_directed() -> None:
    thing = "Please repeat to London the substance of your conversation."
    assert root_is_routing(thing) == (False, False, False)
    assert root_is_routing("Please send the Secretary's views to London.") == (False, False, False)
    assert root_is_routing("Please send Smith to Paris at once.") == (False, False, False)
    assert directed("Please send the Secretary's views to London.", PLACES) == {"send": ADDRESSEE}
    assert directed("Please send Smith to Paris at once.", PLACES) == {"send": ADDRESSEE}


def test_a_paper_given_by_its_number_to_read_or_refer_to_is_a_cross_reference() -> None:
    for sentence, verb in (
        ("Please read my telegram No. 76 of April 3.", "read"),
        ("Please refer to my telegram No. 76.", "refer"),
    ):
        ctx, _ = built(sentence)
        assert cross_reference(ctx, word(ctx, verb))
        assert find_directives(ctx) == {}
    ctx, _ = built("Please read the enclosed note.")
    assert not cross_reference(ctx, word(ctx, "read"))
    assert list(find_directives(ctx).values())[0].tok.text == "read"
