"""Decisions recorded impersonally ("It was decided that ...", "it was agreed to ...") on built Docs."""

from __future__ import annotations

from kg.documents import Span
from kg.extract.registry import get
from kg.extract.voices import Voice

from .built import SPEAKER, built, word
from .built import stances as _stances

RULE = "settled_impersonally"


def test_a_that_clause_decided_is_the_recorders_approval_of_it() -> None:
    (stance,) = _stances("It was decided that the commission should meet at Lima.", RULE, "decided")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "meet")


def test_an_infinitive_agreed_is_approved() -> None:
    (stance,) = _stances("It was agreed to postpone the conference until spring.", RULE, "agreed")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "postpone")


def test_an_open_question_or_a_report_settles_nothing() -> None:
    assert _stances("It was not decided whether the commission should meet at Lima.", RULE, "decided") == []
    assert _stances("It was reported that the commission had met at Lima.", RULE, "reported") == []


def _minuted(sentence: str, actors: dict[str, tuple[str, str]]) -> list[tuple[str, str, str]]:
    """What the construction reads at "decided" where no one speaks (minutes)."""
    ctx, _ = built(sentence, actors)
    voice = Voice(Span(0, len(ctx.sdoc.text)), None, None)
    found = get("decisions", RULE).func(ctx, word(ctx, "decided"), voice)
    return [(s.stance, s.actor, s.target.text) for s in found]


def test_minutes_give_the_decision_to_the_meetings_last_named_subject() -> None:
    sentence = "The delegates approved the budget. It was decided to adjourn the session."
    assert _minuted(sentence, {"delegates": ("delegates", "Group")}) == [("approve", "delegates", "adjourn")]
    assert _minuted(sentence, {}) == []


def test_minutes_give_it_to_the_members_present() -> None:
    sentence = "Present: Mr. Brown, Mr. Grey. It was decided to adjourn the session."
    actors = {"Brown": ("brown", "Person"), "Grey": ("grey", "Person")}
    assert _minuted(sentence, actors) == [("approve", "brown", "adjourn")]


DELEGATES = {"delegates": ("delegates", "Group"), "Council": ("council", "Organization")}


def test_the_body_whose_meeting_the_sentence_names_decided() -> None:
    sentence = "At a meeting of the delegates this morning it was decided to adjourn the session."
    (stance,) = _stances(sentence, RULE, "decided", DELEGATES)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "delegates", "adjourn")


def test_a_meeting_that_names_no_body_or_a_place_leaves_the_recorder() -> None:
    (stance,) = _stances("At this meeting it was decided to postpone the vote.", RULE, "decided", DELEGATES)
    assert stance.actor == SPEAKER
    sentence = "In Lima it was decided that the commission should meet in June."
    (stance,) = _stances(sentence, RULE, "decided", {"Lima": ("peru", "Government")})
    assert stance.actor == SPEAKER


def test_a_by_agent_outranks_the_body_met() -> None:
    sentence = "At the session of the Council it was agreed by the delegates to close the port."
    (stance,) = _stances(sentence, RULE, "agreed", DELEGATES)
    assert (stance.actor, stance.target.text) == ("delegates", "close")


def test_the_body_met_in_decided() -> None:
    sentence = "In the Council it was agreed that the port should be closed."
    (stance,) = _stances(sentence, RULE, "agreed", DELEGATES)
    assert (stance.actor, stance.target.text) == ("council", "closed")


MINISTER = {
    "Council": ("council", "Organization"),
    "Minister": ("minister", "Person"),
    "Admiral": ("admiral", "Person"),
}


def test_a_session_of_a_body_named_earlier_in_the_paragraph_settled_it() -> None:
    sentence = (
        "The Minister in open session of the Council explained the delay. "
        "The Minister gave a summary and it was agreed to discuss the question later."
    )
    (stance,) = _stances(sentence, RULE, "agreed", MINISTER)
    assert (stance.actor, stance.target.text) == ("council", "discuss")


def test_a_person_met_earlier_is_no_body_that_settles() -> None:
    sentence = (
        "The Minister at a conference with the Admiral explained the delay. "
        "It was agreed to discuss the question later."
    )
    (stance,) = _stances(sentence, RULE, "agreed", MINISTER)
    assert stance.actor == SPEAKER
