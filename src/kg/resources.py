"""Find the data files (ontology, shapes, queries) by name, installed or in a checkout."""
from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from .errors import KgError

_CHECKOUT = Path(__file__).resolve().parents[2]


def data_dir(kind: str) -> Path:
    """``kind`` is ``ontology`` or ``queries``; wheels carry them under ``kg/data``."""
    packaged = resources.files("kg") / "data" / kind
    if packaged.is_dir():
        return Path(str(packaged))
    return _CHECKOUT / kind


def ontology_file(name: str) -> Path:
    path = data_dir("ontology") / name
    if not path.is_file():
        raise KgError(f"ontology file {name!r} not found in {path.parent}")
    return path


@cache
def load_query(name: str) -> str:
    """The text of ``queries/<name>.rq``; ``name`` may also be a path to a ``.rq`` file."""
    candidate = Path(name)
    if candidate.suffix == ".rq" and candidate.is_file():
        return candidate.read_text(encoding="utf-8")
    path = data_dir("queries") / f"{name}.rq"
    if not path.is_file():
        known = ", ".join(query_names())
        raise KgError(f"unknown query {name!r}; known queries: {known}")
    return path.read_text(encoding="utf-8")


def query_names() -> list[str]:
    """Named queries users can run (the ``items/`` queries serve the items export)."""
    root = data_dir("queries")
    return sorted(p.stem for p in root.glob("*.rq"))


def query_description(name: str) -> str:
    """The leading ``#`` comment lines of a query: what it answers."""
    lines = []
    for line in load_query(name).splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").rstrip())
    return " ".join(x for x in lines if x)
