"""kg: diplomatic documents -> a validated, queryable RDF knowledge graph.

The stages, each a module or package: documents -> extract -> graph -> store ->
queries / export / visualize / server, with validate (SHACL) and build (the
pipeline) on top; vocab, resources and errors are shared by all.

The public names load on first use, so ``import kg`` (and ``kg --help``) stay
quick: spaCy, pySHACL, Dask and Starlette load only where they are used.
"""
from __future__ import annotations

import typing as _typing

from .lazy import lazy_attributes as _lazy_attributes

if _typing.TYPE_CHECKING:
    from .build import build as build
    from .export import export as export
    from .export import items_records as items_records

# ``kg.build`` and ``kg.export`` are a module each and the function of that name: both load on first
# use like the rest, and each module is callable as its function (``kg.lazy.callable_module``), so
# ``kg.build(...)`` works whichever of the two Python has bound to the name.

#: Public name -> the module that defines it.
_PUBLIC = {
    "BuildSummary": "build",
    "build": "build",
    "Document": "documents",
    "DocumentError": "errors",
    "Extraction": "extract",
    "Extractor": "extract",
    "IriScheme": "vocab",
    "KgError": "errors",
    "Store": "store",
    "build_graph": "graph",
    "create_app": "server",
    "export": "export",
    "items_records": "export",
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

__all__ = sorted(_PUBLIC)


__getattr__ = _lazy_attributes(__name__, _PUBLIC, globals())


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
