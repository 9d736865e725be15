"""Lookups: every minted IRI answers 303 to its page or its data, in the format asked for."""
from __future__ import annotations

import html
import json
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from rdflib import Graph, URIRef
from starlette.testclient import TestClient

from kg.graph import document_iri
from kg.resources import jsonld_context
from kg.server.lookups import LookupShortcut

from ..conftest import SEED
from .conftest import OA, RDF_TYPES, Server, sparql


def dereference(client: httpx.Client, iri: str, accept: str) -> httpx.Response:
    """GET the IRI itself; it must answer 303 See Other (Cool URIs), then follow it."""
    first = client.get(iri, headers={"Accept": accept})
    assert first.status_code == 303, (iri, accept, first.text)
    assert "Accept" in first.headers["vary"]
    return client.get(first.headers["location"], headers={"Accept": accept})


def check_description(client: httpx.Client, iri: str, accept: str) -> None:
    response = dereference(client, iri, accept)
    assert response.status_code == 200, (iri, accept, response.text)
    assert response.headers["content-type"].split(";")[0] == accept
    if accept == "text/html":
        assert f"<code>{iri}</code>" in response.text
        return
    graph = Graph()
    graph.parse(data=response.content, format=RDF_TYPES[accept], publicID=iri)
    node = URIRef(iri)
    assert (node, None, None) in graph or (None, None, node) in graph, (iri, accept)
    if accept == "application/ld+json":
        assert json.loads(response.content)["@context"] == jsonld_context()  # inline: nothing to fetch


def test_every_iri_of_the_seed_dereferences_in_all_four_formats(server: Server, client: httpx.Client) -> None:
    iris = server.iris()
    assert len(iris) > 100
    assert any("/actor/" in i for i in iris) and any("/instruction/" in i for i in iris)
    assert any("/volume/" in i for i in iris)  # minted only as an object, still resolves
    jobs = [(iri, accept) for iri in iris for accept in ("text/html", *RDF_TYPES)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda job: check_description(client, *job), jobs))


def test_data_documents_answer_with_their_own_format(server: Server, client: httpx.Client) -> None:
    iri = str(document_iri(SEED.stem, server.url))
    path = "/data/" + iri[len(server.url):]
    for extension, media_type in (("ttl", "text/turtle"), ("jsonld", "application/ld+json"),
                                  ("nt", "application/n-triples")):
        response = client.get(f"{path}.{extension}", headers={"Accept": "text/html"})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(media_type)
    assert client.get(f"/data/{iri[len(server.url):]}.xyz").status_code == 404


def test_unknown_iri_is_404_and_unservable_type_is_406(server: Server, client: httpx.Client) -> None:
    assert client.get("/doc/no-such-document", headers={"Accept": "text/turtle"},
                      follow_redirects=True).status_code == 404
    assert client.get("/page/doc/no-such-document").status_code == 404
    actor = next(i for i in server.iris() if "/actor/" in i)
    refused = client.get(actor, headers={"Accept": "image/png, application/pdf"})
    assert refused.status_code == 406
    assert "text/turtle" in refused.text
    assert sparql(client, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "text/turtle").status_code == 406
    assert client.get("/ontology", headers={"Accept": "image/png"}).status_code == 406


def test_item_page_highlights_evidence_and_links_its_sources(server: Server, client: httpx.Client) -> None:
    instruction = next(i for i in server.iris() if i.rsplit("/", 2)[-2] == "instruction")
    page = dereference(client, instruction, "text/html").text
    exact = server.graph.value(URIRef(instruction + "/evidence/quote"), OA.exact)
    marked = re.search(r"<blockquote>(.*?)<mark>(.*?)</mark>(.*?)</blockquote>", page, re.S)
    assert marked and html.unescape(marked.group(2)) == str(exact)
    assert marked.group(1).strip() or marked.group(3).strip()  # the quote sits in its paragraph
    document = str(document_iri(SEED.stem, server.url))
    assert f'href="/{document[len(server.url):]}"' in page  # the source document
    assert 'href="https://history.state.gov/' in page  # its FRUS page


