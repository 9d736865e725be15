"""Extract a set's texts straight to ``items.jsonl`` (no store), then score them.

    python bench/score.py [train|dev|DIR] [-o items.jsonl] [-v]

Writes the "Predictions" form of the annotation guidelines from the
extractions themselves (the same fields ``kg export --format items`` reads
back from the store) and runs ``shared/annotation/score.py`` on it, so a rule
can be tried on a whole set in one command.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from kg.documents import read_text_document
from kg.extract import Extraction, Extractor

ROOT = Path(__file__).resolve().parents[1]
ANNOTATION = ROOT.parent / "shared" / "annotation"


def record(doc_text: str, ex: Extraction) -> dict:  # type: ignore[type-arg]
    """One document's items, with actor names for actor keys."""
    name = {a.key: a.name for a in ex.actors}
    ev = lambda item: doc_text[item.span.start : item.span.end]  # noqa: E731
    return {
        "doc": ex.doc_id,
        "actors": [
            {
                "id": a.key,
                "name": a.name,
                "type": a.kind,
                "role": a.role,
                "aliases": sorted(set(a.aliases) | {a.name}),
            }
            for a in ex.actors
        ],
        "instructions": [
            {
                "id": i.key,
                "evidence": ev(i),
                "issuer": name.get(i.issuer),
                "addressee": [name.get(a) for a in i.addressees]
                if len(i.addressees) > 1
                else name.get(i.addressees[0])
                if i.addressees
                else None,
                "polarity": i.polarity,
                "action": i.action,
            }
            for i in ex.instructions
        ],
        "options": [
            {
                "id": o.key,
                "evidence": ev(o),
                "label": o.label,
                "proposed_by": name.get(o.proposed_by) if o.proposed_by else None,
            }
            for o in ex.options
        ],
        "decisions": [
            {
                "id": d.key,
                "evidence": ev(d),
                "stance": d.stance,
                "actor": name.get(d.actor),
                "option": d.option,
            }
            for d in ex.decisions
        ],
        "conditions": [
            {"id": c.key, "evidence": ev(c), "governs": c.governs or c.consequence} for c in ex.conditions
        ],
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", default="train")
    parser.add_argument("-o", "--out", default="items.jsonl")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    base = ANNOTATION / args.set if (ANNOTATION / args.set).is_dir() else Path(args.set)
    docs = [read_text_document(p) for p in sorted((base / "texts").glob("*.txt"))]
    with open(args.out, "w", encoding="utf-8") as out:
        for doc, ex in Extractor().extract_all(docs, on_error=print):
            out.write(json.dumps(record(doc.text, ex), ensure_ascii=False) + "\n")
    cmd = [
        sys.executable,
        str(ANNOTATION / "score.py"),
        "--gold",
        str(base / "gold"),
        "--texts",
        str(base / "texts"),
        "--pred",
        args.out,
    ] + (["-v"] if args.verbose else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
