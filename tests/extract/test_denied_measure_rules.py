"""A measure denied as a stance (decision_denials.py), on built Docs (parses in
data/parses_denied_measures.json): "no" on the passive subject that names a measure rejects it, by the
agent or whoever states it; under "should" it is a rule its stater approves; things received, stance
nouns, questions and acts as agents state no stance."""

from __future__ import annotations

import pytest

from .built import SPEAKER
from .built import stances as _stances

CABINET = {"Cabinet": ("cabinet", "Government")}
MINISTRY = {"Ministry": ("ministry", "Organization")}
BRITAIN = {"British": ("britain", "Government")}


def test_a_measure_denied_is_rejected_by_the_speaker_who_rules_it() -> None:
    (stance,) = _stances("No further exceptions will be granted.", "denied_measure", "No")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "exceptions")


def test_the_agent_of_the_passive_is_the_one_who_rejects() -> None:
    (stance,) = _stances("No such action was taken by the Cabinet.", "denied_measure", "No", CABINET)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "cabinet", "action")


def test_a_measure_verb_used_as_a_noun_denied_in_reported_speech_is_the_reporters_rejection() -> None:
    sentence = "The Ministry states that no embargo has been imposed on these goods."
    (stance,) = _stances(sentence, "denied_measure", "no", MINISTRY)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "ministry", "embargo")


def test_a_denied_measure_under_should_is_a_rule_its_stater_approves() -> None:
    (stance,) = _stances("No shipments should be licensed to these ports.", "denied_measure", "No")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "licensed")


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("No reply has been received from the Ministry.", MINISTRY),  # a thing received
        ("No objection was raised by the Cabinet.", CABINET),  # a stance noun: read elsewhere
        ("No question would be involved.", None),  # no measure
        ("No concessions were matched by any British concessions.", BRITAIN),  # an act as agent
    ],
)
def test_no_stance_where_nothing_is_done_or_no_actor_does_it(
    sentence: str, actors: dict[str, tuple[str, str]] | None
) -> None:
    assert _stances(sentence, "denied_measure", "No", actors) == []


def test_who_advises_that_no_measure_was_taken_is_the_one_who_rejects_it() -> None:
    sentence = (
        "The Ministry has advised that while no embargo has been imposed on these goods their export is not "
        "permitted."
    )
    (stance,) = _stances(sentence, "denied_measure", "no", MINISTRY)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "ministry", "embargo")
