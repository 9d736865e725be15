"""Stances conveyed, hoped states of mind and existential denials (kg.extract.conveyed_stances);
invented sentences in the style of 1969-76 messages."""

from __future__ import annotations

from .built import ADDRESSEE, speaker_directives

CABINET = {"Cabinet": ("cabinet", "Organization")}


def found(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> dict[str, tuple[str, str, str]]:
    """Each directed verb's rule, the one it tells and its polarity."""
    got = speaker_directives(sentence, actors)
    return {verb: (rule, told, polarity) for verb, (rule, told, _, polarity) in got.items()}


def test_a_negated_would_of_the_speaker_s_side_is_a_stance_not_advice() -> None:
    assert found("We would not accept any plan which leaves the refugees without protection.") == {}
    got = found("I would not raise the question of the loan now.")
    assert got == {"raise": ("speaker_advice", ADDRESSEE, "dont")}


def test_a_hope_that_another_understands_asks_for_no_act() -> None:
    assert found("We hope the Cabinet will come to appreciate the merit of our proposal.", CABINET) == {}
    assert found("We trust that the Cabinet understands our difficulty.", CABINET) == {}
    got = found("We hope the Cabinet will withdraw the bill.", CABINET)
    assert got == {"withdraw": ("hope_that", "cabinet", "do")}


def test_a_necessary_existential_denial_forbids_the_reader() -> None:
    got = found("It is absolutely essential that there be no publicity before the vote.")
    assert got == {"be": ("necessary_that", ADDRESSEE, "dont")}
    assert found("It is essential that there be a vote tomorrow.") == {}


def test_a_wish_that_someone_know_informs_and_asks_no_act() -> None:
    assert found("I want you to know that the Cabinet has approved the loan.", CABINET) == {}
    assert found("We wish the Cabinet to be aware of our concern.", CABINET) == {}
    assert found("I want you to see the King tomorrow.") == {"see": ("governed_complement", ADDRESSEE, "do")}


def test_a_wish_that_someone_know_and_act_still_directs() -> None:
    got = found("I wanted the Cabinet to know and to tell the King that we stand firm.", CABINET)
    assert got["know"] == ("reported_directive", "cabinet", "do")

MINISTER = {"Minister": ("minister", "Person")}


def test_a_finite_clause_joined_to_a_directed_infinitive_is_no_directed_act() -> None:
    sentence = "Tell the Minister not to expect any reply yet and therefore neither he nor I could be blamed"
    got = found(sentence + " for the delay.", MINISTER)
    assert "blamed" not in got and got["expect"][1:] == ("minister", "dont")
    got = found("Tell the Minister not to expect any reply yet and to keep the matter quiet.", MINISTER)
    assert got["keep"][0] == "coordinated"  # a to-infinitive joined to it is one more act
