"""The ontology's prefixes as plain IRI strings: what stores, queries and exports need, without rdflib.

``kg.vocab`` makes rdflib namespaces of the same table; ``kg query`` and the store
use the strings, so a command that only queries never imports rdflib (0.4 s).
"""
from __future__ import annotations

PREFIX_IRIS: dict[str, str] = {
    "dip": "https://w3id.org/kg/diplomacy#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
