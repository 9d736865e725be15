"""Decisions recorded impersonally: "It was decided that the committee should examine the claims", "it
was agreed to postpone the vote". Minutes and memoranda of conversation record what a meeting settled
with a passive verb of settling (decide, agree, resolve, determine) whose subject is the placeholder
"it" and whose content is the extraposed that-clause or infinitive. The stance verb's own reading takes
"it" for what was settled and finds no course; here the clause is the course, approved by the agent
("by the Commissioners") or else by whoever records the meeting's conclusion; minutes, which no one
speaks, give the meeting's own last named subject ("The Commissioners approved ...") or its members
("Present: Mr. Brown, Mr. Grey")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated, modals_of, subject_of
from .deciders import decider
from .decisions import Stance
from .hypotheses import asked, hypothetical, in_condition
from .lexicon import cue
from .registry import construction
from .reports import told_as_done
from .stance_spans import decision_span
from .tokens import children_of, head_of
from .voices import Voice

#: how many sentences back minutes are searched for the meeting's party
MEETING_SENTENCES = 8
#: how many sentences back, within the paragraph, a meeting named earlier is looked for
PARAGRAPH_SENTENCES = 4
#: the kinds of actor that hold meetings and settle by them
ORGANIZED = frozenset({"Organization", "Group", "Government"})


@construction(
    "decisions",
    "settled_impersonally",
    0.5,
    example="It was decided that the committee should examine the claims",
    pos=("VERB",),
    lemmas=("settling_verbs",),
)
def settled_impersonally(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A passive settling verb told as done, with "it" as its subject and a clause after it: the clause is
    the course approved; not negated ("it was not decided whether"), under a modal, a condition or a
    question."""
    if tok.lemma_.lower() not in ctx.cue("settling_verbs") or tok.tag_ != "VBN":
        return []
    course = _extraposed_course(tok)
    if course is None or not told_as_done(tok) or is_negated(tok) or modals_of(tok):
        return []
    if in_condition(tok) or asked(ctx, tok) or hypothetical(ctx, tok):
        return []
    actor = _named_assembly(ctx, tok, voice) or decider(ctx, tok, voice) or _meeting_party(ctx, tok, voice)
    if actor is None:
        return []
    return [Stance(tok, "approve", actor, course, decision_span(ctx.sdoc, tok, course))]


def _extraposed_course(verb: Token) -> Token | None:
    """The that-clause or infinitive after a passive verb whose subject is the placeholder "it" ("it was
    decided that ...", "it was agreed to ..."); not an indirect question ("whether", "how")."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ != "it":
        return None
    for clause in (c for c in children_of(verb) if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i):
        marks = {c for c in children_of(clause) if c.dep_ in {"mark", "advmod"} and c.i < clause.i}
        if any(m.lower_ in cue("inquiry_marks") or m.tag_ == "WRB" for m in marks):
            return None
        if clause.pos_ in {"VERB", "AUX"}:
            return clause
    return None


def _named_assembly(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """ "At a meeting of the Commissioners it was decided ...", "at the session of the Council it was
    agreed": the body whose meeting the sentence names settled it, not the writer who reports it; a
    by-agent ("it was decided by the delegates") still comes first."""
    if any(c.dep_ == "agent" for c in children_of(verb)):
        return None
    node = verb
    while True:
        for prep in (c for c in children_of(node) if c.lower_ in ctx.cue("assembly_prepositions")):
            for place in (o for o in children_of(prep) if o.dep_ == "pobj"):
                found = _assembly_body(ctx, place, voice)
                if found is not None:
                    return found
        if node.dep_ not in {"conj", "ccomp", "advcl"} or head_of(node).i == node.i:
            return _paragraphs_assembly(ctx, verb)
        node = head_of(node)


def _paragraphs_assembly(ctx: Context, verb: Token) -> str | None:
    """ "The Minister in open session of the Storthing explained the delay. ... The Minister gave a summary
    and it was decided to discuss it later": the body whose meeting a sentence before, in the same
    paragraph, names is the meeting that settled it."""
    doc = verb.doc
    before = [s for s in doc.sents if s.end <= verb.sent.start][-PARAGRAPH_SENTENCES:]
    for sent in reversed(before):
        if "\n\n" in doc.text[sent.end_char : verb.sent.start_char]:
            return None
        for place in (t for t in sent if t.lemma_.lower() in ctx.cue("assembly_nouns")):
            found = _meeting_body(ctx, place)
            if found is not None:
                return found
    return None


def _meeting_body(ctx: Context, place: Token) -> str | None:
    """The first body (an organization, group or government, not a person met) a meeting's phrase names."""
    found = (ctx.actor_at[t.i] for t in place.subtree if t.i != place.i and t.i in ctx.actor_at)
    return next((a for a in found if (ctx.kinds or {}).get(a) in ORGANIZED), None)


def _assembly_body(ctx: Context, place: Token, voice: Voice) -> str | None:
    """The body a meeting belongs to ("meeting of the Commissioners", "meeting Diplomatic Corps"), or the
    body met in ("in the Council", an organization, not a place: "in Lima"); a meeting that names none
    ("at this meeting") gives none."""
    assemblies = ctx.cue("assembly_nouns")
    if place.lemma_.lower() not in assemblies and place.lower_ not in assemblies:
        body = ctx.refers(place, voice) if place.pos_ == "PROPN" else None
        return body if body is not None and (ctx.kinds or {}).get(body) == "Organization" else None
    return _meeting_body(ctx, place)


def _meeting_party(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """Minutes (no speaker): the party the nearest sentence before names as its subject, else the first
    member the "Present:" line lists."""
    if voice.speaker is not None:
        return None
    before = [s for s in tok.doc.sents if s.end <= tok.sent.start]
    for sent in reversed(before[-MEETING_SENTENCES:]):
        subj = subject_of(sent.root)
        if subj is not None and subj.i in ctx.actor_at:
            return ctx.actor_at[subj.i]
    for sent in (s for s in before if s[0].lower_ in ctx.cue("attendance_headings")):
        return next((ctx.actor_at[t.i] for t in sent if t.i in ctx.actor_at), None)
    return None
