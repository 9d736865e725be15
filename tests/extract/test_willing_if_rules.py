"""Requests put as the addressee's willingness ("If you will send me the figures, I will ..."): an
instruction of the writer to the addressee (built Docs, no trained model)."""

from __future__ import annotations

from .built import ADDRESSEE, speaker_directives


def test_if_you_will_under_the_writers_promise_asks_the_addressee() -> None:
    got = speaker_directives("If you will send me the figures, I will lay them before the Minister.")
    rule, told, quote, polarity = got["send"]
    assert (rule, told, polarity) == ("willing_if", ADDRESSEE, "do")
    assert quote == "If you will send me the figures"
    assert "lay" not in got  # the writer's promise is no directive


def test_let_me_know_asks() -> None:
    got = speaker_directives("If you will let me know the date, I shall meet the Consul.")
    assert got["let"][:2] == ("willing_if", ADDRESSEE)


def test_an_offer_a_courtesy_and_a_would_are_not_read_by_this_rule() -> None:
    assert "cede" not in speaker_directives("We will give you the island if you will cede the port.")
    assert speaker_directives("I will concede you the island if you will concede me the port.") == {}
    assert speaker_directives("If you will allow me to say so, the plan is unwise.") == {}
    got = speaker_directives("If you would send me the figures, I will lay them before the Minister.")
    assert all(rule != "willing_if" for rule, *_ in got.values())
