"""Describing one resource: its triples in an RDF format, or the data of its HTML page.

Lookups run these in the server process (``kg.server.reader``): each is a few
queries bound to one IRI, touching only the triples about it. The triples are
written by pyoxigraph's own serializers straight from the query's answer
(rdflib only compacts JSON-LD): about half the CPU of writing N-Triples and
parsing them again (``bench/serve.py``, README "Serving linked data").
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import Any

import pyoxigraph as ox

from ..errors import Refused
from ..resources import load_query
from ..store import Store
from .negotiation import GRAPH_FORMATS, write_triples
from .worker import Context, Reply, ResultTooLarge, too_large, too_many


@dataclass(frozen=True)
class Describe:
    """A resource's description in an RDF format, or the data of its HTML page (``fmt='html'``)."""

    iri: str
    fmt: str

    def run(self, ctx: Context) -> Reply:
        resource = checked_iri(self.iri)
        if self.fmt == "html":
            page = resource_page(ctx.store, resource)
            return Reply(200, data=page) if page else _not_found(self.iri)
        rep = next(r for r in GRAPH_FORMATS if r.name == self.fmt)
        try:
            triples = description(ctx, resource)
            if not triples:
                return _not_found(self.iri)
            body = write_triples(triples, rep.name)
            if len(body) > ctx.limits.max_bytes:
                raise ResultTooLarge(too_large(ctx.limits.max_bytes))
        except ResultTooLarge as exc:
            return Reply.error(422, str(exc))
        return Reply(200, body, rep.content_type())


def description(ctx: Context, resource: ox.NamedNode) -> list[ox.Triple]:
    """The triples about ``resource``: those it is the subject of, else those pointing at it (a volume
    is only ever an object). Written straight from pyoxigraph's triples, no N-Triples in between."""
    for name in ("serve/describe", "serve/referenced"):
        results = ctx.store.raw_query(bound_query(name, resource=resource))
        triples = list(itertools.islice(results, ctx.limits.max_results + 1))
        if len(triples) > ctx.limits.max_results:
            raise ResultTooLarge(too_many(ctx.limits.max_results, "triples"))
        if triples:
            return triples
    return []


def checked_iri(iri: str) -> ox.NamedNode:
    """The IRI as a term, or a 400: only a valid IRI is ever bound into a query."""
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise Refused(400, f"not a valid IRI: {iri!r} ({exc})") from None


def bound_query(name: str, **values: ox.NamedNode) -> str:
    """The named query ``name`` with its variables bound to IRIs by a VALUES block opening its WHERE clause.

    Opening the pattern, the bound IRI is where evaluation starts (a trailing
    VALUES is joined last: source.rq would read every document's text first).
    The terms are pyoxigraph terms, whose text form is a checked IRIREF, so
    nothing a client sent is ever spliced into the query as raw text. The
    query is read and split once per process: a lookup runs three to four.
    """
    head, tail = _split_query(name)
    names = " ".join(f"?{variable}" for variable in values)
    terms = " ".join(str(term) for term in values.values())
    block = f"VALUES ({names}) {{ ({terms}) }}"
    return f"{head}\n{block}" if tail is None else f"{head}WHERE {{\n  {block}{tail}"


@cache
def _split_query(name: str) -> tuple[str, str | None]:
    """A named query's text before and after its first ``WHERE {`` (None: it has none)."""
    head, found, tail = load_query(name).partition("WHERE {")
    return (head, tail) if found else (head, None)


def _not_found(iri: str) -> Reply:
    return Reply.error(404, f"nothing is known about <{iri}> in this dataset")


# -- the HTML page's data --------------------------------------------------
TITLE_PROPERTIES = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://purl.org/dc/terms/title",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/ns/oa#exact",
    "http://purl.org/dc/terms/identifier",
)
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DIP_TEXT = "https://w3id.org/kg/diplomacy#text"
PASSAGE_CHARS = 600


def resource_page(store: Store, resource: ox.NamedNode) -> dict[str, Any] | None:
    """Label, types, properties, referrers and evidence passages of a resource (None if unknown)."""
    rows = store.select(bound_query("serve/page", resource=resource)).dicts()
    referrers = store.select(bound_query("serve/referrers", resource=resource)).dicts()
    if not rows and not referrers:
        return None
    properties = _properties(rows)
    values = {p["iri"]: p["values"] for p in properties}
    text = values.get(DIP_TEXT, [{}])[0].get("value")
    return {
        "iri": resource.value,
        "label": next((values[p][0]["value"] if "value" in values[p][0] else values[p][0]["iri"]
                       for p in TITLE_PROPERTIES if p in values), None),
        "types": values.get(RDF_TYPE, []),
        "properties": [p for p in properties if p["iri"] != RDF_TYPE],
        "referrers": _referrers(referrers),
        "passages": _passages(store, resource),
        "paragraphs": [p for p in text.split("\n\n") if p.strip()] if text else [],
    }


def _properties(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of page.rq grouped by property, one value per distinct term, first label kept."""
    grouped: dict[str, dict[str, Any]] = {}
    for row in rows:
        prop = grouped.setdefault(row["property"], {"iri": row["property"], "label": row["propertyLabel"],
                                                    "values": [], "_seen": set()})
        if row["value"] in prop["_seen"]:
            continue
        prop["_seen"].add(row["value"])
        if row["isResource"] == "true":
            prop["values"].append({"iri": row["value"], "label": row["valueLabel"]})
        else:
            prop["values"].append({"value": row["value"], "datatype": row["datatype"],
                                   "language": row["language"] or None})
    for prop in grouped.values():
        del prop["_seen"]
    return list(grouped.values())


def _referrers(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    grouped: dict[str, dict[str, Any]] = {}
    for row in rows:
        prop = grouped.setdefault(row["property"], {"iri": row["property"], "label": row["propertyLabel"],
                                                    "values": []})
        if all(v["iri"] != row["subject"] for v in prop["values"]):
            prop["values"].append({"iri": row["subject"], "label": row["subjectLabel"]})
    return list(grouped.values())


def _passages(store: Store, resource: ox.NamedNode) -> list[dict[str, Any]]:
    """The evidence passages of ``resource``, each document's text read once for all its passages."""
    sources: dict[str | None, dict[str, Any]] = {}
    passages = []
    for row in store.select(bound_query("serve/passages", resource=resource)).dicts():
        if row["document"] not in sources:
            sources[row["document"]] = _source(store, row["document"])
        passages.append(_passage(row, sources[row["document"]]))
    return passages


def _source(store: Store, document: str | None) -> dict[str, Any]:
    rows = store.select(bound_query("serve/source", document=checked_iri(document or ""))).dicts()
    return rows[0] if rows else {"text": "", "title": None, "page": None}


def _passage(row: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    """The paragraph around an evidence span, split so the template can highlight the span."""
    text, start, end = source["text"] or "", int(row["start"]), int(row["end"])
    begin = text.rfind("\n\n", 0, start)
    begin = 0 if begin < 0 else begin + 2
    stop = text.find("\n\n", end)
    stop = len(text) if stop < 0 else stop
    begin, stop = max(begin, start - PASSAGE_CHARS), min(stop, end + PASSAGE_CHARS)
    return {
        "document": row["document"], "title": source["title"], "page": source["page"],
        "before": ("… " if begin > 0 and text[begin - 1] not in "\n" else "") + text[begin:start],
        "quote": text[start:end],
        "after": text[end:stop] + (" …" if stop < len(text) and text[stop] != "\n" else ""),
        "start": start, "end": end,
    }
