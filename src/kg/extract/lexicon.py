"""Load the extractor's lexical cues and world-knowledge lists from JSON data files."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from hashlib import sha256
from pathlib import Path

_DIR = Path(__file__).with_name("lexicon")


@dataclass(frozen=True)
class Lexicon:
    cues: dict
    actors: dict
    digest: str

    def words(self, table: str, name: str) -> frozenset[str]:
        return frozenset(getattr(self, table)[name])


@cache
def load_lexicon() -> Lexicon:
    """The digest changes whenever a list changes, so builds can tell stale extractions."""
    raw = {name: (_DIR / f"{name}.json").read_bytes() for name in ("cues", "actors")}
    digest = sha256(b"".join(raw[k] for k in sorted(raw))).hexdigest()[:12]
    return Lexicon(json.loads(raw["cues"]), json.loads(raw["actors"]), digest)
