"""Corpus build figures, all measured in one run.

    python bench/build.py [--volume FILE] [--corpus DIR] [--skip-corpus] [--keep-store DIR]

1. One volume: words/s of bare spaCy ``nlp.pipe`` (same model, one process),
   of ``kg build`` on one process and on two; the ratio to bare and the
   two-process speed-up.
2. The whole corpus: bare ``nlp.pipe`` and ``kg build`` (default workers)
   words/s and ratio, peak resident memory of the build (all processes), the
   time of a re-run when nothing changed (as a share of the full build).
3. Every named query on the whole-corpus store (pyoxigraph) and on an rdflib
   in-memory Dataset of the same quads, with the ratio.

Builds run as ``kg build`` subprocesses, so memory is the real command's.
"""
from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import spacy
from extract import installed_name  # bench/extract.py, next to this script
from rdflib import Dataset

from kg.build import collect_inputs, iter_documents
from kg.extract import Extractor
from kg.resources import load_query, query_names
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "frus"
VOLUME = CORPUS / "frus1934v04.xml"
KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def corpus_texts(paths: list[Path]) -> list[str]:
    files, _ = collect_inputs(paths)
    return [d.text for d in iter_documents(files, on_error=lambda m: None)]


def bare_seconds(texts: list[str], model: str) -> float:
    """Bare spaCy: the same model, no kg component, same batch size as the extractor."""
    nlp = spacy.load(model)
    list(nlp.pipe(texts[:4]))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=Extractor().batch_size):
        pass
    return time.perf_counter() - start


def run_build(paths: list[Path], store: Path, *args: str) -> tuple[float, int]:
    """Seconds and peak resident memory (bytes, the whole process tree) of one ``kg build``."""
    command = [*KG, "build", *map(str, paths), "--store", str(store), "--quiet", *args]
    start = time.perf_counter()
    proc = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc))
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"kg build failed ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
    return seconds, peak


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total


def query_latencies(store_path: Path, rounds: int = 3) -> list[tuple[str, float, float]]:
    """Median seconds of each named query on the store and on an rdflib Dataset of the same quads."""
    with open_store(store_path, read_only=True) as store:
        buf = io.BytesIO()
        store.dump(buf, "nquads")
        ds = Dataset(default_union=True)
        ds.parse(data=buf.getvalue(), format="nquads")
        rows = []
        for name in query_names():
            sparql = load_query(name)
            ox = statistics.median(_timed(lambda q=sparql: store.select(q)) for _ in range(rounds))
            rd = statistics.median(_timed(lambda q=sparql: list(ds.query(q))) for _ in range(rounds))
            rows.append((name, ox, rd))
    return rows


def _timed(func) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--volume", type=Path, default=VOLUME)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--skip-corpus", action="store_true", help="Only the one-volume figures.")
    parser.add_argument("--keep-store", type=Path, default=None,
                        help="Build the corpus store here and keep it (for bench/serve.py, bench/scale.py).")
    args = parser.parse_args()
    extractor = Extractor()
    model = extractor.model
    package = installed_name(extractor.nlp.meta["lang"] + "_" + extractor.nlp.meta["name"])
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        texts = corpus_texts([args.volume])
        words = sum(len(t.split()) for t in texts)
        t_bare = bare_seconds(texts, package)
        t_one, _ = run_build([args.volume], tmp_path / "v1", "--workers", "1")
        t_two, _ = run_build([args.volume], tmp_path / "v2", "--workers", "2")
        print(f"model {model}; volume {args.volume.name}: {len(texts)} documents, {words} words")
        print(f"  bare nlp.pipe, 1 process   {words / t_bare:8.0f} words/s")
        print(f"  kg build, 1 process        {words / t_one:8.0f} words/s   "
              f"ratio to bare {t_bare / t_one:.2f}")
        print(f"  kg build, 2 processes      {words / t_two:8.0f} words/s   "
              f"ratio to bare {t_bare / t_two:.2f}"
              f"   speed-up {t_one / t_two:.2f}")
        if args.skip_corpus:
            return
        texts = corpus_texts([args.corpus])
        words = sum(len(t.split()) for t in texts)
        t_bare = bare_seconds(texts, package)
        del texts
        store = args.keep_store or tmp_path / "corpus"
        t_full, peak = run_build([args.corpus], store)
        t_again, _ = run_build([args.corpus], store)
        with open_store(store, read_only=True) as s:
            quads, graphs = len(s), len(s.graph_names())
        print(f"corpus {args.corpus}: {graphs - 1} document graphs, {words} words, {quads} quads")
        print(f"  bare nlp.pipe, 1 process   {words / t_bare:8.0f} words/s")
        print(f"  kg build (default workers) {words / t_full:8.0f} words/s   ratio to bare 1-process "
              f"{t_bare / t_full:.2f}   {t_full:.0f} s")
        print(f"  peak resident memory       {peak / 2**30:8.2f} GiB (all build processes)")
        print(f"  re-run, nothing changed    {t_again:8.1f} s = "
              f"{100 * t_again / t_full:.1f}% of the full build")
        print("  query latency: pyoxigraph store vs rdflib in-memory Dataset (median of 3)")
        for name, ox, rd in query_latencies(store):
            print(f"    {name:<18} {ox * 1000:9.1f} ms  {rd * 1000:10.1f} ms   "
                  f"rdflib/oxigraph {rd / ox:7.1f}")


if __name__ == "__main__":
    main()
