"""How far a condition runs past what the parser hung on its connective: the that-clauses of a
conditional phrase given in a series ("it being understood that A; that B; and that C"), a that-clause
the parser hung on a word outside the condition ("were they to let it seem that they had yielded"),
and a noun coordinated after the condition's last noun ("in case of war or civil strife")."""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from .tokens import sentence

EXTENT_LIMIT = 100  # tokens a condition may span once extended (the scorer's longest evidence)
CLAUSE_STOPS = {",", ";", ":"}


def condition_end(sdoc: SpacyDoc, start: int, end: int) -> int:
    """The last token of the condition that starts at ``start`` and whose parse ends at ``end``."""
    limit = min(sentence(sdoc[start]).end, start + EXTENT_LIMIT)
    end = _dropped_conjunct(sdoc, end, limit)
    if _opens_that_clause(sdoc, end, limit):
        end = _clause_end(sdoc, end + 1, limit)
    while (nxt := _series_that(sdoc, end, limit)) is not None:
        end = _clause_end(sdoc, nxt, limit)
    return end


def _opens_that_clause(sdoc: SpacyDoc, end: int, limit: int) -> bool:
    """The condition ends on a verb and the next word marks a that-clause the parser hung elsewhere."""
    nxt = end + 1
    return nxt < limit and sdoc[end].pos_ == "VERB" and _that_mark(sdoc[nxt])


def _series_that(sdoc: SpacyDoc, end: int, limit: int) -> int | None:
    """Where the next that-clause of a series begins ("...; that B" or "...; and that C"), if one does."""
    i = end + 1
    if i >= limit or sdoc[i].text != ";":
        return None
    i += 1
    if i < limit and sdoc[i].tag_ == "CC":
        i += 1
    return i if i < limit and _that_mark(sdoc[i]) else None


def _that_mark(tok: Token) -> bool:
    return tok.lower_ == "that" and tok.dep_ == "mark"


def _clause_end(sdoc: SpacyDoc, begin: int, limit: int) -> int:
    """The last word before the next clause stop (comma, semicolon, colon) or the sentence's end."""
    i = begin
    while i + 1 < limit and sdoc[i + 1].text not in CLAUSE_STOPS and not _final_stop(sdoc[i + 1]):
        i += 1
    return i


def _final_stop(tok: Token) -> bool:
    return tok.is_punct and tok.i + 1 == sentence(tok).end


def _dropped_conjunct(sdoc: SpacyDoc, end: int, limit: int) -> int:
    """ "in case of war or civil strife": a bare noun coordinated with the condition's last noun
    (adjectives and compounds before it, no determiner) that the parser hung elsewhere."""
    if sdoc[end].pos_ != "NOUN" or end + 2 >= limit or sdoc[end + 1].tag_ != "CC":
        return end
    i = end + 2
    while i < limit and sdoc[i].dep_ in {"amod", "compound"} and sdoc[i].pos_ in {"ADJ", "VERB", "NOUN"}:
        i += 1
    return i if i < limit and sdoc[i].pos_ == "NOUN" else end
