"""The vocabulary and the IRI scheme: namespaces, prefixes, kinds, and how IRIs are minted and read back.

Everything kg mints lives under one base (``--base``), normalised once into an
``IriScheme`` that every stage is handed:

    {base}doc/{document id}                    a document (its named graph has the same name)
    {base}doc/{document id}/{item key}         an actor or item extracted from it
    {base}volume/{volume id}                   a FRUS volume
    {base}volume/{volume id}/person/{id}       an entry of the volume's persons list

The server reads the base back from the store's graph names (``IriScheme.detect``).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

from .namespaces import PREFIX_IRIS

if TYPE_CHECKING:
    from .documents import Person

DIP = Namespace(PREFIX_IRIS["dip"])
OA = Namespace(PREFIX_IRIS["oa"])
VOID = Namespace("http://rdfs.org/ns/void#")
#: The ontology's own IRI, which is also the name of the store's graph holding it.
ONTOLOGY = URIRef(str(DIP).rstrip("#"))

DEFAULT_BASE = "http://127.0.0.1:8000/"

#: The prefixes of ``kg.namespaces``, as rdflib namespaces (rdflib's own where it has one).
PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "dip": DIP,
    "oa": OA,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "prov": PROV,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
}
assert {name: str(ns) for name, ns in PREFIXES.items()} == PREFIX_IRIS, "kg.namespaces and vocab disagree"

#: Code lists of the ontology (SKOS concepts), keyed by their notation.
POLARITY = {"do": DIP.Do, "dont": DIP.Dont}
STANCE = {"approve": DIP.Approve, "reject": DIP.Reject}
ROLE = {"author": DIP.AuthorRole, "recipient": DIP.RecipientRole, "other": DIP.OtherRole}
ACTOR_KINDS = {
    "Person": DIP.Person,
    "Government": DIP.Government,
    "Organization": DIP.Organization,
    "Group": DIP.Group,
}
ITEM_KINDS = {
    "instruction": DIP.Instruction,
    "option": DIP.Option,
    "decision": DIP.Decision,
    "condition": DIP.Condition,
}


def bind_prefixes(graph: Graph) -> None:
    """Give serializations the short prefixes people expect."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)


def curie(iri: str) -> str:
    """``dip:Actor`` for a term in a known namespace, else the IRI."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)) and len(iri) > len(str(ns)):
            return f"{prefix}:{iri[len(str(ns)):]}"
    return iri


def segment(text: str) -> str:
    """``text`` as one IRI path segment: everything but unreserved characters percent-encoded
    (UTF-8), so an id such as ``d4 x`` or ``vol é`` gives a valid IRI (``d4%20x``, ``vol%20%C3%A9``)."""
    return quote(text, safe="-._~")


def path(text: str) -> str:
    """``text`` as an IRI path: each ``/``-separated part a ``segment``."""
    return "/".join(segment(part) for part in text.split("/"))


@dataclass(frozen=True)
class IriScheme:
    """Where kg's IRIs live: ``base`` always ends in ``/`` or ``#`` (use ``IriScheme.of``)."""

    base: str = DEFAULT_BASE

    @classmethod
    def of(cls, base: str | IriScheme | None = None) -> IriScheme:
        """The scheme for a ``--base`` value (None: the default), normalised here once."""
        if isinstance(base, IriScheme):
            return base
        text = base or DEFAULT_BASE
        return cls(text if text.endswith(("/", "#")) else text + "/")

    @classmethod
    def detect(cls, graph_names: Iterable[str]) -> IriScheme:
        """The scheme the document graphs ({base}doc/{id}) were minted under, else the default."""
        for name in graph_names:
            head, sep, _ = name.rpartition("/doc/")
            if sep:
                return cls(head + "/")
        return cls()

    def document(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}doc/{segment(doc_id)}")

    def volume(self, volume: str) -> URIRef:
        return URIRef(f"{self.base}volume/{segment(volume)}")

    def person(self, person: Person) -> URIRef:
        """One IRI per entry of a volume's persons list, shared by all its documents."""
        return URIRef(f"{self.volume(person.volume)}/person/{segment(person.id)}")

    def path_of(self, iri: str) -> str | None:
        """The part of ``iri`` after the base, or None for an IRI minted elsewhere."""
        return iri[len(self.base):] if iri.startswith(self.base) and len(iri) > len(self.base) else None
