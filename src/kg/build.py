"""The build: documents -> extraction -> graph -> validation -> store, one document at a time.

A document that cannot be read is reported and skipped; the others go on.
Each document's graph is written in one transaction, so the store never
holds half a document.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from .documents import Document, DocumentError, read_text_document
from .errors import KgError
from .extract import Extractor
from .graph import build_graph
from .store import Store
from .validate import Report, ontology_graph, validate_graph

TEXT_SUFFIXES = {".txt"}


@dataclass
class BuildSummary:
    documents: int = 0
    failures: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    triples: int = 0
    violations: int = 0
    reports: list[Report] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def conforms(self) -> bool:
        return self.violations == 0


def collect_inputs(inputs: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Files to read (folders are searched recursively) and the inputs that do not exist."""
    files: list[Path] = []
    missing: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(f"{path}: no such file or folder")
    return files, missing


def read_documents(files: Iterable[Path], on_error: Callable[[str], None]) -> Iterator[Document]:
    """Documents that parse; each failure goes to ``on_error`` as one line."""
    for path in files:
        try:
            yield read_text_document(path)
        except DocumentError as exc:
            on_error(str(exc))


def build(
    inputs: Iterable[str | Path],
    store: Store,
    *,
    base: str | None = None,
    extractor: Extractor | None = None,
    validate: bool = True,
    progress: bool = True,
    on_error: Callable[[str], None] | None = None,
) -> BuildSummary:
    """Build the graphs of ``inputs`` into ``store`` and report what happened."""
    started = time.perf_counter()
    summary = BuildSummary()
    files, missing = collect_inputs(inputs)

    def fail(message: str) -> None:
        summary.failures.append(message)
        (on_error or _print_error)(message)

    for message in missing:
        fail(message)
    extractor = extractor or Extractor()
    store.replace_graph(ontology_graph())
    bar = tqdm(total=len(files), unit="doc", disable=not progress, file=sys.stderr, desc="kg build")
    for doc, extraction in extractor.extract_all(read_documents(files, fail), on_error=fail):
        try:
            graph = build_graph(doc, extraction, base)
            if validate:
                report = validate_graph(graph)
                summary.violations += len(report.violations)
                if not report.conforms:
                    summary.reports.append(report)
            store.replace_graph(graph)
        except KgError as exc:
            fail(f"{doc.source or doc.id}: {exc}")
            continue
        summary.documents += 1
        summary.triples += len(graph)
        summary.counts.update(extraction.counts())
        bar.update(1)
    bar.update(len(files) - bar.n)
    bar.close()
    store.flush()
    summary.seconds = time.perf_counter() - started
    return summary


def _print_error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
