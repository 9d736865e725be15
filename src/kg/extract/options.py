"""Options: courses of action on the table, named by a proposal noun or put forward as a clause.

The find step reads ``Course``s (token ranges with a label and a proposer)
with each registered construction; the write step makes ``Option`` items and
merges mentions of one course. Decisions add the options they bear on
(``option_for``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from .context import (
    SUBJECTS,
    Context,
    char_span,
    clause_span,
    is_first_person,
    is_infinitive_to,
    is_negated,
    is_second_person,
    modals_of,
    shares_complement,
    subject_of,
    trim_marker,
)
from .lexicon import cue, load_lexicon
from .merging import merge_options, numbered
from .model import Option
from .registry import Construction, construction, constructions
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
    """Every construction's courses, in the order the constructions are registered; one pass over
    the spoken tokens (not one per construction)."""
    rules = constructions("options")
    found: dict[str, list[Course]] = {rule.name: [] for rule in rules}
    for tok, voice in ctx.spoken():
        for rule in rules:
            if rule.reads(tok.pos_):
                found[rule.name].extend(rule.func(ctx, tok, voice))
    return [(rule, course) for rule in rules for course in found[rule.name]]


# -- write step ------------------------------------------------------------
def write_options(ctx: Context, hits: list[tuple[Construction, Course]]) -> list[Option]:
    """Named options are merged mention by mention; a course that a later construction reads inside
    an option already made is that option, not a new one."""
    options: list[Option] = []
    for rule in dict.fromkeys(rule for rule, _ in hits):
        batch = [
            Option(
                span=trim_marker(ctx.sdoc, char_span(ctx.sdoc, c.start, c.end)),
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
            if not any(o.span.start <= option.span.start and option.span.end <= o.span.end for o in options):
                options.append(option)
    return options


def find_options(ctx: Context) -> list[Option]:
    return write_options(ctx, find_courses(ctx))


# -- constructions ---------------------------------------------------------
@construction(
    "options",
    "proposal_noun",
    0.5,
    example="the Peruvian proposal for a mixed commission",
    pos=("NOUN", "PROPN"),
)
def proposal_noun(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """A noun phrase headed by a proposal noun (option, proposal, plan, offer, formula ...) with its
    complements; generic heads (position, treaty, course) only with a modifier that makes them concrete."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"NOUN", "PROPN"} or lemma not in ctx.cue("option_nouns"):
        return []
    if tok.dep_ in {"compound", "npadvmod"} or not _proposal(ctx, tok):
        return []
    if _spelled_out(ctx, tok):
        return []  # "the following propositions: 1. ...; 2. ...": the items are the options
    start, end = noun_phrase(tok)
    label = option_label(ctx.sdoc, tok, start, end)
    if not numbered(label) and _anaphor(ctx, tok, start, end):
        return []  # "the plan", "our plans", "the proposed arrangement": an anaphor, not a description
    return [Course(start, end, label, proposer(ctx, tok, voice))]


