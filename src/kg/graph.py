"""Graph stage: one document and its extraction -> the RDF triples of its named graph.

IRIs are minted from the document id and the evidence offsets, so the same
input gives the same IRIs run after run, and rebuilding a document replaces
exactly its own graph.
"""
from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from .documents import Document, Person, Span
from .resolve import add_resolution
from .vocab import (
    ACTOR_KINDS,
    DIP,
    ITEM_KINDS,
    OA,
    POLARITY,
    ROLE,
    STANCE,
    IriScheme,
    bind_prefixes,
    path,
    segment,
)

if TYPE_CHECKING:  # the model only: importing kg.extract loads spaCy
    from .extract.model import Actor, Extraction

CONTEXT_CHARS = 32


def document_iri(doc_id: str, base: str | IriScheme | None = None) -> URIRef:
    return IriScheme.of(base).document(doc_id)


def volume_iri(volume: str, base: str | IriScheme | None = None) -> URIRef:
    return IriScheme.of(base).volume(volume)


def person_iri(person: Person, base: str | IriScheme | None = None) -> URIRef:
    """One IRI per entry of a volume's persons list, shared by all its documents."""
    return IriScheme.of(base).person(person)


def build_graph(doc: Document, extraction: Extraction, base: str | IriScheme | None = None) -> Graph:
    """The document's named graph: metadata, text, notes, page breaks, every item and what the
    resolution stage adds (corpus entities, index keys, digests)."""
    g, actor_iris = build_item_graph(doc, extraction, base)
    add_resolution(g, doc, extraction.actors, actor_iris, IriScheme.of(base).base)
    return g


def build_item_graph(doc: Document, extraction: Extraction,
                     base: str | IriScheme | None = None) -> tuple[Graph, dict[str, URIRef]]:
    """The graph before resolution and each actor's IRI (by actor key): what resolution starts from."""
    iris = IriScheme.of(base)
    g = Graph(identifier=iris.document(doc.id))
    bind_prefixes(g)
    builder = _Builder(g, doc, iris)
    builder.document()
    builder.items(extraction)
    return g, builder.actor_iri


