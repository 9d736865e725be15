"""The resolution stage as the build runs it on one document's graph: every triple it adds at build time."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef

from .digest import add_digests
from .index import add_name_tokens, add_option_keys
from .resolver import resolve_actors
from .triples import add_entity_links

if TYPE_CHECKING:  # kg.extract imports spaCy; resolution only reads its dataclasses
    from ..documents import Document
    from ..extract.model import Actor


def add_resolution(g: Graph, doc: Document, actors: Sequence[Actor], actor_iris: Mapping[str, URIRef],
                   base: str) -> None:
    """Resolve the actors of ``doc`` to corpus entities and add to its graph ``g`` (named by the
    document's IRI) the links, the entities' descriptions, the index keys and the digests; one
    function, so the build and bench/resolve.py run exactly the same stage."""
    document = URIRef(str(g.identifier))
    refs = resolve_actors(doc, actors)
    add_entity_links(g, document, actors, actor_iris, refs, base)
    add_name_tokens(g)
    add_option_keys(g)
    add_digests(g, document)
