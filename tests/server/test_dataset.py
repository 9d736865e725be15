"""The dataset's own documents: the ontology at its namespace, VoID and the dump."""
from __future__ import annotations

import gzip

import httpx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF

from kg.resources import jsonld_context
from kg.vocab import DIP

from .conftest import RDF_TYPES, VOID, Server


def test_ontology_at_its_namespace_document(client: httpx.Client) -> None:
    page = client.get("/ontology", headers={"Accept": "text/html"})
    assert page.status_code == 200 and 'id="Actor"' in page.text and "dip:Instruction" in page.text
    for media_type, fmt in RDF_TYPES.items():
        response = client.get("/ontology", headers={"Accept": media_type})
        assert response.headers["content-type"].startswith(media_type)
        graph = Graph()
        graph.parse(data=response.content, format=fmt)
        assert (DIP.Actor, RDF.type, OWL.Class) in graph
    context = client.get("/ontology/context.jsonld").json()
    assert context["@context"] == jsonld_context()


def test_void_describes_the_dataset_and_its_dump(server: Server, client: httpx.Client) -> None:
    response = client.get("/.well-known/void")
    assert response.headers["content-type"].startswith("text/turtle")
    void = Graph()
    void.parse(data=response.content, format="turtle")
    dataset = URIRef(server.url + ".well-known/void#dataset")
    assert void.value(dataset, VOID.triples) == Literal(server.quads)
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef(server.url + "sparql")
    assert void.value(dataset, DCTERMS.license) is not None
    assert int(void.value(dataset, VOID.classes)) > 5 and int(void.value(dataset, VOID.properties)) > 10
    assert int(void.value(dataset, VOID.documents)) == 1
    linksets = list(void.subjects(RDF.type, VOID.Linkset))
    assert any(str(void.value(s, VOID.objectsTarget)) == "https://history.state.gov/" for s in linksets)
    dump_url = str(void.value(dataset, VOID.dataDump))
    dump = client.get(dump_url)
    assert dump.status_code == 200 and dump.headers["content-type"] == "application/gzip"
    dataset_graph = Dataset()
    dataset_graph.parse(data=gzip.decompress(dump.content), format="nquads")
    assert sum(1 for _ in dataset_graph.quads()) == server.quads
