"""Content negotiation: which representation of a resource or a query answer a client gets.

Accept headers are read as RFC 9110 says (media ranges, q-values, the most
specific range deciding); the server's own order of preference breaks ties.
The RDF formats come from the export registry (``kg.export``), so ``kg
export --format`` and ``kg serve`` name and label formats alike.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from ..export import get_exporter
from ..namespaces import PREFIX_IRIS
from ..resources import jsonld_context

if TYPE_CHECKING:  # rdflib loads with the first JSON-LD answer or graph written, not with the server
    from rdflib import Graph


@dataclass(frozen=True)
class Representation:
    """One format the server can answer in: a short name, a media type and a file extension."""

    name: str
    media_type: str
    extension: str
    aliases: tuple[str, ...] = ()

    def media_types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)

    def content_type(self) -> str:
        textual = self.media_type.startswith("text/") or self.media_type.endswith(("json", "xml", "triples"))
        return f"{self.media_type}; charset=utf-8" if textual else self.media_type


def _rdf(name: str, *aliases: str) -> Representation:
    exporter = get_exporter(name)
    return Representation(exporter.name, exporter.media_type, exporter.extension, aliases)


HTML = Representation("html", "text/html", "html", ("application/xhtml+xml",))

#: Descriptions of resources, the ontology, VoID and CONSTRUCT/DESCRIBE answers.
GRAPH_FORMATS: tuple[Representation, ...] = (
    _rdf("turtle", "application/x-turtle"),
    _rdf("jsonld", "application/json"),
    _rdf("ntriples"),
    # Last, so it is never a default: what rdflib's SPARQLStore and older RDF tools ask for.
    Representation("rdfxml", "application/rdf+xml", "rdf"),
)

#: SELECT and ASK answers (SPARQL 1.1 Query Results JSON, XML, CSV and TSV).
RESULT_FORMATS: tuple[Representation, ...] = (
    Representation("json", "application/sparql-results+json", "srj", ("application/json",)),
    Representation("xml", "application/sparql-results+xml", "srx", ("application/xml", "text/xml")),
    Representation("csv", "text/csv", "csv"),
    Representation("tsv", "text/tab-separated-values", "tsv"),
)

RESULT_OX_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def parse_accept(header: str) -> list[tuple[str, float]]:
    """Media ranges of an Accept header with their q-values (parameters other than q ignored)."""
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media_range = fields[0].lower()
        if "/" not in media_range:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((media_range, q))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> float:
    """The q of the most specific range matching ``media_type`` (0 when none does)."""
    kind = media_type.split("/")[0]
    best = (-1, 0.0)
    for media_range, q in ranges:
        if media_range == media_type:
            specificity = 2
        elif media_range == f"{kind}/*":
            specificity = 1
        elif media_range == "*/*":
            specificity = 0
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def negotiate(accept: str | None, offered: Sequence[Representation]) -> Representation | None:
    """The offered representation the client likes best; the first offered when it says nothing."""
    return _negotiate(accept, tuple(offered))


@lru_cache(maxsize=1024)
def _negotiate(accept: str | None, offered: tuple[Representation, ...]) -> Representation | None:
    """Clients send the same few Accept headers again and again: each is read once (bounded LRU)."""
    if not accept or not accept.strip():
        return offered[0]
    ranges = parse_accept(accept)
    scored = [(max(_quality(m, ranges) for m in rep.media_types()), -i, rep) for i, rep in enumerate(offered)]
    q, _, rep = max(scored, key=lambda item: (item[0], item[1]))
    return rep if q > 0 else None


def by_name(names: Sequence[str], offered: Sequence[Representation]) -> Representation | None:
    """The first of ``names`` (``?format=`` values: a name, extension or media type) that is offered."""
    for name in names:
        key = name.strip().lower()
        for rep in offered:
            if key in (rep.name, rep.extension, *rep.media_types()):
                return rep
    return None


def media_list(offered: Sequence[Representation]) -> str:
    return ", ".join(rep.media_type for rep in offered)


# -- writing graphs --------------------------------------------------------
PREFIX_MAP = dict(PREFIX_IRIS)
OX_GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                    "rdfxml": ox.RdfFormat.RDF_XML}


def serialize_graph(graph: Graph, fmt: str) -> bytes:
    """An rdflib graph as ``fmt`` (a GRAPH_FORMATS name), Turtle nested and grouped for reading."""
    if fmt == "turtle":
        return graph.serialize(format="turtle", encoding="utf-8")
    return render_graph(graph.serialize(format="nt", encoding="utf-8"), fmt)


def render_graph(ntriples: bytes, fmt: str) -> bytes:
    """N-Triples re-written as ``fmt`` (a GRAPH_FORMATS name)."""
    if fmt == "ntriples":
        return ntriples
    return write_triples(list(ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)), fmt)


def write_triples(triples: list[ox.Triple], fmt: str) -> bytes:
    """Triples as ``fmt`` (a GRAPH_FORMATS name): pyoxigraph's writers, JSON-LD compacted with the
    ontology's context (inline, so a client has nothing to fetch)."""
    if fmt == "jsonld":
        return jsonld(triples)
    if fmt not in OX_GRAPH_FORMATS:
        raise ValueError(f"not a graph format: {fmt}")
    prefixes = None if fmt == "ntriples" else PREFIX_MAP
    written = output_bytes(ox.serialize(triples, format=OX_GRAPH_FORMATS[fmt], prefixes=prefixes))
    return xml_safe(written) if fmt == "rdfxml" else written


def jsonld(triples: list[ox.Triple]) -> bytes:
    """Compact JSON-LD of ``triples`` by rdflib's converter, with the context read once per process."""
    from rdflib import Graph
    from rdflib.plugins.serializers.jsonld import Converter

    graph = Graph()
    for triple in triples:
        graph.add((_rdflib_term(triple.subject), _rdflib_term(triple.predicate), _rdflib_term(triple.object)))
    context = _jsonld_context()
    converted: Any = Converter(context, use_native_types=True, use_rdf_type=False).convert(graph)
    document = {context.get_key("@graph"): converted} if isinstance(converted, list) else converted
    document["@context"] = jsonld_context()
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@cache
def _jsonld_context() -> Any:
    """rdflib's reading of the ontology's context: 10 ms, once (it is only read afterwards)."""
    from rdflib.plugins.shared.jsonld.context import Context

    return Context(jsonld_context())


def _rdflib_term(term: Any) -> Any:
    BNode, Literal, URIRef = _rdflib_terms()
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    datatype = term.datatype.value
    plain = term.language or datatype == XSD_STRING
    return Literal(term.value, lang=term.language, datatype=None if plain else URIRef(datatype))


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@cache
def _rdflib_terms() -> tuple[Any, Any, Any]:
    """rdflib's term classes, imported once rather than by an import statement for every term."""
    from rdflib import BNode, Literal, URIRef

    return BNode, Literal, URIRef


#: Characters XML 1.0 cannot hold, even escaped: C0 controls but tab, LF and CR, and U+FFFE, U+FFFF
#: (in UTF-8, whose multi-byte sequences never contain bytes below 0x80).
XML_ILLEGAL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")
REPLACEMENT = "\ufffd".encode()


def xml_safe(xml: bytes) -> bytes:
    """UTF-8 XML with the characters XML 1.0 forbids replaced by U+FFFD, so any parser reads it."""
    return XML_ILLEGAL.sub(REPLACEMENT, xml)


def output_bytes(data: bytes | None) -> bytes:
    """pyoxigraph's serializers return the bytes when given no output."""
    assert data is not None
    return data
