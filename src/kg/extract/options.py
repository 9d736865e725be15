"""Options: courses of action on the table, named by a proposal noun or put forward as a clause.

The find step reads ``Course``s (token ranges with a label and a proposer)
with each registered construction; the write step makes ``Option`` items and
merges mentions of one course. Decisions add the options they bear on
(``option_for``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from .context import SUBJECTS, Context, clause_span, is_first_person, modals_of, subject_of
from .merging import merge_options, numbered
from .model import Option
from .option_acts import before_governor, courtesy_performed, state_shown, wh_object
from .option_citations import act_on_cited
from .option_conduct import asked_to_tell_or_judge, handled_paper, marked_condition
from .option_extents import action_noun, bare_act, course_span, in_series, one_of_a_series, with_course
from .option_guards import (
    act_on_a_proposal,
    ascribed_purpose,
    asked_answer,
    asked_or_supposed,
    brings_word_back,
    correspondence,
    mere_capability,
    names_no_course,
    needed_by_a_thing,
    predicted,
)
from .option_lists import list_items, listing_noun, spelled_out
from .option_phrases import clause_label, course_label, is_proposal, noun_phrase, option_label, proposer
from .option_targets import (
    assured_state,
    course_of_action,
    courses,
    governs_a_course,
    held_entitlement,
    is_addressed,
    is_anaphor,
    is_anaphoric,
    is_thought,
    joined_spans,
    points_back,
    proposed_clauses,
    relative_gap,
    verb_phrase,
    weighed_by_us,
)
from .option_twins import one_per_act, within_items
from .registry import Construction, construction, starting_points
from .tokens import children_of, head_of
from .voices import Voice


@dataclass(frozen=True)
class Course:
    """A course found in the text: its token range, a short label and who puts it forward."""

    start: int
    end: int
    label: str
    proposer: str | None


# -- find step -------------------------------------------------------------
def find_courses(ctx: Context) -> list[tuple[Construction, Course]]:
    """Every construction's courses, in the order the constructions are registered, each read only at
    the tokens its gates let it start from."""
    points = starting_points("options", ctx.sdoc, ctx.token_voices())
    return [(rule, c) for rule, spoken in points for tok, voice in spoken for c in rule.func(ctx, tok, voice)]


# -- write step ------------------------------------------------------------
def write_options(ctx: Context, hits: list[tuple[Construction, Course]]) -> list[Option]:
    """Named options are merged mention by mention; a course that a later construction reads inside
    an option already made is that option, not a new one (``with_course``)."""
    options: list[Option] = []
    for rule in dict.fromkeys(rule for rule, _ in hits):
        batch = [
            Option(
                span=course_span(ctx.sdoc, c.start, c.end),
                label=c.label,
                proposed_by=c.proposer,
                confidence=rule.confidence,
                rule=rule.name,
            )
            for r, c in hits
            if r is rule
        ]
        if not options:
            options = merge_options(batch)
            continue
        for option in batch:
            options = with_course(options, option, ctx.sdoc)
    return within_items(options)


def find_options(ctx: Context) -> list[Option]:
    return one_per_act(ctx, write_options(ctx, find_courses(ctx)))


# -- constructions ---------------------------------------------------------
@construction(
    "options",
    "proposal_noun",
    0.5,
    example="the Peruvian proposal for a mixed commission",
    pos=("NOUN", "PROPN"),
    lemmas=("option_nouns",),
)
def proposal_noun(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """A noun phrase headed by a proposal noun (option, proposal, plan, offer, formula ...) with its
    complements; generic heads (position, treaty, course) only with a modifier that makes them concrete."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"NOUN", "PROPN"} or lemma not in ctx.cue("option_nouns"):
        return []
    if tok.dep_ in {"compound", "npadvmod"} or names_no_course(ctx, tok):
        return []
    if not is_proposal(ctx, tok):
        act = act_on_cited(ctx, tok)  # "consider a revision of the Treaty of 1923": an act on a text in force
        return [] if act is None else [Course(*act, course_label(ctx.sdoc, *act), None)]
    if spelled_out(ctx, tok):
        return []  # "the following propositions: 1. ...; 2. ...": the items are the options
    start, end = noun_phrase(tok)
    label = option_label(ctx.sdoc, tok, start, end)
    if not numbered(label) and (is_anaphor(ctx, tok, start, end) or _pointing_mention(ctx, tok, end)):
        return []  # "the plan", "our plans", "the proposed arrangement": an anaphor, not a description
    return [Course(start, end, label, proposer(ctx, tok, voice))]


