"""Training the detector: the guidelines' matching, thresholds chosen by cross-validation, ``kg train``."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract.detector import KINDS, Detector
from kg.extract.training import (
    OFF,
    Annotated,
    Example,
    coverage,
    f1_of,
    lowest_within_noise,
    matched,
    names_actor,
    smoothed,
    train,
    train_decider,
)

from ..conftest import SHARED

ANNOTATION = SHARED / "annotation"


def scorer() -> Any:
    spec = importlib.util.spec_from_file_location("gold_score", ANNOTATION / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (ANNOTATION / "score.py").exists(), reason="needs the annotation's scorer")
def test_coverage_is_the_scorers() -> None:
    pairs = [
        ("you should decline the invitation", "We think you should decline the invitation."),
        ("decline the invitation", "Decline."),
        ("the claim must be settled", "I am to say the claim must [Page 12] be settled at once."),
        ("settle it", " ".join(["word"] * 120) + " settle it"),  # evidence far longer than the quote
        ("Thieu’s reply", "Thieu's reply came."),
    ]
    gold = scorer()
    for quote, evidence in pairs:
        assert coverage(quote, evidence) == gold.coverage(quote, evidence), (quote, evidence)


def test_matching_is_one_to_one() -> None:
    gold = [{"quote": "accept the proposal"}, {"quote": "reject the counter-proposal"}]
    assert matched(gold, ["They accept the proposal.", "They accept the proposal today."]) == {0}
    assert matched(gold, ["They accept the proposal.", "We reject the counter-proposal."]) == {0, 1}


def synthetic(docs: int = 10) -> list[Annotated]:
    """Documents where a sentence with the feature "cue" holds a gold decision the rules missed, and
    one with "noise" holds nothing."""
    out = []
    for n in range(docs):
        quote = f"approve plan {n}"
        examples = [
            Example(f"d{n}", f"They {quote}.", ["cue", f"w=plan{n}"], set(), _only("decisions")),
            Example(f"d{n}", f"It rained {n}.", ["noise"], set(), dict.fromkeys(KINDS, 0)),
            Example(f"d{n}", f"It snowed {n}.", ["noise", "cold"], set(), dict.fromkeys(KINDS, 0)),
        ]
        gold = {kind: [] for kind in KINDS} | {"decisions": [{"quote": quote, "stance": "approve"}]}
        out.append(Annotated(f"d{n}", examples, gold, {kind: [] for kind in KINDS}))
    return out


def _only(kind: str) -> dict[str, int]:
    """Labels: the sentence holds an item of this kind and of no other."""
    return {k: int(k == kind) for k in KINDS}


def test_a_kind_the_detector_helps_gets_a_threshold_and_one_it_cannot_is_off() -> None:
    model, notes = train(synthetic())
    detector = Detector.from_json(model)
    decisions = detector.kinds["decisions"]
    assert decisions.threshold < OFF and decisions.weights["cue"] > 0 > decisions.weights["noise"]
    assert decisions.probability(["cue"]) >= decisions.threshold > decisions.probability(["noise"])
    assert detector.kinds["instructions"].threshold == OFF  # no instruction anywhere: nothing to find
    assert any(note.startswith("decisions: 0.") for note in notes)
    assert any(note.startswith("instructions: off") for note in notes)


def test_a_detector_never_better_than_the_rules_is_off() -> None:
    docs = synthetic()
    for doc in docs:  # the rules already found every decision
        doc.rule_evidence["decisions"] = [g["quote"] for g in doc.gold["decisions"]]
    model, _ = train(docs)
    assert model["kinds"]["decisions"]["threshold"] == OFF


@pytest.mark.skipif(not (ANNOTATION / "train").exists(), reason="needs the annotated training set")
def test_kg_train_writes_a_detector_the_extractor_reads(tmp_path: Path) -> None:
    """Six annotated documents, copied: the command parses them, trains and writes the JSON."""
    folder = tmp_path / "annotation"
    for sub in ("texts", "gold"):
        (folder / sub).mkdir(parents=True)
    for text in sorted((ANNOTATION / "train" / "texts").glob("*.txt"))[:6]:
        shutil.copy(text, folder / "texts")
        shutil.copy(ANNOTATION / "train" / "gold" / f"{text.stem}.json", folder / "gold")
    out = tmp_path / "detector.json"
    result = CliRunner().invoke(main, ["train", str(folder), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    model = json.loads(out.read_text(encoding="utf-8"))
    assert set(model["kinds"]) == set(KINDS) and "6 annotated documents" in model["about"]
    assert all(Detector.from_json(model).kinds[kind].weights for kind in ("decisions", "options"))
    assert str(out) in result.output


def test_kg_train_names_a_folder_that_is_not_annotated_and_a_broken_gold_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["train", str(tmp_path)])
    assert result.exit_code == 1 and "holds texts/ and gold/" in result.output
    for sub in ("texts", "gold"):
        (tmp_path / sub).mkdir()
    (tmp_path / "texts" / "d1.txt").write_text("1. Hay to Conger\n\nWashington, May 3, 1900.\n\nProceed.\n")
    (tmp_path / "gold" / "d1.json").write_text("{not json")
    result = CliRunner().invoke(main, ["train", str(tmp_path)])
    assert result.exit_code == 1 and "d1.json: not readable gold JSON" in result.output
    assert len(result.output.strip().splitlines()) == 1


def reported(docs: int = 10, rules_right: bool = False) -> list[Annotated]:
    """Documents with one gold decision each, held by the subject of a reporting verb; the rules' pick
    is that candidate only where ``rules_right``."""
    out = []
    for n in range(docs):
        rows = [
            (["subj_speech", "rule" if rules_right else "not_rule"], 1),
            (["speaker", "not_rule" if rules_right else "rule"], 0),
            (["addressee", "not_rule"], 0),
        ]
        sentence = "They report that it was refused."
        example = Example(f"d{n}", sentence, ["cue"], set(), _only("decisions"), rows)
        gold = {kind: [] for kind in KINDS} | {"decisions": [{"quote": "refused", "stance": "reject"}]}
        out.append(Annotated(f"d{n}", [example], gold, {kind: [] for kind in KINDS}))
    return out


def test_the_decider_is_on_only_where_cross_validation_finds_it_beats_the_rules_pick() -> None:
    better = train_decider(reported())
    assert better["on"] and better["weights"]["subj_speech"] > 0 > better["weights"]["speaker"]
    assert better["note"].startswith("decider: the rules' pick 0/10, learned 10/10")
    same = train_decider(reported(rules_right=True))
    assert not same["on"] and "the rules' pick 10/10, learned 10/10" in same["note"]
    model, _ = train(reported())
    assert Detector.from_json(model).decider is not None
    assert Detector.from_json(train(reported(rules_right=True))[0]).decider is None


@pytest.mark.skipif(not (ANNOTATION / "score.py").exists(), reason="needs the annotation's scorer")
def test_decider_labels_match_actors_as_the_scorer_does() -> None:
    gold = scorer()
    actor = {"name": "Government of Chile", "aliases": ["Chile", "the Chileans"]}
    for label in ("Chile", "the Government of Chile", "Chilean Government", "Allende", "", "the chileans"):
        assert names_actor(label, actor) == gold.actor_match(label, actor), label


def test_the_threshold_is_chosen_on_the_curve_averaged_with_its_neighbours() -> None:
    # a lone peak (index 1) loses to the middle of a stretch that is good throughout (index 4)
    curve = [0.600, 0.620, 0.600, 0.615, 0.617, 0.616, 0.610]
    assert max(range(len(curve)), key=lambda i: smoothed(curve, i)) == 4
    assert smoothed(curve, 0) == (0.600 + 0.620) / 2  # an end has one neighbour


def test_the_lowest_threshold_within_the_noise_of_the_best_is_chosen() -> None:
    # per document (matched, predicted, gold); the best (index 2) finds 8 of 10, precisely, in every document
    best = [(8, 8, 10)] * 10
    noisy = [(10, 9, 10) if i % 2 else (6, 9, 10) for i in range(10)]  # a little worse overall, and varied
    worse = [(3, 8, 10)] * 10  # far worse in every document: never within the noise
    assert f1_of(noisy) < f1_of(best)
    assert lowest_within_noise([noisy, worse, best], 2, seed=1, base=0.0) == 0
    assert lowest_within_noise([worse, best], 1, seed=1, base=0.0) == 1
    assert lowest_within_noise([noisy, best], 1, seed=1, base=f1_of(noisy)) == 1  # it must beat the rules


def test_f1_pools_the_documents_drawn() -> None:
    table = [(1, 2, 2), (0, 2, 2)]
    assert f1_of(table) == 2 * 1 / 8
    assert f1_of(table, [0, 0]) == 2 * 2 / 8
