"""Train the sentence detector (``detector.py``) from annotated documents: what ``kg train`` runs.

Every spoken sentence of the annotated texts is one example, described by ``sentence_features`` with the
kinds the rules found in it. Its label for a kind: some gold item of that kind has its quote covered by
the sentence, by the guidelines' own matching (share of the quote's words the sentence holds, at least
0.6). A logistic regression per kind is fit on every sentence; at run time it reads only the sentences
where the rules found nothing of its kind. Each kind's threshold is chosen by cross-validation by
document inside the training documents: the one that gives the best F1 of the rules' items plus the
sentences added (for decisions the lowest within one standard error of that best, leaning to recall), or
none (the kind is off) where no threshold beats the rules alone.

scikit-learn (the ``train`` extra) fits the models; the shipped file is plain JSON weights, so running
the extractor needs no scikit-learn.
"""

from __future__ import annotations

import json
import random
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..documents import Document
from ..errors import KgError
from . import Extractor, build_context
from .detected_roles import decider_candidates
from .detector import KINDS, MODEL_PATH, KindModel, sentence_features, sentences_found

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from .context import Context
    from .model import Actor

MATCH = 0.6  # the guidelines' matching: share of a gold quote's words the evidence must hold
WORD = re.compile(r"[a-z0-9]+")
PAGE = re.compile(r"\[Page [^\]]*\]")
THRESHOLDS = tuple(round(0.3 + 0.05 * i, 2) for i in range(14))  # 0.30 .. 0.95
OFF = 1.01  # a threshold no probability reaches: the kind adds nothing
C = 0.3  # inverse regularisation strength of every model
#: the kinds whose threshold leans to recall: a decision the detector adds is its sentence, the statement
#: itself; an option it adds is a whole sentence, not the course named in it, so options keep the best
RECALL_KINDS = ("decisions",)
Counts = tuple[int, int, int]  # one document's matched, predicted and gold items of a kind


@dataclass
class Example:
    """One sentence of an annotated document."""

    doc: str
    text: str
    features: list[str]
    found: set[str]
    labels: dict[str, int]
    #: where a gold decision is the sentence's: each candidate decider's features with 1 for the gold one
    deciders: list[tuple[list[str], int]] = field(default_factory=list)


@dataclass
class Annotated:
    """One annotated document: its sentences, and per kind the gold items the rules' items match."""

    doc: str
    examples: list[Example]
    gold: dict[str, list[dict[str, Any]]]
    rule_evidence: dict[str, list[str]] = field(default_factory=dict)


def words(text: str) -> list[str]:
    return WORD.findall(PAGE.sub(" ", text).lower().replace("’", "'"))


def coverage(quote: str, evidence: str) -> float:
    """The share of the quote's words the evidence holds (each word as often as written); none where the
    evidence is over three times the quote and over a hundred words (the guidelines' matching)."""
    g, e = words(quote), words(evidence)
    if not g or not e or len(e) > max(100, 3 * len(g)):
        return 0.0
    bag: dict[str, int] = {}
    for w in e:
        bag[w] = bag.get(w, 0) + 1
    hit = 0
    for w in g:
        if bag.get(w, 0):
            bag[w] -= 1
            hit += 1
    return hit / len(g)


