"""Load the extractor's lexical cues and world-knowledge lists from JSON data files."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from hashlib import sha256
from pathlib import Path
from typing import Any

_DIR = Path(__file__).with_name("lexicon")
TABLES = ("cues", "actors", "evaluation")
#: Cue lists of the verbs a telegram's imperative opens with ("Tell Bunker", "Advise Department"),
#: which the tagger may read as the first word of the name they govern.
IMPERATIVE_VERB_LISTS = (
    "speech_verbs",
    "reported_directive_verbs",
    "correspondence_verbs",
    "telegraphic_imperative_verbs",
)


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, Any]
    actors: dict[str, Any]
    evaluation: dict[str, Any]
    digest: str
    _sets: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    _firsts: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def words(self, table: str, name: str) -> frozenset[str]:
        """A word list as a set, built once (the finders ask for lists once per token)."""
        key = (table, name)
        found = self._sets.get(key)
        if found is None:
            found = self._sets[key] = frozenset(getattr(self, table)[name])
        return found

    def first_words(self, names: tuple[str, ...]) -> frozenset[str]:
        """The words that begin an entry of any of the named lists (of the ``cues`` table, or
        "table:name"): a word is itself, a phrase (a list of words) its first word, a table its keys."""
        found = self._firsts.get(names)
        if found is None:
            found = self._firsts[names] = frozenset(
                entry[0] if isinstance(entry, list) else entry
                for name in names
                for entry in self._named(name)
                if entry
            )
        return found

    def _named(self, name: str) -> Any:
        table, _, listed = name.rpartition(":")
        return getattr(self, table or "cues")[listed]


@cache
def load_lexicon() -> Lexicon:
    """The digest changes whenever a list changes, so builds can tell stale extractions."""
    raw = {name: (_DIR / f"{name}.json").read_bytes() for name in TABLES}
    digest = sha256(b"".join(raw[k] for k in sorted(raw))).hexdigest()[:12]
    cues, actors, evaluation = (json.loads(raw[name], object_pairs_hook=_unique_keys) for name in TABLES)
    return Lexicon(cues, actors, evaluation, digest)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A list named twice would let the later one silently replace the earlier one."""
    table = dict(pairs)
    if len(table) != len(pairs):
        twice = sorted({k for k, _ in pairs if [p for p, _ in pairs].count(k) > 1})
        raise ValueError(f"lexicon: a list is named twice: {', '.join(twice)}")
    return table


class CueSets(dict[str, frozenset[str]]):
    """The lists of the ``cues`` table as sets, by name, each built the first time it is asked for.
    The finders ask for cue lists hundreds of thousands of times a document set, so they are read
    through the dictionary's own ``__getitem__`` (no Python call once a list is built)."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        super().__init__()
        self.lexicon = lexicon  # None: the package's lexicon, loaded when a list is first asked for

    def __missing__(self, name: str) -> frozenset[str]:
        found = self[name] = (self.lexicon or load_lexicon()).words("cues", name)
        return found


#: ``cue(name)``: a list of the ``cues`` table (closed-class words and construction cues) as a set.
cue = CueSets().__getitem__
