"""Normalising names for comparison: case, accents, apostrophes and spacing do not count."""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from .lexicon import load_data

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces (cached: resolution folds the same
    names and word-list entries thousands of times per volume)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.lower().split())


def slug(text: str) -> str:
    """An IRI-safe key part: ``O’Neil`` -> ``oneil``, ``Stéphen Pichon`` -> ``stephen-pichon``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).replace("'", "")).strip("-")


def display(text: str) -> str:
    """A label as people write it, with the typographic apostrophe the volumes use."""
    return " ".join(text.replace("'", "’").split())


def strip_article(text: str) -> str:
    """``the Secretary of State`` -> ``Secretary of State``."""
    return re.sub(r"^(?:the|The|THE)\s+", "", text.strip())


def name_tokens(*texts: str) -> set[str]:
    """The words of names as an index key: ``O’Neil, Mr.`` -> ``{"oneil", "mr"}``. Build and query
    both use it, so a query word matches exactly the names that hold it."""
    return {word for text in texts for word in re.findall(r"[a-z0-9]+", fold(text).replace("'", ""))}


@cache
def _option_key_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The leading word and the trailing "of your last message" that an option key drops (data file)."""
    words = load_data("option_keys")
    leading = re.compile(rf"^(?:{'|'.join(words['leading_words'])}) ")
    trailing = re.compile(rf" of (?:{'|'.join(words['owners'])}) (?:(?:{'|'.join(words['recency_words'])}) )?"
                          rf"(?:{'|'.join(words['document_words'])})\b.*$")
    return leading, trailing


def option_key(label: str) -> str:
    """The match key of an option's label (``dip:optionKey``): ``Option I of your last message`` ->
    ``option i``. The rules the option-mentions query applied to both labels at query time, once per
    option at build time, so the query joins on an index."""
    leading, trailing = _option_key_patterns()
    key = leading.sub("", re.sub(r"\s+", " ", label.lower()), count=1)
    return trailing.sub("", key, count=1)
