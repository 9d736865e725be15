"""VoID and the ontology's documentation, built with rdflib when first asked for (not at the server's start).

VoID (W3C Interest Group Note "Describing Linked Datasets") lets crawlers
and catalogues find the endpoint, the dump, the licence and what the data
holds without querying it. The ontology page is generated from
``ontology/diplomacy.ttl`` itself, so it cannot drift from the ontology.
"""
from __future__ import annotations

from functools import cache
from typing import Any
from urllib.parse import urlsplit

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, XSD

from ..resources import ontology_graph
from ..vocab import DIP, PREFIXES, VOID, bind_prefixes
from .dataset import DEFAULT_LICENSE, ONTOLOGY_IRI, TITLE


# -- VoID ------------------------------------------------------------------
def void_graph(stats: dict[str, Any], base: str, license_iri: str = DEFAULT_LICENSE,
               served: str | None = None) -> Graph:
    """The VoID description of the dataset minted under ``base`` from the counts of ``Statistics``.

    ``served`` is the address the server answers on (default ``base``): the
    description, the endpoint, the dump and the home page are there, while
    the dataset's IRIs (``void:uriSpace``) keep their base.
    """
    served = served or base
    g = Graph()
    bind_prefixes(g)
    g.bind("void", VOID)
    doc = URIRef(f"{served}.well-known/void")
    ds = URIRef(f"{doc}#dataset")
    add = g.add
    add((doc, RDF.type, VOID.DatasetDescription))
    add((doc, FOAF.primaryTopic, ds))
    add((ds, RDF.type, VOID.Dataset))
    add((ds, DCTERMS.title, Literal(TITLE, lang="en")))
    add((ds, DCTERMS.description, Literal(
        "Diplomatic documents (Foreign Relations of the United States) and what they say: actors, "
        "instructions, options, decisions and conditions, each tied to the passage that supports it.",
        lang="en")))
    add((ds, DCTERMS.license, URIRef(license_iri)))
    add((ds, FOAF.homepage, URIRef(served)))
    add((ds, VOID.sparqlEndpoint, URIRef(f"{served}sparql")))
    add((ds, VOID.dataDump, URIRef(f"{served}dump.nq.gz")))
    add((ds, VOID.uriSpace, Literal(base)))
    add((ds, VOID.feature, URIRef("http://www.w3.org/ns/formats/Turtle")))
    add((ds, VOID.feature, URIRef("http://www.w3.org/ns/formats/JSON-LD")))
    add((ds, VOID.feature, URIRef("http://www.w3.org/ns/formats/N-Triples")))
    for ns in (ONTOLOGY_IRI, str(DCTERMS), str(FOAF), str(PREFIXES["prov"]), str(PREFIXES["oa"]), str(SKOS)):
        add((ds, VOID.vocabulary, URIRef(ns)))
    totals = stats["totals"]
    counts = ((VOID.triples, stats["quads"]), (VOID.entities, totals["subjects"]),
              (VOID.distinctSubjects, totals["subjects"]), (VOID.distinctObjects, totals["objects"]),
              (VOID.classes, len(stats["classes"])), (VOID.properties, len(stats["properties"])))
    for prop, value in counts:
        add((ds, prop, Literal(int(value), datatype=XSD.integer)))
    documents = next((int(c["entities"]) for c in stats["classes"] if c["class"] == str(DIP.Document)), 0)
    add((ds, VOID.documents, Literal(documents, datatype=XSD.integer)))
    for row in stats["documents"][:3]:
        add((ds, VOID.exampleResource, URIRef(row["document"])))
    for row in stats["classes"]:
        part = BNode()
        add((ds, VOID.classPartition, part))
        add((part, VOID["class"], URIRef(row["class"])))
        add((part, VOID.entities, Literal(int(row["entities"]), datatype=XSD.integer)))
    for row in stats["properties"]:
        part = BNode()
        add((ds, VOID.propertyPartition, part))
        add((part, VOID.property, URIRef(row["property"])))
        add((part, VOID.triples, Literal(int(row["triples"]), datatype=XSD.integer)))
    for i, row in enumerate(external_links(stats["links"], base)):
        linkset = URIRef(f"{doc}#links-{i + 1}")
        add((ds, VOID.subset, linkset))
        add((linkset, RDF.type, VOID.Linkset))
        add((linkset, VOID.linkPredicate, URIRef(row["property"])))
        add((linkset, VOID.subjectsTarget, ds))
        add((linkset, VOID.objectsTarget, URIRef(row["target"])))
        add((linkset, VOID.triples, Literal(int(row["triples"]), datatype=XSD.integer)))
    return g


def external_links(rows: list[dict[str, Any]], base: str) -> list[dict[str, Any]]:
    """Links that leave the dataset: objects on another site than the base and the vocabularies."""
    inside = {urlsplit(base).netloc} | {urlsplit(str(ns)).netloc for ns in PREFIXES.values()}
    return [row for row in rows if urlsplit(row["target"] or "").netloc not in inside]


# -- the ontology ----------------------------------------------------------
@cache
def ontology_view() -> dict[str, Any]:
    """The ontology's terms by kind, each with label, definition and related terms, for its HTML page."""
    g = ontology_graph()
    onto = URIRef(ONTOLOGY_IRI)

    def terms(kind: URIRef) -> list[dict[str, Any]]:
        found = sorted(s for s in g.subjects(RDF.type, kind)
                       if isinstance(s, URIRef) and str(s).startswith(str(DIP)))
        return [_term(g, s) for s in found]

    return {
        "iri": ONTOLOGY_IRI,
        "title": str(g.value(onto, DCTERMS.title) or "Diplomacy ontology"),
        "description": str(g.value(onto, DCTERMS.description) or ""),
        "version": str(g.value(onto, OWL.versionInfo) or ""),
        "license": str(g.value(onto, DCTERMS.license) or ""),
        "sections": [
            ("Classes", terms(OWL.Class)),
            ("Object properties", terms(OWL.ObjectProperty)),
            ("Datatype properties", terms(OWL.DatatypeProperty)),
            ("Code lists", terms(SKOS.ConceptScheme)),
            ("Codes", terms(SKOS.Concept)),
        ],
    }


def _term(g: Graph, term: URIRef) -> dict[str, Any]:
    def named(prop: URIRef) -> list[str]:
        return sorted(str(o) for o in g.objects(term, prop) if isinstance(o, URIRef))

    return {
        "iri": str(term),
        "name": str(term)[len(str(DIP)):],
        "label": str(g.value(term, RDFS.label) or ""),
        "definition": str(g.value(term, SKOS.definition) or g.value(term, RDFS.comment) or ""),
        "notation": str(g.value(term, SKOS.notation) or ""),
        "relations": [(label, values) for label, values in (
            ("subclass of", named(RDFS.subClassOf)), ("domain", named(RDFS.domain)),
            ("range", named(RDFS.range)), ("in scheme", named(SKOS.inScheme))) if values],
    }
