"""Readiness put as "disposed to" a course is a stance on it (denied, a rejection; "disposed to credit"
is an opinion; "might be disposed" a guess); "put into effect" reports a measure taken, as a verb of
enacting does; a noun of resolve takes its course as "of" a gerund as well as a to-infinitive."""

from __future__ import annotations

from .built import stances as _stances

BOLIVIA = {"Government": ("bolivia", "Country"), "Bolivia": ("bolivia", "Country")}


def test_disposed_to_an_act_approves_it() -> None:
    sentence = "The Bolivian Government is disposed to reopen the port at Arica."
    (stance,) = _stances(sentence, "disposed_readiness", "disposed", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "bolivia", "reopen")


def test_not_disposed_to_an_act_rejects_it() -> None:
    sentence = "The Bolivian Government is not disposed to reopen the port at Arica."
    (stance,) = _stances(sentence, "disposed_readiness", "disposed", BOLIVIA)
    assert (stance.stance, stance.actor) == ("reject", "bolivia")


def test_disposed_to_credit_is_an_opinion() -> None:
    sentence = "The Bolivian Government is disposed to credit the rumours from Arica."
    assert _stances(sentence, "disposed_readiness", "disposed", BOLIVIA) == []


def test_might_be_disposed_is_a_guess() -> None:
    sentence = "The Bolivian Government might be disposed to reopen the port at Arica."
    assert _stances(sentence, "disposed_readiness", "disposed", BOLIVIA) == []
    sentence = "The Bolivian Government might feel disposed to reopen the port at Arica."
    assert _stances(sentence, "disposed_readiness", "disposed", BOLIVIA) == []


def test_a_measure_put_into_effect_is_its_reporters_decision() -> None:
    sentence = "Bolivia has replied that the new tariff has been put into effect."
    (stance,) = _stances(sentence, "measure_put_into_effect", "put", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "bolivia", "tariff")


def test_a_measure_that_should_be_put_into_effect_is_not_taken() -> None:
    sentence = "The new tariff should be put into effect at once."
    assert _stances(sentence, "measure_put_into_effect", "put", BOLIVIA) == []


def test_put_into_a_place_enacts_nothing() -> None:
    sentence = "The Minister put the letter into his pocket."
    assert _stances(sentence, "measure_put_into_effect", "put", BOLIVIA) == []
    assert _stances(sentence, "measure_taken", "put", BOLIVIA) == []


def test_an_intention_of_a_gerund_is_a_stance_on_it() -> None:
    sentence = "The Bolivian Government has announced its intention of closing the port at Arica."
    (stance,) = _stances(sentence, "stance_noun", "intention", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "bolivia", "closing")


def test_the_gerund_of_an_intention_is_its_course_whatever_shows_it() -> None:
    sentence = (
        "The Minister will find in the note the intention of the Bolivian Government of closing the port."
    )
    (stance,) = _stances(sentence, "stance_noun", "intention", BOLIVIA)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "bolivia", "closing")
