"""Whether a known option met inside a stance's target is the option the stance bears on: a course
named by a verb is the whole course, not a noun met among that verb's own arguments."""

from __future__ import annotations

from spacy.tokens import Token

from ..documents import Span
from .lexicon import cue
from .option_extents import names_a_course
from .tokens import children_of, head_of

#: verb classes whose object is itself what is chosen, weighed or joined ("to accept the proposal", "to
#: consider any proposals", "to participate in the recommendation"), so a known option among their
#: arguments is the option the stance bears on
OBJECT_CHOOSING_VERBS = (
    "approve_verbs",
    "reject_verbs",
    "assent_verbs",
    "adopting_verbs",
    "light_verbs",
    "weighing_verbs",
    "contemplation_verbs",
    "participation_verbs",
)
#: links that leave the course a verb names: a clause of its own ("to assist in carrying out the
#: program"), whose option may stand for the one judged, and a passive's by-agent ("should not be
#: interfered with by a local demand"), which is who or what acts, not part of the course
BEYOND_COURSE = frozenset({"pcomp", "advcl", "xcomp", "ccomp", "conj", "agent"})


def within_reach(target: Token, span: Span, inner: Span) -> bool:
    """Whether an option ``inner`` met inside the target's ``span`` is the one judged. In the content of
    a shell noun ("the fact that ...") anywhere; in a noun that names a course only up to that noun
    ("the appointment of a committee to execute the treaty": the treaty is part of the course, not
    the course judged); in a clause whose verb names a course ("desirable to negotiate an extradition
    treaty", "agreed to undertake conversations looking to a trade agreement") not among that verb's
    own arguments, which are part of the course; a verb of choosing ("to accept the proposal") takes
    its object as the option."""
    if not span.start <= inner.start < span.end:
        return False
    if target.pos_ in {"NOUN", "PROPN"}:
        return not names_a_course(target) or inner.start <= target.idx
    if target.pos_ != "VERB" or inner.start <= target.idx or _chooses_object(target):
        return True
    first = target.doc.char_span(inner.start, inner.end, alignment_mode="expand")
    return first is None or not (_argument_of(first.root, target) or _in_time_clause(first.root, target))


def _chooses_object(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return any(lemma in cue(name) for name in OBJECT_CHOOSING_VERBS)


def _argument_of(tok: Token, verb: Token) -> bool:
    """``tok`` hangs from ``verb`` through nouns and prepositions only: no clause of its own or by-agent
    between."""
    while tok.i != verb.i:
        if tok.dep_ in BEYOND_COURSE or head_of(tok).i == tok.i:
            return False
        tok = head_of(tok)
    return True


def _in_time_clause(tok: Token, verb: Token) -> bool:
    """``tok`` is in a clause that says when the course is to come ("to discuss the loan until some plan
    is put before it"): the time of the course, not what is judged."""
    while tok.i != verb.i and head_of(tok).i != tok.i:
        marks = (c.lower_ for c in children_of(tok) if c.dep_ == "mark")
        if tok.dep_ == "advcl" and any(m in cue("course_time_marks") for m in marks):
            return True
        tok = head_of(tok)
    return False
