"""The ontology, its SHACL shapes and JSON-LD context, and data-driven shape tests.

Each ``tests/data/shapes/*.test.ttl`` file is a small self-contained data graph whose
first line says what validation must find::

    # expect: conforms
    # expect: violation InstructionIssuerShape (an instruction with two issuers)
    # expect: violation ShapeA,ShapeB (why)

For a violation the named ``dsh:`` shapes must be exactly the source shapes of the
report's results, so that a file fails for the reason intended and no other.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, SKOS, XSD

ROOT = Path(__file__).parents[2]
ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY = ONTOLOGY_DIR / "diplomacy.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
CONTEXT = ONTOLOGY_DIR / "context.jsonld"
CASES = sorted((Path(__file__).parents[1] / "data" / "shapes").glob("*.test.ttl"))

DIP = Namespace("https://w3id.org/kg/diplomacy#")
DSH = Namespace("https://w3id.org/kg/diplomacy/shapes#")
SH = Namespace("http://www.w3.org/ns/shacl#")
ONTOLOGY_IRI = URIRef("https://w3id.org/kg/diplomacy")

CLASSES = {
    "Document", "Footnote", "PageBreak", "Actor", "Person", "Government", "Organization",
    "Group", "Item", "Instruction", "Option", "Decision", "Condition", "Extraction", "PrincipalPerson",
}
CONCEPTS = {
    "Do": ("PolarityScheme", "do"),
    "Dont": ("PolarityScheme", "dont"),
    "Approve": ("StanceScheme", "approve"),
    "Reject": ("StanceScheme", "reject"),
    "AuthorRole": ("RoleScheme", "author"),
    "RecipientRole": ("RoleScheme", "recipient"),
    "OtherRole": ("RoleScheme", "other"),
}
OBJECT_PROPERTIES = {
    "inDocument", "evidence", "issuer", "addressee", "polarity", "proposedBy", "stance",
    "decidedBy", "onOption", "governs", "role", "recipient", "hasFootnote", "hasPageBreak",
    "footnoteMarker", "mentionsPerson", "refersTo", "mentionsOption",
}
DATATYPE_PROPERTIES = {
    "action", "consequence", "connective", "confidence", "text", "textLength",
    "documentNumber", "authorName", "recipientName", "place", "dateText", "signature",
    "footnoteNumber", "pageNumber", "offset", "extractorVersion", "model", "inputDigest",
    "dateMin", "dateMax",
}

EXPECT = re.compile(r"^#\s*expect:\s*(conforms|violation)\b\s*([\w,]*)")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


@pytest.fixture(scope="module")
def context() -> dict:
    return json.loads(CONTEXT.read_text(encoding="utf-8"))


def _dip_terms(graph: Graph) -> set[URIRef]:
    return {
        s for s in graph.subjects(RDF.type, None)
        if isinstance(s, URIRef) and s.startswith(str(DIP))
    }


# --- the ontology -----------------------------------------------------------


def test_ontology_parses_with_pyoxigraph():
    quads = list(pyoxigraph.parse(ONTOLOGY.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) > 100


def test_ontology_header(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    dcterms = Namespace("http://purl.org/dc/terms/")
    for prop in (dcterms.title, dcterms.description):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, prop
    assert ontology.value(ONTOLOGY_IRI, dcterms.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    vann = Namespace("http://purl.org/vocab/vann/")
    assert ontology.value(ONTOLOGY_IRI, vann.preferredNamespacePrefix) == Literal("dip")


def test_ontology_defines_the_terms_the_graph_uses(ontology):
    for name in CLASSES:
        assert (DIP[name], RDF.type, OWL.Class) in ontology, name
    for name in OBJECT_PROPERTIES:
        assert (DIP[name], RDF.type, OWL.ObjectProperty) in ontology, name
    for name in DATATYPE_PROPERTIES:
        assert (DIP[name], RDF.type, OWL.DatatypeProperty) in ontology, name
    for name, (scheme, notation) in CONCEPTS.items():
        assert (DIP[name], RDF.type, SKOS.Concept) in ontology, name
        assert (DIP[scheme], RDF.type, SKOS.ConceptScheme) in ontology, scheme
        assert (DIP[name], SKOS.inScheme, DIP[scheme]) in ontology, name
        assert ontology.value(DIP[name], SKOS.notation) == Literal(notation), name
        assert ontology.value(DIP[name], SKOS.prefLabel) is not None, name


def test_every_dip_term_is_documented(ontology):
    terms = _dip_terms(ontology)
    assert len(terms) >= len(CLASSES) + len(OBJECT_PROPERTIES) + len(DATATYPE_PROPERTIES)
    for term in terms:
        for prop in (RDFS.label, SKOS.definition):
            values = list(ontology.objects(term, prop))
            assert values, f"{term} has no {prop}"
            assert any(v.language == "en" for v in values), f"{term} has no English {prop}"
        assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology, term


def test_class_hierarchy(ontology):
    foaf = Namespace("http://xmlns.com/foaf/0.1/")
    prov = Namespace("http://www.w3.org/ns/prov#")
    expected = {
        "Document": {foaf.Document, prov.Entity},
        "Actor": {prov.Agent, foaf.Agent},
        "Person": {DIP.Actor, foaf.Person},
        "Government": {DIP.Actor, foaf.Organization},
        "Organization": {DIP.Actor, foaf.Organization},
        "Group": {DIP.Actor, foaf.Group},
        "Item": {prov.Entity},
        "Instruction": {DIP.Item},
        "Option": {DIP.Item},
        "Decision": {DIP.Item},
        "Condition": {DIP.Item},
        "Extraction": {prov.Activity},
    }
    for name, supers in expected.items():
        assert supers <= set(ontology.objects(DIP[name], RDFS.subClassOf)), name
    for prop in ("issuer", "proposedBy", "decidedBy"):
        assert (DIP[prop], RDFS.subPropertyOf, prov.wasAttributedTo) in ontology
    assert (DIP.inDocument, RDFS.subPropertyOf, prov.wasDerivedFrom) in ontology


# --- the context ------------------------------------------------------------


def test_context_is_jsonld(context, ontology):
    ctx = context["@context"]
    assert isinstance(ctx, dict)
    for prefix in ("dip", "dcterms", "foaf", "prov", "oa", "skos", "rdfs", "xsd", "owl"):
        assert prefix in ctx, prefix
    assert ctx["issuer"] == {"@id": "dip:issuer", "@type": "@id"}
    assert ctx["start"]["@type"] == ctx["end"]["@type"] == "xsd:integer"
    assert ctx["confidence"]["@type"] == "xsd:decimal"
    for term in ("label", "altLabel", "title", "identifier", "date", "exact", "prefix",
                 "suffix", "hasSource", "hasSelector", "page"):
        assert term in ctx, term
    # Every dip: term has a short name, and every short dip: name is defined.
    short = {
        (v if isinstance(v, str) else v.get("@id", "")).removeprefix("dip:")
        for k, v in ctx.items()
        if not k.startswith("@")
        and (v if isinstance(v, str) else v.get("@id", "")).startswith("dip:")
    }
    defined = {str(t).removeprefix(str(DIP)) for t in _dip_terms(ontology)}
    assert short == defined


def test_context_expands_to_the_ontology_terms(context):
    doc = {
        "@context": context["@context"],
        "@id": "https://example.org/kg/i1",
        "@type": ["Item", "Instruction"],
        "issuer": "https://example.org/kg/a1",
        "polarity": "Do",
        "action": "ask them",
        "label": "an instruction",
    }
    graph = Graph().parse(data=json.dumps(doc), format="json-ld")
    i1 = URIRef("https://example.org/kg/i1")
    assert (i1, RDF.type, DIP.Instruction) in graph
    assert (i1, DIP.issuer, URIRef("https://example.org/kg/a1")) in graph
    assert (i1, DIP.polarity, DIP.Do) in graph
    assert (i1, DIP.action, Literal("ask them")) in graph
    sel = {"@context": context["@context"], "@id": "https://example.org/kg/p1", "start": 3}
    graph = Graph().parse(data=json.dumps(sel), format="json-ld")
    oa_start = URIRef("http://www.w3.org/ns/oa#start")
    start = graph.value(URIRef("https://example.org/kg/p1"), oa_start)
    assert start is not None and start.datatype == XSD.integer and start.toPython() == 3


# --- the shapes -------------------------------------------------------------


def test_shapes_parse_with_pyoxigraph():
    quads = list(pyoxigraph.parse(SHAPES.read_bytes(), format=pyoxigraph.RdfFormat.TURTLE))
    assert quads


def test_shapes_are_readable(shapes):
    named = {s for s in shapes.subjects(RDF.type, None) if str(s).startswith(str(DSH))}
    assert named
    for shape in named:
        assert shapes.value(shape, RDFS.label) is not None, f"{shape} has no label"
        direct = (shape, RDF.type, SH.PropertyShape) in shapes or any(
            (shape, p, None) in shapes for p in (SH["class"], SH.xone, SH["or"], SH["not"])
        )
        if direct:
            assert shapes.value(shape, SH.message) is not None, f"{shape} has no message"
    for constraint in shapes.objects(None, SH.sparql):
        assert shapes.value(constraint, SH.message) is not None


def test_shapes_use_only_defined_terms(shapes, ontology):
    defined = _dip_terms(ontology)
    used = {
        t for triple in shapes for t in triple
        if isinstance(t, URIRef) and t.startswith(str(DIP))
    }
    assert used <= defined, used - defined


# --- data-driven shape tests --------------------------------------------------


def _expectation(path: Path) -> tuple[bool, set[str]]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = EXPECT.match(first)
    assert match, f"{path.name}: first line must be '# expect: conforms|violation ...'"
    conforms = match.group(1) == "conforms"
    names = {n for n in match.group(2).split(",") if n}
    return conforms, names


def test_there_are_enough_cases():
    kinds = [_expectation(p)[0] for p in CASES]
    assert len(CASES) >= 12
    assert any(kinds) and not all(kinds)


@pytest.mark.parametrize("case", CASES, ids=[p.name.removesuffix(".test.ttl") for p in CASES])
def test_shape_case(case: Path, shapes: Graph):
    expect_conforms, expected_shapes = _expectation(case)
    data = Graph().parse(case, format="turtle")
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True)
    assert conforms == expect_conforms, text
    results = list(report.subjects(RDF.type, SH.ValidationResult))
    if expect_conforms:
        assert not results, text
        return
    assert results, text
    if expected_shapes:
        for name in expected_shapes:
            assert (DSH[name], None, None) in shapes, f"no shape dsh:{name}"
        sources = {
            str(report.value(r, SH.sourceShape)).removeprefix(str(DSH)) for r in results
        }
        assert sources == expected_shapes, text
