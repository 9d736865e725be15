"""Extract a set's texts straight to ``items.jsonl`` (no store), then score them.

    python bench/score.py [train|dev|DIR] [-o items.jsonl] [-v] [--by-rule] [--cache]

Writes the "Predictions" form of the annotation guidelines from the
extractions themselves (the same fields ``kg export --format items`` reads
back from the store, plus the construction that found each item) and runs
``shared/annotation/score.py`` on it, so a rule can be tried on a whole set in
one command. ``--by-rule`` adds each construction's precision. ``--cache`` keeps
the set's parses under ``build/parses/`` (keyed by the texts and the model), so
a change to the rules is scored without parsing again.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.documents import Document, DocumentError, read_documents
from kg.extract import Extraction, Extractor, tokenizer_signature

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

ROOT = Path(__file__).resolve().parents[1]
ANNOTATION = ROOT.parent / "shared" / "annotation"
ITEM_KINDS = ("instructions", "options", "decisions", "conditions")


def record(text: str, ex: Extraction) -> dict[str, Any]:
    """One document's items, with actor names for actor keys."""
    name = {a.key: a.name for a in ex.actors}

    def addressee(keys: tuple[str, ...]) -> str | list[str | None] | None:
        return [name.get(a) for a in keys] if len(keys) > 1 else name.get(keys[0]) if keys else None

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
                "rule": i.rule,
                "evidence": text[i.span.start : i.span.end],
                "issuer": name.get(i.issuer),
                "addressee": addressee(i.addressees),
                "polarity": i.polarity,
                "action": i.action,
            }
            for i in ex.instructions
        ],
        "options": [
            {
                "id": o.key,
                "rule": o.rule or "stance_object",
                "evidence": text[o.span.start : o.span.end],
                "label": o.label,
                "proposed_by": name.get(o.proposed_by) if o.proposed_by else None,
            }
            for o in ex.options
        ],
        "decisions": [
            {
                "id": d.key,
                "rule": d.rule,
                "evidence": text[d.span.start : d.span.end],
                "stance": d.stance,
                "actor": name.get(d.actor),
                "option": d.option,
            }
            for d in ex.decisions
        ],
        "conditions": [
            {
                "id": c.key,
                "rule": c.rule,
                "evidence": text[c.span.start : c.span.end],
                "governs": c.governs or c.consequence,
            }
            for c in ex.conditions
        ],
    }


def by_rule(items_path: str, verbose_score: str) -> None:
    """Predicted and spurious items per construction, from the scorer's list of spurious items."""
    spurious = collections.Counter(re.findall(r"^  (\S+): spurious (\w+): (.*)$", verbose_score, re.M))
    counts: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    with open(items_path, encoding="utf-8") as lines:
        for line in lines:
            rec = json.loads(line)
            for kind in ITEM_KINDS:
                for item in rec[kind]:
                    key = (rec["doc"], kind[:-1], repr(item["evidence"]))
                    tally = counts[(kind, item.get("rule", ""))]
                    tally[0] += 1
                    if spurious[key]:
                        spurious[key] -= 1
                        tally[1] += 1
    print(f"{'construction':<40} {'pred':>5} {'spurious':>8} {'P':>5}")
    for (kind, rule), (pred, bad) in sorted(counts.items()):
        print(f"{kind + '.' + rule:<40} {pred:5d} {bad:8d} {1 - bad / pred:5.2f}")


def cached_extractions(extractor: Extractor, docs: list[Document]) -> list[tuple[Document, Extraction]]:
    """Parse once per (texts, model, tokenizer exceptions) and keep the parses in a DocBin; the finders
    run every time."""
    return [(doc, extractor.read(doc, sdoc)) for doc, sdoc in cached_parses(extractor, docs)]


def cached_parses(extractor: Extractor, docs: list[Document]) -> list[tuple[Document, SpacyDoc]]:
    """Each document with its parse, kept under ``build/parses/`` by (texts, model, tokenizer exceptions)."""
    from spacy.tokens import DocBin

    digest = hashlib.sha256((extractor.model + tokenizer_signature()).encode())
    for doc in docs:
        digest.update(doc.text.encode())
    path = ROOT / "build" / "parses" / f"{digest.hexdigest()[:16]}.spacy"
    if not path.exists():
        parsed = list(extractor.parsed(docs, print))
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=True, docs=[sdoc for _, sdoc in parsed]).to_disk(path)
    sdocs = list(DocBin().from_disk(path).get_docs(extractor.nlp.vocab))
    by_text = {sdoc.text: sdoc for sdoc in sdocs}
    return [(doc, by_text[doc.text]) for doc in docs if doc.text in by_text]


def readable_documents(paths: list[Path]) -> list[Document]:
    """Every document that reads; each one that does not is named on stderr and left out, so one
    broken file never stops the set (the scorer then counts its gold as missed)."""
    docs: list[Document] = []
    for item in (item for path in paths for item in read_documents(path)):
        if isinstance(item, DocumentError):
            print(f"error: {item}", file=sys.stderr)
        else:
            docs.append(item)
    return docs


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("set", nargs="?", default="train")
    parser.add_argument("-o", "--out", default="items.jsonl")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--by-rule", action="store_true", help="precision of each construction")
    parser.add_argument("--cache", action="store_true", help="reuse the set's parses from build/parses/")
    args = parser.parse_args(argv)
    base = ANNOTATION / args.set if (ANNOTATION / args.set).is_dir() else Path(args.set)
    docs = readable_documents(sorted((base / "texts").glob("*.txt")))
    with open(args.out, "w", encoding="utf-8") as out:
        extractor = Extractor()
        pairs = (
            cached_extractions(extractor, docs) if args.cache else extractor.extract_all(docs, on_error=print)
        )
        for doc, ex in pairs:
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
    ]
    if not args.by_rule:
        return subprocess.call(cmd + (["-v"] if args.verbose else []))
    run = subprocess.run(cmd + ["-v"], capture_output=True, text=True, check=False)
    print(run.stdout if args.verbose else run.stdout[run.stdout.rfind("kind ") :])
    by_rule(args.out, run.stdout)
    return run.returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
