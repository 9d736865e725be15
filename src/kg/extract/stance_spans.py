"""The evidence of a stance: its clause, without what trails it, from whoever holds it."""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from ..documents import Span
from .context import char_span, clause_span, is_infinitive_to, reported_start, trim_marker
from .lexicon import cue
from .option_phrases import noun_phrase


def stance_clause(tok: Token) -> tuple[int, int]:
    """``tok``'s clause without what trails the stance: a subordinate clause set off after it by a
    comma ("accepted by the conference, when it was proposed by ..."; without the comma it restricts
    the stance: "willing to see the President while he is bombing") and a course coordinated with
    its complement ("refuse to sign the convention and make a statement": the statement is not refused);
    a reason clause with its own subject never restricts it ("cannot delay the withdrawal as it has
    stated that ...")."""
    start, end = clause_span(tok)
    start = _after_break(tok, start)
    complements = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.i > tok.i]
    trailing = [
        c
        for c in tok.children
        if c.dep_ == "advcl"
        and c.i > tok.i
        and not any(is_infinitive_to(m) for m in c.children)  # "difficult for Bolivia to retreat"
        and any((m.dep_ == "mark" or m.tag_ == "WRB") and m.i < c.i for m in c.children)
    ] + [g for c in complements for g in c.children if g.dep_ == "conj" and g.pos_ in {"VERB", "AUX"}]
    sdoc = tok.doc
    for clause in trailing:
        first = min(t.i for t in clause.subtree)
        restrictive = (  # "willing to see him while he is bombing"
            clause.dep_ == "advcl" and sdoc[first - 1].text != "," and not _reason(clause)
        )
        if start < first <= end and not restrictive:
            end = first - 1
    while end > start and (sdoc[end].is_punct or sdoc[end].dep_ in {"cc", "mark"}):
        end -= 1
    return start, end


def _after_break(tok: Token, start: int) -> int:
    """ "our opinion is outlined as follows: 1. We must adhere to ...": where the parser ran a colon or a
    semicolon into the stance's clause, the clause starts after the last one before the stance, and
    never with a list number."""
    sdoc = tok.doc
    breaks = [t.i for t in sdoc[start : tok.i] if t.text in cue("clause_breaks")]
    first = breaks[-1] + 1 if breaks else start
    while first < tok.i and (sdoc[first].is_punct or _list_number(sdoc[first])):
        first += 1
    return first


def _list_number(tok: Token) -> bool:
    """ "1.", "(b)": a list item's number or letter, which the parser tags LS or hangs as meta."""
    return tok.tag_ == "LS" or tok.dep_ == "meta"


def _reason(clause: Token) -> bool:
    """ "as it has definitely stated ...", "because they refuse": a finite clause giving a reason."""
    marks = [m for m in clause.children if m.dep_ == "mark" and m.i < clause.i]
    subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)
    return subject and any(m.lower_ in cue("reason_marks") for m in marks)


def decision_span(sdoc: SpacyDoc, tok: Token, target: Token) -> Span:
    if tok.dep_ == "relcl":
        start = min((t.i for t in target.subtree if t.i <= tok.i), default=target.i)
        start = min(start, noun_phrase(target)[0])
        end = clause_span(tok)[1]
        nxt = end + 1
        if nxt < len(sdoc) and sdoc[nxt].text == "(":  # "which you approved (option 1)"
            close = next((t.i for t in sdoc[nxt : nxt + 6] if t.text == ")"), None)
            end = close or end
        return trim_marker(sdoc, char_span(sdoc, start, end))
    start, end = stance_clause(tok)
    top = tok
    while top.dep_ in {"xcomp", "acomp"} and top.head.i != top.i:  # "he is willing to acquiesce in"
        top = top.head
    if top.i != tok.i:
        start = min(start, stance_clause(top)[0])
    return trim_marker(sdoc, char_span(sdoc, reported_start(top, start), end))
