"""The registry of constructions: every rule of the extractor is a small named function.

Like spaCy's registered factories, a construction is declared where it is
written (``@construction("instructions", "modal_directive", 0.8, example=...)``)
and the finders ask the registry for a family's constructions in order. The
README's table of what the extractor recognises is printed from here:

    python -m kg.extract.registry --markdown          (print it)
    python -m kg.extract.registry --readme README.md  (rewrite it in place)
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from .lexicon import load_lexicon
from .tokens import parse_table

FAMILIES = ("actors", "voices", "instructions", "options", "decisions", "conditions", "merging", "detected")
F = TypeVar("F", bound=Callable[..., Any])
V = TypeVar("V")


@dataclass(frozen=True)
class Construction:
    """One rule: its family, name, the confidence its items get, and an example it reads."""

    family: str
    name: str
    confidence: float
    example: str
    func: Callable[..., Any]
    pos: frozenset[str] | None = None  # the parts of speech it starts from; None: any
    deps: frozenset[str] | None = None  # the dependency labels it starts from; None: any
    #: the word lists (by name) whose words it starts from, as written or as lemma; None: any word
    lemmas: tuple[str, ...] | None = None

    def reads(self, pos: str, dep: str = "") -> bool:
        """Whether the construction can start at a token with this part of speech and dependency
        label: a cheap gate, so a finder need not call it on every token."""
        return (self.pos is None or pos in self.pos) and (self.deps is None or not dep or dep in self.deps)

    @property
    def summary(self) -> str:
        """The first paragraph of the function's docstring, on one line."""
        doc = (self.func.__doc__ or "").strip().split("\n\n")[0]
        return " ".join(doc.split())


_REGISTRY: dict[str, dict[str, Construction]] = {family: {} for family in FAMILIES}


def construction(
    family: str,
    name: str,
    confidence: float,
    *,
    example: str,
    pos: tuple[str, ...] | None = None,
    deps: tuple[str, ...] | None = None,
    lemmas: tuple[str, ...] | None = None,
) -> Callable[[F], F]:
    """Register the decorated function as construction ``name`` of ``family``; ``pos`` lists the
    parts of speech and ``deps`` the dependency labels of the tokens it starts from, ``lemmas`` the
    lists of the words it starts from as written or as lemma (``first_words``), so a finder need not
    call it on the others."""
    if family not in _REGISTRY:
        raise ValueError(f"unknown construction family {family!r}")

    def register(func: F) -> F:
        if name in _REGISTRY[family]:
            raise ValueError(f"construction {family}.{name} registered twice")
        pos_gate, dep_gate = (frozenset(g) if g is not None else None for g in (pos, deps))
        _REGISTRY[family][name] = Construction(
            family, name, confidence, example, func, pos_gate, dep_gate, lemmas
        )
        _GATED.clear()
        _gated_words.cache_clear()
        return func

    return register


def constructions(family: str) -> list[Construction]:
    """A family's constructions in the order they were registered (the order they are tried)."""
    _load_all()
    return list(_REGISTRY[family].values())


_GATED: dict[tuple[str, str, str], tuple[Construction, ...]] = {}


def gated(family: str, pos: str, dep: str = "") -> tuple[Construction, ...]:
    """A family's constructions that can start at a token with this part of speech and dependency
    label, in order; worked out once per gate for all documents (finders ask at every token)."""
    key = (family, pos, dep)
    found = _GATED.get(key)
    if found is None:
        found = _GATED[key] = tuple(rule for rule in constructions(family) if rule.reads(pos, dep))
    return found


def starts(rule: Construction, sdoc: SpacyDoc) -> frozenset[int] | None:
    """The tokens of a document a construction can start at by its word gate (None: it has none); found
    once per document and list, from the parse table's word index, not by asking every token: the
    tokens with the word as written or as lemma (the construction checks which it needs)."""
    names = rule.lemmas
    if names is None:
        return None
    return parse_table(sdoc).at_words(names, load_lexicon().first_words(names), _gated_words())


