"""The data files of resolution (``data/*.json``), loaded once by name."""
from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

_DIR = Path(__file__).with_name("data")
DATA_FILES = ("gazetteer", "names", "option_keys")


@cache
def load_data(name: str) -> dict[str, Any]:
    """``data/<name>.json`` as a dict."""
    data: dict[str, Any] = json.loads((_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return data


@cache
def data_digest() -> str:
    """A fingerprint of the data files: when the gazetteer changes, graphs must be rebuilt."""
    sha = hashlib.sha256()
    for name in DATA_FILES:
        sha.update((_DIR / f"{name}.json").read_bytes())
    return sha.hexdigest()[:16]
