"""Directives: the find and write steps of instructions, and the tests on the parse they share.

The find step tries each registered instruction construction on every verb (``instructions.py``: what the
addressee is told; ``reported.py``: directives of third parties and to third parties) and keeps the first
that matches (a ``Hit``); the write step turns hits into ``Instruction`` items with the clause as evidence.
One instruction per directed verb: coordinated verbs with own complements are split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from .context import (
    COMPLEMENTS,
    SUBJECTS,
    Context,
    char_span,
    clause_span,
    governing_subject,
    is_infinitive_to,
    is_negated,
    is_question,
    is_second_person,
    is_verb,
    modals_of,
    subject_of,
    trim_marker,
)
from .coordination import adjunct_owner, coordinated_that_governor, included_owner, infinitive_owner
from .counsel import warned_off
from .courtesies import courtesy_verb
from .misreads import misread_clause, points_the_reader, read_as_verb, routing_line, verb_like
from .model import Instruction
from .recommendations import recommended_away
from .registry import Construction, constructions, gated, starts
from .subjects import relative_main_clause, split_main_clause, telegraphic_recommendation
from .tokens import children_of, head_of, opens_quotation, parse_table, sentence, subtree_of
from .voices import Voice


@dataclass(frozen=True)
class Directive:
    """Who is told (None: one named who is no actor, "ordered the garrison to surrender"), whether it
    forbids, who tells (None: the speaker), the governing verb whose clause the evidence starts from
    ("he instructed Rush to ..."); a question asks with the whole sentence ("Do we ... or do we ...?")."""

    addressee: str | None
    negative: bool = False
    issuer: str | None = None
    governor: Token | None = None
    whole_sentence: bool = False


@dataclass(frozen=True)
class Hit:
    tok: Token
    rule: Construction
    directive: Directive


# -- find step -------------------------------------------------------------
def find_directives(ctx: Context) -> dict[int, Hit]:
    """Every verb a construction reads as directed, keyed by token index (earlier hits feed later ones)."""
    gates = parse_table(ctx.sdoc).gates
    hits: dict[int, Hit] = {}
    ctx.directives = hits
    leads = {rule.name: starts(rule, ctx.sdoc) for rule in constructions("instructions")}
    for tok, voice in verb_like(ctx, editor_notes(ctx)):
        pos, dep = gate = gates[tok.i]
        if not read_as_verb(ctx, tok, pos, dep) or misread_clause(ctx, tok, dep):
            continue
        for rule in gated("instructions", *gate):
            if (at := leads[rule.name]) is not None and tok.i not in at:
                continue  # not one of the words it starts from
            directive = rule.func(ctx, tok, voice)
            if directive is not None:
                if not courtesy_verb(ctx, tok):  # asked only of a found directive: most verbs are none
                    hits[tok.i] = Hit(tok, rule, directive)
                break
    away = recommended_away([(h.tok, h.rule.name, h.directive.issuer) for h in hits.values()])
    ctx.directives = {i: hit for i, hit in hits.items() if i not in away}
    return ctx.directives


def editor_notes(ctx: Context) -> list[tuple[Token, Voice]]:
    """The editor's notes that say something speak for no one and to no one; a directive they report
    of named parties is its issuer's ("In his memoirs, Kissinger explained that he instructed Rush to
    ..."). Read for directives only: what the notes mention is no option of the document's."""
    notes: list[tuple[Token, Voice]] = []
    for region in ctx.regions:
        span = ctx.sdoc.char_span(region.start, region.end, alignment_mode="expand")
        if span is not None and len(span) and ctx.voice(span[0]) is None:
            notes.extend((tok, Voice(region, None, None)) for tok in span if ctx.voice(tok) is None)
    return notes


# -- write step ------------------------------------------------------------
def write_instructions(ctx: Context, hits: dict[int, Hit]) -> list[tuple[Token, Instruction]]:
    found = []
    demands = _further_demands(ctx, hits)
    for hit in hits.values():
        tok, directive = hit.tok, hit.directive
        voice = ctx.voice(tok)
        start, end = clause_span(tok) if is_verb(tok) else _rest_of_sentence(tok)
        start = tok.i if opens_quotation(tok) else start  # 'received from him: "Tell Gibson ...'
        if directive.whole_sentence:
            start, end = sentence(tok).start, sentence(tok).end - 1
        if directive.governor is not None:
            start = min(start, _clause_start(directive.governor))
        elif split_main_clause(tok) is not None and (subj := subject_of(tok)) is not None:
            start = min(start, min(t.i for t in subtree_of(subj)))  # "You will, should X refuse, inform him"
        if tok.i in demands:  # "request that X be restored, that Y ...": the first demand alone
            end = _before(ctx.sdoc, demands[tok.i], start)
        span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, end))
        polarity = "dont" if (directive.negative or forbids(ctx, tok, directive.governor)) else "do"
        issuer = directive.issuer or (voice.speaker if voice else None)
        if issuer is None:
            continue
        found.append(
            (
                tok,
                Instruction(
                    span=span,
                    issuer=issuer,
                    addressees=(directive.addressee,) if directive.addressee else (),
                    action=action_text(ctx.sdoc, tok, end, polarity),
                    polarity=polarity,
                    confidence=hit.rule.confidence,
                    rule=hit.rule.name,
                ),
            )
        )
    return found


