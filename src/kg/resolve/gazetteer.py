"""States from their names, demonyms and seats of government.

Modern states come from ``pycountry`` (ISO 3166-1 names, official and common names);
``data/gazetteer.json`` adds historical states, older names, demonyms and capitals and
overrides pycountry where both name a state, so ``Persia`` and ``Iran`` are one state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from .lexicon import load_data
from .text import fold, strip_article


@dataclass(frozen=True)
class State:
    code: str
    name: str


@dataclass(frozen=True)
class Institution:
    key: str
    name: str


@cache
def _names() -> dict[str, State]:
    """Folded name, alias or demonym -> state. One label per code: the data file's name
    where it has one, else pycountry's common or short name."""
    entries = load_data("gazetteer")["states"]
    labels = {e["code"]: e["name"] for e in entries}
    index: dict[str, State] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        state = State(code, labels.get(code) or getattr(country, "common_name", None) or country.name)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index[fold(value)] = state
    for entry in entries:
        state = State(entry["code"], entry["name"])
        for value in [entry["name"], *entry["aliases"], *entry["demonyms"]]:
            index[fold(strip_article(value))] = state
    return index


@cache
def _seats() -> dict[str, State]:
    """Folded seat of government -> state (``Managua``, ``Hanoi``)."""
    return {fold(seat): State(e["code"], e["name"])
            for e in load_data("gazetteer")["states"] for seat in e["seats"]}


def _lookup(folded: str) -> State | None:
    return _names().get(folded) or _seats().get(folded)


@cache
def _institutions() -> dict[str, Institution]:
    return {fold(strip_article(alias)): Institution(e["key"], e["name"])
            for e in load_data("gazetteer")["institutions"] for alias in [e["name"], *e["aliases"]]}


@cache
def _heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    heads = load_data("gazetteer")["government_heads"]
    return (tuple(sorted((fold(h) for h in heads["before"]), key=len, reverse=True)),
            tuple(sorted((fold(h) for h in heads["after"]), key=len, reverse=True)))


def state_named(name: str) -> State | None:
    """The state a government's name denotes: ``Nicaragua``, ``the Nicaraguan Government``,
    ``the supreme Government of Nicaragua``, ``the British authorities``, ``Managua``."""
    folded = fold(strip_article(name))
    for candidate in dict.fromkeys((folded, _trim(folded), _initials(folded))):
        state = _lookup(candidate) or _by_head(candidate)
        if state is not None:
            return state
    return None


def _initials(folded: str) -> str:
    """``U.S``: initials whose last full stop ended the sentence, or was cut with it."""
    return f"{folded}." if re.fullmatch(r"(?:\w\.)+\w", folded) else folded


def _trim(folded: str) -> str:
    """Drop what follows a name by accident of extraction (``Nicaragua, Mr.``, ``Nicaragua.mr``)."""
    words = re.sub(r"[,.;:]", " ", folded).split()
    while words and words[-1] in _honorifics():
        words.pop()
    return " ".join(words)


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(fold(w) for w in load_data("names")["honorifics"])


def _by_head(folded: str) -> State | None:
    """``... Government of X`` -> X; ``X Government ...`` -> X."""
    before, after = _heads()
    padded = f" {folded} "
    for head in before:
        at = padded.find(f" {head} ")
        if at >= 0:
            state = _lookup(fold(strip_article(padded[at + len(head) + 2:].strip())))
            if state is not None:
                return state
    for head in after:
        at = padded.find(f" {head} ")
        if at > 0:
            state = _lookup(padded[:at].strip())
            if state is not None:
                return state
    return None


def state_by_head(name: str) -> State | None:
    """A state named with a government head word (``the Nicaraguan authorities``), not a
    bare demonym (``Nicaraguans`` are the people, not the government)."""
    return _by_head(_trim(fold(strip_article(name))))


def is_government_head(name: str) -> bool:
    """``Government``, ``the authorities``: a government word with no state named."""
    return fold(strip_article(name)) in _self_reference_heads()


@cache
def _self_reference_heads() -> frozenset[str]:
    return frozenset(fold(h) for h in load_data("gazetteer")["self_reference_heads"])


def state_of_place(place: str | None) -> State | None:
    """The state whose seat of government a dateline names (``Managua`` -> Nicaragua)."""
    if not place:
        return None
    return _seats().get(fold(place.split(",")[0]))


def state_in_description(description: str | None) -> State | None:
    """The first state a persons-list description names by demonym or name
    (``British Secretary of State for Foreign Affairs`` -> Great Britain)."""
    if not description:
        return None
    words = description.replace(",", " ").replace(";", " ").replace(".", " ").split()
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        for size in (3, 2, 1):
            state = _names().get(fold(" ".join(words[i:i + size])))
            if state is not None:
                return state
    return None


def states_abbreviated(letters: str) -> frozenset[State]:
    """The states a name, alias or demonym of which has ``letters`` for its initials (``SAR``: the Syrian
    Arab Republic; ``I``: Israel, India, Iran ...)."""
    return _by_initials().get(letters.lower(), frozenset())


@cache
def _by_initials() -> dict[str, frozenset[State]]:
    index: dict[str, set[State]] = {}
    for name, state in _names().items():
        index.setdefault(initials(name), set()).add(state)
    return {letters: frozenset(states) for letters, states in index.items()}


def initials(name: str) -> str:
    """The first letters of a name's words, its function words left out, as initialisms write them
    ("Organization for Economic Cooperation and Development": ``oecd``)."""
    skipped = _skipped_words()
    return "".join(w[0] for w in re.findall(r"[a-z]+", fold(name)) if w not in skipped)


@cache
def _skipped_words() -> frozenset[str]:
    return frozenset(load_data("gazetteer")["initialism_skipped_words"])


def institution_named(name: str) -> Institution | None:
    return _institutions().get(fold(strip_article(name)))


def self_reference(word: str) -> str | None:
    """``this`` -> ``place``, ``my`` -> ``author``, ``your`` -> ``recipient``: whose government."""
    table: dict[str, str] = load_data("gazetteer")["self_reference"]
    return table.get(fold(word))
