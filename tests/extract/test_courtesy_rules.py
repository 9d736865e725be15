"""Courtesies and handling lines of 1969-76 messages that look directed but ask for no act
(kg.extract.courtesies); invented sentences, each beside a real directive that must still be found."""

from __future__ import annotations

from kg.extract.directives import find_directives

from .built import ADDRESSEE, built

MINISTER = {"Minister": ("minister", "Person")}


def directed(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> dict[str, str | None]:
    """The directed verbs of one sentence, by word, with the one each tells."""
    ctx, _ = built(sentence, actors)
    return {hit.tok.text: hit.directive.addressee for hit in find_directives(ctx).values()}


def test_a_greeting_to_convey_is_no_directive() -> None:
    assert directed("Please convey my warmest wishes to the Minister.", MINISTER) == {}
    assert directed("Jane and I miss you and send kindest regards.") == {}
    assert directed("Please accept, Mr. Minister, my best wishes.", MINISTER) == {}  # wishes hung on the name
    assert directed("Please accept my appreciation for your help in Cairo.") == {}


def test_what_a_party_wishes_done_may_still_be_conveyed() -> None:
    found = directed("Please convey the President's wishes to the Minister.", MINISTER)
    assert found == {"convey": ADDRESSEE}


def test_a_visit_some_day_is_an_invitation() -> None:
    assert directed("One day you must visit us in Maine.") == {}
    assert directed("You must visit the Minister tomorrow.", MINISTER) == {"visit": ADDRESSEE}


def test_what_the_reader_will_have_or_enjoy_is_no_act() -> None:
    assert directed("Trust you enjoy a well deserved holiday.") == {}
    assert directed("You will continue to have the complete confidence of the Secretary.") == {}
    found = directed("You will continue to press the Foreign Minister.", MINISTER)
    assert found == {"continue": ADDRESSEE}


def test_a_wish_for_the_reader_s_company_asks_nothing() -> None:
    assert directed("I wish you could be with us tonight.") == {}
    assert directed("I wish you would tell him at once.") == {"tell": ADDRESSEE}


def test_the_message_s_own_copies_are_handled_not_directed() -> None:
    assert directed("Please destroy the file copies of this cable.") == {}
    assert directed("Deliver all copies to the addressee.") == {}
    assert directed("Please send us copies of the treaty.") == {"send": ADDRESSEE}


def test_a_polite_routing_line_routes_the_following_text() -> None:
    assert directed("Please pass the following message from the Secretary to the Ambassador:") == {}
    assert directed("Please deliver following oral message from me to the Foreign Minister:", MINISTER) == {}
    assert directed("Please deliver what follows to the Secretary at once.") == {}
    found = directed("Please pass the letter to the Foreign Minister.", MINISTER)
    assert found == {"pass": ADDRESSEE}


OTTOMAN = {"Ottoman": ("turkey", "Government")}


def test_the_one_urged_is_the_object_before_the_complement() -> None:
    # The parser hangs a later object ("sour relations between two Ottoman allies") on "urge" too:
    # it is not the one urged; "all sides" names no actor, so no one the graph knows is told.
    sentence = (
        "We strongly urge all sides to show the greatest restraint and avoid steps which might inflame"
        " the region, sour relations between two Ottoman allies, and give an opening to outsiders."
    )
    found = directed(sentence, OTTOMAN)
    assert "show" in found and found["show"] is None
    assert directed("We strongly urge the Ottoman envoys to show the greatest restraint.", OTTOMAN) == {
        "show": "turkey"
    }


def test_a_passive_of_praise_tells_no_one() -> None:
    assert directed("The crews are to be warmly commended for their skill.") == {}
    assert directed("The crews are to be sent home at once.") == {"sent": ADDRESSEE}
