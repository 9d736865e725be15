"""The public API and the README stay in step with the code."""
from __future__ import annotations

import subprocess
import sys

import kg
from kg.cli import main
from kg.resources import query_names

from .conftest import ROOT


def test_all_is_complete_and_sorted() -> None:
    def is_submodule(value: object) -> bool:  # kg.build and kg.export are modules callable as functions
        return isinstance(value, type(kg)) and not callable(value)

    public = {name for name in dir(kg) if not name.startswith("_")
              and not is_submodule(getattr(kg, name)) and name != "annotations"}
    assert set(kg.__all__) == public
    assert kg.__all__ == sorted(kg.__all__)


def test_readme_mentions_every_command_and_query() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in main.commands:
        assert f"kg {command}" in readme, command
    for name in query_names():
        assert f"`{name}`" in readme, name


HEAVY = ("spacy", "pyshacl", "dask", "starlette", "uvicorn")


def _loaded_after(code: str) -> list[str]:
    check = f"{code}; import sys; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_import_kg_loads_no_heavy_library() -> None:
    assert _loaded_after("import kg") == []


def test_kg_help_loads_no_heavy_library() -> None:
    code = ("from click.testing import CliRunner; from kg.cli import main; "
            "r = CliRunner().invoke(main, ['--help']); assert r.exit_code == 0 and 'build' in r.output")
    assert _loaded_after(code) == []


def test_every_public_name_resolves() -> None:
    for name in kg.__all__:
        assert getattr(kg, name) is not None, name
    assert callable(kg.build) and callable(kg.export)