def _rest_of_sentence(tok: Token) -> tuple[int, int]:
    """From a misread verb (its subject, where one comes before it) to the end of its sentence or its
    first semicolon."""
    end = tok.i
    for t in tok.doc[tok.i : sentence(tok).end]:
        if t.text == ";":
            break
        end = t.i
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubj" and c.i < tok.i), None)
    return (min(t.i for t in subtree_of(subj)) if subj is not None else tok.i), end


def forbids(ctx: Context, verb: Token, governor: Token | None = None) -> bool:
    """A prohibition: the verb or its governor negated, a verb of avoidance ("avoid", "refrain"), or
    a negative determiner on its subject, object or a fronted phrase ("under no circumstances",
    "there be no private meetings"); a question's negation is politeness ("Will you not ...?")."""
    if (is_negated(verb) and not is_question(verb)) or (governor is not None and is_negated(governor)):
        return True
    if verb.lemma_.lower() in ctx.cue("avoidance_verbs") or _ensures_not(ctx, verb) or warned_off(ctx, verb):
        return True
    no = ctx.cue("negative_determiners")
    for child in children_of(verb):
        phrase = (
            [child, *(c for c in children_of(child) if c.dep_ == "pobj")] if child.dep_ == "prep" else [child]
        )
        if child.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "prep"} and any(
            d.dep_ == "det" and d.lower_ in no and p.tag_ not in {"JJR", "RBR"}
            for p in phrase
            for d in children_of(p)
        ):  # "ask for no more than a recess" sets a limit, it does not forbid
            return True
    return False


def _ensures_not(ctx: Context, verb: Token) -> bool:
    """ "Make sure it does not leak", "ensure that they do not ...": a prohibition put as care; "agree
    that no contract should be made": as assent to a rule that forbids."""
    ensuring = [verb, *(c for c in children_of(verb) if c.dep_ == "acomp")]
    assenting = ctx.cue("ensuring_words") | ctx.cue("approve_verbs")
    return any(
        e.lemma_.lower() in assenting and c.dep_ == "ccomp" and (is_negated(c) or _no_subject(ctx, c))
        for e in ensuring
        for c in children_of(e)
    )


def _no_subject(ctx: Context, clause: Token) -> bool:
    """A clause whose subject has a negative determiner ("that no contract should be made"; the
    parser may hang the clause on that subject noun)."""
    subj = clause if clause.pos_ in {"NOUN", "PROPN"} else subject_of(clause)
    no = ctx.cue("negative_determiners")
    return subj is not None and any(d.dep_ == "det" and d.lower_ in no for d in children_of(subj))


def _further_demands(ctx: Context, hits: dict[int, Hit]) -> dict[int, int]:
    """Where the next demand inside a directed verb's clause begins, by the verb's index, so that each
    demand is quoted alone."""
    starts: dict[int, int] = {}
    for hit in hits.values():
        owner = _demand_owner(ctx, hit, hits)
        if owner is not None:
            opening = head_of(hit.tok) if hit.tok.dep_ == "pcomp" else hit.tok  # "including", "after"
            first = min(t.i for t in subtree_of(opening))
            starts[owner.i] = min(starts.get(owner.i, first), first)
    return starts


def _demand_owner(ctx: Context, hit: Hit, hits: dict[int, Hit]) -> Token | None:
    """The directed verb whose clause holds this demand: further that-clauses and to-infinitives of the
    same directive, and a hope the addressee is told to express ("Express to the Minister our hope that
    Peru will withdraw"), an instruction of its own."""
    owner_of = {"coordinated_that": coordinated_that_governor, "coordinated_infinitive": infinitive_owner,
                "included_action": included_owner, "adjunct_action": adjunct_owner}.get(hit.rule.name)
    if owner_of is not None:
        return owner_of(ctx, hit.tok)
    if hit.rule.name == "reliance_frame" and hit.tok.dep_ == "xcomp":  # "to keep us informed, to give us"
        return head_of(hit.tok)
    noun = head_of(hit.tok)
    if hit.rule.name != "hope_that" or hit.tok.dep_ != "acl" or noun.pos_ != "NOUN":
        return None
    told = head_of(noun).i in hits and head_of(noun).i != hit.tok.i and noun.dep_ in {"dobj", "npadvmod"}
    return head_of(noun) if told else None


