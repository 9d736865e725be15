"""The corpus entities as the union of all document graphs shows them (for checks and figures)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, SKOS

from ..vocab import DIP

_PREF, _ALT, _KIND = str(SKOS.prefLabel), str(SKOS.altLabel), str(DIP.actorKind)
_DOCS, _LINK = str(DCTERMS.isReferencedBy), str(PROV.specializationOf)


@dataclass
class Entity:
    iri: str
    pref_labels: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)

    @property
    def kind(self) -> str:
        return ",".join(sorted(k.rsplit("#", 1)[-1] for k in self.kinds))


def entities(quads: Iterable[ox.Quad]) -> dict[str, Entity]:
    """Entity IRI -> labels, kinds, documents and linked actors, over all named graphs."""
    found: dict[str, Entity] = {}

    def get(iri: str) -> Entity:
        return found.setdefault(iri, Entity(iri))

    for quad in quads:
        s, p, o = quad.subject, quad.predicate.value, quad.object
        if not isinstance(s, ox.NamedNode):
            continue
        if p == _LINK and isinstance(o, ox.NamedNode):
            get(o.value).actors.add(s.value)
        elif p in (_PREF, _ALT) and isinstance(o, ox.Literal):
            entity = get(s.value)
            entity.labels.add(o.value)
            if p == _PREF:
                entity.pref_labels.add(o.value)
        elif p == _KIND and isinstance(o, ox.NamedNode):
            get(s.value).kinds.add(o.value)
        elif p == _DOCS and isinstance(o, ox.NamedNode):
            get(s.value).documents.add(o.value)
    return {iri: e for iri, e in found.items() if e.kinds}