@cache
def _gated_words() -> frozenset[str]:
    """Every word some construction's word gate names (what a document's word index lists)."""
    lexicon = load_lexicon()
    gates = {rule.lemmas for family in FAMILIES for rule in constructions(family)}
    return frozenset().union(*(lexicon.first_words(names) for names in gates if names is not None))


def family_starts(family: str, sdoc: SpacyDoc) -> list[int] | None:
    """The tokens any construction of a family can start at by its word gate, in text order; None where
    one of them has no word gate (it may start anywhere)."""
    found: set[int] = set()
    for rule in constructions(family):
        at = starts(rule, sdoc)
        if at is None:
            return None
        found |= at
    return sorted(found)


def starting_points(
    family: str, sdoc: SpacyDoc, voices: Sequence[V | None]
) -> Iterator[tuple[Construction, list[tuple[Token, V]]]]:
    """Each construction of a family, in order, with the tokens it can start at by its gates and their
    voices (``voices``: by token index, None where no one speaks), in text order: a word gate looks its
    few tokens up, a part-of-speech gate reads the tokens of those parts of speech."""
    table = parse_table(sdoc)
    gates, tokens, by_pos = table.gates, table.tokens, table.by_pos
    visits: dict[frozenset[str] | None, list[tuple[Token, V]]] = {}  # rules that read the same tokens
    for rule in constructions(family):
        words = starts(rule, sdoc)
        if words is not None:
            at = sorted(i for i in words if rule.reads(gates[i][0]))
            yield rule, [(tokens[i], voice) for i in at if (voice := voices[i]) is not None]
            continue
        if rule.pos not in visits:
            at = sorted(i for pos, places in by_pos.items() if rule.reads(pos) for i in places)
            visits[rule.pos] = [(tokens[i], voice) for i in at if (voice := voices[i]) is not None]
        yield rule, visits[rule.pos]


def get(family: str, name: str) -> Construction:
    _load_all()
    return _REGISTRY[family][name]


def _load_all() -> None:
    """Importing the family modules fills the registry."""
    from . import (  # noqa: F401
        actors,
        alignments,
        commitments,
        conditions,
        consequences,
        decision_denials,
        decision_recall,
        decision_wishes,
        decisions,
        demands,
        detected,
        doubts,
        echoes,
        evaluations,
        instructions,
        issued_directives,
        listed_tasks,
        measures,
        memo_imperatives,
        merging,
        option_courses,
        option_gerunds,
        options,
        plans,
        readiness,
        refusals,
        relative_requests,
        reported,
        requested_acts,
        requested_things,
        same_states,
        speaker_names,
        stance_nouns,
        telegraph_imperatives,
        voices,
        willing_ifs,
    )


def markdown() -> str:
    """The README table: one row per construction, grouped by family."""
    rows = [
        "| family | construction | confidence | what it reads | example |",
        "| --- | --- | --- | --- | --- |",
    ]
    for family in FAMILIES:
        for c in constructions(family):
            summary = c.summary.replace("|", "\\|")
            example = " ".join(c.example.replace("|", "/").split())  # a paragraph break would end the row
            rows.append(f"| {family} | `{c.name}` | {c.confidence:.2f} | {summary} | {example} |")
    return "\n".join(rows) + "\n"


START, END = "<!-- constructions:start -->", "<!-- constructions:end -->"


def with_table(readme: str) -> str:
    """``readme`` with the generated table between its construction markers."""
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{markdown()}{END}{tail}"


def main(argv: list[str]) -> int:
    """``--markdown`` prints the table; ``--readme PATH`` rewrites the table inside that file."""
    if argv == ["--markdown"]:
        sys.stdout.write(markdown())
        return 0
    if len(argv) == 2 and argv[0] == "--readme":
        path = Path(argv[1])
        path.write_text(with_table(path.read_text(encoding="utf-8")), encoding="utf-8")
        return 0
    sys.stderr.write("usage: python -m kg.extract.registry --markdown | --readme README.md\n")
    return 2


if __name__ == "__main__":  # pragma: no cover - exercised through the README test
    # run as a script this file is a second module; the constructions register in the package's one
    from kg.extract import registry

    raise SystemExit(registry.main(sys.argv[1:]))