def _before(sdoc: SpacyDoc, index: int, floor: int) -> int:
    """The last word before token ``index``, past commas and conjunctions."""
    end = index - 1
    while end > floor and (sdoc[end].is_punct or sdoc[end].dep_ == "cc" or sdoc[end].is_space):
        end -= 1
    return end


def _clause_start(verb: Token) -> int:
    """Where a governing verb's clause begins: its subject, or the verb itself."""
    subj = next((c for c in children_of(verb) if c.dep_ in SUBJECTS and c.i < verb.i), None)
    return min(t.i for t in subtree_of(subj)) if subj is not None else verb.i


def find_instructions(ctx: Context) -> list[tuple[Token, Instruction]]:
    return write_instructions(ctx, find_directives(ctx))


def action_text(sdoc: SpacyDoc, tok: Token, end: int, polarity: str) -> str:
    """The directed verb and what follows it in its clause; never empty (the verb at least)."""
    words = sdoc[tok.i : max(end, tok.i) + 1].text
    words = re.sub(r"(?<=[a-z.,;”’])\d{1,2}\b", "", words)
    words = re.sub(r"\s+", " ", words).strip() or tok.text
    prefix = "not " if polarity == "dont" and not words.lower().startswith("not") else ""
    return (prefix + words)[:200]


def request_target(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """Whose answer is wished for: "the views of his Government", or the one the wish is
    to be stated to ("state to the Minister that we would welcome ...")."""
    for t in subtree_of(tok):
        owner = (
            head_of(head_of(t))
            if t.dep_ == "pobj" and head_of(t).lower_ == "of"
            else head_of(t)
            if t.dep_ == "poss"
            else None
        )
        if owner is not None and owner.dep_ == "dobj":
            actor = ctx.refers(t, voice)
            if actor and actor != voice.speaker:
                return actor
    head = head_of(tok)
    if tok.dep_ == "ccomp" and head.lemma_.lower() in ctx.cue("speech_verbs") | ctx.cue(
        "directive_governors"
    ):
        for child in children_of(head):
            obj = (
                next((o for o in children_of(child) if o.dep_ == "pobj"), None)
                if child.dep_ == "prep"
                else child
            )
            if child.dep_ in {"dative", "dobj", "prep"} and obj is not None:
                actor = ctx.refers(obj, voice)
                if actor and actor != voice.speaker:
                    return actor
    return None


def directive_complement(ctx: Context, tok: Token, voice: Voice) -> bool:
    """ "It is proper that you should invite ..." is a directive; "tell them that you will
    report ..." and "the possibility that you will ..." only report or predict."""
    head = head_of(tok)
    lemma = head.lemma_.lower()
    if lemma == "be":
        return any(
            c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in ctx.cue("directive_predicates")
            for c in children_of(head)
        )
    if lemma in ctx.cue("directive_predicates"):
        return True
    if lemma in ctx.cue("directive_governors"):
        gsubj = governing_subject(head)  # "I have to request that you will ...": the one who has to
        return gsubj is not None and ctx.refers(gsubj, voice) == voice.speaker
    reporting = ctx.cue("speech_verbs") | ctx.cue("belief_verbs") | ctx.cue("non_directive_verbs")
    return head.pos_ == "VERB" and lemma not in reporting


def is_imperative(ctx: Context, tok: Token) -> bool:
    if tok.tag_ != "VB" or tok.dep_ not in {"ROOT", "conj"}:
        return False
    if tok.dep_ == "conj" and not is_imperative(ctx, head_of(tok)):
        return False
    if any(c.dep_ in SUBJECTS | {"expl"} for c in children_of(tok)):
        return False
    said = {"VBD", "VBZ"}  # "Did not tell him", "Does not appear to": a statement, its subject left out
    if any(
        c.tag_ == "MD" or is_infinitive_to(c) or (c.dep_ == "aux" and (c.lower_ == "will" or c.tag_ in said))
        for c in children_of(tok)
    ):
        return False
    if tok.lemma_.lower() in ctx.cue("non_imperative_verbs") or telegraphic_recommendation(tok):
        return False
    if not any(c.dep_ in COMPLEMENTS for c in children_of(tok)):
        return False
    if tok.dep_ == "ROOT":
        fronted = {
            t.i
            for c in children_of(tok)
            if c.dep_ in {"prep", "advcl", "npadvmod"} and c.i < tok.i
            for t in subtree_of(c)
        }  # "On his return ask the Minister ..."
        before = tok.doc[tok.i : tok.i] if opens_quotation(tok) else tok.doc[sentence(tok).start : tok.i]
        lead = [t for t in before if t.i not in fronted and not t.is_punct]  # ': "Tell Gibson': none
        allowed, free = ctx.cue("imperative_leads"), {"advmod", "intj", "neg", "aux", "cc"}
        if any(t.lower_ not in allowed and t.dep_ not in free for t in lead):
            return False
        if sentence(tok)[0].is_digit or routing_line(ctx, tok) or _elided_close(ctx, tok):
            return False
    speaker = ctx.cue("first_person") | ctx.cue("first_plural")  # "Permit me to apologize": a courtesy
    told_me = any(c.dep_ in {"dobj", "dative"} and c.lower_ in speaker for c in children_of(tok))
    return not (told_me and tok.lemma_.lower() in ctx.cue("courtesy_verbs"))  # "Send me ..." asks


def _elided_close(ctx: Context, verb: Token) -> bool:
    """ "Accept [etc.]", "Believe me [etc.]": the editors' elision of a complimentary close."""
    marks = {m.strip(".[]") for m in ctx.cue("elision_marks")}
    return any(t.lower_.strip(".]") in marks for t in sentence(verb))


def is_polite_if(ctx: Context, verb: Token) -> bool:
    """The addressee's act in "I should appreciate it / be glad / be obliged if you would V": an
    if-clause with "you would/will/could" under a verb of thanks or a predicate of gladness (a
    participle one as the tagger reads "obliged": its lemma is the verb's)."""
    return is_second_person(subject_of(verb)) and polite_if_clause(ctx, verb)


def polite_if_clause(ctx: Context, verb: Token) -> bool:
    """An if-clause with a modal ("if ... would / will / could V") under a verb of thanks or a
    predicate of gladness, whoever its subject."""
    if not any(c.dep_ == "mark" and c.lower_ == "if" for c in children_of(verb)) or not modals_of(verb):
        return False
    head = head_of(verb)
    glad = ctx.cue("request_predicates")
    predicates = (c for c in children_of(head) if c.dep_ in {"acomp", "oprd", "ccomp"})  # "find it helpful"
    named = head.lemma_.lower() in ctx.cue("request_verbs") | glad or head.lower_ in glad
    return named or any(c.lemma_.lower() in glad for c in predicates)


def course_not_view(ctx: Context, tok: Token) -> bool:
    """A verb of approving put "to" a course ("agree to a joint communique", "agree to hold talks"), not to
    a view ("agree that ..."); "see" a party is a call on it ("you should see President Thieu"), not a
    perception ("you will see that ...")."""
    kids = children_of(tok)
    if tok.lemma_.lower() in ctx.cue("meeting_verbs"):  # in a clause, left to what governs it
        return tok.dep_ != "ccomp" and any(c.dep_ == "dobj" and c.i in ctx.actor_at for c in kids)
    course = any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in kids)
    return tok.lemma_.lower() in ctx.cue("approve_verbs") and course


