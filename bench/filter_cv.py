"""Would a learned filter over the rules' candidates generalize? 5-fold cross-validation by document.

    pip install -e '.[train]'     (scikit-learn)
    python bench/filter_cv.py [--folds 5] [--seed 16]

Every item the rules find on train + dev is labelled by the scorer's own matching (does it match a
gold item of its kind?) and described by features read at extraction time: its construction and
confidence, its length, the part of speech, dependency and lemma of its first word, its root and the
root's head, negation, the share of proper nouns, whether its sentence quotes, its roles' kinds. A
logistic regression per kind is trained on four folds of documents and keeps or drops the fifth
fold's candidates at several probability thresholds; the script prints each kind's pooled P/R/F1
before and after, so a filter is shipped only if it raises held-out F1. Nothing is learned at run
time: kg ships no trained component unless this says it helps.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import sys
from typing import Any

from score import ANNOTATION, ROOT, cached_extractions, readable_documents, record

from kg.extract import Extractor, tokenizer_signature

KINDS = ("instructions", "options", "decisions", "conditions")
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)


def scorer() -> Any:
    """The annotation's own scorer, for its matching of predicted to gold items."""
    spec = importlib.util.spec_from_file_location("gold_score", ANNOTATION / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(extractor: Extractor, name: str) -> list[tuple[Any, ...]]:
    """(id, parse, extraction, items, gold) per document of a set, from the cached parses."""
    from spacy.tokens import DocBin

    base = ANNOTATION / name
    docs = readable_documents(sorted((base / "texts").glob("*.txt")))
    cached_extractions(extractor, docs)  # parses once and caches
    digest = hashlib.sha256((extractor.model + tokenizer_signature()).encode())
    for doc in docs:
        digest.update(doc.text.encode())
    path = ROOT / "build" / "parses" / f"{digest.hexdigest()[:16]}.spacy"
    parses = {s.text: s for s in DocBin().from_disk(path).get_docs(extractor.nlp.vocab)}
    out = []
    for doc in docs:
        sdoc = parses[doc.text]
        ex = extractor.read(doc, sdoc)
        gold = json.loads((base / "gold" / f"{doc.id}.json").read_text(encoding="utf-8"))
        out.append((doc.id, sdoc, ex, record(doc.text, ex), gold))
    return out


def features(kind: str, item: dict[str, Any], obj: Any, sdoc: Any, roles: dict[str, str]) -> dict[str, float]:
    span = sdoc.char_span(obj.span.start, obj.span.end, alignment_mode="expand")
    f = {f"rule={item.get('rule', '')}": 1.0, "conf": float(obj.confidence)}
    n = len(span) if span is not None else 0
    f[f"len={min(n // 4, 8)}"] = 1.0
    if span is not None and n:
        root = span.root
        f |= {f"root_pos={root.pos_}": 1.0, f"root_dep={root.dep_}": 1.0, f"root={root.lemma_.lower()}": 1.0}
        f |= {f"first_pos={span[0].pos_}": 1.0, f"first={span[0].lemma_.lower()}": 1.0}
        f[f"head={root.head.lemma_.lower()}"] = 1.0
        f["neg"] = float(any(t.dep_ == "neg" for t in span))
        f["propn"] = sum(t.pos_ == "PROPN" for t in span) / n
        f["quoted"] = float(any(q in span.sent.text for q in ('"', "“")))
    if kind == "instructions":
        f |= {f"pol={obj.polarity}": 1.0, f"issuer={roles.get(obj.issuer, 'none')}": 1.0}
    if kind == "decisions":
        f |= {f"stance={obj.stance}": 1.0, f"actor={roles.get(obj.actor, 'none')}": 1.0}
    if kind == "options":
        f["proposed"] = float(obj.proposed_by is not None)
    return f


def rows(data: list[tuple[Any, ...]], gold_score: Any) -> list[tuple[str, str, int, dict[str, float], int]]:
    out = []
    for doc_id, sdoc, ex, items, gold in data:
        roles = {a.key: a.role for a in ex.actors}
        for kind in KINDS:
            matched = {p for _, p in gold_score.match_items(gold.get(kind, []), items[kind])}
            for i, (obj, item) in enumerate(zip(getattr(ex, kind), items[kind], strict=True)):
                out.append((doc_id, kind, i, features(kind, item, obj, sdoc, roles), int(i in matched)))
    return out


def prf(tp: int, pred: int, gold: int) -> str:
    p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    return f"{p:.3f}/{r:.3f}/{(2 * p * r / (p + r) if p + r else 0.0):.3f}"


def main(argv: list[str]) -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    extractor = Extractor(rules_only=True)
    data = documents(extractor, "train") + documents(extractor, "dev")
    table = rows(data, scorer())
    ids = sorted({d[0] for d in data})
    random.Random(args.seed).shuffle(ids)
    fold = {doc_id: i % args.folds for i, doc_id in enumerate(ids)}
    print(f"{len(ids)} documents, {args.folds} folds by document; P/R/F1 pooled over the held-out folds")
    for kind in KINDS:
        kept = [r for r in table if r[1] == kind]
        gold = sum(len(d[4].get(kind, [])) for d in data)
        prob: dict[tuple[str, int], float] = {}
        for k in range(args.folds):
            train = [r for r in kept if fold[r[0]] != k]
            test = [r for r in kept if fold[r[0]] == k]
            if not test or len({r[4] for r in train}) < 2:
                continue
            vec = DictVectorizer()
            model = LogisticRegression(max_iter=2000)
            model.fit(vec.fit_transform([r[3] for r in train]), [r[4] for r in train])
            kept_probability = model.predict_proba(vec.transform([r[3] for r in test]))[:, 1]
            for r, p in zip(test, kept_probability, strict=True):
                prob[(r[0], r[2])] = float(p)
        line = [f"{kind:<13} rules {prf(sum(r[4] for r in kept), len(kept), gold)}"]
        for t in THRESHOLDS:
            left = [r for r in kept if prob.get((r[0], r[2]), 1.0) >= t]
            line.append(f"filter>={t} {prf(sum(r[4] for r in left), len(left), gold)}")
        print("  ".join(line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