class _Builder:
    def __init__(self, g: Graph, doc: Document, iris: IriScheme):
        self.g = g
        self.doc = doc
        self.iris = iris
        self.iri = iris.document(doc.id)
        self.actor_iri: dict[str, URIRef] = {}

    def add(self, s: Node, p: URIRef, o: Node | None) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def child(self, relative: str) -> URIRef:
        """An IRI under the document's, its path percent-encoded (keys and numbers come from the input)."""
        return URIRef(f"{self.iri}/{path(relative)}")

    # -- the document ------------------------------------------------------
    def document(self) -> None:
        d, s = self.doc, self.iri
        self.add(s, RDF.type, DIP.Document)
        self.add(s, DCTERMS.identifier, Literal(d.id))
        self.add(s, DCTERMS.title, Literal(d.title) if d.title else None)
        self.add(s, DIP.documentNumber, Literal(d.number) if d.number else None)
        self.add(s, DCTERMS.date, typed_date(d.date))
        self.add(s, DIP.dateMin, typed_datetime(d.date_min))
        self.add(s, DIP.dateMax, typed_datetime(d.date_max))
        for prop, value in ((DIP.dateText, d.date_text), (DIP.place, d.place), (DIP.authorName, d.author),
                            (DIP.recipientName, d.recipient), (DIP.signature, d.signature)):
            self.add(s, prop, Literal(value) if value else None)
        self.add(s, DIP.text, Literal(d.text))
        self.add(s, DIP.textLength, Literal(len(d.text)))
        self.add(s, DCTERMS.source, Literal(d.source) if d.source else None)
        if d.url:
            self.add(s, FOAF.page, URIRef(d.url))
        if d.volume:
            self.add(s, DCTERMS.isPartOf, self.iris.volume(d.volume))
        for target in d.references:
            self.add(s, DCTERMS.references, self.iris.document(target))
        for person in dict.fromkeys(m.person for m in d.persons):
            self.person(person)
        for note in d.footnotes:
            self.footnote(note.number, note.span, note.marker)
        for page in d.pages:
            p = self.child(f"page/{segment(page.number)}")
            self.add(s, DIP.hasPageBreak, p)
            self.add(p, RDF.type, DIP.PageBreak)
            self.add(p, DIP.pageNumber, Literal(page.number))
            self.add(p, DIP.offset, Literal(page.offset))

    def person(self, person: Person) -> None:
        """The persons-list entry, repeated in each document graph that mentions it so
        every graph stands alone; the union holds one resource per person."""
        p = self.iris.person(person)
        self.add(self.iri, DIP.mentionsPerson, p)
        self.add(p, RDF.type, DIP.PrincipalPerson)
        self.add(p, DCTERMS.identifier, Literal(person.id))
        self.add(p, SKOS.prefLabel, Literal(person.name))
        if person.description:
            self.add(p, DCTERMS.description, Literal(person.description))
        self.add(p, DCTERMS.isPartOf, self.iris.volume(person.volume))

    def footnote(self, number: str, span: Span, marker: Span | None) -> None:
        n = self.child(f"note/{segment(number)}")
        self.add(self.iri, DIP.hasFootnote, n)
        self.add(n, RDF.type, DIP.Footnote)
        self.add(n, DIP.footnoteNumber, Literal(number))
        self.add(n, OA.hasSelector, self.position(n, "span", span))
        if marker is not None:
            self.add(n, DIP.footnoteMarker, self.position(n, "marker", marker))

    def position(self, owner: URIRef, name: str, span: Span) -> URIRef:
        sel = URIRef(f"{owner}/{name}")
        self.add(sel, RDF.type, OA.TextPositionSelector)
        self.add(sel, OA.start, Literal(span.start))
        self.add(sel, OA.end, Literal(span.end))
        return sel

    def evidence(self, item: URIRef, span: Span) -> None:
        """Web Annotation evidence: a position and a quote selector on the document."""
        text = self.doc.text
        ev = URIRef(f"{item}/evidence")
        self.add(item, DIP.evidence, ev)
        self.add(ev, RDF.type, OA.SpecificResource)
        self.add(ev, OA.hasSource, self.iri)
        self.add(ev, OA.hasSelector, self.position(ev, "position", span))
        q = URIRef(f"{ev}/quote")
        self.add(ev, OA.hasSelector, q)
        self.add(q, RDF.type, OA.TextQuoteSelector)
        self.add(q, OA.exact, Literal(text[span.start:span.end]))
        self.add(q, OA.prefix, Literal(text[max(0, span.start - CONTEXT_CHARS):span.start]))
        self.add(q, OA.suffix, Literal(text[span.end:span.end + CONTEXT_CHARS]))

    # -- items -------------------------------------------------------------
    def items(self, ex: Extraction) -> None:
        activity = self.child("extraction")
        self.add(activity, RDF.type, DIP.Extraction)
        self.add(activity, PROV.used, self.iri)
        self.add(activity, DIP.extractorVersion, Literal(ex.version) if ex.version else None)
        self.add(activity, DIP.model, Literal(ex.model) if ex.model else None)
        for actor in ex.actors:
            a = self.child(f"actor/{actor.key}")
            self.actor_iri[actor.key] = a
            self.add(a, RDF.type, DIP.Actor)
            self.add(a, RDF.type, ACTOR_KINDS[actor.kind])
            self.add(a, RDFS.label, Literal(actor.name))
            for alias in actor.aliases:
                if alias != actor.name:
                    self.add(a, SKOS.altLabel, Literal(alias))
            self.add(a, DIP.role, ROLE[actor.role])
            self.add(a, DIP.inDocument, self.iri)
            self.add(a, DIP.confidence, confidence(actor.confidence))
            self.add(a, PROV.wasGeneratedBy, activity)
            if actor.mentions:
                self.evidence(a, actor.mentions[0])
            for person in self.persons_of(actor):
                self.add(a, DIP.refersTo, self.iris.person(person))
            if actor.role == "author":
                self.add(self.iri, DCTERMS.creator, a)
            elif actor.role == "recipient":
                self.add(self.iri, DIP.recipient, a)
        for kind, items in (("option", ex.options), ("instruction", ex.instructions),
                            ("decision", ex.decisions), ("condition", ex.conditions)):
            for item in items:
                self.item(kind, item, activity)

    def persons_of(self, actor: Actor) -> list[Person]:
        """The listed person(s) an extracted actor is: the one its mentions overlap most
        often; the head's author or recipient mark-up counts for an actor of that role
        when the names share a word. Ties keep all."""
        votes: Counter[Person] = Counter()
        names = _name_words(actor.name, *actor.aliases)
        for mention in self.doc.persons:
            overlaps = any(_overlap(m, mention.span) for m in actor.mentions)
            if overlaps or (mention.role == actor.role and names & _name_words(mention.person.name)):
                votes[mention.person] += 1
        best = max(votes.values(), default=0)
        chosen = [p for p, n in votes.items() if n == best] if best else []
        return sorted(chosen, key=lambda p: p.key)

    def item(self, kind: str, item: Any, activity: URIRef) -> None:
        s = self.child(item.key)
        self.add(s, RDF.type, DIP.Item)
        self.add(s, RDF.type, ITEM_KINDS[kind])
        self.add(s, DIP.inDocument, self.iri)
        self.add(s, DIP.confidence, confidence(item.confidence))
        self.add(s, PROV.wasGeneratedBy, activity)
        self.evidence(s, item.span)
        if kind == "instruction":
            self.add(s, DIP.issuer, self.actor_iri.get(item.issuer))
            for addressee in item.addressees:
                self.add(s, DIP.addressee, self.actor_iri.get(addressee))
            self.add(s, DIP.polarity, POLARITY[item.polarity])
            self.add(s, DIP.action, Literal(item.action))
            self.add(s, RDFS.label, Literal(short(item.action)))
        elif kind == "option":
            self.add(s, RDFS.label, Literal(item.label))
            self.add(s, DIP.proposedBy, self.actor_iri.get(item.proposed_by) if item.proposed_by else None)
        elif kind == "decision":
            self.add(s, DIP.stance, STANCE[item.stance])
            self.add(s, DIP.decidedBy, self.actor_iri.get(item.actor))
            self.add(s, DIP.onOption, self.child(item.option))
        elif kind == "condition":
            self.add(s, DIP.connective, Literal(item.connective) if item.connective else None)
            self.add(s, DIP.governs, self.child(item.governs) if item.governs else None)
            self.add(s, DIP.consequence, Literal(item.consequence) if item.consequence else None)
            self.add(s, RDFS.label, Literal(short(self.doc.text[item.span.start:item.span.end])))


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _name_words(*names: str) -> set[str]:
    """Capitalised words of names, for telling whether two names can be one person."""
    return {w.lower() for n in names for w in re.findall(r"[A-Z][\w’'-]{2,}", n)}


def confidence(value: float) -> Literal:
    return Literal(Decimal(str(round(min(max(value, 0.0), 1.0), 2))), datatype=XSD.decimal)


def short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def typed_datetime(value: str | None) -> Literal | None:
    """xsd:dateTime (the bounds of a document's date range)."""
    return Literal(value, datatype=XSD.dateTime) if value else None


def typed_date(date: str | None) -> Literal | None:
    """xsd:date, xsd:gYearMonth or xsd:gYear, as precise as the dateline is."""
    if not date:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return Literal(date, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", date):
        return Literal(date, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", date):
        return Literal(date, datatype=XSD.gYear)
    return Literal(date)


__all__ = ["build_graph", "document_iri", "person_iri", "volume_iri"]
