"""Offices named by their title: "Minister of Foreign Affairs said", "the Under Secretary told me".

A title written with what it is an office of is that whole office, and names the author only where
the head line writes his office out in full: "the Minister of Foreign Affairs" in a despatch of the
Minister in Ecuador is the Ecuadorian minister, not the author.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..documents import Span
from .national_titles import leave_state
from .tokens import head_of

if TYPE_CHECKING:
    from .actors import ActorFinder


def office_mentions(finder: ActorFinder) -> None:
    """Offices named in telegraphic style, with no article: "Minister of Foreign Affairs
    said", "Under Secretary told me". The office is the actor; all its mentions merge."""
    prefixes = set(finder.lex.actors["title_prefixes"])
    for tok in finder.capitalised():
        if tok.i in finder.token_actor or tok.lower_ not in finder.titles or not tok.text[:1].isupper():
            continue
        if not finder._in_regions(tok.idx) or tok.pos_ not in {"PROPN", "NOUN"} or _served(finder, tok):
            continue
        nxt = finder.sdoc[tok.i + 1] if tok.i + 1 < len(finder.sdoc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.lower_ not in finder.titles:
            continue  # "Minister Lane": a named person, found as an entity
        if nxt is not None and nxt.lower_ in finder.titles and head_of(tok).i == nxt.i:
            continue  # "Secretary General": the title goes on, and its last word takes it whole
        sent_start = finder.sent_start(tok.i)
        start = tok.i
        told = start > sent_start and finder.opens_imperative(finder.sdoc[start - 1])
        while (
            not told
            and start > sent_start
            and finder.sdoc[start - 1].text[:1].isupper()
            and (
                finder.sdoc[start - 1].lower_ in prefixes
                or finder.sdoc[start - 1].dep_ in {"compound", "amod"}
                and head_of(finder.sdoc[start - 1]).i == tok.i
            )
        ):
            start -= 1
        end = office_end(finder, tok)  # "Minister of Foreign Affairs"
        if start == end and not told and not (
            start > sent_start and finder.sdoc[start - 1].lower_ in finder.words("person_determiners")
        ):
            continue  # a bare "Minister" is a word, not an office; "Inform Minister" tells one
        words = finder.sdoc[start : end + 1]
        name = words.text
        if finder.absorbs_letter_formula(name):
            continue  # "Dear Mr. Secretary": the recipient greeted
        c = finder._cluster(finder._key_for(name, "Person"), name, "Person")
        if words[0].lower_ in finder.demonyms and tok.lower_ in finder.words("envoy_titles"):
            leave_state(finder, words[0])  # "the Russian Minister": the envoy, not his state
        c.add(name, Span(words.start_char, words.end_char), finder._token_agentive(tok))
        for t in words:
            finder.token_actor[t.i] = c.key


def _served(finder: ActorFinder, title: Token) -> bool:
    """ "Assistant to the President for National Security Affairs": the title after another's "to" names
    whom that office serves; what follows belongs to the first title, no office of its own."""
    to, after = head_of(title), title.doc[title.i + 1] if title.i + 1 < len(title.doc) else title
    goes_on = after.lower_ in finder.words("office_of")  # not "special assistant to the Brazilian Ambassador"
    return goes_on and title.dep_ == "pobj" and to.lower_ == "to" and head_of(to).lower_ in finder.titles


def office_end(finder: ActorFinder, title: Token) -> int:
    """Where the office a title heads ends: after "of" / "for" and the capitalised name that follows
    ("Minister of Foreign Affairs"), else at the title itself."""
    sdoc, end = finder.sdoc, title.i + 1
    if end >= len(sdoc) or sdoc[end].lower_ not in finder.words("office_of"):
        return title.i
    before = title.i - 2 if title.i > 1 and sdoc[title.i - 1].text == "-" else title.i - 1
    lone = before < 0 or sdoc[before].lower_ not in finder.titles  # not "Secretary(-)General of the"
    the = lone and end + 2 < len(sdoc) and sdoc[end + 1].lower_ == "the"
    first = end + 2 if the else end + 1  # "Secretary of the Treasury"
    while first < len(sdoc) and sdoc[first].pos_ == "PROPN" and sdoc[first].text[:1].isupper():
        end, first = first, first + 1
    return end if end > title.i + 1 else title.i


def qualified_office(finder: ActorFinder, title: Token) -> str:
    """The whole office a title heads, "Minister of Foreign Affairs", lower-cased; "" for a bare title."""
    end = office_end(finder, title)
    return finder.sdoc[title.i : end + 1].text.lower() if end > title.i else ""


def head_party_nouns(finder: ActorFinder) -> None:
    """ "The delegation is authorized to ...", in a telegram to the Delegation to the Strategic Arms
    Limitation Talks: the bare head noun of the author's or recipient's name, in lower case with "the",
    "your" or "our" and no words of its own ("the Soviet delegation", "the delegation of Japan" name
    others), is that party."""
    heads: dict[str, str] = {}
    for key in finder.author_keys + finder.recipient_keys:
        first = finder.clusters[key].name.split()[0].lower() if finder.clusters[key].name else ""
        if first in finder.lex.actors["mission_words"] or first in finder.lex.actors["organization_words"]:
            heads.setdefault(first, key)
    determiners = finder.words("own_party_determiners")
    for tok in (t for t in finder.sdoc if t.lower_ in heads and t.text.islower() and t.pos_ == "NOUN"):
        kids = list(tok.children)
        det = next((c for c in kids if c.dep_ in {"det", "poss"}), None)
        own = [c for c in kids if c.dep_ in {"amod", "compound", "prep", "nmod", "poss", "det"}]
        if det is None or det.lower_ not in determiners or len(own) > 1 or tok.i in finder.token_actor:
            continue
        if not finder._in_regions(tok.idx):
            continue
        key = heads[tok.lower_]
        finder.clusters[key].add(f"{det.text} {tok.text}", Span(det.idx, tok.idx + len(tok.text)))
        finder.token_actor[tok.i] = finder.token_actor[det.i] = key
