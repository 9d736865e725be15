"""Evaluative words that judge no course, on small built Docs (parses written down): a wish to be told
or a courtesy ("should be glad to receive a copy", "useful to know the views", "will be happy to receive
him"), a quality measured with "enough" ("good enough to send"); and the neighbours that still judge a
course (a course judged useful or wise, a gladness to sign, another's learning judged fair)."""

from __future__ import annotations

from kg.extract.decisions import find_stances

from .built import SPEAKER, built

PARTIES = {"Cabinet": ("cabinet", "Government"), "President": ("president", "Person")}


def _read(sentence: str) -> list[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    return [(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)]


def test_a_wish_to_receive_a_paper_is_a_request_not_a_decision() -> None:
    assert _read("I should be glad to receive a copy of the treaty.") == []


def test_a_wish_to_know_or_learn_is_no_decision_but_a_course_judged_useful_is() -> None:
    assert _read("It would be useful to know the views of the Cabinet.") == []
    assert _read("We should find it helpful to learn the attitude of the Cabinet.") == []
    found = set(_read("It would be useful to postpone the conference."))
    assert found == {(rule, "approve", SPEAKER, "postpone") for rule in ("evaluation", "judgement")}


def test_gladness_to_receive_a_person_is_a_courtesy_but_gladness_to_sign_approves() -> None:
    assert _read("The President will be happy to receive him.") == []
    found = set(_read("The President will be happy to sign the treaty."))
    assert found == {("evaluation", "approve", "president", "sign")}


def test_another_party_s_learning_judged_fair_is_still_a_course() -> None:
    found = _read("It would be fair that the powers should know our position.")
    assert found == [("evaluation", "approve", SPEAKER, "know")]


def test_good_enough_to_is_a_courtesy_not_an_approval_but_wise_to_is() -> None:
    assert _read("You were good enough to send me the text of the note.") == []
    found = set(_read("It was wise to send the fleet to the coast."))
    assert found == {(rule, "approve", SPEAKER, "send") for rule in ("evaluation", "judgement")}
