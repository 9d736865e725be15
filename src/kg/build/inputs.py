"""What a build reads: the files named on the command line and the documents they hold."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..documents import DOCUMENT_SUFFIXES, Document, DocumentError, read_documents
from .executors import failure


def collect_inputs(inputs: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Files to read (folders are searched recursively) and the inputs that do not exist."""
    files: list[Path] = []
    missing: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(f"{path}: no such file or folder")
    return files, missing


def estimate_documents(files: Iterable[Path]) -> int:
    """Documents to expect, for the progress bar: one per text file, one per TEI document div."""
    total = 0
    for path in files:
        if path.suffix.lower() == ".xml":
            total += path.read_bytes().count(b'type="document"')
        else:
            total += 1
    return total


def iter_documents(files: Iterable[Path], on_error: Callable[[str], None]) -> Iterator[Document]:
    """Every document the files hold; each one that cannot be read goes to ``on_error``."""
    for path in files:
        try:
            for item in read_documents(path):
                if isinstance(item, DocumentError):
                    on_error(str(item))
                else:
                    yield item
        except Exception as exc:  # noqa: BLE001 - a reader's bug costs this file, not the build
            on_error(failure(str(path), exc))
