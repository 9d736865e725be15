"""RDF building: stable IRIs, one named graph per document, evidence, SHACL conformance."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from kg.documents import read_text_document
from kg.graph import build_graph, document_iri
from kg.namespaces import DIP, OA
from kg.validate import validate_graph

from .conftest import SEED


def seed_graph(extractor, base=None) -> Graph:  # type: ignore[no-untyped-def]
    doc = read_text_document(SEED)
    return build_graph(doc, extractor.extract(doc), base)


def test_same_input_same_graph_and_iris(extractor):  # type: ignore[no-untyped-def]
    first, second = seed_graph(extractor), seed_graph(extractor)
    assert set(first) == set(second)  # no blank nodes: identical triples, not just isomorphic
    assert isomorphic(first, second)


def test_base_iri_is_configurable(extractor):  # type: ignore[no-untyped-def]
    g = seed_graph(extractor, "https://example.org/frus/")
    assert g.identifier == URIRef("https://example.org/frus/doc/frus1969-76v09-d145")
    subjects = {str(s) for s in g.subjects() if isinstance(s, URIRef)}
    assert subjects and all(s.startswith("https://example.org/frus/") for s in subjects)


def test_every_item_has_document_and_evidence(extractor):  # type: ignore[no-untyped-def]
    g = seed_graph(extractor)
    doc = document_iri("frus1969-76v09-d145")
    text = str(g.value(doc, DIP.text))
    items = set(g.subjects(RDF.type, DIP.Item))
    assert len(items) > 10
    for item in items:
        assert g.value(item, DIP.inDocument) == doc
        ev = g.value(item, DIP.evidence)
        selectors = set(g.objects(ev, OA.hasSelector))
        pos = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in g)
        quote = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in g)
        start, end = int(g.value(pos, OA.start)), int(g.value(pos, OA.end))
        assert text[start:end] == str(g.value(quote, OA.exact))


def test_seed_graph_conforms(extractor):  # type: ignore[no-untyped-def]
    report = validate_graph(seed_graph(extractor))
    assert report.conforms, report.lines()[:5]


def test_broken_graph_does_not_conform(extractor):  # type: ignore[no-untyped-def]
    g = seed_graph(extractor)
    instruction = next(g.subjects(RDF.type, DIP.Instruction))
    g.remove((instruction, DIP.issuer, None))
    evidence = g.value(instruction, DIP.evidence)
    pos = next(s for s in g.objects(evidence, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in g)
    end = g.value(pos, OA.end)
    g.set((pos, OA.end, type(end)(10**7)))
    report = validate_graph(g)
    assert not report.conforms
    shapes = {v.shape.rsplit("#", 1)[-1] for v in report.violations}
    assert "InstructionIssuerShape" in shapes and "EvidenceBoundsShape" in shapes


def test_turtle_serialization_parses_with_oxigraph(extractor):  # type: ignore[no-untyped-def]
    g = seed_graph(extractor)
    data = g.serialize(format="turtle").encode()
    triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(g)
