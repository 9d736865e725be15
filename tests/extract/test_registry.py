"""The construction registry: every family filled, every rule documented, the README table current."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import registry
from kg.extract.lexicon import load_lexicon

from ..conftest import ROOT
from .built import PARSES, built


def test_readme_table_is_generated_from_the_registry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert registry.with_table(readme) == readme, "run: python -m kg.extract.registry --readme README.md"


@pytest.mark.parametrize("family", registry.FAMILIES)
def test_every_family_has_documented_constructions(family: str) -> None:
    rules = registry.constructions(family)
    assert rules, family
    for rule in rules:
        assert rule.summary and rule.example, rule.name
        assert 0.0 <= rule.confidence <= 1.0


def test_a_name_is_registered_once() -> None:
    rule = registry.constructions("instructions")[0]
    with pytest.raises(ValueError, match="registered twice"):
        registry.construction("instructions", rule.name, 0.5, example="x")(rule.func)


def test_readme_table_names_every_construction() -> None:
    table = registry.markdown()
    for family in registry.FAMILIES:
        for rule in registry.constructions(family):
            assert f"| {family} | `{rule.name}` |" in table


def test_every_construction_has_a_unit_test_on_a_built_doc() -> None:
    here = Path(__file__).parent
    tested = "".join(p.read_text(encoding="utf-8") for p in here.glob("test_*_rules.py"))
    missing = [
        f"{family}.{rule.name}"
        for family in registry.FAMILIES
        for rule in registry.constructions(family)
        if f'"{rule.name}"' not in tested
    ]
    assert not missing


WORD_GATED = [
    rule
    for family in ("instructions", "options", "decisions", "conditions")
    for rule in registry.constructions(family)
    if rule.lemmas is not None
]


def test_word_gates_name_lists_of_the_lexicon() -> None:
    assert len(WORD_GATED) > 20
    for rule in WORD_GATED:
        assert rule.lemmas is not None and load_lexicon().first_words(rule.lemmas), rule.name


@pytest.mark.parametrize("rule", WORD_GATED, ids=lambda rule: f"{rule.family}.{rule.name}")
def test_a_word_gate_hides_no_hit(rule: registry.Construction) -> None:
    """Called at every token its other gates let through, of every written-down parse, a construction
    finds something only at the tokens its word gate lets through: the gate is what it reads first."""
    for sentence in PARSES:
        ctx, voice = built(sentence)
        at = registry.starts(rule, ctx.sdoc)
        assert at is not None
        for tok in ctx.sdoc:
            if rule.reads(tok.pos_, tok.dep_) and tok.i not in at:
                found = rule.func(ctx, tok) if rule.family == "conditions" else rule.func(ctx, tok, voice)
                assert not found, (rule.name, sentence, tok.text)


def test_starting_points_are_the_spoken_tokens_each_gate_lets_through() -> None:
    sentence = next(s for s in PARSES if len(s.split()) > 8)
    ctx, voice = built(sentence)
    voices = [voice if i % 3 else None for i in range(len(ctx.sdoc))]  # every third token unspoken
    for rule, points in registry.starting_points("decisions", ctx.sdoc, voices):
        at = registry.starts(rule, ctx.sdoc)
        expected = [
            tok.i
            for tok in ctx.sdoc
            if voices[tok.i] is not None and rule.reads(tok.pos_) and (at is None or tok.i in at)
        ]
        assert [tok.i for tok, _ in points] == expected, rule.name
