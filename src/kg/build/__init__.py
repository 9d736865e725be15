"""The build stage: documents -> extraction -> graph -> validation -> store, incremental and streaming.

    pipeline   build() and its summary; progress goes to a callback
    inputs     the files and documents a build reads
    state      what each stored graph was built from, so unchanged documents are skipped
    executors  here, a process pool or a Dask cluster, behind one interface
"""
from __future__ import annotations

from .executors import BuiltDocument, DocumentBuilder, Executor
from .inputs import collect_inputs, estimate_documents, iter_documents
from .pipeline import BuildSummary, ProgressCallback, build, default_workers
from .state import store_totals

__all__ = [
    "BuildSummary",
    "BuiltDocument",
    "DocumentBuilder",
    "Executor",
    "ProgressCallback",
    "build",
    "collect_inputs",
    "default_workers",
    "estimate_documents",
    "iter_documents",
    "store_totals",
]
