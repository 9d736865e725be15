"""Scoring the resolver against a cross-document identity gold file.

The gold file (TSV: doc, mention, occurrence, kind, role, entity) names mentions in real
documents and the real-world entity each refers to, with ids of its own. Each mention
becomes an actor as the extractor would give it (name without its determiner, one
mention span, the head line's role), so the resolver is scored on its own, apart from
extraction. Scores are pairwise over all mentions of the file, across documents:
precision = pairs put together that belong together / pairs put together, recall =
pairs put together that belong together / pairs that belong together; plus B-cubed.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from ..documents import Document, Span
from ..errors import KgError
from ..extract.model import Actor
from .resolver import resolve_actors
from .text import slug

_DETERMINERS = re.compile(r"^(?:the|this|these|my|our|your|his|her|its|their)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class GoldMention:
    doc: str
    mention: str
    occurrence: int
    kind: str
    role: str
    entity: str


@dataclass(frozen=True)
class Scores:
    mentions: int
    documents: int
    pair_precision: float
    pair_recall: float
    bcubed_precision: float
    bcubed_recall: float

    @staticmethod
    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: Path) -> list[GoldMention]:
    """The gold rows; a malformed row is a one-line error naming the file and line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line and not line.startswith("#")]
    mentions = []
    for number, row in enumerate(csv.DictReader(rows, delimiter="\t"), start=2):
        try:
            mentions.append(GoldMention(row["doc"], row["mention"], int(row["occurrence"]), row["kind"],
                                        row["role"], row["entity"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise KgError(f"{path}: row {number}: {exc}") from None
    return mentions


def mention_actor(doc: Document, gold: GoldMention, index: int) -> Actor:
    """The actor the gold mention stands for: span of its n-th whole-word match, determiner left out."""
    matches = list(re.finditer(rf"(?<!\w){re.escape(gold.mention)}(?!\w)", doc.text))
    if len(matches) < gold.occurrence:
        raise KgError(f"{doc.id}: gold mention {gold.mention!r} occurs {len(matches)} times, "
                      f"not {gold.occurrence}")
    found = matches[gold.occurrence - 1]
    determiner = _DETERMINERS.match(gold.mention)
    start = found.start() + (determiner.end() if determiner else 0)
    name = doc.text[start:found.end()]
    return Actor(f"{slug(name)}-{index}", name, gold.kind, gold.role, (name,), (Span(start, found.end()),))


def predict(gold: Iterable[GoldMention], documents: Mapping[str, Document]) -> list[str]:
    """The resolver's entity key for every gold mention, in order."""
    keys = []
    for index, mention in enumerate(gold):
        actor = mention_actor(documents[mention.doc], mention, index)
        keys.append(resolve_actors(documents[mention.doc], [actor])[actor.key].key)
    return keys


def score(gold: list[GoldMention], predicted: list[str]) -> Scores:
    truth = [g.entity for g in gold]
    pairs = list(combinations(range(len(gold)), 2))
    same_true = {(i, j) for i, j in pairs if truth[i] == truth[j]}
    same_pred = {(i, j) for i, j in pairs if predicted[i] == predicted[j]}
    both = same_true & same_pred
    b_p = b_r = 0.0
    for i in range(len(gold)):
        pred_cluster = {j for j in range(len(gold)) if predicted[j] == predicted[i]}
        true_cluster = {j for j in range(len(gold)) if truth[j] == truth[i]}
        b_p += len(pred_cluster & true_cluster) / len(pred_cluster)
        b_r += len(pred_cluster & true_cluster) / len(true_cluster)
    n = max(len(gold), 1)
    return Scores(len(gold), len({g.doc for g in gold}),
                  len(both) / len(same_pred) if same_pred else 1.0,
                  len(both) / len(same_true) if same_true else 1.0, b_p / n, b_r / n)
