"""Pronoun deciders on small built Docs: a third person subject prefers the actor that was a subject."""

from __future__ import annotations

from kg.extract.pronouns import party

from .built import built, word
from .built import stances as _stances

PEOPLE = {"Nixon": ("nixon", "Person"), "Kissinger": ("kissinger", "Person")}


def test_a_pronoun_decider_is_the_earlier_subject_not_the_nearest_name() -> None:
    sentence = "President Nixon reciprocates the anticipation of Kissinger. He accepts the proposal."
    (stance,) = _stances(sentence, "stance_verb", "accepts", PEOPLE)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "nixon", "proposal")


def test_they_prefers_the_party_that_speaks_over_the_one_spoken_to() -> None:
    sentence = "The powers have told Peru that they accept the proposal."
    ctx, voice = built(sentence, {"powers": ("powers", "Group"), "Peru": ("peru", "Government")})
    assert party(ctx, word(ctx, "they"), voice) == "powers"
    assert ctx.refers(word(ctx, "they"), voice) == "peru"  # the nearest name: the decider no longer takes it