def addressed_clause(ctx: Context, tok: Token, voice: Voice) -> bool:
    """The addressee is the subject of a main clause, or of a clause a directive word governs
    ("it is proper that you should invite"), not of a reported one ("tell them that you will")."""
    subj = subject_of(tok)
    if not is_second_person(subj) or voice.addressee is None:
        return False
    main = tok.dep_ in {"ROOT", "conj", "ccomp"} or relative_main_clause(tok)
    if not main and split_main_clause(tok) is None:
        return False
    return tok.dep_ != "ccomp" or directive_complement(ctx, tok, voice)


def you_modal(ctx: Context, tok: Token, voice: Voice, modals: frozenset[str]) -> Directive | None:
    """The addressee as subject of a main clause with one of ``modals`` (not a passive)."""
    excluded = ctx.cue("non_directive_verbs") - ctx.cue("speech_verbs")  # "you may say to the Minister"
    if not addressed_clause(ctx, tok, voice) or points_the_reader(ctx, tok):
        return None
    if tok.lemma_.lower() in excluded and not course_not_view(ctx, tok):
        return None  # "you will agree that ...", but "you should not agree to a joint communique"
    if any(c.dep_ == "nsubjpass" for c in children_of(tok)):
        return None  # "you will be notified": what will happen to the addressee
    if not modals_of(tok) & (ctx.cue("directive_modals") | ctx.cue("latitude_modals")) & modals:
        return None
    shared = ctx.directives.get(head_of(tok).i) if tok.dep_ == "conj" else None
    if shared is not None and shared.directive.issuer is not None:  # "they hope you will land ... and lend"
        return Directive(voice.addressee, issuer=shared.directive.issuer)  # "you": whoever the head told
    return Directive(voice.addressee)
