"""Stances whose target is no course, on small built Docs (parses written down): heed given to a paper,
an answer judged by a word of the open valence lexicon, a thing judged as it turned out, a word sought
back and a state held needed; and the neighbours that still decide (support of a proposal, a curated
judgement of a reply, a judgement of what would be, a refusal, a closing held needed, a course preferred)."""

from __future__ import annotations

from kg.extract.decisions import find_stances

from .built import SPEAKER, built

PARTIES = {
    "Frelek": ("frelek", "Person"),
    "Minister": ("minister", "Person"),
    "He": ("minister", "Person"),
    "Legation": ("legation", "Government"),
}


def _read(sentence: str) -> list[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    return [(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)]


def test_attention_given_to_a_paper_is_no_stance() -> None:
    assert _read("Your telegram of yesterday has had my most earnest attention.") == []
    supported = _read("Your proposal of yesterday has my most earnest support.")
    assert ("evaluation", "approve", SPEAKER, "proposal") in supported


def test_an_answer_judged_by_the_open_lexicon_is_no_stance() -> None:
    assert _read("The reply of the Legation was not helpful to the inquiry.") == []
    judged = _read("The reply of the Legation is unacceptable.")
    assert ("judgement", "reject", SPEAKER, "reply") in judged  # a curated predicate still judges it


def test_a_thing_judged_as_it_turned_out_is_no_stance() -> None:
    assert _read("The mission of the commissioners has been very helpful.") == []
    ahead = _read("The mission of the commissioners would be very helpful.")
    assert ("evaluation", "approve", SPEAKER, "mission") in ahead


def test_a_word_sought_back_is_no_course() -> None:
    assert _read("I am unable to get any information as to the shipments.") == []
    assert _read("He prefers to get your views before he replies.") == []
    waited = _read("He prefers to wait for the answer of the Legation.")
    assert waited == [("preference", "approve", "minister", "wait")]
    refused = _read("I am unable to accept the terms of the Legation.")
    assert refused == [("stance_verb", "reject", SPEAKER, "terms")]


def test_a_state_held_needed_is_no_course() -> None:
    assert _read("The Minister believes that the harbor must be deep for the fleet.") == []
    closed = _read("The Minister believes that the harbor must be closed to commerce.")
    assert closed == [("normative_opinion", "approve", "minister", "closed")]


def test_what_was_done_appreciated_is_no_stance() -> None:
    assert _read("We appreciate the useful role which the Legation has played in the talks.") == []
    made = _read("We appreciate the proposal which the Legation has made.")
    assert made == [("evaluative_verb", "approve", SPEAKER, "proposal")]  # a course noun is still decided


def test_eagerness_to_have_an_answer_is_no_course() -> None:
    assert _read("We are anxious to have the Minister's reaction to the proposal.") == []


def test_a_stance_reported_with_a_verb_of_saying_is_the_reporters() -> None:
    found = _read("Frelek mentioned that a visit by the astronauts would be welcome.")
    assert found and {holder for _, _, holder, _ in found} == {"frelek"}  # as after "said"
