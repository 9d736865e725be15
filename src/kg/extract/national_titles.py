"""Envoys named by their people and a title in lower case: "the Russian minister", "the Zendan
delegate". The older volumes write titles in lower case, and the tagger marks only the people's
adjective, so the envoy was taken for his state ("Russia"). The envoy is a person of his own (the
guidelines list him apart from his government); the adjective names the state only through him, so
it leaves the state's cluster, which stays an actor only where the text names it elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..documents import Span
from .tokens import children_of, parse_table

if TYPE_CHECKING:
    from .actors import ActorFinder

#: How the people's adjective hangs on the title ("the Russian minister").
PEOPLE_DEPS = frozenset({"amod", "compound"})


def national_titles(finder: ActorFinder) -> None:
    """Each "the <People> <title>" in lower case is that people's envoy, a person."""
    titles = finder.words("envoy_titles")  # not "the Danish king": a head of state is his state
    table = parse_table(finder.sdoc)
    for i, low in enumerate(table.lowers):
        if low not in titles or not table.texts[i].islower():
            continue
        tok = table.tokens[i]
        people = _people(finder, tok)
        if people is None or tok.i in finder.token_actor or not finder._in_regions(tok.idx):
            continue
        name = f"{people.text} {tok.text}"
        c = finder._cluster(finder._key_for(name, "Person"), name, "Person")
        leave_state(finder, people)
        c.add(name, Span(people.idx, tok.idx + len(tok.text)), finder._token_agentive(tok))
        finder.token_actor[people.i] = finder.token_actor[tok.i] = c.key


def _people(finder: ActorFinder, tok: Token) -> Token | None:
    """The capitalised people's adjective just before a singular title with "the" ("the Russian
    minister"); "a Russian minister" is one of many, "the Russian ministers" a group."""
    if tok.tag_ != "NN" or tok.i == 0:
        return None
    before = tok.doc[tok.i - 1]
    if before.dep_ not in PEOPLE_DEPS or before.head.i != tok.i or before.lower_ not in finder.demonyms:
        return None
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if after in finder.words("office_of"):
        return None  # "the Chinese minister for foreign affairs": an office whose name goes on
    dets = [c.lower_ for c in children_of(tok) if c.dep_ == "det"]
    return before if before.text[:1].isupper() and dets == ["the"] else None


def leave_state(finder: ActorFinder, people: Token) -> None:
    """The adjective's mention leaves the state it was taken for."""
    key = finder.token_actor.get(people.i)
    state = finder.clusters.get(key) if key is not None else None
    if state is None:
        return
    end = people.idx + len(people.text)
    state.mentions = [m for m in state.mentions if not (people.idx <= m.start and m.end <= end)]


def envoy_governments(finder: ActorFinder) -> None:
    """ "The British Minister has telegraphed his Government": "his Government" after an envoy named
    by his people, in the same sentence, is that people's state; "his" alone would make it the envoy."""
    table = parse_table(finder.sdoc)
    for i, low in enumerate(table.lowers):
        if low != "government" or i == 0 or table.lowers[i - 1] != "his" or i in finder.token_actor:
            continue
        tok = table.tokens[i]
        state = _envoy_state(finder, tok)
        if state is None or not finder._in_regions(tok.idx):
            continue
        c = finder._cluster(finder._key_for(state, "Government"), state, "Government")
        his = table.tokens[i - 1]
        c.add(f"{his.text} {tok.text}", Span(his.idx, tok.idx + len(tok.text)), finder._token_agentive(tok))
        finder.token_actor[i] = c.key


def _envoy_state(finder: ActorFinder, tok: Token) -> str | None:
    """The state of the nearest person named before ``tok`` in its sentence, where a name of his
    begins with his people's adjective ("the Russian minister"); none for another name."""
    for i in range(tok.i - 2, finder.sent_start(tok.i) - 1, -1):
        key = finder.token_actor.get(i)
        person = finder.clusters.get(key) if key is not None else None
        if person is None or person.kind != "Person":
            continue
        firsts = [name.split()[0].lower() for name in [person.name, *person.aliases] if name.split()]
        return next((finder.demonyms[w] for w in firsts if w in finder.demonyms), None)
    return None


def nearest_envoy(finder: ActorFinder, title: Token) -> str | None:
    """ "I have been told by the British Ambassador that ... The Ambassador added that ...": a title with
    no name or office refers to the nearest envoy named before it by his people and that title, not to
    the head line's party who holds the same title; the bare mentions between go on referring to him.
    The envoy's name ("British Ambassador"); None where the nearest such title names someone else, or
    where the text has named an office of that title ("the Minister for Foreign Affairs"), which a bare
    title may mean as well."""
    table, low = parse_table(finder.sdoc), title.lower_
    earlier = [
        i
        for i in range(title.i)
        if table.lowers[i] == low and table.texts[i][:1].isupper() and finder._in_regions(table.tokens[i].idx)
    ]
    after = {i: table.lowers[i + 1] if i + 1 < len(table.lowers) else "" for i in earlier}
    if any(after[i] in finder.words("title_prepositions") for i in earlier):
        return None  # "the Ambassador in Italy", "the Minister for Foreign Affairs": an office
    for i in reversed(earlier):
        before = table.lowers[i - 1] if i else ""
        if before in finder.demonyms and table.texts[i - 1][:1].isupper():
            return f"{table.texts[i - 1]} {table.texts[i]}"
        if before != "the":
            return None  # "Ambassador Garrett", "our Ambassador": someone else's title
    return None
