"""A want as a stance on a course (decision_wishes.py), on built Docs (parses in
data/parses_wanted_courses.json): what the actor wants to do or wants done is approved, a negated want
or a want not to act rejects it, a wanted stance bears on its object; wants that ask, inquire, say,
hedge or are someone else's judgement state no stance."""

from __future__ import annotations

import pytest

from .built import stances as _stances

CABINET = {"Cabinet": ("cabinet", "Government")}
ADMIRALTY = {"Admiralty": ("admiralty", "Organization")}
LEGATION = {"Legation": ("legation", "Organization")}
COMMISSIONERS = {"Commissioners": ("commissioners", "Group")}


def test_an_act_an_actor_wants_to_do_is_approved_by_it() -> None:
    sentence = "The Cabinet wishes to postpone the conference."
    (stance,) = _stances(sentence, "wanted_course", "wishes", CABINET)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "cabinet", "postpone")


def test_a_noun_of_an_act_wanted_is_the_course() -> None:
    sentence = "The Admiralty wanted the cancellation of the order."
    (stance,) = _stances(sentence, "wanted_course", "wanted", ADMIRALTY)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "admiralty", "cancellation")


@pytest.mark.parametrize(
    "sentence",
    ["The Legation did not wish to raise the question.", "The Legation wished not to raise the question."],
)
def test_a_negated_want_or_a_want_not_to_act_rejects_the_act(sentence: str) -> None:
    verb = "wish" if " not wish" in sentence else "wished"
    (stance,) = _stances(sentence, "wanted_course", verb, LEGATION)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "legation", "raise")


def test_a_wanted_stance_bears_on_its_object_and_negation_turns_it_round() -> None:
    sentence = "The Cabinet does not wish to accept the proposal."
    (stance,) = _stances(sentence, "wanted_course", "wish", CABINET)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "cabinet", "proposal")
    sentence = "The Cabinet would not desire to raise any objection to the plan."
    assert _stances(sentence, "wanted_course", "desire", CABINET) == []  # a stance noun: read elsewhere


@pytest.mark.parametrize(
    ("sentence", "verb", "actors"),
    [
        ("I wish to point out that the tariff is high.", "wish", None),  # a wish to say
        ("He wanted to know whether the plan was ready.", "wanted", None),  # an inquiry
        ("The Commissioners desired to be furnished with copies of the report.", "desired", COMMISSIONERS),
        ("The Cabinet wants the Minister to resign.", "wants", CABINET),  # someone else is to act
        ("You may wish to postpone the conference.", "wish", None),  # hedged: left to the addressee
        ("It is unlikely that the Cabinet wishes to postpone the conference.", "wishes", CABINET),
    ],
)
def test_wants_that_ask_say_direct_hedge_or_are_judged_state_no_stance(
    sentence: str, verb: str, actors: dict[str, tuple[str, str]] | None
) -> None:
    assert _stances(sentence, "wanted_course", verb, actors) == []


def test_a_wish_to_avoid_an_act_rejects_it_and_one_to_avoid_people_states_none() -> None:
    sentence = "The Cabinet wishes to avoid a rupture of relations."
    (stance,) = _stances(sentence, "wanted_course", "wishes", CABINET)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "cabinet", "rupture")
    assert _stances("The Cabinet wishes to avoid the press.", "wanted_course", "wishes", CABINET) == []
