"""The learned detector's find and write steps on built Docs (no trained model): which sentences it reads,
what it reads of them, and the roles of the items it writes. The models here are written by hand, so
each test fixes what fires; the shipped model is checked against the features the code can produce."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from kg.documents import Span
from kg.extract.context import Context
from kg.extract.detected import detect
from kg.extract.detector import (
    KINDS,
    MODEL_PATH,
    Detector,
    KindModel,
    load_detector,
    sentence_features,
)
from kg.extract.model import Instruction, Option

from .built import ADDRESSEE, SPEAKER, built

OFF = KindModel(-10.0, {}, 0.5)


def detector(**fires: dict[str, float]) -> Detector:
    """A detector whose kinds fire on the given feature weights (others never)."""
    return Detector({kind: KindModel(-1.0, fires[kind], 0.5) if kind in fires else OFF for kind in KINDS})


def run(
    sentence: str, found: Detector, actors: dict[str, tuple[str, str]] | None = None
) -> tuple[Context, tuple[list[Any], list[Option], list[Any]]]:
    ctx, _ = built(sentence, actors)
    return ctx, detect(ctx, [], [], [], found)


def quote(ctx: Context, item: Instruction | Option) -> str:
    return ctx.sdoc.text[item.span.start : item.span.end]


def test_a_sentence_whose_subject_is_the_one_spoken_to_is_the_speakers_directive_to_them() -> None:
    ctx, (instructions, options, decisions) = run(
        "You should not leave Paris.", detector(instructions={"subj=you": 3.0})
    )
    assert not options and not decisions
    [(_, item)] = instructions
    assert (item.rule, item.issuer, item.addressees, item.polarity) == (
        "detected_instruction",
        SPEAKER,
        (ADDRESSEE,),
        "dont",
    )
    assert quote(ctx, item) == "You should not leave Paris"  # no stop, as the rules' evidence
    assert item.action == "not leave Paris"


def test_a_third_party_subject_directs_the_actor_its_verb_takes_as_object() -> None:
    _, (instructions, _, _) = run(
        "The Minister asked me to postpone the conference.",
        detector(instructions={"root=ask": 3.0}),
        {"Minister": ("minister", "Person")},
    )
    [(_, item)] = instructions
    assert (item.rule, item.issuer, item.addressees) == ("detected_instruction", "minister", (SPEAKER,))


def test_a_detected_stance_is_its_subjects_on_the_sentence_labelled_by_what_the_verb_takes() -> None:
    ctx, (_, options, decisions) = run(
        "The Government would welcome an early settlement of the claims.",
        detector(decisions={"cls=valence_positive": 3.0}, options={"root=welcome": 5.0}),
        {"Government": ("peru", "Government")},
    )
    [(_, decision)] = decisions
    [option] = options  # the decision's option; the sentence is no second one
    assert (decision.rule, decision.actor, decision.stance, decision.option) == (
        "detected_decision",
        "peru",
        "approve",
        option.key,
    )
    assert quote(ctx, option) == "The Government would welcome an early settlement of the claims"
    assert option.label == "an early settlement of the claims"


def test_a_negated_verb_or_a_word_of_rejection_rejects_and_both_approve() -> None:
    _, (_, _, decisions) = run(
        "The Government will not accept the proposal.",
        detector(decisions={"root=accept": 3.0}),
        {"Government": ("peru", "Government")},
    )
    [(_, decision)] = decisions
    assert (decision.actor, decision.stance) == ("peru", "reject")
    _, (_, _, [(_, objection)]) = run(
        "The Government does not object to the proposal.",
        detector(decisions={"root=object": 3.0}),
        {"Government": ("peru", "Government")},
    )
    assert objection.stance == "approve"


def test_a_reported_clause_with_an_actor_subject_decides() -> None:
    _, (_, _, [(_, decision)]) = run(
        "I told him that the Government would accept the proposal.",
        detector(decisions={"root=tell": 3.0}),
        {"Government": ("peru", "Government")},
    )
    assert (decision.actor, decision.stance) == ("peru", "approve")


def test_a_detected_option_is_the_sentence_proposed_by_no_one_named() -> None:
    ctx, (_, options, _) = run(
        "The Minister proposed a joint commission to fix the boundary.",
        detector(options={"root=propose": 3.0}),
    )
    [option] = options
    assert (option.rule, option.proposed_by) == ("detected_option", None)
    assert quote(ctx, option) == "The Minister proposed a joint commission to fix the boundary"


def test_nothing_is_added_below_the_threshold_or_where_the_rules_found_the_kind() -> None:
    sentence = "You should not leave Paris."
    assert run(sentence, detector(instructions={"subj=you": 0.5}))[1] == ([], [], [])  # p = 0.38
    ctx, _ = built(sentence)
    leave = Instruction(Span(13, 27), SPEAKER, (ADDRESSEE,), "leave Paris")  # "not leave Paris."
    assert detect(ctx, [(ctx.sdoc[3], leave)], [], [], detector(instructions={"subj=you": 3.0}))[0] == []


def test_features_name_the_root_its_subject_word_classes_and_the_kinds_found() -> None:
    ctx, _ = built("The Government would welcome an early settlement of the claims.")
    features = sentence_features(next(iter(ctx.sdoc.sents)), {"options"})
    for expected in (
        "root=welcome",
        "root_md=would",
        "subj=PROPN:",
        "dobj=settlement",
        "has=options",
        "cls=valence_positive",
        "w=settlement",
    ):
        assert expected in features


def test_the_shipped_detector_reads_only_features_the_code_writes() -> None:
    shipped = load_detector()
    assert shipped is not None and MODEL_PATH.exists()
    prefixes = {
        "root",
        "root_tag",
        "root_cls",
        "no_subj",
        "subj",
        "subj_cls",
        "child",
        "root_md",
        "first",
        "first_pos",
        "len",
        "cls",
        "w",
        "md",
        "neg",
        "ent",
        "question",
        "has",
        "dobj",
        "xcomp",
        "ccomp",
        "acomp",
        "attr",
        "dobj_cls",
        "xcomp_cls",
        "ccomp_cls",
        "acomp_cls",
        "attr_cls",
    }
    for model in shipped.kinds.values():
        assert model.weights and all(math.isfinite(w) for w in model.weights.values())
        assert {name.split("=")[0] for name in model.weights} <= prefixes
        assert 0.0 < model.threshold <= 1.01
    assert set(shipped.kinds) == set(KINDS)


def test_with_no_detector_file_the_rules_work_alone(tmp_path: Path) -> None:
    assert load_detector(tmp_path / "none.json") is None


def test_a_stance_on_an_option_found_in_another_sentence_bears_on_that_option() -> None:
    ctx, _ = built(
        "Peru proposed a neutral zone on the border."
        " The Government would welcome the neutral zone on the border.",
        {"Government": ("chile", "Government")},
    )
    zone = Option(Span(14, 42), "a neutral zone on the border")
    _, options, [(_, decision)] = detect(ctx, [], [zone], [], detector(decisions={"root=welcome": 3.0}))
    assert (decision.actor, decision.option, options) == ("chile", zone.key, [])


def test_the_one_told_what_they_may_do_stands_for_the_speaker_whose_directive_it_is() -> None:
    _, (_, _, [(_, decision)]) = run(
        "You may offer a reduction of the duty.", detector(decisions={"root=offer": 3.0})
    )
    assert (decision.actor, decision.stance) == (SPEAKER, "approve")


def test_no_stance_is_detected_in_a_sentence_the_rules_read_as_a_directive() -> None:
    sentence = "You should not leave Paris."
    ctx, _ = built(sentence)
    fires = detector(decisions={"subj=you": 3.0})
    assert detect(ctx, [], [], [], fires)[2] != []
    leave = Instruction(Span(13, 27), SPEAKER, (ADDRESSEE,), "leave Paris")
    assert detect(ctx, [(ctx.sdoc[3], leave)], [], [], fires)[2] == []
