"""Decisions on real FRUS sentences: stance verbs, judgements, recognition."""

from __future__ import annotations

from .helpers import construction, quote


def test_judgement_is_a_decision_of_the_speaker(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor, "It would be a serious mistake to launch the conference with these questions."
    )
    (decision,) = ex.decisions
    assert (decision.stance, decision.actor) == ("reject", "kellogg")


def test_passive_decision_is_taken_by_its_agent(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "This convention has now been approved by the Government of Honduras.")
    (decision,) = ex.decisions
    assert (decision.stance, decision.actor) == ("approve", "honduras")


def test_recognizing_a_government_is_a_decision_on_its_recognition(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "Honduras has recognized the Government of Nicaragua.")
    (decision,) = ex.decisions
    assert (decision.stance, decision.actor) == ("approve", "honduras")
    (option,) = [o for o in ex.options if o.key == decision.option]
    assert option.label.startswith("recognition of")


def test_an_intention_and_its_negated_twin_are_two_stances(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor, "It is my intention to attend the conference as an observer and not to sign any protocol."
    )
    stances = sorted(
        (d.stance, quote(doc, next(o for o in ex.options if o.key == d.option))) for d in ex.decisions
    )
    assert [s for s, _ in stances] == ["approve", "reject"]
    assert stances[0][1] == "to attend the conference as an observer"
    assert stances[1][1].endswith("to sign any protocol")


def test_not_being_able_to_act_is_a_rejection(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "I regret that I shall not be able to return to Washington in September.")
    assert [(d.stance, d.actor) for d in ex.decisions] == [("reject", "kellogg")]


def test_an_office_without_article_is_an_actor_who_decides(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "Minister of Foreign Affairs is willing to negotiate on those general "
        "conditions. Under Secretary told me the exception was too great.",
    )
    names = {a.name for a in ex.actors}
    assert {"Minister of Foreign Affairs", "Under Secretary"} <= names
    stances = {(next(a.name for a in ex.actors if a.key == d.actor), d.stance) for d in ex.decisions}
    assert ("Minister of Foreign Affairs", "approve") in stances
