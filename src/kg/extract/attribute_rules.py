"""The model's attribute ruler, matched by a table instead of spaCy's ``Matcher``: the same matches.

The stock pipeline's ``attribute_ruler`` (tag -> part of speech and morphology, a few lemma
exceptions) holds some 180 one-token patterns, and spaCy's ``Matcher`` tries every one at every
token: it took about a tenth of the parse. A token's patterns depend only on the values of the few
attributes they test (tag, lower case form, dependency label, whether it is white space), so they
are worked out once per distinct combination of values (cached for every document after) and a
token costs one dictionary look-up. The ruler's own ``set_annotations`` then applies the matches,
so the parse is the stock one. A ruler with a pattern of any other form (an operator, another
predicate or attribute, an extension) keeps spaCy's ``Matcher``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc

#: The attributes a pattern may test here: string attributes, and flags (matched as 0 or 1).
STRINGS = ("TAG", "LOWER", "DEP", "ORTH", "NORM")
FLAGS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT")

Test = Callable[[Any], bool]
Key = tuple[int, ...]  # a token's values of the tested attributes, in ``TableMatch.attrs`` order
#: The tables start afresh past this many entries, so a corpus build's memory stays bounded.
TABLE_LIMIT = 200_000


class Unsupported(Exception):
    """A pattern this table does not read (the ruler keeps spaCy's ``Matcher``)."""


def _test(attr: str, value: object) -> Test:
    """One condition of a token pattern, on the attribute's value (a string, or a flag's 0/1)."""
    if attr in FLAGS:
        if not isinstance(value, bool | int):
            raise Unsupported(f"{attr}: {value!r}")
        return lambda v: v == int(value)
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "REGEX" and isinstance(arg, str):
            pattern = re.compile(arg)
            return lambda v: pattern.search(v) is not None
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            members = frozenset(arg)
            return (lambda v: v in members) if op == "IN" else (lambda v: v not in members)
    raise Unsupported(f"{attr}: {value!r}")


def _spec(token: dict[str, Any]) -> tuple[tuple[str, Test | str], ...]:
    """A token pattern's conditions, each on one attribute (a pattern with none matches any token)."""
    found: list[tuple[str, Test | str]] = []
    for attr, value in token.items():
        name = "ORTH" if attr.upper() == "TEXT" else attr.upper()
        if name not in STRINGS and name not in FLAGS or name in [a for a, _ in found]:
            raise Unsupported(name)  # OP, "_", other attributes: spaCy's Matcher reads them
        plain = isinstance(value, str) and name in STRINGS
        found.append((name, value if plain else _test(name, value)))
    return tuple(found)


class TableMatch:
    """``AttributeRuler.match`` by a table: ``(rule, match id, start, end)``, sorted, as the ruler makes.

    Token patterns ("specs") are bits of a mask; each value of each tested attribute gets the mask of
    the specs it does not rule out (a plain value is looked up, only sets and patterns are tried), a
    token's specs are the masks of its values put together, once per combination of values."""

    def __init__(self, ruler: Any) -> None:
        self.strings = ruler.vocab.strings
        self.rules: list[tuple[int, int, int]] = []  # (rule, its match id, its pattern's first spec)
        self.sizes: list[int] = []  # each rule's pattern length
        specs: list[tuple[tuple[str, Test | str], ...]] = []
        for n in range(len(ruler.attrs)):
            key = str(n)
            for pattern in ruler.matcher.get(key)[1]:
                if not pattern:
                    raise Unsupported("an empty pattern")
                self.rules.append((n, self.strings[key], len(specs)))
                self.sizes.append(len(pattern))
                specs.extend(_spec(token) for token in pattern)
        self.attrs = sorted({attr for spec in specs for attr, _ in spec})
        self.flags = [attr in FLAGS for attr in self.attrs]
        self.everything = everything = (1 << len(specs)) - 1
        self._free = {a: everything for a in self.attrs}  # the specs that test nothing of ``a``
        self._equal: dict[str, dict[str, int]] = {a: {} for a in self.attrs}  # a plain value: its specs
        self._tried: dict[str, list[tuple[int, Test]]] = {a: [] for a in self.attrs}  # sets, patterns
        for bit, spec in enumerate(specs):
            for attr, test in spec:
                self._free[attr] &= ~(1 << bit)
                if isinstance(test, str):
                    self._equal[attr][test] = self._equal[attr].get(test, 0) | 1 << bit
                else:
                    self._tried[attr].append((bit, test))
        self._first = {spec: r for r, (_, _, spec) in enumerate(self.rules)}
        self._masks: dict[tuple[str, int], int] = {}  # (attribute, value id): the specs it allows
        self._keys: dict[Key, tuple[int, tuple[int, ...]]] = {}  # values: their specs, rules starting

    def __call__(self, doc: SpacyDoc) -> list[tuple[int, int, int, int]]:
        if not len(doc):
            return []
        if len(self._keys) > TABLE_LIMIT or len(self._masks) > TABLE_LIMIT:
            self._keys.clear()
            self._masks.clear()
        keys: list[Key] = (
            list(map(tuple, doc.to_array(self.attrs).tolist())) if self.attrs else [()] * len(doc)  # type: ignore[arg-type]
        )
        found: set[tuple[int, int, int, int]] = set()  # the Matcher gives a rule's span once
        known = self._keys
        for i, key in enumerate(keys):
            starts = (known.get(key) or self._learn(key))[1]
            for r in starts:
                n, match_id, first = self.rules[r]
                end = i + self.sizes[r]
                if end <= len(keys) and all(
                    (known.get(keys[i + j]) or self._learn(keys[i + j]))[0] >> (first + j) & 1
                    for j in range(1, self.sizes[r])
                ):
                    found.add((n, match_id, i, end))
        return sorted(found)

    def _learn(self, key: Key) -> tuple[int, tuple[int, ...]]:
        """The specs a combination of values meets, and the rules that can start at it."""
        held = self.everything
        for attr, flag, value in zip(self.attrs, self.flags, key, strict=True):
            mask = self._masks.get((attr, value))
            if mask is None:
                mask = self._masks[attr, value] = self._mask(attr, value if flag else self.strings[value])
            held &= mask
        starts, rest = [], held
        while rest:
            low = rest & -rest
            rest ^= low
            rule = self._first.get(low.bit_length() - 1)
            if rule is not None:
                starts.append(rule)
        found = self._keys[key] = (held, tuple(sorted(starts)))
        return found

    def _mask(self, attr: str, value: Any) -> int:
        mask = self._free[attr] | (self._equal[attr].get(value, 0) if isinstance(value, str) else 0)
        for bit, test in self._tried[attr]:
            if test(value):
                mask |= 1 << bit
        return mask


def match_by_table(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler the table's ``match``; False where it keeps the Matcher's."""
    if name not in nlp.pipe_names:
        return False
    ruler: Any = nlp.get_pipe(name)
    try:
        table = TableMatch(ruler)
    except (Unsupported, AttributeError, KeyError, TypeError):
        return False
    ruler.match = table
    return True
