"""The public API and the README stay in step with the code."""
from __future__ import annotations

import kg
from kg.cli import main
from kg.resources import query_names

from .conftest import ROOT


def test_all_is_complete_and_sorted() -> None:
    public = {name for name in dir(kg) if not name.startswith("_")
              and not isinstance(getattr(kg, name), type(kg)) and name != "annotations"}
    assert set(kg.__all__) == public
    assert kg.__all__ == sorted(kg.__all__)


def test_readme_mentions_every_command_and_query() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in main.commands:
        assert f"kg {command}" in readme, command
    for name in query_names():
        assert f"`{name}`" in readme, name
