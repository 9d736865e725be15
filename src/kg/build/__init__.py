"""The build stage: documents -> extraction -> graph -> validation -> store, incremental and streaming.

    pipeline   build() and its summary; progress goes to a callback
    inputs     the files and documents a build reads
    state      what each stored graph was built from, so unchanged documents are skipped
    executors  here, a process pool or a Dask cluster, behind one interface

The modules load on first use (they bring rdflib and the store), so ``import kg`` and the
commands that do not build (``kg --help``, ``kg query``, ``kg serve``) start quickly.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..lazy import callable_module
from ..lazy import lazy_attributes as _lazy_attributes

if TYPE_CHECKING:
    from ..store import Store
    from .executors import BuiltDocument as BuiltDocument
    from .executors import DocumentBuilder as DocumentBuilder
    from .executors import Executor as Executor
    from .inputs import collect_inputs as collect_inputs
    from .inputs import estimate_documents as estimate_documents
    from .inputs import iter_documents as iter_documents
    from .pipeline import BuildSummary as BuildSummary
    from .pipeline import ProgressCallback as ProgressCallback
    from .pipeline import default_workers as default_workers
    from .state import store_totals as store_totals

#: Public name -> the module of this package that defines it.
_PUBLIC = {
    "BuildSummary": "pipeline",
    "BuiltDocument": "executors",
    "DocumentBuilder": "executors",
    "Executor": "executors",
    "ProgressCallback": "pipeline",
    "collect_inputs": "inputs",
    "default_workers": "pipeline",
    "estimate_documents": "inputs",
    "iter_documents": "inputs",
    "store_totals": "state",
}

__all__ = sorted(["build", *_PUBLIC])


def build(inputs: Iterable[str | Path], store: Store, **options: Any) -> BuildSummary:
    """Build the graphs of ``inputs`` into ``store`` (the options of ``kg.build.pipeline.build``)."""
    from .pipeline import build as run

    return run(inputs, store, **options)


__getattr__ = _lazy_attributes(__name__, _PUBLIC, globals())
# ``kg.build(...)`` runs the function whether ``kg.build`` is bound to it or to this module
callable_module(__name__, build)
