"""What the server says about the dataset and its vocabulary: VoID and the ontology's documentation.

VoID (W3C Interest Group Note "Describing Linked Datasets") lets crawlers
and catalogues find the endpoint, the dump, the licence and what the data
holds without querying it. The ontology page is generated from
``ontology/diplomacy.ttl`` itself, so it cannot drift from the ontology.
"""
from __future__ import annotations

import asyncio
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, XSD
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from ..resources import ontology_file, ontology_graph, query_names
from ..vocab import DIP, ONTOLOGY, PREFIXES, VOID, bind_prefixes
from .negotiation import GRAPH_FORMATS, HTML, negotiate, serialize_graph
from .responses import not_acceptable, not_modified, served_base, text_response
from .worker import Dump, Statistics

if TYPE_CHECKING:
    from .site import Site

SLOW_TIMEOUT = 600.0  # statistics and the dump: computed once, not client queries

ONTOLOGY_IRI = str(ONTOLOGY)
#: FRUS texts are works of the U.S. Government, in the public domain; the graph is given away likewise.
DEFAULT_LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/"
TITLE = "kg: diplomatic documents as a knowledge graph"


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


# -- the routes ----------------------------------------------------------
class DatasetRoutes:
    """``/``, ``/ontology`` (and its JSON-LD context), ``/.well-known/void`` and ``/dump.nq.gz``."""

    def __init__(self, site: Site):
        self.site = site
        self._stats: dict[str, Any] | None = None
        self._dump: Path | None = None
        self._stats_lock = asyncio.Lock()
        self._dump_lock = asyncio.Lock()
        site.on_reload.append(self.forget)

    def forget(self) -> None:
        """The store changed: count it and dump it again when next asked."""
        self._stats = self._dump = None

    def routes(self) -> list[Route]:
        return [
            Route("/", self.home),
            Route("/ontology", self.ontology),
            Route("/ontology/context.jsonld", self.context),
            Route("/.well-known/void", self.void),
            Route("/dump.nq.gz", self.dump),
        ]

    async def ontology(self, request: Request) -> Response:
        rep = negotiate(request.headers.get("accept"), (HTML, *GRAPH_FORMATS))
        if rep is None:
            return not_acceptable((HTML, *GRAPH_FORMATS))
        headers = {"Vary": "Accept"}
        if rep is HTML:
            return self.site.render(request, "ontology.html", headers=headers, onto=ontology_view())
        if rep.name == "turtle":
            body = ontology_file("diplomacy.ttl").read_bytes()
        else:
            body = serialize_graph(ontology_graph(), rep.name)
        return Response(body, media_type=rep.content_type(), headers=headers)

    async def context(self, request: Request) -> Response:
        return FileResponse(ontology_file("context.jsonld"), media_type="application/ld+json")

    async def void(self, request: Request) -> Response:
        rep = negotiate(request.headers.get("accept"), GRAPH_FORMATS)
        if rep is None:
            return not_acceptable(GRAPH_FORMATS)
        stats = await self.statistics()
        if stats is None:
            return text_response(503, "the dataset statistics could not be computed")
        graph = void_graph(stats, self.site.settings.base, self.site.settings.license, served_base(request))
        body = serialize_graph(graph, rep.name)
        return Response(body, media_type=rep.content_type(), headers={"Vary": "Accept"})

    async def dump(self, request: Request) -> Response:
        async with self._dump_lock:
            if self._dump is None:
                path = self.site.scratch() / "dump.nq.gz"
                reply = await self.site.call(Dump(str(path)), SLOW_TIMEOUT)
                if reply.status != 200:
                    return self.site.respond(reply)
                self._dump = path
        response = FileResponse(self._dump, media_type="application/gzip", filename="kg-dataset.nq.gz",
                                stat_result=self._dump.stat())  # ETag and Last-Modified set now
        return not_modified(request, response) or response

    async def home(self, request: Request) -> Response:
        return self.site.render(request, "home.html", stats=await self.statistics(), examples=query_names())

    async def statistics(self) -> dict[str, Any] | None:
        """Counts of the (read-only, so unchanging) store, computed once."""
        async with self._stats_lock:
            if self._stats is None:
                reply = await self.site.call(Statistics(), SLOW_TIMEOUT)
                if reply.status == 200:
                    self._stats = reply.data
        return self._stats
