"""Directives the messages of 1969-76 put without an imperative or a strong modal: reliance on a
party to act ("We are counting on you to keep us informed, to give us your assessments"), a wish to
hear from the addressee ("I look forward to receiving your views"), and a course put with "might"
("You might review this with Lodge")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    Context,
    head_actor,
    is_first_person,
    is_infinitive_to,
    is_negated,
    is_second_person,
    modals_of,
    subject_of,
)
from .directives import Directive, addressed_clause, request_target
from .misreads import points_the_reader
from .recommendations import directed_lead, mandative, recommended_lead, recommender
from .registry import construction
from .tokens import children_of, head_of
from .told import elided_speaker
from .voices import Voice


@construction(
    "instructions",
    "reliance_frame",
    0.6,
    example="We are counting on you to keep us fully informed.",
    deps=("advcl", "xcomp", "conj"),
)
def reliance_frame(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A to-infinitive after "count / rely / depend on X" or "look to X" tells X to act: the speaker
    (or the actor who relies) relies on that party's doing it; each infinitive of a series is one. "Can"
    or "may" make it a belief about a third party, but an expectation put to the addressee."""
    first = _first_of_series(tok)
    head = _reliance_verb(ctx, first)
    if head is None or not any(is_infinitive_to(c) for c in children_of(tok)):
        return None
    if is_negated(head):
        return None  # "we cannot count on Hanoi to respect it": a doubt, no directive
    subj = subject_of(head)
    if subj is None or subj.dep_ != "nsubj":
        return None
    issuer = voice.speaker if is_first_person(subj) else ctx.refers(subj, voice)
    party = _relied_on(ctx, head)
    obj = None if party is None else next((c for c in children_of(party) if c.dep_ == "pobj"), None)
    asked = None if obj is None else ctx.refers(obj, voice)
    if issuer is None or asked is None or asked == issuer:
        return None
    if modals_of(head) & ctx.cue("reliance_doubt_modals") and asked != voice.addressee:
        return None  # "we may count on Hanoi to respect it": a belief; "I can count on you to" tells you
    return Directive(asked, issuer=issuer, governor=head if first is tok else None)


def _first_of_series(tok: Token) -> Token:
    """The first to-infinitive of a series ("to keep us informed, to give us ... and to keep ..."), which
    the parser hangs on one another as xcomp after a comma or as conj."""
    while True:
        above = head_of(tok)
        left = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
        series = tok.dep_ == "xcomp" and left is not None and left.text == "," and left.head.i == above.i
        if not (tok.dep_ == "conj" or series) or above.i == tok.i or not any(
            is_infinitive_to(c) for c in children_of(above)
        ):
            return tok
        tok = above


def _reliance_verb(ctx: Context, first: Token) -> Token | None:
    """The verb of reliance whose party the first infinitive of the series tells to act."""
    head = head_of(first)
    if first.dep_ not in {"advcl", "xcomp"} or head.lemma_.lower() not in ctx.cue("reliance_verbs"):
        return None
    party = _relied_on(ctx, head)
    return head if party is not None and party.i < first.i else None


def _relied_on(ctx: Context, head: Token) -> Token | None:
    """The preposition of the party relied on ("count on you", "look to the Ambassador")."""
    cues = ctx.cue("reliance_prepositions")
    return next((c for c in children_of(head) if c.dep_ == "prep" and c.lemma_.lower() in cues), None)


@construction(
    "instructions",
    "awaited_views",
    0.6,
    example="I look forward to receiving your views on the proposal.",
    deps=("pcomp",),
)
def awaited_views(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The speaker's "look forward to receiving / hearing" a thing asks the one who can send it for it:
    whose views are awaited, else the addressee. Meeting a person is no request."""
    if tok.lemma_.lower() not in ctx.cue("learning_verbs") or voice.addressee is None:
        return None
    to = head_of(tok)
    look = head_of(to)
    if to.lower_ != "to" or look.lemma_.lower() != "look" or is_negated(look):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "forward" for c in children_of(look)):
        return None
    subj = subject_of(look)
    if subj is not None and not is_first_person(subj):
        return None  # "they look forward to receiving it": what a third party awaits
    obj = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or ctx.refers(obj, voice) is not None:
        return None
    return _asked_for(ctx, tok, subj, voice, governor=look)


def _asked_for(
    ctx: Context, tok: Token, subj: Token | None, voice: Voice, governor: Token | None
) -> Directive | None:
    """The speaker's (or the awaiting actor's) request to whoever is to send what is awaited."""
    issuer = voice.speaker if subj is None else ctx.refers(subj, voice) or voice.speaker
    asked = request_target(ctx, tok, voice)
    if asked in {None, issuer}:  # "any information you can give me": "me" receives, "you" is asked
        asked = voice.addressee
    return Directive(asked, issuer=issuer, governor=governor) if asked not in {None, issuer} else None


@construction(
    "instructions",
    "awaited_answer",
    0.55,
    example="I look forward to your reply.",
    lemmas=("forward_looking_verbs",),
)
def awaited_answer(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The speaker's "look forward to" an answer or assessment asks the addressee to send it; a visit
    or an agreement looked forward to is no request."""
    if tok.lemma_.lower() not in ctx.cue("forward_looking_verbs") or voice.addressee is None:
        return None
    if is_negated(tok):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "forward" for c in children_of(tok)):
        return None
    subj = subject_of(tok)
    if subj is not None and not is_first_person(subj):
        return None
    to = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "to"), None)
    noun = None if to is None else next((c for c in children_of(to) if c.dep_ == "pobj"), None)
    awaited = ctx.cue("answer_nouns") | ctx.cue("awaited_nouns")  # "the sitrep and your comments": either
    nouns = [] if noun is None else [noun, *(c for c in children_of(noun) if c.dep_ == "conj")]
    if not any(n.lemma_.lower() in awaited for n in nouns):
        return None
    return _asked_for(ctx, nouns[0], subj, voice, governor=None)


