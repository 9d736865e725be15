"""Stances whose object is no course to decide on: a closing formula ("accept the assurances of my
highest consideration"), a question settled ("resolve the question": the course chosen is not named), a
word asked for ("would welcome your views on the plan": a request for an answer, an instruction), a
person chosen, assent to what is or was ("agreed that the tariff defeated its purpose"), a telegram's
own suggestion, and a judgement of how someone answered.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_infinitive_to, modals_of, subject_of
from .option_guards import is_answer
from .tokens import children_of


def no_course_object(ctx: Context, verb: Token, target: Token) -> bool:
    """Whether the object of the stance verb ``verb`` is no course it takes a stance on."""
    asked = asks_a_word_back(ctx, verb, target) or agreed_fact(ctx, verb, target)
    chosen = a_person(ctx, target) or elected(ctx, verb, target)
    return asked or chosen or courtesy(ctx, target) or settles_a_question(ctx, verb, target)


def elected(ctx: Context, verb: Token, target: Token) -> bool:
    """ "Weil, merchant, were unanimously elected", "elected a committee": a verb of election with a noun
    object fills an office with someone, whoever it names; "elected to withdraw" (an infinitive) chooses
    a course."""
    return verb.lemma_.lower() in ctx.cue("election_verbs") and target.pos_ in {"NOUN", "PROPN", "PRON"}


def a_person(ctx: Context, target: Token) -> bool:
    """ "Mr. Smith and Mr. Jones were elected", "accepted Mr. Smith": a person chosen is no course of action
    (GUIDELINES, Options); recognizing a government is read by the recognition construction."""
    actor = ctx.actor_at.get(target.i)
    return target.ent_type_ == "PERSON" or (actor is not None and (ctx.kinds or {}).get(actor) == "Person")


def asks_a_word_back(ctx: Context, verb: Token, target: Token, directed: bool = False) -> bool:
    """ "The Department would welcome your views", "desires an expression of opinion as to the course":
    welcoming or wanting an answer asks for it, whatever course it is about; so does a directive whose
    object is an answer ("send your comments on the draft"). Agreeing with views is a stance on what they
    address (GUIDELINES), so a verb of stance asks for an answer only as a want or under "would". Told
    to offer or submit advice ("submit your recommendations"), one is asked for it, and offers no course."""
    if target.pos_ not in {"NOUN", "PROPN"}:
        return False
    offered = verb.lemma_.lower() in ctx.cue("offer_verbs")
    if directed and offered and target.lemma_.lower() in ctx.cue("advice_nouns"):
        return True
    if not is_answer(ctx, target):
        return False
    lemma, tentative = verb.lemma_.lower(), bool(modals_of(verb) & ctx.cue("tentative_modals"))
    wanted = lemma in ctx.cue("course_wanting_verbs") or (tentative and lemma in ctx.cue("request_verbs"))
    return directed or wanted


def agreed_fact(ctx: Context, verb: Token, target: Token) -> bool:
    """ "They agreed that the tariff defeated its purpose", "we accept that the situation is serious":
    assent to a clause that states what is or was (a tensed verb with no modal, no "is to") shares a
    view of the facts, no course; "agreed that the guard should be withdrawn" or "that he be recalled"
    still puts one forward."""
    if verb.lemma_.lower() not in ctx.cue("assent_verbs") or target.dep_ != "ccomp":
        return False
    auxiliaries = [c for c in children_of(target) if c.dep_ in {"aux", "auxpass"}]
    tensed = {"VBD", "VBZ", "VBP"}  # "defeated", "is", "was violated", "has been"; not "be recalled"
    if target.tag_ not in tensed and not (auxiliaries and auxiliaries[0].tag_ in tensed):
        return False
    return not any(c.tag_ == "MD" or is_infinitive_to(c) or c.dep_ == "xcomp" for c in children_of(target))


def settles_a_question(ctx: Context, verb: Token, target: Token) -> bool:
    """ "Deciding the problem", "resolve the question": what is settled is a question, not the course
    chosen on it, which the clause does not name."""
    settling = verb.lemma_.lower() in ctx.cue("settling_verbs")
    return settling and target.pos_ == "NOUN" and target.lemma_.lower() in ctx.cue("question_nouns")


def courtesy(ctx: Context, target: Token) -> bool:
    """ "Accept the renewed assurances of my highest consideration", "I look forward to hearing from you"
    (a gerund of hearing, receiving or seeing): a closing formula, no stance."""
    if target.tag_ == "VBG" and target.lemma_.lower() in ctx.cue("closing_gerunds"):
        return True
    preps = [c for c in children_of(target) if c.dep_ == "prep"]
    words = [target, *(o for c in preps for o in children_of(c) if o.dep_ == "pobj")]
    return any(w.lemma_.lower() in ctx.cue("courtesy_words") and w.pos_ == "NOUN" for w in words)


def own_suggestion(ctx: Context, verb: Token) -> bool:
    """ "Suggest that the consul be heard" (a telegram's first person, no subject): a verb of proposing a
    clause with no one named to propose it to is the writer's own proposal to the addressee, not yet a
    stance; "suggest to the Foreign Office that ..." directs the addressee to propose, the issuer's stance."""
    if verb.lemma_.lower() not in ctx.cue("proposing_verbs") or subject_of(verb) is not None:
        return False
    children = children_of(verb)
    told = any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in children)
    return not told and any(c.dep_ == "ccomp" for c in children)


def manner_of_answer(ctx: Context, pred: Token) -> bool:
    """ "The Minister was not encouraging in his replies", "helpful in its answer": a judgement of how
    someone answered is a judgement of the answer, no stance on a course."""
    preps = (c for c in children_of(pred) if c.dep_ == "prep" and c.lower_ == "in")
    return any(o.dep_ == "pobj" and is_answer(ctx, o) for p in preps for o in children_of(p))


def curated_otherwise(ctx: Context, tok: Token) -> bool:
    """A word the curated lists value against the open lexicon ("anxious to act" wants it, VADER
    calls "anxious" negative) is left to "judgement", which reads the curated lists."""
    lemma, words = tok.lemma_.lower(), ctx.lex.words
    return (lemma in ctx.cue("approve_predicates") and lemma in words("evaluation", "negative")) or (
        lemma in ctx.cue("reject_predicates") and lemma in words("evaluation", "positive")
    )
