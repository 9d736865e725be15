"""The namespaces kg mints and reuses, shared by graph building, queries and exports."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

DIP = Namespace("https://w3id.org/kg/diplomacy#")
OA = Namespace("http://www.w3.org/ns/oa#")

DEFAULT_BASE = "http://127.0.0.1:8000/"

PREFIXES: dict[str, Namespace] = {
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


def bind_prefixes(graph) -> None:  # type: ignore[no-untyped-def]
    """Give serializations the short prefixes people expect."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
