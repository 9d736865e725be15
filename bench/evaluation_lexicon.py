"""Rebuild ``src/kg/extract/lexicon/evaluation.json`` from the VADER and AFINN sentiment lexicons.

    pip install vadersentiment==3.3.2 afinn==0.1 && python bench/evaluation_lexicon.py

Evaluative stance is an open class ("most unwelcome", "sees considerable
merit in", "runs counter to"), so the extractor reads it from a general,
hand-validated valence lexicon instead of phrases collected from documents:
VADER (Hutto & Gilbert 2014, MIT licence), 7,500 entries rated by ten
annotators from -4 to +4. Kept: single alphabetic words with a mean valence of
at least ``THRESHOLD`` in absolute value.

VADER rates few verbs of effect ("disrupt", "hinder", "impede", "thwart",
"exacerbate"), which say what a course would bring about. AFINN-165 (Nielsen
2011, Apache licence), 3,300 words rated from -5 to +5, rates them; its words
that VADER lacks, with |valence| >= ``EFFECT_THRESHOLD``, are kept apart
(``effect_positive`` / ``effect_negative``) because AFINN also rates nouns of
our domain ("withdrawal", "recognition", "consent"): the extractor reads them
only as the verb of a course's consequence. The extractor needs only the JSON
file this writes, so the two packages are tools for regenerating it, not
runtime dependencies.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

THRESHOLD = 1.0
EFFECT_THRESHOLD = 2
OUT = Path(__file__).resolve().parents[1] / "src" / "kg" / "extract" / "lexicon" / "evaluation.json"


def _single_word(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) > 2


def vader_entries() -> list[tuple[str, float]]:
    import vaderSentiment  # a tool of this script only

    path = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word, valence, *_ = line.split("\t")
        if _single_word(word):
            entries.append((word, float(valence)))
    return entries


def afinn_entries() -> list[tuple[str, int]]:
    import afinn  # a tool of this script only

    path = Path(afinn.__file__).with_name("data") / "AFINN-en-165.txt"
    rows = (line.rsplit("\t", 1) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return [(word, int(valence)) for word, valence in rows if _single_word(word)]


def main() -> int:
    entries = vader_entries()
    rated = {w for w, _ in entries}
    effects = [(w, v) for w, v in afinn_entries() if w not in rated and abs(v) >= EFFECT_THRESHOLD]
    data = {
        "_about": "Evaluative words and their polarity, from the VADER sentiment lexicon "
        f"(vaderSentiment 3.3.2, MIT licence), single words with |valence| >= {THRESHOLD}; effect_*: "
        f"words of AFINN-165 (afinn 0.1, Apache licence) with |valence| >= {EFFECT_THRESHOLD} that VADER "
        "does not rate, read only as the verb of a consequence. "
        "Regenerate: python bench/evaluation_lexicon.py",
        "positive": sorted(w for w, v in entries if v >= THRESHOLD),
        "negative": sorted(w for w, v in entries if v <= -THRESHOLD),
        "effect_positive": sorted(w for w, v in effects if v > 0),
        "effect_negative": sorted(w for w, v in effects if v < 0),
    }
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items()]
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    kept = ("positive", "negative", "effect_positive", "effect_negative")
    sizes = ", ".join(f"{len(data[k])} {k}" for k in kept)
    print(f"{OUT}: {sizes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