def matched(gold: list[dict[str, Any]], evidence: list[str]) -> set[int]:
    """The gold items matched one to one by the evidence, surest first (the scorer's greedy matching)."""
    pairs = sorted(
        (
            (c, gi, pi)
            for gi, g in enumerate(gold)
            for pi, e in enumerate(evidence)
            if (c := coverage(g.get("quote", ""), e)) >= MATCH
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return used_g


def annotate(rules: Extractor, pairs: Iterable[tuple[Document, Any]], gold_dir: Path) -> list[Annotated]:
    """The examples of parsed documents with gold in ``gold_dir`` (``<doc id>.json``), read by an
    extractor of the rules alone (the detector reads what the rules found)."""
    if not rules.rules_only:
        raise ValueError("the detector is trained on what the rules alone find: Extractor(rules_only=True)")
    out = []
    for doc, sdoc in pairs:
        path = gold_dir / f"{doc.id}.json"
        if not path.exists():
            continue
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise KgError(f"{path}: not readable gold JSON ({exc})") from exc
        extraction = rules.read(doc, sdoc)
        ctx, actors = build_context(doc, sdoc)
        spans = {kind: [item.span for item in getattr(extraction, kind)] for kind in KINDS}
        evidence = {kind: [doc.text[s.start : s.end] for s in found] for kind, found in spans.items()}
        items = {kind: list(gold.get(kind, [])) for kind in KINDS}
        examples = []
        for sent, found in sentences_found(ctx, spans):
            example = _example(doc.id, sent.text, sentence_features(sent, found), found, items)
            if example.labels["decisions"]:
                _decider_rows(ctx, sent, example, gold, actors)
            examples.append(example)
        out.append(Annotated(doc.id, examples, items, evidence))
    return out


def _example(
    doc: str, text: str, features: list[str], found: set[str], gold: dict[str, list[Any]]
) -> Example:
    labels = {
        kind: int(any(coverage(g.get("quote", ""), text) >= MATCH for g in gold[kind])) for kind in KINDS
    }
    return Example(doc, text, features, found, labels)


def _decider_rows(
    ctx: Context, sent: SpacySpan, example: Example, gold: dict[str, Any], actors: list[Actor]
) -> None:
    """The decider rows of a sentence that holds a gold decision (the one its words cover
    best): each candidate labelled by whether it names the gold decider, as the scorer matches names."""
    voice = ctx.voice(sent.root)
    if voice is None:
        return
    decision = max(gold.get("decisions", []), key=lambda g: coverage(g.get("quote", ""), sent.text))
    refs = decision.get("actor")
    refs = refs if isinstance(refs, list) else [refs]
    wanted = [a for a in gold.get("actors", []) if a.get("id") in refs]
    names = {a.key: (a.name, *a.aliases) for a in actors}
    rows = [
        (features, int(any(names_actor(n, w) for n in names.get(key, ()) for w in wanted)))
        for key, features in decider_candidates(ctx, sent, voice).items()
    ]
    if any(label for _, label in rows):
        example.deciders = rows


def names_actor(label: str, actor: dict[str, Any]) -> bool:
    """The scorer's actor match: one of the gold actor's forms and the label hold each other as whole
    words."""
    lab = " ".join(words(label))
    forms = (" ".join(words(f)) for f in [actor.get("name", ""), *actor.get("aliases", [])])
    return bool(lab) and any(f and (f" {f} " in f" {lab} " or f" {lab} " in f" {f} ") for f in forms)


def fit(examples: Sequence[Example], label: Any) -> dict[str, Any]:
    """A logistic regression on the examples' features; ``label(example)`` gives 0 or 1."""
    return fit_rows([e.features for e in examples], [label(e) for e in examples])


def fit_rows(features: Sequence[list[str]], labels: Sequence[int]) -> dict[str, Any]:
    """A logistic regression on rows of features, each labelled 0 or 1. The rare class is weighed up
    (items are rare among sentences; a detector that never fires is useless)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:
        raise KgError("training the detector needs scikit-learn: pip install 'kg[train]'") from exc
    if len(set(labels)) < 2:  # nothing to tell apart: a model that always says what every example was
        return {"intercept": 10.0 if labels and labels[0] else -10.0, "weights": {}}
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(f, 1.0) for f in features])
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    model.fit(x, labels)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(n): round(float(w), 5) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-5
    }
    return {"intercept": round(float(model.intercept_[0]), 5), "weights": weights}


def folds(docs: Sequence[str], k: int, seed: int) -> dict[str, int]:
    """Documents dealt into ``k`` folds in a seeded random order."""
    order = sorted(docs)
    random.Random(seed).shuffle(order)
    return {doc: i % k for i, doc in enumerate(order)}


def choose_threshold(
    annotated: Sequence[Annotated], kind: str, k: int = 5, seed: int = 21
) -> tuple[float, str]:
    """The threshold chosen over ``k`` folds of the documents (each fold's sentences read by a model fit
    on the others): the best pooled F1 averaged with its neighbours' (``smoothed``), then, for a kind of
    ``RECALL_KINDS``, the lowest threshold within the noise of that best (``lowest_within_noise``); OFF
    where none beats the rules alone. A line says what it gave."""
    fold = folds([a.doc for a in annotated], k, seed)
    scored: list[tuple[Annotated, list[tuple[float, Example]]]] = []
    for i in range(k):
        fitted = [e for a in annotated if fold[a.doc] != i for e in a.examples]
        fitted_model = fit(fitted, lambda e: e.labels[kind])
        model = KindModel(fitted_model["intercept"], fitted_model["weights"], OFF)
        for a in (a for a in annotated if fold[a.doc] == i):
            open_ = [e for e in a.examples if kind not in e.found]
            scored.append((a, [(model.probability(e.features), e) for e in open_]))
    base = pooled_f1(scored, kind, OFF)
    tables = [per_document(scored, kind, t) for t in THRESHOLDS]
    curve = [f1_of(table) for table in tables]
    top = max(range(len(curve)), key=lambda i: (smoothed(curve, i), -i))
    if curve[top] <= base:
        return OFF, f"{kind}: off (rules alone {base:.3f}; no threshold does better)"
    leaning = kind in RECALL_KINDS
    best = THRESHOLDS[lowest_within_noise(tables, top, seed, base) if leaning else top]
    return (
        best,
        f"{kind}: {best:.2f} ({base:.3f} -> {pooled_f1(scored, kind, best):.3f} in {k}-fold by document; "
        f"the best at {THRESHOLDS[top]:.2f}, {curve[top]:.3f})",
    )


def smoothed(curve: Sequence[float], i: int) -> float:
    """The F1 at a threshold averaged with its neighbours': over 76 documents the curve is flat within a
    few thousandths, and the bare maximum jumped across it (0.55 to 0.80 for options) with any change
    to the rules; the middle of the best stretch stays put."""
    near = curve[max(i - 1, 0) : i + 2]
    return sum(near) / len(near)


def lowest_within_noise(
    tables: Sequence[Sequence[Counts]], top: int, seed: int, base: float, draws: int = 200
) -> int:
    """The lowest threshold that beats the rules alone (``base``) and whose F1 falls short of the best's
    (at ``top``) by no more than one standard error of that shortfall, over documents drawn again with
    replacement (the one-standard-error rule).
    On a flat curve this leans to recall: the rules were written on these documents, so cross-validation
    leaves the detector fewer items to find than unseen documents do, where the held-out judgements found
    the sentences just under the threshold right more often than the break-even of an F1 so low."""
    rng = random.Random(seed)
    n = len(tables[top])
    draws_of_docs = [[rng.randrange(n) for _ in range(n)] for _ in range(draws)]
    for i in (i for i in range(top) if f1_of(tables[i]) > base):
        gaps = [f1_of(tables[top], docs) - f1_of(tables[i], docs) for docs in draws_of_docs]
        if f1_of(tables[top]) - f1_of(tables[i]) <= statistics.stdev(gaps):
            return i
    return top


def per_document(
    scored: Sequence[tuple[Annotated, list[tuple[float, Example]]]], kind: str, threshold: float
) -> list[Counts]:
    """Each document's matched, predicted and gold counts: the rules' items plus the sentences at or
    above ``threshold``."""
    counts = []
    for a, rows in scored:
        items = a.gold[kind]
        evidence = a.rule_evidence[kind] + [
            e.text for p, e in sorted(rows, key=lambda r: -r[0]) if p >= threshold
        ]
        counts.append((len(matched(items, evidence)), len(evidence), len(items)))
    return counts


def f1_of(table: Sequence[Counts], docs: Sequence[int] | None = None) -> float:
    """F1 pooled over the documents ``docs`` (all where None; one may be drawn more than once)."""
    picked = [table[i] for i in docs] if docs is not None else table
    tp, pred, gold = (sum(c[j] for c in picked) for j in range(3))
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def pooled_f1(
    scored: Sequence[tuple[Annotated, list[tuple[float, Example]]]], kind: str, threshold: float
) -> float:
    """F1 of the rules' items plus the sentences at or above ``threshold``, pooled over documents."""
    return f1_of(per_document(scored, kind, threshold))


def train_decider(annotated: Sequence[Annotated], k: int = 5, seed: int = 21) -> dict[str, Any]:
    """The decider model, on only where, ``k``-fold by document inside the training documents, it
    picks the gold decider of more gold decisions than the rules' own pick (its "rule" feature)."""
    fold = folds([a.doc for a in annotated], k, seed)
    sentences = [(fold[a.doc], e.deciders) for a in annotated for e in a.examples if e.deciders]
    learned = rules = 0
    for i in range(k):
        model = _model(fit_rows(*_rows(r for j, rows in sentences if j != i for r in rows)))
        for rows in (rows for j, rows in sentences if j == i):
            learned += max(rows, key=lambda r: model.probability(r[0]))[1]
            rules += next((label for f, label in rows if "rule" in f), 0)
    n = len(sentences)
    return fit_rows(*_rows(r for _, rows in sentences for r in rows)) | {
        "on": learned > rules,
        "note": f"decider: the rules' pick {rules}/{n}, learned {learned}/{n} right in {k}-fold by document",
    }


def _rows(rows: Iterable[tuple[list[str], int]]) -> tuple[list[list[str]], list[int]]:
    pairs = list(rows)
    return [f for f, _ in pairs], [label for _, label in pairs]


def _model(raw: dict[str, Any]) -> KindModel:
    return KindModel(raw["intercept"], raw["weights"], OFF)


def train(annotated: Sequence[Annotated], about: str = "") -> tuple[dict[str, Any], list[str]]:
    """The detector's JSON (per kind: weights, intercept, threshold) and what each threshold's
    cross-validation gave."""
    examples = [e for a in annotated for e in a.examples]
    kinds, notes = {}, []
    for kind in KINDS:
        threshold, note = choose_threshold(annotated, kind)
        notes.append(note)
        kinds[kind] = fit(examples, lambda e, kind=kind: e.labels[kind]) | {"threshold": threshold}
    decider = train_decider(annotated)
    notes.append(decider.pop("note"))
    documents = len(annotated)
    about = about or f"logistic regressions (C={C}) fit on {documents} annotated documents by `kg train`"
    return {"about": about, "kinds": kinds, "roles": {"decider": decider}, "cross_validation": notes}, notes


def train_from(annotations: Sequence[Path], model: str | None = None) -> tuple[dict[str, Any], list[str]]:
    """Parse each annotation folder's ``texts/*.txt`` (gold in ``gold/``) and train on all of them. A
    text that does not read is left out and named in the notes returned, after what each kind's
    threshold gave."""
    from ..documents import DocumentError, read_documents

    rules = Extractor(model, rules_only=True)
    annotated: list[Annotated] = []
    skipped: list[str] = []
    for folder in annotations:
        if not (folder / "texts").is_dir() or not (folder / "gold").is_dir():
            raise KgError(f"{folder}: an annotation folder holds texts/ and gold/")
        docs = [d for p in sorted((folder / "texts").glob("*.txt")) for d in read_documents(p)]
        skipped += [f"left out: {d}" for d in docs if isinstance(d, DocumentError)]
        readable = [d for d in docs if not isinstance(d, DocumentError)]
        annotated += annotate(rules, rules.parsed(readable), folder / "gold")
    if not annotated:
        raise KgError("no annotated document to train on (texts/NAME.txt with gold/NAME.json)")
    detector, notes = train(annotated)
    return detector, notes + skipped


def write_detector(detector: dict[str, Any], path: Path | None = None) -> Path:
    """Write the detector's JSON (sorted, one weight a line, so a retrained file diffs by weight)."""
    path = path or MODEL_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(detector, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return path
