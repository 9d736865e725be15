"""The resolution's triples in a document's named graph.

Each document actor is linked to its corpus entity with ``prov:specializationOf`` (the
actor is the entity as it appears in this one document). The entity's own description
(type, kind, one preferred label, the surface forms, the document) is written in every
document graph that mentions it: each graph stands alone, a rebuild of one document
replaces exactly its share, and the union of all graphs holds one entity with all its
labels and documents, without any pass over the whole corpus.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from ..vocab import ACTOR_KINDS, DIP, path
from .model import EntityRef

if TYPE_CHECKING:  # kg.extract imports spaCy; resolution only reads its dataclasses
    from ..extract.model import Actor


def entity_iri(ref: EntityRef, base: str) -> URIRef:
    """``{base}entity/person/lansing--robert``, ``{base}entity/state/NI``; ``base`` ends in ``/``."""
    return URIRef(f"{base}entity/{path(ref.key)}")


def add_entity_links(g: Graph, document: URIRef, actors: Iterable[Actor], actor_iris: Mapping[str, URIRef],
                     refs: Mapping[str, EntityRef], base: str) -> None:
    """Link every actor that has an IRI in ``g`` to its entity, and describe the entities."""
    forms: dict[URIRef, set[str]] = {}
    for actor in actors:
        ref, actor_iri = refs.get(actor.key), actor_iris.get(actor.key)
        if ref is None or actor_iri is None:
            continue
        entity = entity_iri(ref, base)
        g.add((actor_iri, PROV.specializationOf, entity))
        if entity not in forms:
            forms[entity] = set()
            g.add((entity, RDF.type, DIP.CorpusActor))
            g.add((entity, DIP.actorKind, ACTOR_KINDS[ref.kind]))
            g.add((entity, SKOS.prefLabel, Literal(ref.label)))
            g.add((entity, DCTERMS.isReferencedBy, document))
        forms[entity].update((actor.name, *actor.aliases))
    for entity, names in forms.items():
        label = g.value(entity, SKOS.prefLabel)
        for name in sorted(names):
            if Literal(name) != label:
                g.add((entity, SKOS.altLabel, Literal(name)))
