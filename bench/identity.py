"""Precision and recall of actor resolution against the identity gold file.

    python bench/identity.py [--gold tests/data/identity/gold.tsv] [--corpus DIR] [--errors]

Reads the volumes the gold file names from the corpus folder, resolves every gold mention
and prints pairwise and B-cubed precision/recall; ``--errors`` lists the mentions whose
entity is split from or merged with the wrong ones.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from kg.build.inputs import iter_documents
from kg.resolve.gold import Scores, predict, read_gold, score

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "identity" / "gold.tsv")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "frus")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    gold = read_gold(args.gold)
    volumes = sorted({g.doc.rsplit("-", 1)[0] for g in gold})
    wanted = {g.doc for g in gold}
    files = [args.corpus / f"{v}.xml" for v in volumes]
    read = iter_documents(files, lambda m: print(f"error: {m}", file=sys.stderr))
    docs = {d.id: d for d in read if d.id in wanted}
    predicted = predict(gold, docs)
    s = score(gold, predicted)
    print(f"gold: {s.mentions} mentions in {s.documents} documents of {len(volumes)} volumes "
          f"({', '.join(volumes)}), {len({g.entity for g in gold})} entities")
    print(f"pairwise precision {s.pair_precision:.3f} recall {s.pair_recall:.3f} "
          f"F1 {Scores.f1(s.pair_precision, s.pair_recall):.3f}")
    print(f"B-cubed  precision {s.bcubed_precision:.3f} recall {s.bcubed_recall:.3f} "
          f"F1 {Scores.f1(s.bcubed_precision, s.bcubed_recall):.3f}")
    if args.errors:
        by_entity: dict[str, set[str]] = defaultdict(set)
        by_key: dict[str, set[str]] = defaultdict(set)
        for g, key in zip(gold, predicted, strict=True):
            by_entity[g.entity].add(key)
            by_key[key].add(g.entity)
        for g, key in zip(gold, predicted, strict=True):
            if len(by_entity[g.entity]) > 1 or len(by_key[key]) > 1:
                print(f"  {g.doc}\t{g.mention!r}\tgold {g.entity}\t-> {key}")


if __name__ == "__main__":
    main()
