"""Normalising names for comparison: case, accents, apostrophes and spacing do not count."""
from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces."""
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
