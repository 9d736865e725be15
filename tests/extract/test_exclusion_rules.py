"""A course taken "without" a thing of its own ("accept a ceasefire without any linkage to X") rejects
that thing; "without" of manner ("without delay") excludes nothing."""

from __future__ import annotations

from .built import SPEAKER
from .built import stances as _stances


def test_what_without_excludes_from_an_accepted_course_is_rejected() -> None:
    sentence = "We accept a simple ceasefire without any linkage to the Soviet formulation."
    taken, excluded = _stances(sentence, "stance_verb", "accept")
    assert (taken.stance, taken.actor, taken.target.text) == ("approve", SPEAKER, "ceasefire")
    assert sentence[taken.span.start : taken.span.end].endswith("a simple ceasefire")
    assert (excluded.stance, excluded.actor, excluded.target.text) == ("reject", SPEAKER, "linkage")
    assert sentence[excluded.span.start : excluded.span.end].startswith("without any linkage")


def test_without_of_manner_excludes_nothing() -> None:
    (stance,) = _stances("We accept the proposal without delay.", "stance_verb", "accept")
    assert (stance.stance, stance.target.text) == ("approve", "proposal")