@construction(
    "options",
    "modal_noun_course",
    0.45,
    example="the necessity of obtaining general guarantees from the Governments",
    pos=("NOUN",),
)
def modal_noun_course(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """The gerund after a noun of necessity, possibility or advisability ("the possibility of making a
    concession", "the importance of making paragraph 7 clear") names a course weighed."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ctx.cue("modal_nouns"):
        return []
    found = []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for course in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            start, end = clause_span(course)
            if 1 <= end - start <= 45 and course_of_action(course) and _named_course(course):
                label = " ".join(ctx.sdoc[start : end + 1].text.split()[:8])
                found.append(Course(start, end, label, None))
    return found


def _named_course(verb: Token) -> bool:
    """A gerund that says what is to be done: its complement follows it and is no pronoun ("their
    accepting it" refers back; "making, during the winter" is cut off)."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.is_punct:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"}]
    return not objects or any(o.pos_ != "PRON" for o in objects)


@construction(
    "options",
    "proposal_clause",
    0.4,
    example="propose that the agreement be valid for one year",
    pos=("VERB", "NOUN", "ADJ"),
)
def proposal_clause(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """The that- or to-complement of a word of proposal, demand, intention or undertaking, split at
    coordinated courses; not a state of affairs, an anaphor ("to do this") or a directive to the addressee."""
    if tok.lemma_.lower() not in ctx.cue("proposal_governors") or tok.pos_ not in {"VERB", "NOUN", "ADJ"}:
        return []
    clauses = [
        course
        for c in _proposed_clauses(tok)
        for course, _ in courses(c)
        if course_of_action(course)
        and not _anaphoric(course)
        and not _addressed(tok, course)
        and not _thought(ctx, course)
        and not _relative_gap(tok)
    ]
    found = []
    for start, end in _joined_spans(clauses):
        if 2 <= end - start <= 45:
            label = " ".join(
                re.sub(r"^(?:that|to)\s+", "", ctx.sdoc[start : end + 1].text, flags=re.I).split()[:8]
            )
            found.append(Course(start, end, label, _proposal_author(ctx, tok, voice)))
    return found


@construction(
    "options",
    "weighed_course",
    0.4,
    example="We do not think you should sign with reservations.",
    pos=("VERB",),
)
def weighed_course(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """The course in a that-clause of thinking or hoping with a modal ("we do not think you should sign
    with reservations", "they hope you will land marines and lend arms"): a course weighed, each
    coordinated verb its own; a verb of stance is left to the decision on its object."""
    if tok.lemma_.lower() not in ctx.cue("weighing_verbs"):
        return []
    found = []
    for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        if not modals_of(clause) & ctx.cue("weighing_modals") or not course_of_action(clause):
            continue
        for course, _ in courses(clause):
            lemma = course.lemma_.lower()
            stance = lemma in ctx.cue("approve_verbs") or lemma in ctx.cue("reject_verbs")
            if stance or lemma in ctx.cue("state_verbs") or _predicted(ctx, course):
                continue
            start, end = _verb_phrase(course)
            if end - start >= 1:
                found.append(Course(start, end, " ".join(ctx.sdoc[start : end + 1].text.split()[:8]), None))
    return found


def _predicted(ctx: Context, verb: Token) -> bool:
    """ "I think Germany will sign", "hostilities will inevitably begin": what others will do is a
    prediction; a course is what "you" or "we" will or should do, or what others should do."""
    subj = subject_of(verb)
    if subj is None or subj.dep_ == "nsubjpass" or is_second_person(subj) or is_first_person(subj):
        return False  # "you will land marines", "an arrangement might be made whereby ..."
    if subj.dep_ == "nsubj" and subj.pos_ != "PRON" and _a_course(ctx, subj):
        return True  # a thing that acts: an event foretold
    return not modals_of(verb) & ctx.cue("strong_modals")


def _verb_phrase(verb: Token) -> tuple[int, int]:
    """The verb with its objects and modifiers, without a pronoun subject ("you will land marines"),
    its modal, reasons and coordinated verbs of their own; a named subject stays with its modal ("the
    Military Detachment should continue its duties", "an arrangement might be made whereby ...")."""
    keep = [verb.i]
    shared = shares_complement(verb)  # "order or permit his return"
    for child in verb.children:
        if child.dep_ in {"aux", "auxpass", "neg", "punct", "advcl", "mark", "expl"}:
            continue
        if child.dep_ in {"cc", "conj"} and not shared:
            continue
        if child.dep_ in SUBJECTS and child.pos_ == "PRON":
            continue
        keep.extend(t.i for t in child.subtree)
    start, end = min(keep), max(keep)
    if start < verb.i:  # a subject kept: the modal and negation between it and the verb go with it
        return start, end
    return verb.i, end


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
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else tok.head
    if tok.dep_ not in {"dobj", "pobj"} or verb.lemma_.lower() not in ctx.cue("demanding_verbs"):
        return []
    if not _action_noun(ctx, tok) or _points_back(ctx, tok):
        return []
    start, end = noun_phrase(tok)
    owned = any(c.dep_ == "poss" for c in tok.children)
    named_act = owned and tok.lemma_.lower() not in ctx.cue("option_nouns")
    if _anaphor(ctx, tok, start, end) and not named_act:
        return []  # "the postponement", "your suggestions": named before; "his concurrence" is named here
    return [Course(start, end, option_label(ctx.sdoc, tok, start, end), proposer(ctx, tok, voice))]


def _action_noun(ctx: Context, tok: Token) -> bool:
    """A noun that names an act: a nominalization of a verb (removal, postponement, withdrawal)."""
    return tok.lemma_.lower() in ctx.lex.cues["nominalizations"].values() or tok.lemma_.lower().endswith(
        tuple(ctx.cue("action_suffixes"))
    )


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
    if tok.text != ":" or not (noun := _listing_noun(ctx, tok)):
        return []
    items = _list_items(ctx.sdoc, tok.i + 1)
    if len(items) < 2:
        return []
    by = proposer(ctx, noun, voice)
    return [
        Course(start, end, " ".join(ctx.sdoc[start : end + 1].text.split()[:8]), by) for start, end in items
    ]


def _listing_noun(ctx: Context, colon: Token) -> Token | None:
    """The proposal noun of the colon's sentence that the list spells out."""
    before = ctx.sdoc[colon.sent.start : colon.i]
    nouns = ctx.cue("option_nouns")
    return next((t for t in reversed(before) if t.lemma_.lower() in nouns or t.lower_ in nouns), None)


def _spelled_out(ctx: Context, noun: Token) -> bool:
    """Whether a list of terms after a colon spells the noun out."""
    colon = next((t for t in ctx.sdoc[noun.i + 1 : noun.sent.end] if t.text == ":"), None)
    if colon is None or _listing_noun(ctx, colon) != noun:
        return False
    return len(_list_items(ctx.sdoc, colon.i + 1)) > 1


def _marker(sdoc: SpacyDoc, i: int) -> tuple[int, int] | None:
    """The number and length in tokens of a list marker at token ``i``: "(1)", "(a)", "1.", "2)"."""
    words = [t.text for t in sdoc[i : i + 3]]
    if len(words) == 3 and words[0] == "(" and words[2] == ")" and (n := _item_number(words[1])):
        return n, 3
    if len(words) >= 2 and words[1] in {".", ")"} and words[0].isdigit() and (n := _item_number(words[0])):
        return n, 2
    if words and words[0].endswith(".") and (n := _item_number(words[0][:-1])) and words[0][:-1].isdigit():
        return n, 1
    return None


def _item_number(text: str) -> int | None:
    """1 for "1", "i" or "a"."""
    if len(text) == 1 and text.isalpha() and text.islower():
        return ord(text) - ord("a") + 1
    return _number_of(text)


def _list_items(sdoc: SpacyDoc, i: int) -> list[tuple[int, int]]:
    """Token ranges of the items of a list that starts at token ``i``, numbered from 1 in order; an
    item ends at the next marker, and the last one at its first semicolon or the end of its sentence."""
    marker = _marker(sdoc, i)
    if marker is None or marker[0] != 1:
        return []
    items, number, start = [], 1, i + marker[1]
    limit = min(len(sdoc), i + LIST_LIMIT)
    j = start
    while j < limit:
        nxt = _marker(sdoc, j)
        if nxt is not None and nxt[0] == number + 1 and j > start:
            items.append((start, j - 1))
            number, start, j = number + 1, j + nxt[1], j + nxt[1]
            continue
        j += 1
    if start < len(sdoc):
        items.append((start, sdoc[start].sent.end - 1))
    return [span for span in (_item_span(sdoc, a, b) for a, b in items) if span is not None]


LIST_LIMIT = 200  # tokens: how far a list of terms may run


def _item_span(sdoc: SpacyDoc, start: int, end: int) -> tuple[int, int] | None:
    """An item up to its first semicolon, without the punctuation and conjunction that join it to the next."""
    end = next((t.i - 1 for t in sdoc[start : end + 1] if t.text == ";" or "\n" in t.text), end)
    joining = cue("coordinators")
    while end >= start and (sdoc[end].is_punct or sdoc[end].is_space or sdoc[end].lower_ in joining):
        end -= 1
    return (start, end) if end - start >= 1 else None


def _points_back(ctx: Context, tok: Token) -> bool:
    """ "this suggestion", "such proposals", "the latter": a pointing word makes a mention anaphoric."""
    return tok.lower_ in ctx.cue("anaphoric_modifiers") or any(
        c.dep_ == "det" and c.lower_ in ctx.cue("pointing_determiners") for c in tok.children
    )


def _anaphor(ctx: Context, tok: Token, start: int, end: int) -> bool:
    """A proposal noun that only points back: nothing but determiners and anaphoric modifiers
    ("the proposed arrangement", "the above suggestions", "this course")."""
    words = [t for t in ctx.sdoc[start : end + 1] if t.i != tok.i and not t.is_punct]
    return all(t.dep_ in {"det", "poss"} or t.lower_ in ctx.cue("anaphoric_modifiers") for t in words)


def _a_course(ctx: Context, target: Token) -> bool:
    """Something that can be chosen: not a person, government, place, date or amount."""
    if target.i in ctx.actor_at or target.ent_type_ in ctx.cue("non_course_entities"):
        return False
    lemma = target.lemma_.lower()
    return not any(lemma in ctx.lex.words("actors", words) for words in ctx.cue("actor_noun_lists"))


def _course_of_actor(target: Token) -> Token | None:
    """ "his Government would willingly accept any award": where a stance was read on the actor who
    takes it, the course is what its predicate takes."""
    if target.dep_ not in SUBJECTS:
        return None
    predicates = [target.head] + [c for c in target.head.children if c.dep_ in {"acomp", "attr"}]
    return next((c for p in predicates for c in p.children if c.dep_ in {"dobj", "xcomp", "ccomp"}), None)


def option_for(ctx: Context, target: Token, options: list[Option], voice: Voice) -> Option | None:
    """The option a stance bears on: a known one at or inside ``target``, else a new one; never the
    actor who takes the stance ("the Norwegian Government cannot agree")."""
    if not _a_course(ctx, target):
        course = _course_of_actor(target)
        return option_for(ctx, course, options, voice) if course is not None else None
    if target.pos_ in {"VERB", "AUX"} and not course_of_action(target):  # "agree that this is a possibility"
        return None
    if target.lemma_.lower() in ctx.cue("option_nouns") and _idiom(ctx, target):  # "accepted the position of"
        return None
    start, end = noun_phrase(target) if target.pos_ in {"NOUN", "PROPN"} else clause_span(target)
    span = char_span(ctx.sdoc, start, end)
    for opt in options:
        if opt.span.start <= target.idx < opt.span.end or span.start <= opt.span.start < span.end:
            return opt
    before = sorted((o for o in options if o.span.end <= span.start), key=lambda o: o.span.end)
    if target.pos_ == "PRON":
        return before[-1] if before else None
    antecedent = _antecedent(ctx, target, start, end, before)
    if antecedent is not None:
        return antecedent
    if end - start > 40:
        return None
    span = trim_marker(ctx.sdoc, span)
    label = (
        option_label(ctx.sdoc, target, start, end)
        if target.pos_ in {"NOUN", "PROPN"}
        else " ".join(ctx.sdoc[start : end + 1].text.split()[:8])
    )
    by = proposer(ctx, target, voice) if target.pos_ in {"NOUN", "PROPN"} else None
    return Option(span=span, label=label, proposed_by=by, confidence=0.45)


def _antecedent(ctx: Context, target: Token, start: int, end: int, before: list[Option]) -> Option | None:
    """ "We cannot accept this suggestion", "the latter": a mention that only points back is the
    option named before it, the last one with its head noun, else (after a pointing word) the last one
    of the sentences just before."""
    pointing = _points_back(ctx, target)
    if not pointing and not (target.pos_ in {"NOUN", "PROPN"} and _anaphor(ctx, target, start, end)):
        return None
    lemma = target.lemma_.lower()
    for opt in reversed(before):
        head = ctx.sdoc.char_span(opt.span.start, opt.span.end, alignment_mode="expand")
        if head is not None and len(head) and head.root.lemma_.lower() == lemma:
            return opt
    if not pointing or not before:
        return None
    sent = target.sent
    for _ in range(ANAPHOR_SENTENCES):  # walk back sentence by sentence, never over the whole document
        if sent.start == 0:
            break
        sent = ctx.sdoc[sent.start - 1].sent
    return before[-1] if before[-1].span.start >= sent.start_char else None


ANAPHOR_SENTENCES = 2  # how far back a pointing mention ("this suggestion") looks for what it points to


def courses(target: Token) -> list[tuple[Token, bool]]:
    """The judged course and the courses coordinated with it; one negated where the first
    is not ("to be there and not to sit") takes the opposite stance."""
    found = [(target, False)]
    if target.pos_ in {"VERB", "AUX"} and not shares_complement(target):
        found += [
            (c, is_negated(c) != is_negated(target))
            for c in target.children
            if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
        ]
    return found


def _proposed_clauses(tok: Token) -> list[Token]:
    """The clauses a proposal word puts forward: its that- or to-complement, or the
    complement of "is" after it ("the idea is to broach ...")."""
    deps = {"ccomp", "xcomp"} if tok.pos_ in {"VERB", "ADJ"} else {"acl", "relcl", "ccomp"}
    found = [c for c in tok.children if c.dep_ in deps and c.pos_ in {"VERB", "AUX"} and _content_clause(c)]
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        found += [c for c in tok.head.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}]
    return found


def _joined_spans(clauses: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of the clauses; two that touch with no conjunction between are one
    course the parser split ("insist that all the Republics ... be represented")."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted(clause_span(c) for c in clauses):
        if spans and start <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _content_clause(clause: Token) -> bool:
    """A that- or to-clause with its own content, not a relative clause ("the plan which we made")."""
    if clause.dep_ not in {"acl", "relcl"}:
        return True
    if any(c.dep_ == "mark" or is_infinitive_to(c) for c in clause.children):
        return True
    return (
        clause.dep_ == "relcl"
        and clause.doc[clause.head.i + 1].lower_ == "that"
        and any(c.dep_ in SUBJECTS and c.lower_ not in cue("relative_pronouns") for c in clause.children)
    )


def course_of_action(clause: Token) -> bool:
    """Something to be done: not "that this is a possibility", not "which we would like to submit"."""
    if any(t.tag_ in {"WDT", "WP"} and t.i < clause.i for t in clause.subtree):
        return False
    return not (
        clause.lemma_ in cue("light_verbs")
        and clause.tag_ != "VB"
        and not any(
            c.tag_ == "MD"
            or is_infinitive_to(c)
            or (c.dep_ == "xcomp" and any(is_infinitive_to(a) for a in c.children))
            for c in clause.children
        )
    )


def _anaphoric(clause: Token) -> bool:
    """ "to do this", "to do so", "to do same": a course named earlier, not a new one."""
    words = [t for t in clause.subtree if not t.is_punct]
    return len(words) <= 4 and any(
        (t.pos_ == "PRON" and t.dep_ in {"dobj", "pobj"}) or t.lower_ in cue("pro_forms") for t in words
    )


def _thought(ctx: Context, clause: Token) -> bool:
    """ "unable to see that ...", "to think our delay is due to ...": thinking or seeing that something
    is so names no course ("to see the President" does)."""
    thinking = clause.lemma_.lower() in ctx.cue("cognition_verbs")
    return thinking and any(c.dep_ == "ccomp" for c in clause.children)


def _relative_gap(governor: Token) -> bool:
    """ "changes which you may wish to introduce": the relative word is the object of the complement,
    which names no course of its own."""
    if governor.dep_ != "relcl":
        return False
    relative = next((t for t in governor.subtree if t.tag_ in {"WDT", "WP"} and t.i < governor.i), None)
    return relative is not None and relative.dep_ not in SUBJECTS


def _addressed(governor: Token, clause: Token) -> bool:
    """ "suggest that you start ...", "desire you to study ...": the addressee is told to act."""
    subj = subject_of(clause) or next((c for c in governor.children if c.dep_ in {"dobj", "dative"}), None)
    return is_second_person(subj)


def _proposal_author(ctx: Context, tok: Token, voice: Voice) -> str | None:
    if tok.pos_ == "NOUN":
        return proposer(ctx, tok, voice)
    subj = subject_of(tok) if tok.pos_ == "VERB" else subject_of(tok.head)
    return ctx.refers(subj, voice) if subj is not None else None


def _proposal(ctx: Context, tok: Token) -> bool:
    """Whether a proposal noun names a proposal here: not an idiom, and a generic head (position,
    treaty, measure) only with a modifier that makes it a concrete one."""
    lemma = tok.lemma_.lower()
    if _idiom(ctx, tok):
        return False
    if lemma in ctx.cue("generic_option_nouns"):  # "all necessary measures": whatever serves, no course
        return not any(c.lower_ in ctx.cue("open_content_modifiers") for c in tok.children) and any(
            _content(ctx, c) for c in tok.children
        )
    if lemma in ctx.cue("weak_option_nouns"):
        return any(_content(ctx, c) or _identifying(ctx, c) for c in tok.children)
    return True


def _idiom(ctx: Context, tok: Token) -> bool:
    """A proposal noun in an idiom of manner, time, ability, concurrence or office: "on his own
    initiative", "in due course", "in the course of the negotiations", "in a position to", "in
    agreement with you", "the position of Collector of Customs"."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "amod" and c.lower_ in ctx.cue("adverbial_modifiers") for c in tok.children):
        return True
    if lemma in ctx.cue("concurrence_nouns") and any(_with_a_person(ctx, c) for c in tok.children):
        return True
    if lemma in ctx.cue("progress_nouns") and any(_progress_of(c) for c in tok.children):
        return True
    if lemma in ctx.cue("capacity_nouns") and tok.head.lower_ == "in" and any(map(_infinitive, tok.children)):
        return True
    return lemma in ctx.cue("capacity_nouns") and any(_of_an_office(ctx, c) for c in tok.children)


def _of_an_office(ctx: Context, prep: Token) -> bool:
    """ "the position of Collector of Customs": the post someone holds."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(
        c.dep_ == "pobj" and (_an_actor(ctx, c) or c.pos_ == "PROPN") for c in prep.children
    )


def _infinitive(clause: Token) -> bool:
    return clause.dep_ in {"acl", "relcl"} and any(is_infinitive_to(c) for c in clause.children)


def _with_a_person(ctx: Context, prep: Token) -> bool:
    """ "with you", "with General Secretary Brezhnev": agreeing with someone, not a treaty with a state."""
    if prep.dep_ != "prep" or prep.lower_ not in ctx.cue("agreement_with"):
        return False
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        key = ctx.actor_at.get(obj.i)
        if obj.pos_ == "PRON" or obj.ent_type_ == "PERSON" or (ctx.kinds or {}).get(key or "") == "Person":
            return True
    return False


def _progress_of(prep: Token) -> bool:
    """ "the course of the negotiations": an "of" with a determined noun names what runs its course;
    "a course of action" and "the course of making ..." name a course taken."""
    return prep.dep_ == "prep" and prep.lower_ == "of" and any(
        c.dep_ == "pobj" and c.tag_ != "VBG" and any(d.dep_ in {"det", "poss"} for d in c.children)
        for c in prep.children
    )


def _content(ctx: Context, child: Token) -> bool:
    """A complement that says what the proposal is: "to cover transfer of ...", "for adjournment",
    "which you approved", a number ("step (2)"); not an "of" naming whose it is ("the position of
    Collector of Customs", "the agreement of his superior officer")."""
    if child.dep_ in {"acl", "relcl"} or (child.dep_ in {"nummod", "appos"} and _number_of(child.text)):
        return True
    if child.dep_ != "prep" or child.lower_ not in ctx.cue("option_prepositions"):
        return False
    objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
    return any(not _an_actor(ctx, o) for o in objects)


def _identifying(ctx: Context, child: Token) -> bool:
    """A modifier that tells one proposal from another: whose ("our position", "the Austrian treaty"),
    which ("the first course", "US 2-2 position", "draft agreement", "some arbitral agreement"); a
    participle ("the differing positions", "negotiated settlement") only says what befell it."""
    if child.dep_ in {"poss", "compound", "nummod"}:
        return True
    if child.dep_ == "prep" and child.lower_ in ctx.cue("party_prepositions"):
        return True  # "the commercial agreement between the United States and Guatemala"
    return child.dep_ == "amod" and child.tag_ not in {"VBN", "VBG"}


def _an_actor(ctx: Context, tok: Token) -> bool:
    """A person, government or place named as the holder of a proposal, not its content."""
    return (
        tok.i in ctx.actor_at
        or tok.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"}
        or tok.lemma_.lower() in ctx.lex.words("actors", "person_titles")
    )


RELATIVE_CLAUSE_LIMIT = 20  # tokens: a longer relative clause tells more than it names


def noun_phrase(tok: Token) -> tuple[int, int]:
    """The noun with its modifiers and complements: a short relative clause ("any alternative plan
    which this Government might suggest") and coordinated numbers ("Articles 1 and 2") belong to it."""
    keep = [tok.i]
    for child in tok.children:
        if child.dep_ == "relcl" and _relative_clause(child):
            keep.extend(t.i for t in child.subtree)
            continue
        if child.dep_ == "conj" and _number_of(child.text) is not None:
            keep.extend(t.i for t in tok.children if t.dep_ == "cc" and t.i < child.i)
            keep.extend(t.i for t in child.subtree)
            continue
        if child.dep_ in {"relcl", "punct", "cc", "conj"} and child.i > tok.i:
            continue
        if child.dep_ == "appos" and child.i > tok.i + 8:
            continue
        keep.extend(t.i for t in child.subtree)
    start, end = min(keep), max(keep)
    sdoc = tok.doc
    end = _hung_on_the_verb(tok, end)
    end = next((t.i - 1 for t in sdoc[tok.i + 1 : end + 1] if t.text == ":"), end)  # a list follows
    while end > start and sdoc[end].is_punct and sdoc[end].text not in {")"}:
        end -= 1
    if end - start > 30:
        end = start + 30
    return start, end


def _hung_on_the_verb(tok: Token, end: int) -> int:
    """ "objected to the committee for the conversion of duties", "approved the appointment of a
    committee to coordinate ...": an "of"/"for" phrase or a to-clause right after a verb's object that
    the parser hung on the verb completes the object."""
    if tok.dep_ not in {"dobj", "pobj"}:
        return end
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" else tok.head
    nxt = next((c for c in verb.children if c.left_edge.i == end + 1), None)
    if nxt is None:
        return end
    if (nxt.dep_ == "prep" and nxt.lower_ in cue("attached_prepositions")) or (
        nxt.dep_ in {"advcl", "xcomp"} and is_infinitive_to(nxt.left_edge)
    ):
        return nxt.right_edge.i
    return end


def _relative_clause(clause: Token) -> bool:
    """A short relative clause with its relative word, or with a gap where one was left out ("the
    proposal we have been considering"); not a clause the parser hung on the noun ("a draft treaty
    he said yes")."""
    words = list(clause.subtree)
    if len(words) > RELATIVE_CLAUSE_LIMIT:
        return False
    relatives = cue("relative_pronouns")
    if any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} or t.lower_ in relatives for t in words if t.i < clause.i):
        return True
    return not any(c.dep_ in {"dobj", "nsubjpass", "ccomp", "intj"} for c in clause.children)


def option_label(sdoc: SpacyDoc, tok: Token, start: int, end: int) -> str:
    label = _plain_label(sdoc, tok, start, end)
    paren = next((t.i for t in sdoc[end + 1 : min(end + 10, tok.sent.end)] if t.text == "("), None)
    after = sdoc[paren : paren + 4] if paren is not None else sdoc[0:0]
    if not numbered(label) and len(after) >= 3 and after[1].lemma_.lower() in cue("option_label_nouns"):
        number = _option_number(after[1])
        if number is not None:  # "our minimum position (option 1)"
            return f"{after[1].lemma_.capitalize()} {_numeral(number)} ({label})"
    return label


def _plain_label(sdoc: SpacyDoc, tok: Token, start: int, end: int) -> str:
    number = _option_number(tok)
    if number is not None:
        return f"{tok.lemma_.capitalize()} {_numeral(number)}"
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i]
    words = [m.text for m in sorted(mods, key=lambda t: t.i)] + [tok.text]
    label = " ".join(words)
    if len(words) == 1:
        label = sdoc[start : end + 1].text
        first, _, rest = label.partition(" ")
        label = rest if rest and first.lower() in cue("articles_possessives") else label
        label = " ".join(label.split()[:8])
    return re.sub(r"(?<=[a-z])\d{1,2}$", "", label)


