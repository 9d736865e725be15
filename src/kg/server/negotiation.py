"""Content negotiation: which representation of a resource or a query answer a client gets.

Accept headers are read as RFC 9110 says (media ranges, q-values, the most
specific range deciding); the server's own order of preference breaks ties.
The RDF formats come from the export registry (``kg.export``), so ``kg
export --format`` and ``kg serve`` name and label formats alike.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph

from ..export import get_exporter
from ..resources import jsonld_context
from ..vocab import PREFIXES


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
PREFIX_MAP = {name: str(ns) for name, ns in PREFIXES.items()}


def serialize_graph(graph: Graph, fmt: str) -> bytes:
    """An rdflib graph as ``fmt`` (a GRAPH_FORMATS name), Turtle nested and grouped for reading."""
    if fmt == "turtle":
        return graph.serialize(format="turtle", encoding="utf-8")
    return render_graph(graph.serialize(format="nt", encoding="utf-8"), fmt)


def render_graph(ntriples: bytes, fmt: str) -> bytes:
    """N-Triples re-written as ``fmt`` (a GRAPH_FORMATS name).

    Turtle comes from pyoxigraph's streaming writer (fast, one line per
    triple); JSON-LD is compacted with the ontology's context.
    """
    if fmt == "ntriples":
        return ntriples
    if fmt == "turtle":
        triples = ox.parse(ntriples, ox.RdfFormat.N_TRIPLES)
        return output_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIX_MAP))
    if fmt == "rdfxml":
        return xml_safe(output_bytes(ox.serialize(ox.parse(ntriples, ox.RdfFormat.N_TRIPLES),
                                            format=ox.RdfFormat.RDF_XML, prefixes=PREFIX_MAP)))
    if fmt == "jsonld":
        graph = Graph()
        graph.parse(data=ntriples, format="nt")
        text = graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
        return text.encode("utf-8")
    raise ValueError(f"not a graph format: {fmt}")


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