@construction(
    "instructions",
    "telegraphic_welcome",
    0.55,
    example="Will welcome any thoughts you may have.",
    lemmas=("request_verbs",),
)
def telegraphic_welcome(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """Telegraphese with the speaker left out that "will welcome / appreciate" an answer asks the
    addressee for it. With no modal it thanks for one received ("Appreciate your assessments and share
    your concern"); "would" is ``polite_request``."""
    if tok.lemma_.lower() not in ctx.cue("request_verbs") or voice.addressee is None or is_negated(tok):
        return None
    if not modals_of(tok) & ctx.cue("welcome_modals"):
        return None
    if subject_of(tok) is not None or elided_speaker(tok, voice) is None:
        return None
    obj = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in ctx.cue("answer_nouns") | ctx.cue("awaited_nouns"):
        return None
    return _asked_for(ctx, obj, None, voice, governor=None)


@construction(
    "instructions",
    "appreciated_answer",
    0.55,
    example="Your views would be appreciated.",
    lemmas=("request_verbs", "copulas"),
)
def appreciated_answer(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """An answer or assessment that "would (or will) be appreciated / welcome(d)" is asked of the
    addressee (the passive of the polite "would appreciate your views"), as one that "would be helpful"."""
    lemma = tok.lemma_.lower()
    glad = ctx.cue("request_predicates")
    thanked = ctx.cue("request_verbs")  # "will be most appreciated", the participle tagged an adjective
    helpful = lemma == "be" and any(
        c.dep_ == "acomp" and (c.lemma_.lower() in glad or any(c.lower_.startswith(v) for v in thanked))
        for c in children_of(tok)
    )
    if not (lemma in ctx.cue("request_verbs") and tok.tag_ == "VBN" or helpful) or voice.addressee is None:
        return None
    subj = subject_of(tok)
    if subj is None or subj.dep_ != ("nsubj" if helpful else "nsubjpass") or is_negated(tok):
        return None
    if not modals_of(tok) & (ctx.cue("welcome_modals") | {"would"}):
        return None  # "would be appreciated", "will be greatly appreciated"; not "was appreciated"
    if subj.lemma_.lower() not in ctx.cue("answer_nouns") | ctx.cue("awaited_nouns"):
        return None
    return _asked_for(ctx, subj, None, voice, governor=None)


@construction(
    "instructions",
    "requested_reply",
    0.55,
    example="Urgent reply requested.",
    pos=("VERB",),
    deps=("ROOT",),
    lemmas=("word_requesting_verbs",),
)
def requested_reply(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """Telegraphese leaves out the "is" of a passive: "Urgent reply requested", "Your views desired
    soonest" ask the reader for his answer, though the parser reads the answer as what requests."""
    if tok.tag_ not in {"VBD", "VBN"} or tok.lemma_.lower() not in ctx.cue("word_requesting_verbs"):
        return None
    if voice.addressee is None or is_negated(tok) or any(c.dep_ in UNELIDED for c in children_of(tok)):
        return None  # "the reply was requested", "the Minister requested a reply"
    subj = subject_of(tok)
    if subj is None or subj.dep_ != "nsubj" or subj.lemma_.lower() not in ctx.cue("answer_nouns"):
        return None
    return _asked_for(ctx, subj, None, voice, governor=None)


#: what a verb of requesting with its auxiliary or its own object has: no telegraphic passive
UNELIDED = frozenset({"aux", "auxpass", "dobj", "ccomp", "xcomp", "dative"})


@construction(
    "instructions",
    "you_might",
    0.5,
    example="You might review this with Lodge.",
    deps=("ROOT", "conj"),
)
def you_might(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The addressee as subject of a main clause with "might" and a verb of action puts a course to
    take; a verb of perceiving, knowing or being is a prediction ("you might find him difficult"),
    and "might have" a guess at the past."""
    if not addressed_clause(ctx, tok, voice) or points_the_reader(ctx, tok):
        return None
    if not modals_of(tok) & ctx.cue("suggesting_modals") or is_negated(tok):
        return None
    lemma = tok.lemma_.lower()
    weighed = lemma in ctx.cue("weighing_suggestions") and any(c.tag_ == "VBG" for c in children_of(tok))
    beliefs = ctx.cue("non_directive_verbs") | ctx.cue("cognition_verbs") | ctx.cue("state_verbs")
    if lemma in beliefs and not weighed:
        return None  # but "you might consider raising it": a course to weigh
    if any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in {"have", "be"} for c in children_of(tok)):
        return None  # "you might have seen", "you might be asked"
    return Directive(voice.addressee)


@construction(
    "instructions",
    "recommended_paragraph",
    0.6,
    example="I recommend that:\n\nYou authorize the Ambassador to seek another session.",
    deps=("ROOT",),
)
def recommended_paragraph(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A paragraph of its own under a lead that ends "recommend (that):" or "Recommendation:" is the
    recommender's instruction to the addressee, whoever the paragraph names as doer."""
    lead = recommended_lead(ctx, tok)
    if lead is None or voice.addressee is None:
        return None
    issuer = recommender(ctx, lead, voice.speaker)
    return Directive(voice.addressee, issuer=issuer) if issuer not in {None, voice.addressee} else None


@construction(
    "instructions",
    "directed_paragraph",
    0.6,
    example="The President has instructed that:\n\n1. Ambassador Tasca tell the Prime Minister that ...",
    deps=("ROOT",),
)
def directed_paragraph(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A paragraph of its own under a lead that ends "has directed (instructed) that:" is the lead
    subject's instruction to the paragraph's doer, as the same clause after "that" would be; a passive
    item ("the following line be taken") names no one told."""
    lead = directed_lead(ctx, tok)
    if lead is None:
        return None
    issuer = recommender(ctx, lead, voice.speaker)
    subj = subject_of(tok)
    addressee = head_actor(ctx, subj, voice) if subj is not None and subj.dep_ == "nsubj" else None
    if issuer is None or addressee == issuer:
        return None
    return Directive(addressee, issuer=issuer)


@construction(
    "instructions",
    "recommended_heading",
    0.6,
    example="RECOMMENDATION: That you approve the message at Tab A.",
    deps=("acl", "appos", "ccomp", "dep", "conj"),
)
def recommended_heading(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The same course put on the heading's own line: "RECOMMENDATION: That you approve the message at
    Tab A." The parser hangs the subjunctive clause on the heading noun; a clause joined to it ("and that
    you sign the reply") is recommended too. "That" and a subject make it a clause, not a title."""
    clause = head_of(tok) if tok.dep_ == "conj" else tok
    heading = head_of(clause)
    if voice.addressee is None or voice.speaker is None or heading.i != heading.sent.start:
        return None
    if heading.dep_ != "ROOT" or heading.lemma_.lower() not in ctx.cue("recommending_words"):
        return None
    if not all(_subjunctive_that(t) for t in {clause, tok}):
        return None
    return Directive(voice.addressee)


def _subjunctive_that(verb: Token) -> bool:
    """ "that you approve", "that the Department proceed", "that you should sign": not "that he approved"."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb))
    should = verb.tag_ == "VB" and modals_of(verb) == {"should"}
    return marked and (mandative(verb) or should) and subject_of(verb) is not None


@construction(
    "instructions",
    "bare_recommendation",
    0.6,
    example="That you approve the attached NSSM.",
    deps=("ROOT",),
)
def bare_recommendation(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A sentence that is only a subjunctive that-clause with the addressee as subject ("That you approve
    the attached NSSM."): a memorandum's recommendation with its lead left out, the writer's request to
    the one it is written to; "that" opening its sentence makes it no clause of another."""
    subj = subject_of(tok)
    mark = next((c for c in children_of(tok) if c.dep_ == "mark" and c.lower_ == "that"), None)
    if voice.addressee is None or voice.speaker is None or mark is None or subj is None:
        return None
    opens = mark.i == next(t for t in tok.sent if not t.is_space).i
    return Directive(voice.addressee) if opens and is_second_person(subj) and _subjunctive_that(tok) else None
