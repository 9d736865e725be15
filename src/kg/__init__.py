"""kg: diplomatic documents -> a validated, queryable RDF knowledge graph.

The stages, each a module or package: documents -> extract -> graph -> store ->
queries / export / visualize / server, with validate (SHACL) and build (the
pipeline) on top; vocab, resources and errors are shared by all.

The public names load on first use, so ``import kg`` (and ``kg --help``) stay
quick: spaCy, pySHACL, Dask and Starlette load only where they are used.
"""
from __future__ import annotations

# ``kg.build`` and ``kg.export`` are modules and functions; binding the functions here, after the
# modules are imported, keeps ``kg.build(...)`` working (neither module loads a heavy library:
# ``kg.build`` loads its pipeline when it first runs).
from .build import build as build
from .export import export as export
from .export import items_records as items_records
from .lazy import lazy_attributes as _lazy_attributes

#: Public name -> the module that defines it.
_PUBLIC = {
    "BuildSummary": "build",
    "Document": "documents",
    "DocumentError": "errors",
    "Extraction": "extract",
    "Extractor": "extract",
    "IriScheme": "vocab",
    "KgError": "errors",
    "Store": "store",
    "build_graph": "graph",
    "create_app": "server",
    "document_iri": "graph",
    "open_store": "store",
    "project": "visualize",
    "read_documents": "documents",
    "read_tei_volume": "documents",
    "read_text_document": "documents",
    "run_query": "queries",
    "serve": "server",
    "validate_graph": "validate",
    "validate_store": "validate",
}

__all__ = sorted(["build", "export", "items_records", *_PUBLIC])


__getattr__ = _lazy_attributes(__name__, _PUBLIC, globals())


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
