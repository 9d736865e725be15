"""Resolution stage: each actor of a document -> the corpus entity it is.

Everything is computed from one document and what it carries (its volume's persons
list, head line, dateline, mark-up), so resolution is linear in the corpus, runs in any
worker next to extraction, and an incremental build that adds documents merges them
into the same entities because equal actors compute equal keys. The rules, first that
applies:

- persons: the persons-list entry the actor's mark-up points to; an office alone ("the
  Secretary of State") -> the head line's author or recipient holding it, else the person
  the list gives for that office at the document's date; a name -> the one list entry
  with that surname and compatible forenames; a name not in the list -> its surname
  within the volume. A listed person with forenames is keyed by surname and forenames
  alone, so the same person in several volumes is one entity.
- governments: the gazetteer (names, demonyms, seats, "Government of X"); "this
  Government" is the government where the document was written, "my Government" the
  author's, "your Government" the recipient's.
- organizations and groups: a known institution, a government ("the Nicaraguan
  authorities"), else the name within the volume.
- anything else: an entity of the document alone, so nothing is merged on a guess.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..documents import Document, Person, Span
from . import gazetteer
from .gazetteer import State
from .lexicon import load_data
from .model import EntityRef
from .names import Name, listed_name, office_of, running_name
from .offices import holder
from .text import display, slug

if TYPE_CHECKING:  # kg.extract imports spaCy; resolution only reads its dataclasses
    from ..extract.model import Actor

_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _part(text: str) -> str:
    return quote(text, safe="-._~")


def person_ref(person: Person, via: str) -> EntityRef:
    """A persons-list entry: keyed by name across volumes when the list gives forenames."""
    name = listed_name(person.name)
    if name is not None and name.forenames:
        return EntityRef(f"person/{slug(name.surname)}--{slug(name.forenames)}", "Person", name.label(), via)
    surname = name.surname if name else person.name
    return EntityRef(f"person/{_part(person.volume)}/{slug(surname)}", "Person", display(surname), via)


def state_ref(state: State, via: str) -> EntityRef:
    return EntityRef(f"state/{state.code}", "Government", state.name, via)


@cache
def _default_state() -> State | None:
    code = load_data("gazetteer").get("default_state")
    return gazetteer.state_named(code) if code else None


@dataclass
class _Context:
    """One document and the indexes of its volume's persons list."""

    doc: Document
    roster: tuple[Person, ...] = field(init=False)
    scope: str = field(init=False)
    elsewhere: tuple[Person, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.roster = self.doc.roster
        self.scope = _part(self.doc.volume or "collection")
        other_lists = {m.person for m in self.doc.persons if m.person.volume != self.doc.volume}
        self.elsewhere = tuple(sorted(other_lists, key=lambda p: p.key))

    # -- persons -------------------------------------------------------------
    def person(self, actor: Actor) -> EntityRef | None:
        marked = self.marked_persons(actor)
        if len(marked) == 1:
            return person_ref(marked[0], "mark-up")
        office = office_of(actor.name)
        if office is not None:
            return self.office_holder(office)
        for text in (actor.name, *actor.aliases):
            name = running_name(text)
            if name is not None and _plausible_surname(name.surname):
                return self.named(name)
        return None

    def marked_persons(self, actor: Actor) -> list[Person]:
        """The listed person(s) the actor's mentions overlap most often; a head-line author or
        recipient mark-up counts for the actor of that role when the surnames agree."""
        votes: Counter[Person] = Counter()
        names = [n for n in (running_name(t) for t in (actor.name, *actor.aliases)) if n]
        for mention in self.doc.persons:
            if any(_overlap(m, mention.span) for m in actor.mentions):
                votes[mention.person] += 1
            elif mention.role == actor.role and mention.role in ("author", "recipient"):
                listed = listed_name(mention.person.name)
                if listed and any(n.compatible(listed) for n in names):
                    votes[mention.person] += 1
        best = max(votes.values(), default=0)
        return sorted((p for p, n in votes.items() if n == best), key=lambda p: p.key) if best else []

    def office_holder(self, office: str) -> EntityRef | None:
        doc = self.doc
        for title, name in ((doc.author_title, doc.author), (doc.recipient_title, doc.recipient)):
            who = running_name(name) if title and name and office_of(title) == office else None
            if who is not None:  # "the Minister in Norway (Schmedeman)": the head names the holder
                ref = self.named(who)
                return EntityRef(ref.key, ref.kind, ref.label, "office in head line") if ref else None
        person = holder(self.roster, office, doc.date)
        return person_ref(person, "office in persons list") if person else None

    def named(self, name: Name) -> EntityRef | None:
        """The one list entry the name fits; the surname in the volume when none; None when
        several entries fit (two Wilsons), rather than merging on a guess."""
        candidates = [*_by_surname(self.roster).get(slug(name.surname), ()),
                      *((p, n) for p in self.elsewhere if (n := listed_name(p.name)) is not None)]
        fits = [p for p, listed in candidates if name.compatible(listed)]
        if len(fits) == 1:
            return person_ref(fits[0], "surname in persons list")
        if fits:
            return None
        return EntityRef(f"person/{self.scope}/{slug(name.surname)}", "Person", display(name.surname),
                         "surname in volume")

    # -- governments -----------------------------------------------------------
    def government(self, actor: Actor) -> EntityRef | None:
        for text in (actor.name, *actor.aliases):
            state = gazetteer.state_named(text)
            if state is not None:
                return state_ref(state, "gazetteer")
        if gazetteer.is_government_head(actor.name):
            state = self.self_reference(actor.mentions)
            return state_ref(state, "author's voice") if state else None
        return None

    def self_reference(self, mentions: Iterable[Span]) -> State | None:
        """``this Government`` / ``my Government``: whose it is, when every mention agrees."""
        states = set()
        for span in mentions:
            found = _WORD_BEFORE.search(self.doc.text[max(0, span.start - 24):span.start])
            owner = gazetteer.self_reference(found.group(1)) if found else None
            if owner is None:
                continue
            states.add(self.state_of(owner))
        return states.pop() if len(states) == 1 else None

    def state_of(self, owner: str) -> State | None:
        if owner == "place":
            return gazetteer.state_of_place(self.doc.place)
        role_person = [m.person for m in self.doc.persons if m.role == owner]
        if len({p.key for p in role_person}) != 1 or not role_person[0].description:
            return None
        return gazetteer.state_in_description(role_person[0].description) or _default_state()

    # -- organizations and groups ----------------------------------------------
    def organization(self, actor: Actor) -> EntityRef | None:
        institution = gazetteer.institution_named(actor.name)
        if institution is not None:
            return EntityRef(f"organization/{institution.key}", "Organization", institution.name, "gazetteer")
        if actor.kind == "Government":
            return None
        state = gazetteer.state_by_head(actor.name)
        if state is not None:
            return state_ref(state, "gazetteer")
        if not actor.name[:1].isupper():
            return None  # "many people", "the local authorities": a description, not a name
        kind = actor.kind if actor.kind in ("Organization", "Group") else "Organization"
        return EntityRef(f"{kind.lower()}/{self.scope}/{slug(actor.name)}", kind, display(actor.name),
                         "name in volume")

    # -- any actor -------------------------------------------------------------
    def resolve(self, actor: Actor) -> EntityRef:
        if actor.kind == "Person":
            ref = self.person(actor)
        elif actor.kind == "Government":
            ref = self.organization(actor) or self.government(actor)
        else:
            ref = self.organization(actor)
        return ref or EntityRef(f"local/{_part(self.doc.id)}/{actor.key}", actor.kind, display(actor.name),
                                "unresolved")


def _plausible_surname(surname: str) -> bool:
    """``Annex A``, ``H. C. Inghram,3``: not a name to merge on."""
    return len(slug(surname)) >= 2 and not any(c.isdigit() for c in surname)


@cache
def _by_surname(roster: tuple[Person, ...]) -> dict[str, tuple[tuple[Person, Name], ...]]:
    """Surname key -> the list entries with that surname; once per volume's list."""
    index: dict[str, list[tuple[Person, Name]]] = {}
    for person in roster:
        name = listed_name(person.name)
        if name is not None:
            index.setdefault(slug(name.surname), []).append((person, name))
    return {key: tuple(entries) for key, entries in index.items()}


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def resolve_actors(doc: Document, actors: Iterable[Actor]) -> dict[str, EntityRef]:
    """Actor key -> its corpus entity, for every actor of one document."""
    context = _Context(doc)
    return {actor.key: context.resolve(actor) for actor in actors}
