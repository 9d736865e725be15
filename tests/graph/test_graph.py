"""RDF building: stable IRIs, one named graph per document, evidence, SHACL conformance."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, FOAF, RDF, SKOS, XSD

from kg.documents import Document, Span, read_tei_volume, read_text_document
from kg.extract.model import Actor, Extraction
from kg.graph import build_graph, document_iri, person_iri, volume_iri
from kg.validate import validate_graph
from kg.vocab import DIP, OA

from ..conftest import SEED


def seed_graph(extractor, base=None) -> Graph:
    doc = read_text_document(SEED)
    return build_graph(doc, extractor.extract(doc), base)


def test_same_input_same_graph_and_iris(extractor):
    first, second = seed_graph(extractor), seed_graph(extractor)
    assert set(first) == set(second)  # no blank nodes: identical triples, not just isomorphic
    assert isomorphic(first, second)


def test_base_iri_is_configurable(extractor):
    g = seed_graph(extractor, "https://example.org/frus/")
    assert g.identifier == URIRef("https://example.org/frus/doc/frus1969-76v09-d145")
    subjects = {str(s) for s in g.subjects() if isinstance(s, URIRef)}
    assert subjects and all(s.startswith("https://example.org/frus/") for s in subjects)


def test_every_item_has_document_and_evidence(extractor):
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


def test_seed_graph_conforms(extractor):
    report = validate_graph(seed_graph(extractor))
    assert report.conforms, report.lines()[:5]


def test_broken_graph_does_not_conform(extractor):
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


def test_turtle_serialization_parses_with_oxigraph(extractor):
    g = seed_graph(extractor)
    data = g.serialize(format="turtle").encode()
    triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(g)


# --------------------------------------------------------------------------- TEI metadata

TEI_VOLUME = Path(__file__).parents[1] / "data" / "tei" / "frus1918Test.xml"


def tei_document(local_id: str) -> Document:
    return next(d for d in read_tei_volume(TEI_VOLUME)
                if isinstance(d, Document) and d.id.endswith(f"-{local_id}"))


def test_tei_document_metadata_triples() -> None:
    doc = tei_document("d2")
    g = build_graph(doc, Extraction(doc_id=doc.id))
    s = document_iri(doc.id)
    assert g.value(s, DIP.dateMin) == Literal("1918-11-04T00:00:00-05:00", datatype=XSD.dateTime)
    assert g.value(s, DIP.dateMax) == Literal("1918-11-04T23:59:59-05:00", datatype=XSD.dateTime)
    assert set(g.objects(s, DCTERMS.references)) == {
        document_iri(t) for t in ("frus1918Test-d1", "frus1918Test-d3", "frus1918Test-d4",
                                  "frus1918Russiav02-d5")}
    assert g.value(s, FOAF.page) == URIRef("https://history.state.gov/historicaldocuments/frus1918Test/d2")
    assert g.value(s, DCTERMS.isPartOf) == volume_iri("frus1918Test")


def test_listed_persons_are_volume_resources() -> None:
    doc = tei_document("d1")
    g = build_graph(doc, Extraction(doc_id=doc.id), "https://example.org/kg/")
    owen = URIRef("https://example.org/kg/volume/frus1918Test/person/p_OWH1")
    assert person_iri(doc.persons[1].person, "https://example.org/kg/") == owen
    assert set(g.objects(document_iri(doc.id, "https://example.org/kg/"), DIP.mentionsPerson)) == {
        owen, URIRef(owen.replace("p_OWH1", "p_SAG1")), URIRef(owen.replace("p_OWH1", "p_LR1"))}
    assert (owen, RDF.type, DIP.PrincipalPerson) in g
    assert g.value(owen, SKOS.prefLabel) == Literal("Owen, William H.")
    description = Literal("representative at Stockholm of the War Trade Board.")
    assert g.value(owen, DCTERMS.description) == description
    assert g.value(owen, DCTERMS.identifier) == Literal("p_OWH1")
    assert g.value(owen, DCTERMS.isPartOf) == URIRef("https://example.org/kg/volume/frus1918Test")
    # The same person is described identically in every document graph that mentions it.
    other = build_graph(tei_document("d2"), Extraction(doc_id="d2"), "https://example.org/kg/")
    assert set(other.triples((owen, None, None))) == set(g.triples((owen, None, None)))


def test_actors_refer_to_the_persons_their_mentions_mark_up() -> None:
    doc = tei_document("d1")
    owen_span = doc.persons[1].span
    actors = (
        Actor("owen", "Owen", "Person", "other", mentions=(owen_span,)),
        Actor("schmedeman", "Schmedeman", "Person", "recipient"),  # named in the head only
        Actor("norway", "Norway", "Government", "other", mentions=(Span(0, 1),)),
    )
    g = build_graph(doc, Extraction(doc_id=doc.id, actors=actors))
    refers = {str(a).rsplit("/", 1)[1]: str(p).rsplit("/", 1)[1]
              for a, p in g.subject_objects(DIP.refersTo)}
    assert refers == {"owen": "p_OWH1", "schmedeman": "p_SAG1"}
    assert validate_graph(g).conforms


def test_tei_graphs_conform(extractor):
    for local_id in ("d1", "d2", "d3", "d4"):
        doc = tei_document(local_id)
        report = validate_graph(build_graph(doc, extractor.extract(doc)))
        assert report.conforms, report.lines()[:5]
