"""The learned decider of detected stances on built Docs: the candidates and what it reads of each, the
choice a hand-written model makes, and the shipped model's features."""

from __future__ import annotations

import math

from kg.extract.detected import detect
from kg.extract.detected_roles import decider_candidates, learned_decider
from kg.extract.detector import KINDS, Detector, KindModel, load_detector

from .built import ADDRESSEE, SPEAKER, built

REPORTED = "The Embassy reports that Allende has rejected the proposal."
ACTORS = {"Embassy": ("embassy", "Organization"), "Allende": ("allende", "Person")}
OFF = KindModel(-10.0, {}, 0.5)


def with_decider(weights: dict[str, float]) -> Detector:
    """A detector that reads REPORTED as a stance, with a decider model of the given weights."""
    kinds = {kind: OFF for kind in KINDS} | {"decisions": KindModel(-1.0, {"root=report": 3.0}, 0.5)}
    return Detector(kinds, decider=KindModel(0.0, weights, 1.01))


def test_every_actor_named_the_speaker_and_the_one_spoken_to_are_candidates() -> None:
    ctx, voice = built(REPORTED, ACTORS)
    found = decider_candidates(ctx, ctx.sdoc[:], voice)
    assert list(found) == ["allende", SPEAKER, ADDRESSEE, "embassy"]  # the rules' pick first
    assert {"rule", "subj_verb", "third", "kind=Person", "last_named"} <= set(found["allende"])
    embassy = {"not_rule", "subj_root", "subj_speech", "first_named", "kind=Organization"}
    assert embassy <= set(found["embassy"])
    assert {"speaker", "unnamed", "not_rule"} <= set(found[SPEAKER])
    assert "addressee" in found[ADDRESSEE]


def test_the_object_of_a_preposition_is_read_with_its_preposition() -> None:
    sentence = "We learned from Frelek that the Government welcomes the decision."
    ctx, voice = built(sentence, {"Frelek": ("frelek", "Person"), "Government": ("poland", "Government")})
    found = decider_candidates(ctx, ctx.sdoc[:], voice)
    assert {"pobj_of=from", "dep=pobj", "not_rule"} <= set(found["frelek"])
    assert {"subj_other", "last_named", "kind=Government"} <= set(found["poland"])
    # "learn" reports no speech: the rules read the decider from the root's subject, the speaker
    assert {"rule", "speaker", "subj_root", "pronoun", "first_named"} <= set(found[SPEAKER])
    assert "subj_speech" not in found[SPEAKER]


def test_the_model_picks_the_best_scored_candidate_and_the_rules_pick_on_a_tie() -> None:
    ctx, voice = built(REPORTED, ACTORS)
    found = decider_candidates(ctx, ctx.sdoc[:], voice)
    assert learned_decider(KindModel(0.0, {"subj_root": 2.0}, 1.01), found) == "embassy"
    assert learned_decider(KindModel(0.0, {}, 1.01), found) == "allende"
    assert learned_decider(KindModel(0.0, {}, 1.01), {}) is None


def test_a_detected_decision_takes_the_learned_decider_and_keeps_the_rules_stance() -> None:
    ctx, _ = built(REPORTED, ACTORS)
    _, _, [(_, by_subject)] = detect(ctx, [], [], [], with_decider({"subj_root": 2.0}))
    assert (by_subject.actor, by_subject.stance) == ("embassy", "reject")
    ctx, _ = built(REPORTED, ACTORS)
    _, _, [(_, by_rules)] = detect(ctx, [], [], [], with_decider({"not_rule": -2.0}))
    assert (by_rules.actor, by_rules.stance) == ("allende", "reject")


def test_the_shipped_decider_reads_only_features_the_code_writes() -> None:
    shipped = load_detector()
    assert shipped is not None
    if shipped.decider is None:  # cross-validation found it no better than the rules: left off
        return
    prefixes = {"rule", "not_rule", "speaker", "addressee", "third", "kind", "first_named", "last_named"}
    prefixes |= {"dep", "pronoun", "subj_root", "subj_verb", "subj_other", "subj_speech", "pobj_of"}
    prefixes |= {"possessor", "possessor_subj", "before_verb", "unnamed"}
    weights = shipped.decider.weights
    assert weights and all(math.isfinite(w) for w in weights.values())
    assert {name.split("=")[0] for name in weights} <= prefixes
