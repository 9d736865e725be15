"""Rebuild ``src/kg/extract/lexicon/evaluation.json`` from the VADER sentiment lexicon.

    pip install vadersentiment==3.3.2 && python bench/evaluation_lexicon.py

Evaluative stance is an open class ("most unwelcome", "sees considerable
merit in", "runs counter to"), so the extractor reads it from a general,
hand-validated valence lexicon instead of phrases collected from documents:
VADER (Hutto & Gilbert 2014, MIT licence), 7,500 entries rated by ten
annotators from -4 to +4. Kept: single alphabetic words with a mean valence of
at least ``THRESHOLD`` in absolute value. The extractor needs only the JSON
file this writes, so vaderSentiment is a tool for regenerating it, not a
runtime dependency.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

THRESHOLD = 1.0
OUT = Path(__file__).resolve().parents[1] / "src" / "kg" / "extract" / "lexicon" / "evaluation.json"


def vader_entries() -> list[tuple[str, float]]:
    import vaderSentiment  # a tool of this script only

    path = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word, valence, *_ = line.split("\t")
        if word.isalpha() and word.islower() and len(word) > 2:
            entries.append((word, float(valence)))
    return entries


def main() -> int:
    entries = vader_entries()
    data = {
        "_about": "Evaluative words and their polarity, from the VADER sentiment lexicon "
        f"(vaderSentiment 3.3.2, MIT licence), single words with |valence| >= {THRESHOLD}. "
        "Regenerate: python bench/evaluation_lexicon.py",
        "positive": sorted(w for w, v in entries if v >= THRESHOLD),
        "negative": sorted(w for w, v in entries if v <= -THRESHOLD),
    }
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items()]
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"{OUT}: {len(data['positive'])} positive, {len(data['negative'])} negative")
    return 0


if __name__ == "__main__":
    sys.exit(main())
