"""The learned sentence detector, cross-validated by document: 5 folds over train + dev.

    pip install -e '.[train]'
    python bench/detector_cv.py [--folds 5] [--seed 16]

For each fold, ``kg.extract.training.train`` (the same code as ``kg train``, thresholds chosen by its own
inner cross-validation) is fit on the other folds' documents, and the extractor with that detector reads
the fold's documents. The pooled predictions of the rules alone and of the rules with the detector are
scored by the annotation's own ``score.py`` on train, on dev and on both: every document is scored by a
detector that never saw it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from score import ANNOTATION, cached_parses, readable_documents, record

from kg.extract import Extractor
from kg.extract.detector import Detector
from kg.extract.training import annotate, folds, train

SETS = ("train", "dev")


def score(pred: Path, gold: Path, texts: Path) -> str:
    """The scorer's table (without its per-item lines)."""
    run = [
        sys.executable,
        str(ANNOTATION / "score.py"),
        "--gold",
        str(gold),
        "--texts",
        str(texts),
        "--pred",
        str(pred),
    ]
    return subprocess.run(run, capture_output=True, text=True, check=True).stdout


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    rules = Extractor(rules_only=True)
    parsed = {
        name: cached_parses(rules, readable_documents(sorted((ANNOTATION / name / "texts").glob("*.txt"))))
        for name in SETS
    }
    annotated = [a for name in SETS for a in annotate(rules, parsed[name], ANNOTATION / name / "gold")]
    fold = folds([a.doc for a in annotated], args.folds, args.seed)
    out = Path(tempfile.mkdtemp(prefix="detector-cv-"))
    lines: dict[str, dict[str, list[str]]] = {name: {"rules": [], "detector": []} for name in SETS}
    for i in range(args.folds):
        model, notes = train([a for a in annotated if fold[a.doc] != i])
        print(f"fold {i}: " + "; ".join(notes))
        with_detector = Extractor(detector=Detector.from_json(model))
        for name in SETS:
            for doc, sdoc in ((d, s) for d, s in parsed[name] if fold[d.id] == i):
                lines[name]["rules"].append(json.dumps(record(doc.text, rules.read(doc, sdoc))))
                lines[name]["detector"].append(json.dumps(record(doc.text, with_detector.read(doc, sdoc))))
    both = out / "train+dev"
    for sub in ("gold", "texts"):
        (both / sub).mkdir(parents=True)
        for name in SETS:
            for f in (ANNOTATION / name / sub).iterdir():
                (both / sub / f.name).symlink_to(f)
    for name in (*SETS, "train+dev"):
        for variant in ("rules", "detector"):
            rows = [r for s in SETS if name in (s, "train+dev") for r in lines[s][variant]]
            path = out / f"{name}-{variant}.jsonl"
            path.write_text("\n".join(rows) + "\n", encoding="utf-8")
            folder = both if name == "train+dev" else ANNOTATION / name
            print(f"\n== {name}, {variant} (pooled over the held-out folds): {path}")
            print(score(path, folder / "gold", folder / "texts"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
