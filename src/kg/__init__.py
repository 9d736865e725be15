"""kg: diplomatic documents -> a validated, queryable RDF knowledge graph.

The stages, each a module: documents -> extract -> graph -> store -> queries / export / visualize / serve.
"""
from __future__ import annotations

from .build import BuildSummary, build
from .documents import Document, DocumentError, read_documents, read_tei_volume, read_text_document
from .errors import KgError
from .export import export, items_records
from .extract import Extraction, Extractor
from .graph import build_graph, document_iri
from .queries import run_query
from .serve import create_app, serve
from .store import Store, open_store
from .validate import validate_graph, validate_store
from .visualize import project

__all__ = [
    "BuildSummary",
    "Document",
    "DocumentError",
    "Extraction",
    "Extractor",
    "KgError",
    "Store",
    "build",
    "build_graph",
    "create_app",
    "document_iri",
    "export",
    "items_records",
    "open_store",
    "project",
    "read_documents",
    "read_tei_volume",
    "read_text_document",
    "run_query",
    "serve",
    "validate_graph",
    "validate_store",
]