def _pointing_mention(ctx: Context, tok: Token, end: int) -> bool:
    """ "this Soviet proposal", "these several arrangements": a pointing word before a proposal noun
    that nothing after describes is the option named before (merged with it), not a new one; "that
    agreement be reached" (a that-clause the parser read as a determiner) describes one."""
    verb = head_of(tok)
    auxes = {"aux", "auxpass"}
    bare = verb.tag_ == "VB" or any(c.dep_ in auxes and c.tag_ == "VB" for c in children_of(verb))
    subjunctive = tok.dep_ in SUBJECTS and bare and not modals_of(verb)
    return end == tok.i and points_back(ctx, tok) and not subjunctive


@construction(
    "options",
    "modal_noun_course",
    0.45,
    example="the necessity of obtaining general guarantees from the Governments",
    pos=("NOUN",),
    lemmas=("modal_nouns",),
)
def modal_noun_course(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """The gerund after a noun of necessity, possibility or advisability ("the possibility of making a
    concession", "the importance of making paragraph 7 clear", "the necessity for obtaining ...") names
    a course weighed."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ctx.cue("modal_nouns"):
        return []
    found = []
    linking = ctx.cue("modal_noun_prepositions")
    for prep in (c for c in _own_prepositions(tok) if c.lower_ in linking):
        for course in (c for c in children_of(prep) if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            start, end = clause_span(course)
            if 1 <= end - start <= 45 and course_of_action(course) and _named_course(ctx, course):
                label = clause_label(ctx.sdoc, start, end)
                found.append(Course(start, end, label, None))
    return found


def _own_prepositions(noun: Token) -> list[Token]:
    """The noun's prepositional phrases, and one right after it that the parser hung on the verb whose
    object it is ("regrets the necessity for postponing the conference")."""
    own = [c for c in children_of(noun) if c.dep_ == "prep"]
    if noun.dep_ != "dobj":
        return own
    after = noun.right_edge.i + 1
    return own + [c for c in children_of(head_of(noun)) if c.dep_ == "prep" and c.i == after]


def _named_course(ctx: Context, verb: Token) -> bool:
    """A gerund that says what is to be done: its complement follows it and is no pronoun or pro-form
    ("their accepting it", "its doing so" refer back; "making, during the winter" is cut off)."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.is_punct or nxt.lower_ in ctx.cue("pro_forms") or is_anaphoric(verb):
        return False
    objects = [c for c in children_of(verb) if c.dep_ in {"dobj", "attr", "oprd"}]
    return not objects or any(o.pos_ != "PRON" for o in objects)


@construction(
    "options",
    "proposal_clause",
    0.4,
    example="propose that the agreement be valid for one year",
    pos=("VERB", "NOUN", "ADJ"),
    lemmas=("proposal_governors",),
)
def proposal_clause(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """The that- or to-complement of a word of proposal, demand, intention or undertaking, split at
    coordinated courses; not a state of affairs, an anaphor ("to do this") or a directive to the addressee."""
    if tok.lemma_.lower() not in ctx.cue("proposal_governors") or tok.pos_ not in {"VERB", "NOUN", "ADJ"}:
        return []
    if tok.pos_ == "VERB" and tok.lemma_.lower() in ctx.cue("passive_directed_verbs"):
        return []  # "requested that the reply be kept secret": what one is told to do is an instruction's act
    if held_entitlement(ctx, tok) or mere_capability(ctx, tok) or ascribed_purpose(ctx, tok):
        return []  # "has the right to export", "is able to serve": what one may or can do is no course
    clauses = [
        course
        for c in proposed_clauses(tok)
        for course, _ in courses(c)
        if course_of_action(course)
        and not is_anaphoric(course)
        and not is_addressed(tok, course)
        and not is_thought(ctx, course)
        and not brings_word_back(ctx, course)
        and not correspondence(ctx, course)
        and not act_on_a_proposal(ctx, course)
        and not assured_state(ctx, tok, course)
        and not relative_gap(tok)
        and not wh_object(tok)
        and not before_governor(tok, course)
        and not courtesy_performed(ctx, course)
        and not state_shown(ctx, course)
    ]
    found = []
    for start, end in joined_spans(clauses):
        end = _timed(ctx, tok, end)
        if 2 <= end - start <= 45:
            label = re.sub(r"^(?:that|to)\s+", "", clause_label(ctx.sdoc, start, end), flags=re.I)
            found.append(Course(start, end, label, _proposal_author(ctx, tok, voice)))
    return found


def _timed(ctx: Context, governor: Token, end: int) -> int:
    """ "propose to arrive at that point only after a massive effort has been made": a time clause
    right after the course that the parser hung on the proposing word says when the course is to be
    taken, so it belongs to it (a condition does not: it is an item of its own)."""
    after = next((c for c in children_of(governor) if c.dep_ == "advcl" and c.left_edge.i == end + 1), None)
    marks = [c for c in children_of(after) if c.dep_ == "mark"] if after is not None else []
    if after is None or not any(m.lower_ in ctx.cue("time_marks") for m in marks):
        return end
    return after.right_edge.i - (1 if after.right_edge.is_punct else 0)


@construction(
    "options",
    "impersonal_rule",
    0.4,
    example="no goods should be licensed unless under a permit",
    pos=("VERB",),
)
def impersonal_rule(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """A passive clause with a modal of obligation and no one named to act ("no goods should be
    licensed unless ...", the guidelines' case; "the ports shall be closed"): a rule put forward."""
    if tok.tag_ != "VBN" or tok.dep_ not in {"ROOT", "ccomp", "conj", "advcl"}:
        return []
    children = list(children_of(tok))
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return []
    if not any(c.dep_ == "aux" and c.lower_ in ctx.cue("strong_modals") for c in children):
        return []
    subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ == "PRON" or subj.i in ctx.actor_at or asked_or_supposed(ctx, tok, subj):
        return []
    if handled_paper(ctx, tok, subj) or marked_condition(ctx, tok):
        return []
    if tok.dep_ == "advcl" and not in_series(tok, subj):
        return []  # "unless they be approved": a condition, not a rule
    start, end = one_of_a_series(tok, subj, *clause_span(tok))
    start = start + 1 if ctx.sdoc[start].lower_ == "that" else start
    if not 3 <= end - start <= 45:
        return []
    return [Course(start, end, clause_label(ctx.sdoc, start, end), None)]


@construction(
    "options",
    "weighed_course",
    0.4,
    example="We do not think you should sign with reservations.",
    pos=("VERB",),
    lemmas=("weighing_verbs",),
)
def weighed_course(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """The course in a that-clause of thinking or hoping with a modal ("we do not think you should sign
    with reservations", "they hope you will land marines and lend arms"): a course weighed, each
    coordinated verb its own; a verb of stance is left to the decision on its object."""
    if tok.lemma_.lower() not in ctx.cue("weighing_verbs"):
        return []
    found = []
    for clause in (c for c in children_of(tok) if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        if not modals_of(clause) & ctx.cue("weighing_modals") or not course_of_action(clause):
            continue
        for course, _ in courses(clause):
            lemma = course.lemma_.lower()
            stance = lemma in ctx.cue("approve_verbs") or lemma in ctx.cue("reject_verbs")
            told = correspondence(ctx, course) or asked_to_tell_or_judge(ctx, course)  # "call his attention"
            if stance or told or lemma in ctx.cue("state_verbs") or predicted(ctx, course):
                continue
            start, end = verb_phrase(course)
            if end - start >= 1:
                found.append(Course(start, end, clause_label(ctx.sdoc, start, end), None))
    return found


@construction(
    "options",
    "demanded_object",
    0.4,
    example="You will request postponement of the proceedings.",
    pos=("NOUN",),
)
def demanded_object(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """What a verb of demanding or proposing asks for ("request postponement of the proceedings",
    "demand the removal of the governor", "ask for an immediate hearing of their claim"): a course
    put forward, whatever its noun; an action noun only ("removal", "postponement", "hearing"), not a
    thing or a message ("a copy of the decree", "a full report")."""
    verb = head_of(head_of(tok)) if tok.dep_ == "pobj" and head_of(tok).lower_ == "for" else head_of(tok)
    if tok.dep_ not in {"dobj", "pobj"} or not _demanding(ctx, tok, verb) or needed_by_a_thing(ctx, verb):
        return []
    if not action_noun(tok) or points_back(ctx, tok) or asked_answer(ctx, tok):
        return []
    start, end = noun_phrase(tok)
    owned = any(c.dep_ == "poss" for c in children_of(tok))
    named_act = owned and tok.lemma_.lower() not in ctx.cue("option_nouns")
    if is_anaphor(ctx, tok, start, end) and not named_act and not bare_act(tok):
        return []  # "the postponement", "your suggestions": named before; "his concurrence" is named here
    by = proposer(ctx, tok, voice) or _demander(ctx, verb, voice)
    label = option_label(ctx.sdoc, tok, start, end)
    return [Course(start, end, label if numbered(label) else course_label(ctx.sdoc, start, end), by)]


def _demanding(ctx: Context, tok: Token, governor: Token) -> bool:
    """A verb of demanding, or a word of wanting whose "for" after it names what is wanted ("the desire
    of his Government for arbitration", "calls for the withdrawal"; "For the time being, he desires")."""
    lemma = governor.lemma_.lower()
    if lemma not in ctx.cue("wanting_governors") or tok.dep_ != "pobj":
        return lemma in ctx.cue("demanding_verbs")
    return head_of(tok).lower_ == "for" and head_of(tok).i > governor.i


def _demander(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """ "The claimants ask for an immediate hearing": who demands a course puts it forward."""
    subj = subject_of(verb)
    return ctx.refers(subj, voice) if subj is not None and subj.dep_ == "nsubj" else None


@construction(
    "options",
    "enumerated_terms",
    0.45,
    example="the following terms: (1) a neutral zone; (2) a plebiscite; (3) payment of an indemnity",
    pos=("PUNCT",),
)
def enumerated_terms(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """A numbered or lettered list after a colon that follows a proposal noun ("the following
    propositions: 1. ...; 2. ...", "proposition of: (1) ...; (2) ..."): each item is an option."""
    if tok.text != ":" or not (noun := listing_noun(ctx, tok)):
        return []
    items = list_items(ctx.sdoc, tok.i + 1)
    if len(items) < 2:
        return []
    by = proposer(ctx, noun, voice)
    return [Course(start, end, clause_label(ctx.sdoc, start, end), by) for start, end in items]


def _proposal_author(ctx: Context, tok: Token, voice: Voice) -> str | None:
    if tok.pos_ == "NOUN":
        return proposer(ctx, tok, voice)
    subj = subject_of(tok) if tok.pos_ == "VERB" else subject_of(head_of(tok))
    return ctx.refers(subj, voice) if subj is not None else None


@construction(
    "options",
    "own_course",
    0.4,
    example="We should send a cruiser to the harbor before the elections.",
    pos=("VERB",),
)
def own_course(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """What the speaker's side could, should or might do ("we should send a cruiser", "should we
    reopen the question", "You told him that we might wait"): a course the writer weighs aloud."""
    if tok.tag_ != "VB" or not weighed_by_us(tok) or correspondence(ctx, tok):
        return []
    subj = subject_of(tok)
    if not is_first_person(subj) or not modals_of(tok) & ctx.cue("tentative_modals"):
        return []
    if governs_a_course(ctx, tok) or is_anaphoric(tok) or any(c.dep_ == "ccomp" for c in children_of(tok)):
        return []  # "we would prefer to send a cruiser", "I would say that ...": the course is further on
    if any(t.tag_ in {"WDT", "WP", "WRB"} for t in ctx.sdoc[tok.left_edge.i : tok.i]):
        return []  # "when should we send a cruiser?": a question about a course, not one
    start, end = verb_phrase(tok)
    if not 1 <= end - start <= 45:
        return []
    return [Course(start, end, clause_label(ctx.sdoc, start, end), voice.speaker)]
