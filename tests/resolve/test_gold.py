"""Scoring against the identity gold file, and the resolver's scores on it."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import DocumentError, read_documents
from kg.resolve.gold import GoldMention, predict, read_gold, score

GOLD = Path(__file__).parents[1] / "data" / "identity" / "gold.tsv"
CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "frus"


def _mention(doc: str, entity: str) -> GoldMention:
    return GoldMention(doc, "x", 1, "Person", "other", entity)


def test_pairwise_and_bcubed_scores() -> None:
    gold = [_mention("a", "1"), _mention("b", "1"), _mention("c", "1"), _mention("d", "2")]
    s = score(gold, ["k", "k", "other", "k"])  # one right pair, two wrong pairs, two missed pairs
    assert (s.pair_precision, s.pair_recall) == (1 / 3, 1 / 3)
    assert s.bcubed_precision == pytest.approx((2 / 3 + 2 / 3 + 1 + 1 / 3) / 4)
    assert s.bcubed_recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)


def test_the_gold_file_covers_two_volumes_and_twenty_documents() -> None:
    gold = read_gold(GOLD)
    assert len({g.doc.rsplit("-", 1)[0] for g in gold}) >= 2
    assert len({g.doc for g in gold}) >= 20


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the FRUS corpus is not next to the checkout")
def test_the_resolver_on_the_gold_file() -> None:
    gold = read_gold(GOLD)
    wanted = {g.doc for g in gold}
    docs = {}
    for volume in sorted({g.doc.rsplit("-", 1)[0] for g in gold}):
        for d in read_documents(CORPUS / f"{volume}.xml"):
            if not isinstance(d, DocumentError) and d.id in wanted:
                docs[d.id] = d
    s = score(gold, predict(gold, docs))
    assert s.pair_precision >= 0.95 and s.pair_recall >= 0.85, s
