"""Person names: the surname and forenames of a name as a document or a persons list writes it.

A persons list writes ``Lansing, Robert``; running text writes ``Mr. Robert Lansing``,
``Consul Braida`` or ``the Honorable L. Baker``. Both give (surname, forenames), from which
the corpus key is made. Honorifics and offices are data (``data/names.json``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lexicon import load_data
from .text import fold, slug, strip_article


@dataclass(frozen=True)
class Name:
    surname: str
    forenames: str = ""

    @property
    def initials(self) -> str:
        """``Newton D.`` -> ``nd``: what an abbreviated forename must agree with."""
        return "".join(w[0] for w in re.findall(r"[^\W\d_]+", fold(self.forenames)))

    def label(self) -> str:
        return f"{self.forenames} {self.surname}".strip()

    def compatible(self, other: Name) -> bool:
        """Same surname, and forenames that do not contradict (initials agree as far as both go)."""
        if slug(self.surname) != slug(other.surname):
            return False
        mine, theirs = self.initials, other.initials
        return not mine or not theirs or mine.startswith(theirs) or theirs.startswith(mine)


@cache
def _prefixes() -> tuple[str, ...]:
    """Honorifics and offices that can stand before a name, longest first."""
    words = load_data("names")
    return tuple(sorted({fold(w) for w in words["honorifics"] + words["offices"]}, key=len, reverse=True))


@cache
def _offices() -> frozenset[str]:
    return frozenset(fold(w) for w in load_data("names")["offices"])


@cache
def _particles() -> frozenset[str]:
    return frozenset(fold(w) for w in load_data("names")["surname_particles"])


def office_of(name: str) -> str | None:
    """The office a name is, when it is nothing but an office (``the Secretary of State``,
    ``the President of the United States``), without its home qualifier."""
    folded = _strip_honorifics(fold(strip_article(name)).rstrip(" .,;:"))
    for qualifier in _home_qualifiers():
        folded = folded.removesuffix(" " + qualifier)
    if folded in _offices():
        return folded
    words = folded.split()
    posted = any(w in _post_qualifiers() and " ".join(words[:i]) in _offices() for i, w in enumerate(words))
    return folded if posted else None


@cache
def _post_qualifiers() -> frozenset[str]:
    return frozenset(load_data("names")["post_qualifiers"])


@cache
def _home_qualifiers() -> tuple[str, ...]:
    return tuple(sorted((fold(q) for q in load_data("names")["home_qualifiers"]), key=len, reverse=True))


@cache
def _honorifics_longest_first() -> tuple[str, ...]:
    return tuple(sorted({fold(w) for w in load_data("names")["honorifics"]}, key=len, reverse=True))


def _strip_honorifics(folded: str) -> str:
    for word in _honorifics_longest_first():
        if folded.startswith(word + " "):
            return folded[len(word) + 1:]
    return folded


def _strip_prefixes(folded: str) -> str:
    """Remove honorifics and offices from the front, repeatedly (``his excellency general``)."""
    changed = True
    while changed and folded:
        changed = False
        for prefix in _prefixes():
            if folded == prefix:
                return ""
            if folded.startswith(prefix + " "):
                folded = folded[len(prefix) + 1:].lstrip()
                changed = True
                break
    return folded


def running_name(text: str) -> Name | None:
    """The person in ``Mr. Lewis Baker`` or ``Consul Braida``; None for an office alone or a
    text with no capitalised word left."""
    original = strip_article(text.split(",")[0])
    folded = fold(original)
    rest = _strip_prefixes(folded)
    if not rest:
        return None
    words = original.split()[len(folded.split()) - len(rest.split()):]
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    return _split(words)


def _split(words: list[str]) -> Name:
    """The last word is the surname, with any particles before it (``de Bunsen``)."""
    cut = len(words) - 1
    while cut > 0 and fold(words[cut - 1]) in _particles():
        cut -= 1
    return Name(" ".join(words[cut:]).rstrip(".,;:"), " ".join(words[:cut]))


def listed_name(text: str) -> Name | None:
    """A persons-list name: ``Lansing, Robert``; a list this corpus lacks gives a running name."""
    if "," not in text:
        return running_name(text)
    surname, forenames = (part.strip() for part in text.split(",", 1))
    return Name(surname, forenames) if surname else None
