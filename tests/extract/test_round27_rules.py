"""A recommendation put on its heading's own line is an instruction ("recommended_heading"); a subject
that names an act judged needed is approved ("needed_act"); a subject line under its label says nothing."""

from __future__ import annotations

from kg.documents import parse_text
from kg.extract.directives import Directive
from kg.extract.registry import get
from kg.extract.voices import text_regions

from .built import ADDRESSEE, SPEAKER, built, word
from .built import stances as _stances


def _directive(sentence: str, at: str) -> Directive | None:
    ctx, voice = built(sentence)
    found: Directive | None = get("instructions", "recommended_heading").func(ctx, word(ctx, at), voice)
    return found


def test_a_recommendation_on_its_headings_line_is_an_instruction_to_the_reader() -> None:
    found = _directive("RECOMMENDATION: That you approve the message at Tab A.", "approve")
    assert found is not None and found.addressee == ADDRESSEE
    both = "Recommendation: That you authorize the sale, and that you approve the reply."
    assert _directive(both, "authorize") is not None and _directive(both, "approve") is not None


def test_a_reported_act_under_the_heading_recommends_nothing() -> None:
    assert _directive("RECOMMENDATION: That he approved the message.", "approved") is None


def test_an_act_judged_needed_is_approved_by_the_judge() -> None:
    for sentence, noun in [
        ("Close consultations with our friends are essential.", "consultations"),
        ("The withdrawal of the troops is indispensable.", "withdrawal"),
    ]:
        (stance,) = _stances(sentence, "needed_act", sentence.split()[-1].rstrip("."))
        assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, noun)


def test_a_topic_needed_is_no_course() -> None:
    assert _stances("The question was essential.", "needed_act", "essential") == []


def test_a_subject_line_under_its_label_says_nothing() -> None:
    text = (
        "170. Memorandum From Secretary of State Kissinger to President Nixon\n\nSUBJECT:\n\n"
        "Reply to Letter from Prime Minister Bhutto\n\nBhutto sent you a message.\n"
    )
    doc = parse_text(text, doc_id="t", source="t.txt")
    said = [text[r.start : r.end] for r in text_regions(doc)]
    assert "Reply to Letter from Prime Minister Bhutto" not in said
    assert "Bhutto sent you a message." in said
