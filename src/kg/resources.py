"""The data files kg reads, by name: named queries, the ontology, the SHACL shapes, the JSON-LD context.

They live next to the code in a checkout (``ontology/``, ``queries/``) and
under ``kg/data`` in a wheel; nothing else in kg knows where.
"""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import KgError

if TYPE_CHECKING:  # rdflib loads with the first graph read, not with the query files
    from rdflib import Graph

_PARAM_LINE = re.compile(r"param:\s*(?P<name>\w+)\s*[—:-]\s*(?P<help>.*)")

_CHECKOUT = Path(__file__).resolve().parents[2]


def data_dir(kind: str) -> Path:
    """``kind`` is ``ontology`` or ``queries``; wheels carry them under ``kg/data``."""
    packaged = resources.files("kg") / "data" / kind
    if packaged.is_dir():
        return Path(str(packaged))
    return _CHECKOUT / kind


def ontology_file(name: str) -> Path:
    """A file of ``ontology/``: ``diplomacy.ttl``, ``shapes.ttl``, ``context.jsonld``."""
    path = data_dir("ontology") / name
    if not path.is_file():
        raise KgError(f"ontology file {name!r} not found in {path.parent}")
    return path


@cache
def shapes_graph() -> Graph:
    """The SHACL shapes every document graph is validated against."""
    from rdflib import Graph

    g = Graph()
    g.parse(ontology_file("shapes.ttl"), format="turtle")
    return g


@cache
def ontology_graph() -> Graph:
    """The ontology as its own named graph, so queries can read labels and notations."""
    from rdflib import Graph

    from .vocab import ONTOLOGY

    g = Graph(identifier=ONTOLOGY)
    g.parse(ontology_file("diplomacy.ttl"), format="turtle")
    return g


@cache
def jsonld_context() -> dict[str, Any]:
    """The ontology's JSON-LD context, read from the package: never fetched from the network."""
    text = ontology_file("context.jsonld").read_text(encoding="utf-8")
    context: dict[str, Any] = json.loads(text)["@context"]
    return context


def load_query(name: str) -> str:
    """The text of ``queries/<name>.rq``; ``name`` may also be a path to a ``.rq`` file (read anew
    each time: a user edits it between runs)."""
    candidate = Path(name)
    if candidate.suffix != ".rq":
        return _named_query(name)
    try:
        return candidate.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KgError(f"no such file: {name}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KgError(f"{name}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None


@cache
def _named_query(name: str) -> str:
    path = data_dir("queries") / f"{name}.rq"
    if not path.is_file():
        known = ", ".join(query_names())
        raise KgError(f"unknown query {name!r}; known queries: {known}")
    return path.read_text(encoding="utf-8")


def query_names() -> list[str]:
    """Named queries users can run (the ``items/`` queries serve the items export)."""
    root = data_dir("queries")
    return sorted(p.stem for p in root.glob("*.rq"))


def query_header(name: str) -> list[str]:
    """The leading ``#`` comment lines of a query, without the ``#``."""
    lines = []
    for line in load_query(name).splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").rstrip())
    return [x for x in lines if x]


def query_description(name: str) -> str:
    """What a query answers: its header, less the ``param:`` lines."""
    return " ".join(x for x in query_header(name) if not _PARAM_LINE.match(x))


def query_parameters(name: str) -> dict[str, str]:
    """The parameters a query declares in its header (``# param: actor — what it selects``)."""
    found = (_PARAM_LINE.match(x) for x in query_header(name))
    return {m["name"]: m["help"] for m in found if m}
