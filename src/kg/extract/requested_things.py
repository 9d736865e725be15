"""Requests whose object is the act or thing asked for, with no clause: "He demanded the removal of
several members of the Cabinet", "I request a decision on this point", "have the honor to demand the
release of the two gentlemen", "requesting his cooperation". The verb of requesting with a noun object
asks for that act (GUIDELINES: "demand the removal of the governor ..." is one instruction); the one
asked is named with "of" or as indirect object, else the other party of the report."""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    Context,
    governing_subject,
    head_actor,
    is_first_person,
    is_negated,
    modals_of,
    prep_object,
)
from .directives import Directive
from .held_words import held_by
from .hypotheses import in_condition
from .interlocutors import conversation_partner, spoke_to_speaker
from .registry import construction
from .tokens import children_of, head_of
from .told import doer, reported_to
from .undirected import in_relative
from .voices import Voice

#: Modals under which a request is one made ("may I request", "must demand", "the honor to"), not foretold.
REQUESTING_MODALS = frozenset({"may", "must", "should", "to"})


@construction(
    "instructions",
    "requested_thing",
    0.6,
    example="He demanded the removal of several members of the Cabinet.",
    pos=("VERB",),
    lemmas=("thing_requesting_verbs", "act_ordering_verbs", "word_seeking_verbs"),
)
def requested_thing(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A verb of requesting, demanding or ordering with an act or thing as its object and no clause
    ("ordered the arrest of the officers"): a request of its subject (the speaker for "I" or "I have the
    honor to"), to the one asked "of", else to the other party of the report (the addressees of a decision
    or study memorandum); an order "to" someone sends or points a thing ("directed a note to the
    Minister"); to seek an answer ("we accordingly seek your instructions") asks for it."""
    lemma = tok.lemma_.lower()
    ordering = lemma in ctx.cue("act_ordering_verbs")
    sought = lemma in ctx.cue("word_seeking_verbs") and _seeks_word(ctx, tok)
    if not (ordering or sought) and lemma not in ctx.cue("thing_requesting_verbs"):
        return None
    if ordering and any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in children_of(tok)):
        return None
    if not asks_for_thing(ctx, tok, voice):
        return None
    subj = governing_subject(tok)
    if subj is None:
        return None
    issuer = voice.speaker if is_first_person(subj) or _enclosed_paper(ctx, subj) else doer(ctx, subj, voice)
    if issuer is None:
        return None
    asked = asked_party(ctx, tok, voice) or _named_doer(ctx, tok, voice) or met_party(ctx, tok, voice, issuer)
    asked = asked or _owner_asked(ctx, tok, voice)
    if asked is None and past_request(tok) and not (spoke_to_speaker(ctx, issuer, voice) or relayed(ctx)):
        return Directive(None, issuer=issuer, governor=tok)  # "Argentina has requested tenders": of others
    asked = asked or reported_to(ctx, voice, issuer)
    return Directive(asked, issuer=issuer, governor=tok) if asked is not None and asked != issuer else None


@construction(
    "instructions",
    "requested_word",
    0.6,
    example="A full report is desired on the policy of the British Government.",
    pos=("VERB",),
    lemmas=("word_requesting_verbs",),
)
def requested_word(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "Your views are requested", "a full report is desired": a word (an answer, information)
    requested in the passive, now and by no one named, is the speaker's request to the one spoken to."""
    if voice.addressee is None or tok.lemma_.lower() not in ctx.cue("word_requesting_verbs"):
        return None
    kids = children_of(tok)
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    words = ctx.cue("answer_nouns") | ctx.cue("sought_word_nouns")
    if subj is None or subj.lemma_.lower() not in words or any(c.dep_ == "agent" for c in kids):
        return None
    told_now = all(c.tag_ in {"VBZ", "VBP"} for c in kids if c.dep_ == "auxpass")
    if not told_now or modals_of(tok) or is_negated(tok) or in_relative(tok) or in_condition(tok):
        return None  # "the report was requested", "will be desired", "if information is wanted"
    return Directive(voice.addressee, governor=tok)


@construction(
    "instructions",
    "sent_for_answer",
    0.55,
    example="The Department submitted the memorandum to Mr. Hoover for his comments.",
    pos=("VERB",),
    lemmas=("submitting_verbs",),
)
def sent_for_answer(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A paper submitted, sent or referred to someone "for" an answer ("for his comments", "for his
    consideration and opinion", "for approval") asks that one for it, or with no "to" the one whose
    answer it is ("submitted for your approval"): a request of the sender, told as done; "for your
    information" informs."""
    if tok.lemma_.lower() not in ctx.cue("submitting_verbs") or tok.tag_ == "VBG":
        return None  # "no objection to your submitting it for approval": leave to ask, no request made
    answers = ctx.cue("answer_nouns") | ctx.cue("submission_purposes")
    wanted = prep_object(tok, "for")
    if wanted is None or wanted.lemma_.lower() not in answers or is_negated(tok) or modals_of(tok):
        return None
    to = prep_object(tok, "to")
    asked = head_actor(ctx, to, voice) if to is not None else _answer_owner(ctx, wanted, voice)
    subj = governing_subject(tok)
    issuer = None if subj is None else voice.speaker if is_first_person(subj) else doer(ctx, subj, voice)
    if asked is None or issuer is None or asked == issuer:
        return None
    return Directive(asked, issuer=issuer, governor=tok)


def _seeks_word(ctx: Context, verb: Token) -> bool:
    """Whether the verb's object is an answer ("your instructions", "his views")."""
    words = ctx.cue("answer_nouns") | ctx.cue("sought_word_nouns")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in children_of(verb))


def _answer_owner(ctx: Context, answer: Token, voice: Voice) -> str | None:
    """ "submitted for your approval a suggested procedure": with no "to", the one whose answer is
    wanted is the one asked."""
    owner = next((c for c in children_of(answer) if c.dep_ == "poss"), None)
    return ctx.refers(owner, voice) if owner is not None else None


def asks_for_thing(ctx: Context, verb: Token, voice: Voice) -> bool:
    """Whether a verb asks for a thing named as its object ("the removal of", "a decision"), in a
    request made: no clause of its own, not negated, passive, foretold or described by a relative."""
    kids = children_of(verb)
    if any(c.dep_ in {"xcomp", "ccomp", "auxpass", "nsubjpass"} for c in kids) or is_negated(verb):
        return False
    if modals_of(verb) - REQUESTING_MODALS or verb.dep_ in {"xcomp", "relcl", "amod"} or in_relative(verb):
        return False  # "it will be necessary to request an adjournment": a request foreseen
    if verb.dep_ == "pcomp" or any(subordinating(c) for c in kids):
        return False  # "by demanding a reduction": a means proposed; "if / when they requested permission"
    if "to" in modals_of(verb) and held_by(verb) is head_of(verb):
        return False  # "a decision to demand ...": only "I have the honor to demand" makes the request
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.i not in ctx.actor_at  # "requested US assistance"


def _named_doer(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """ "directed the preparation of a study to be carried out by the Interdepartmental Group": the one a
    passive infinitive on the thing asked for (or on what it is "of") names as its doer is the one asked."""
    things = [c for c in children_of(verb) if c.dep_ == "dobj"]
    things += [o for t in things if (o := prep_object(t, "of")) is not None]
    passives = (c for t in things for c in children_of(t) if c.dep_ in {"acl", "relcl"} and c.tag_ == "VBN")
    infinitives = (c for c in passives if any(a.tag_ == "TO" for a in children_of(c)))
    doers = (o for c in infinitives for a in children_of(c) if a.dep_ == "agent" for o in children_of(a))
    return next((d for o in doers if o.dep_ == "pobj" and (d := head_actor(ctx, o, voice)) is not None), None)


def _owner_asked(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """ "requested Helms's judgment", "requested US assistance": the one whose thing it is is asked for it."""
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    owners = [c for c in children_of(obj) if c.dep_ in {"poss", "compound"}] if obj is not None else []
    return next((a for o in owners if (a := head_actor(ctx, o, voice)) is not None), None)


def relayed(ctx: Context) -> bool:
    """A decision or study memorandum relays to its addressees what the President directed ("The
    President has directed a review of ..."): they are the ones to do it."""
    title = ctx.title.lower()
    return any(paper in title for paper in ctx.cue("relaying_papers"))


def past_request(verb: Token) -> bool:
    """A request told as past ("has requested information", "demanded"), not made by the report itself
    ("I request", "the Minister demands", "I have the honor to demand"): made of someone the report
    need not be addressed to."""
    return verb.tag_ not in {"VBP", "VBZ"} and "to" not in modals_of(verb)


def subordinating(word: Token) -> bool:
    """A conjunction or adverb that makes a clause a condition or a time ("if", "when", "as"); a
    reported "that" does not."""
    return (word.dep_ == "mark" and word.lower_ != "that") or (word.dep_ == "advmod" and word.tag_ == "WRB")


def asked_party(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """The one a request is put to: an indirect object, or "of" or "from" someone ("request of the
    Government", "demanded an explanation from Nicaragua", on the verb or on the thing asked)."""
    for child in children_of(verb):
        if child.dep_ == "dative" and (told := head_actor(ctx, child, voice)):
            return told
    things = [c for c in children_of(verb) if c.dep_ == "dobj"]
    for node, prep in ((n, p) for p in ("of", "from") for n in (verb, *things)):
        source = prep_object(node, prep)
        if source is not None and (node.i == verb.i or prep == "from"):
            return head_actor(ctx, source, voice)
    return None


#: Prepositions by which a verb of the same subject names the one met or written to ("called on the
#: Director", "submitted to the Secretary", "talked with the Minister").
MEETING_PREPOSITIONS = frozenset({"on", "to", "with"})


def met_party(ctx: Context, verb: Token, voice: Voice, issuer: str) -> str | None:
    """The one asked where the request does not name him: the owner of the answer asked for ("requested
    the views of the Commissioners"), the one a meeting is asked with ("requested a meeting with the
    Minister"), the one the issuer called on or wrote to in a verb joined to the request ("called on the
    Director ... and requested information"), or the one a talk in the sentence was with."""
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    found = None
    if obj is not None:
        found = owner_asked(ctx, obj, voice, "answer_nouns", "of")
        found = found or owner_asked(ctx, obj, voice, "talk_nouns", "with")
    found = found or joined_addressee(ctx, verb, voice) or conversation_partner(ctx, verb, voice, issuer)
    return found if found != issuer else None


def owner_asked(ctx: Context, noun: Token, voice: Voice, nouns: str, prep: str) -> str | None:
    """The actor after ``prep`` of a noun of the class ``nouns`` ("the views of X", "a meeting with X")."""
    if noun.lemma_.lower() not in ctx.cue(nouns) and noun.lower_ not in ctx.cue(nouns):
        return None
    obj = prep_object(noun, prep)
    return head_actor(ctx, obj, voice) if obj is not None else None


def joined_addressee(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """The one called on, written or submitted to by a verb coordinated with the request, sharing its
    subject ("I called on the Director and requested information")."""
    joined = [head_of(verb)] if verb.dep_ == "conj" and not own_subject(verb) else []
    conjs = [c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    joined += [c for c in conjs if not own_subject(c)]
    for other in joined:
        for child in children_of(other):
            if child.dep_ == "dative" and (told := head_actor(ctx, child, voice)):
                return told
        for prep in meeting_preps(other):
            for obj in (o for o in children_of(prep) if o.dep_ == "pobj"):
                if told := head_actor(ctx, obj, voice):
                    return told
    return None


def meeting_preps(verb: Token) -> list[Token]:
    """The verb's "on / to / with" phrases, also where the parser hangs one on the verb's "by" phrase
    ("called by appointment on the Director")."""
    bys = [c for c in children_of(verb) if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
    heads = [verb] + [o for c in bys for o in children_of(c) if o.dep_ == "pobj"]
    return [c for h in heads for c in children_of(h) if c.dep_ == "prep" and c.lower_ in MEETING_PREPOSITIONS]


def own_subject(verb: Token) -> bool:
    """Whether a coordinated verb has a subject of its own ("I called on X and the Consul requested ..."):
    then the one it met is not the one the other asked."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb))


def requested_product(ctx: Context, subj: Token) -> Directive | None:
    """The request, earlier in the document, of the thing a definite subject names again: after "The
    President has requested a study of ...", "The study should define ..." tells the one asked what to
    make of it; "the study" names again any review or analysis asked for, or directed to be made ("has
    directed that a review of ... be undertaken")."""
    if not any(c.dep_ == "det" and c.lower_ in ctx.cue("definite_determiners") for c in children_of(subj)):
        return None
    for i, found in ctx.directives.items():
        verb = subj.doc[i]
        asked = [c for c in children_of(verb) if c.dep_ in {"dobj", "nsubjpass"}]
        made = [o for c in asked for p in children_of(c) if p.lower_ == "of" for o in children_of(p)]
        if i < subj.i and any(_same_paper(ctx, c, subj) for c in asked + made):  # "preparation of a paper"
            return found.directive  # type: ignore[no-any-return]
    return None


def directed_paper(ctx: Context, subj: Token, voice: Voice) -> Directive | None:
    """The directive a sentence about a paper asked for gives ("The study should define ...", "The study
    will: 1. Analyze ..."): to the one asked for it, by the writer, or in a memorandum that lost its
    signature by whoever asked for it."""
    asked = requested_product(ctx, subj)
    if asked is None:
        return None
    return Directive(asked.addressee or voice.addressee, issuer=None if voice.speaker else asked.issuer)


def _same_paper(ctx: Context, asked: Token, named: Token) -> bool:
    """ "The study" names again the review or study asked for ("directed a review of ...")."""
    studies = ctx.cue("study_nouns")
    lemmas = {asked.lemma_.lower(), named.lemma_.lower()}
    return len(lemmas) == 1 or lemmas <= studies


def _enclosed_paper(ctx: Context, subject: Token) -> bool:
    """ "The attached NSSM requests a study": a paper the writer encloses asks in the writer's name (the
    participle may hang on the paper or, where the parser read the paper as a compound, just before it)."""
    papers = ctx.cue("paper_nouns") | ctx.cue("enclosed_papers")
    if subject.lemma_.lower() not in papers or subject.i == 0:
        return False
    before = {c.lower_ for c in children_of(subject) if c.dep_ in {"amod", "compound"}}
    return bool((before | {subject.nbor(-1).lower_}) & ctx.cue("enclosing_participles"))