def _numeral(number: int) -> str:
    roman = load_lexicon().cues["roman_numerals"]
    return roman[number - 1] if 0 < number <= len(roman) else str(number)


def _number_of(text: str) -> int | None:
    """1 for "1", "I" or "(i)"; None for other words."""
    roman = load_lexicon().cues["roman_numerals"]
    text = text.strip("()")
    if text.isdigit() and len(text) <= 4:
        return int(text)
    return roman.index(text.upper()) + 1 if text.upper() in roman else None


def _option_number(tok: Token) -> int | None:
    ordinals = load_lexicon().cues["ordinals"]
    for child in tok.children:
        if child.dep_ in {"nummod", "appos", "compound", "npadvmod"} and child.i > tok.i:
            number = _number_of(child.text)
            if number is not None:
                return number
        if child.dep_ == "amod" and ordinals.get(child.lower_):
            return int(ordinals[child.lower_])
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return _number_of(nxt.text) if nxt is not None and len(nxt.text) <= 4 else None


def proposer(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """Who puts a proposal forward: its possessor ("our position"), an actor adjective ("the Argentine
    formula"), an agent ("submitted by Prince Ching"), or the subject of a verb of proposing whose
    object it is ("Chile proposes the following terms")."""
    for child in tok.children:
        if child.dep_ == "poss":
            return ctx.refers(child, voice)
        if child.dep_ == "amod" and child.i in ctx.actor_at:
            return ctx.actor_at[child.i]
    for t in tok.subtree:
        if t.dep_ == "agent" or (t.dep_ == "poss" and t.head.lemma_.lower() in cue("message_nouns")):
            for s in t.subtree:
                actor = ctx.refers(s, voice)
                if actor:
                    return actor
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ctx.cue("proposing_verbs"):
        subj = subject_of(tok.head)
        return ctx.refers(subj, voice) if subj is not None else None
    return None
