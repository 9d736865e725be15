"""The construction registry: every family filled, every rule documented, the README table current."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import registry

from ..conftest import ROOT


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
