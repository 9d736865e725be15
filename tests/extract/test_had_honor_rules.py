"""The writer's own request under "I have the honor to" / "I have to" (held_words.held_by): the one
who has the honor is the one who requests, so "that you will ..." is a directive (you_will,
reported_directive); a disowned wish ("I have no wish to request") asks nothing."""

from __future__ import annotations

from .built import ADDRESSEE, speaker_directives


def test_the_honor_to_request_that_you_will_is_the_writers_request() -> None:
    found = speaker_directives("I have the honor to request that you will forward the papers to the Consul.")
    assert found["forward"][:2] == ("you_will", ADDRESSEE)
    assert found["forward"][2] == "that you will forward the papers to the Consul"


def test_the_honor_to_request_you_to_is_the_writers_request() -> None:
    found = speaker_directives("I have the honor to request you to forward the papers to the Consul.")
    assert found["forward"][:2] == ("reported_directive", ADDRESSEE)


def test_having_to_request_is_the_writers_request() -> None:
    found = speaker_directives("I have to request that you will forward the papers to the Consul.")
    assert found["forward"][:2] == ("you_will", ADDRESSEE)


def test_a_disowned_wish_requests_nothing() -> None:
    disowned = "I have no wish to request that you will forward the papers to the Consul."
    assert speaker_directives(disowned) == {}
