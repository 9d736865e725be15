"""The evidence of a stance: its clause, without what trails it, from whoever holds it; one decision per
reading of the same words."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from ..documents import Span
from .context import char_span, clause_span, is_infinitive_to, trim_marker
from .lexicon import cue
from .model import Decision
from .option_phrases import noun_phrase
from .reports import reported_start
from .tokens import children_of, head_of, subtree_of


def stance_clause(tok: Token) -> tuple[int, int]:
    """``tok``'s clause without what trails the stance: a subordinate clause set off after it by a
    comma ("accepted by the conference, when it was proposed by ..."; without the comma it restricts
    the stance: "willing to see the President while he is bombing") and a course coordinated with
    its complement ("refuse to sign the convention and make a statement": the statement is not refused);
    a reason clause with its own subject never restricts it ("cannot delay the withdrawal as it has
    stated that ...")."""
    start, end = clause_span(tok)
    start = _after_break(tok, start)
    complements = [c for c in children_of(tok) if c.dep_ in {"xcomp", "ccomp"} and c.i > tok.i]
    trailing = [
        c
        for c in children_of(tok)
        if c.dep_ == "advcl"
        and c.i > tok.i
        and not any(is_infinitive_to(m) for m in children_of(c))  # "difficult for Bolivia to retreat"
        and any((m.dep_ == "mark" or m.tag_ == "WRB") and m.i < c.i for m in children_of(c))
    ] + [g for c in complements for g in children_of(c) if g.dep_ == "conj" and g.pos_ in {"VERB", "AUX"}]
    sdoc = tok.doc
    for clause in trailing:
        first = min(t.i for t in subtree_of(clause))
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
    marks = [m for m in children_of(clause) if m.dep_ == "mark" and m.i < clause.i]
    subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children_of(clause))
    return subject and any(m.lower_ in cue("reason_marks") for m in marks)


def decision_span(sdoc: SpacyDoc, tok: Token, target: Token) -> Span:
    reduced = target.i == head_of(tok).i and tok.dep_ == "acl" or target.i == tok.left_edge.i - 1
    if tok.dep_ == "relcl" and target.i == head_of(tok).i or reduced:  # "the terms (already) agreed to by X"
        start = min((t.i for t in subtree_of(target) if t.i <= tok.i), default=target.i)
        start = min(start, noun_phrase(target)[0])
        end = clause_span(tok)[1]
        nxt = end + 1
        if nxt < len(sdoc) and sdoc[nxt].text == "(":  # "which you approved (option 1)"
            close = next((t.i for t in sdoc[nxt : nxt + 6] if t.text == ")"), None)
            end = close or end
        return trim_marker(sdoc, char_span(sdoc, start, end))
    start, end = stance_clause(tok)
    top = tok
    while top.dep_ in {"xcomp", "acomp"} and head_of(top).i != top.i:  # "he is willing to acquiesce in"
        top = head_of(top)
    if top.i != tok.i:
        start = min(start, stance_clause(top)[0])
    start = min([start, *(min(t.i for t in subtree_of(c)) for c in _leading_reasons(top, start))])
    return trim_marker(sdoc, char_span(sdoc, reported_start(top, start), end))


def _leading_reasons(verb: Token, start: int) -> list[Token]:
    """ "As I did not believe that this provision could do it, I have never supported it", "rather than
    discontinue X, Sweden would forego Y": a clause of reason or preference right before the stance
    states it with the stance; a condition or a time clause before it does not ("If they agree, ...",
    "When he returns, ...")."""
    found = []
    for clause in (c for c in children_of(verb) if c.dep_ == "advcl" and c.i < start):
        marks = {m.lower_ for m in children_of(clause) if m.dep_ in {"mark", "advmod"} and m.i < clause.i}
        if marks & cue("stance_reason_marks"):
            found.append(clause)
    return found


LABEL_WORDS = 12  # a verb's course longer than this ends at its last complement that fits
PHRASE_DEPS = {"advcl", "relcl", "acl", "prep", "conj", "cc", "mark", "punct", "ccomp", "xcomp"}


def course_label(actor_at: Collection[int], target: Token, label: str) -> str:
    """The label of an option a stance names anew: a verb's course without who takes it, its modal
    or negation, never cut inside a phrase ("intervene in the dispute", not "This Government could
    not properly intervene in the"); a noun's without the negative determiner, which is the stance's
    own ("Neither proposal is acceptable": the option is the proposal)."""
    if target.pos_ in {"VERB", "AUX"}:
        return verb_course(actor_at, target)
    first, *rest = label.split()
    return " ".join(rest) if rest and first.lower() in cue("negative_determiners") else label


def verb_course(actor_at: Collection[int], verb: Token) -> str:
    """The verb with the complements after it, whole, up to LABEL_WORDS words where they fit, else cut
    before the last phrase that starts within them; a named subject that is no actor, or that a passive
    acts on, is part of the course, with its modal ("a prompt reply could be received from the
    Department", "the other six powers will be invited")."""
    end = verb.i
    for child in sorted((c for c in children_of(verb) if c.i > verb.i), key=lambda c: c.i):
        if child.dep_ in {"conj", "cc", "punct", "mark"} or (child.dep_ == "advcl" and end > verb.i):
            break
        end = max(t.i for t in subtree_of(child))
        if end - verb.i >= LABEL_WORDS:
            break
    cap = verb.i + LABEL_WORDS - 1
    if end > cap:
        starts = [t.left_edge.i for t in subtree_of(verb) if t.dep_ in PHRASE_DEPS]
        end = max((i for i in starts if verb.i < i <= cap), default=cap + 1) - 1
    while end > verb.i and verb.doc[end].pos_ in {"DET", "ADP", "CCONJ", "PART", "PUNCT", "SCONJ"}:
        end -= 1
    subj = next((c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), None)
    start = verb.i
    if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
        acts = subj.dep_ == "nsubj" and any(t.i in actor_at for t in subtree_of(subj))
        start = verb.i if acts else min(t.i for t in subtree_of(subj))
    return verb.doc[start : end + 1].text


def read_once(found: list[tuple[Token, Decision]]) -> list[tuple[Token, Decision]]:
    """``found`` without a decision whose evidence overlaps an earlier one's with the same stance, actor
    and option: two constructions that read the same words as one stance ("feels that a one-sided
    declaration might be too dangerous": a judgement and its consequence) make one decision; GUIDELINES
    count a stance restated in another sentence again, never one statement twice."""
    kept: list[tuple[Token, Decision]] = []
    read: dict[tuple[object, ...], list[Decision]] = {}  # by stance, actor and option: no pairwise scan
    for head, decision in found:
        same = read.setdefault((decision.stance, decision.actor, decision.option), [])
        if not any(_overlaps(decision, other) for other in same):
            same.append(decision)
            kept.append((head, decision))
    return kept


def _overlaps(one: Decision, other: Decision) -> bool:
    return one.span.start < other.span.end and other.span.start < one.span.end