def test_lookup_answers_are_kept_until_the_store_changes(app_client: tuple[Server, TestClient]) -> None:
    server, client = app_client
    site = client.app.state.site  # type: ignore[attr-defined]
    reads: list[object] = []
    read = site.call

    async def counted(task: object, timeout: float | None = None) -> object:
        reads.append(task)
        return await read(task, timeout)

    def look_up_twice(iri: str) -> None:
        for _ in range(2):
            for accept in ("text/turtle", "text/html", "application/ld+json"):
                answer = client.get(iri, headers={"Accept": accept}, follow_redirects=True)
                assert answer.status_code == 200 and answer.content

    actor = next(i for i in server.iris() if "/actor/" in i)
    site.call = counted
    try:
        forget_everything(site)
        look_up_twice(actor)
        assert len(reads) == 3  # one store read per representation; the repeats come from the cache
        forget_everything(site)  # what the server does once a build has changed the store
        look_up_twice(actor)
        assert len(reads) == 6
    finally:
        del site.call


def forget_everything(site: Any) -> None:
    for forget in site.on_reload:
        forget()


def same_answer_both_ways(client: TestClient, path: str, accept: str) -> None:
    """A lookup answers alike through the shortcut (no Origin) and through every middleware (Origin)."""
    short = client.get(path, headers={"Accept": accept})
    full = client.get(path, headers={"Accept": accept, "Origin": "http://elsewhere.test"})
    assert full.headers["access-control-allow-origin"] == "*"  # the full way ran the CORS middleware
    assert "access-control-allow-origin" not in short.headers
    assert (short.status_code, short.content) == (full.status_code, full.content), path
    for header in ("content-type", "location", "content-length"):
        assert short.headers.get(header) == full.headers.get(header), (path, header)
    vary = {v.strip() for v in full.headers.get("vary", "").split(",") if v.strip() != "Origin"}
    assert {v.strip() for v in short.headers.get("vary", "").split(",") if v.strip()} == vary, path


def test_lookups_answer_alike_with_and_without_the_middleware(app_client: tuple[Server, TestClient]) -> None:
    server, client = app_client
    actor = next(i for i in server.iris() if "/actor/" in i)[len(server.url) - 1:]
    for accept in ("text/html", "text/turtle", "application/ld+json", "application/n-triples", "image/png"):
        same_answer_both_ways(client, actor, accept)
    for path in (f"/page{actor}", f"/data{actor}.ttl", f"/data{actor}.nt", f"/data{actor}.xyz",
                 "/doc/nothing-here", "/data/doc/nothing-here.ttl", "/page/doc/nothing-here", "/ontology/"):
        same_answer_both_ways(client, path, "text/turtle")


def test_only_plain_lookups_take_the_shortcut(app_client: tuple[Server, TestClient]) -> None:
    shortcut = app_client[1].app.middleware_stack.app  # type: ignore[attr-defined]
    assert isinstance(shortcut, LookupShortcut)

    def scope(path: str, method: str = "GET", *headers: bytes) -> dict[str, Any]:
        return {"type": "http", "method": method, "path": path,
                "headers": [(b"accept", b"*/*"), *((h, b"1") for h in headers)]}

    for path in ("/doc/d1/actor/x", "/page/doc/d1", "/data/doc/d1.ttl", "/ontology/", "/sparql/"):
        assert shortcut.is_plain_lookup(scope(path)), path
    for path in ("/", "/sparql", "/ontology", "/ontology/context.jsonld", "/.well-known/void", "/dump.nq.gz"):
        assert not shortcut.is_plain_lookup(scope(path)), path
    assert not shortcut.is_plain_lookup(scope("/doc/d1", "HEAD"))
    assert not shortcut.is_plain_lookup(scope("/doc/d1", "POST"))
    for header in (b"Origin", b"content-length", b"Transfer-Encoding"):
        assert not shortcut.is_plain_lookup(scope("/doc/d1", "GET", header)), header
