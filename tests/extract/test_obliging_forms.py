"""Formulas of polite request and a pledge withheld are no decision, on small built Docs (parses written
down): "be so good as to", "be kind enough to", "favor us with", "I am not committed to"; and the
neighbours that still decide (a judgement "it would be good to", "favors the plan", "I am committed to")."""

from __future__ import annotations

from kg.extract.decisions import find_stances
from kg.extract.directives import find_directives

from .built import SPEAKER, built

PARTIES = {"Minister": ("minister", "Person")}


def _read(sentence: str) -> list[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    find_directives(ctx)  # the instruction finder runs first in the pipeline
    return [(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)]


def test_so_good_as_to_asks_and_judges_nothing() -> None:
    assert _read("I beg that you will be so good as to send it back to me after having read it.") == []
    sentence = (
        "Your Excellency be so good as to obtain through the Consul the papers"
        " which will prove the amount of the debt."
    )
    assert _read(sentence) == []


def test_a_good_course_is_still_judged() -> None:
    assert _read("It would be good to postpone the conference.") == [
        ("evaluation", "approve", SPEAKER, "postpone")
    ]


def test_favor_us_with_an_answer_asks_but_favoring_a_plan_approves() -> None:
    assert _read("I hope you will favor me with a reply.") == []
    found = _read("The Minister favors the plan of a mixed commission.")
    assert found == [("stance_verb", "approve", "minister", "plan")]


def test_a_pledge_withheld_takes_no_stance() -> None:
    assert _read("The Minister is not committed to that.") == []
    assert _read("The Minister is committed to the plan of a mixed commission.") == [
        ("pledged_course", "approve", "minister", "plan")
    ]
