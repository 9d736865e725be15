"""The thirtieth round's constructions, each with what it must leave alone.

Stances: a stance noun owned by a nationality adjective ("Egyptian unwillingness to release the
prisoners") is that nation's ("stance_noun"); a clause put "in the view of X" is X's stance, whoever
reports it; a comparative that weighs a course put after "it" ("it will be safer for us to abstain")
judges it ("evaluation"). Advice: "it seems to us that we should accept ..." is the speaker's, as "we think
that we should" is ("speaker_advice")."""

from __future__ import annotations

from kg.extract.registry import get
from kg.extract.stated_clauses import opinion_adjunct_owner

from .built import ADDRESSEE, SPEAKER, built, stances, word

EGYPT = {"Egyptian": ("egypt", "Government"), "Israel": ("israel", "Government")}
WEAKENED = (
    "Our ability to influence Israel is being weakened by {} "
    "unwillingness to release the prisoners of war."
)
SAFER = "We think it will be safer for us to abstain on the resolution."


def test_a_nationality_adjective_owns_the_stance_noun_it_modifies() -> None:
    (found,) = stances(WEAKENED.format("Egyptian"), "stance_noun", "unwillingness", EGYPT)
    assert (found.stance, found.actor, found.target.text) == ("reject", "egypt", "release")


def test_an_adjective_that_names_no_party_owns_nothing() -> None:
    assert stances(WEAKENED.format("general"), "stance_noun", "unwillingness", EGYPT) == []


def test_a_clause_put_in_the_view_of_a_party_is_that_partys() -> None:
    actors = {"Commission": ("commission", "Organization")}
    ctx, voice = built("In the view of the Commission the proposed loan would be a mistake.", actors)
    assert opinion_adjunct_owner(ctx, word(ctx, "mistake"), voice) == "commission"
    ctx, voice = built("The proposed loan would be a mistake.", actors)
    assert opinion_adjunct_owner(ctx, word(ctx, "mistake"), voice) is None


def test_a_comparative_weighing_a_course_after_it_judges_the_course() -> None:
    (found,) = stances(SAFER, "evaluation", "safer")
    assert (found.stance, found.actor, found.target.text) == ("approve", SPEAKER, "abstain")


def test_a_comparative_of_a_thing_compares_and_judges_nothing() -> None:
    assert stances("We think the second draft is safer.", "evaluation", "safer") == []


def _advised(sentence: str) -> str | None:
    ctx, voice = built(sentence)
    found = get("instructions", "speaker_advice").func(ctx, word(ctx, "accept"), voice)
    return found.addressee if found is not None else None


def test_what_seems_to_the_speaker_is_the_speakers_advice() -> None:
    assert _advised("It seems to us that we should accept the Soviet formula.") == ADDRESSEE


def test_what_seems_to_another_is_not_the_speakers_advice() -> None:
    assert _advised("It seems to him that we should accept the Soviet formula.") is None
