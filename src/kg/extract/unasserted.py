"""Stances a sentence names without anyone taking them, whichever construction read them: a stance asked
about ("requested the delegations to state whether they approved the principle": a question put, no
answer given), one the writer infers or fears of another ("I infer that the Zendan leaders desire to
exclude us", "they are fearful that we are planning a protectorate": a belief about another's stance,
GUIDELINES), a need hedged by "may" ("it may be necessary to inquire": a possibility weighed, no course
chosen), a liberty or another's past inability ("Zenda shall be free to act", "the board was unable to
reimburse the legation": what one may or could not do, no course chosen), a stance noun governed by
"without" ("accepted without opposition", "of no value without the consent of the powers": the manner
of an act or a condition on it, no one's stance), and a valence verb describing the noun its relative
clause is on ("an event which he laments": a deed judged, no course); a stance in a finite clause after
"than" (the standard of a comparison) or on "what" (a course not named); and a third party's wish put
with "may" ("the Koreans may desire that ..."), which directs no one. The guards read the parse and
lexicon classes only (``surmise_predicates``, ``possibility_modals``, ``necessity_predicates``,
``question_marks``, ``comparison_marks``, ``relative_pronouns``, ``approve_nouns``, ``reject_nouns``,
``liberty_predicates``, ``inability_predicates``, ``copulas``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .context import Context, governing_subject, head_actor, is_first_person, is_second_person, modals_of
from .tokens import children_of, head_of
from .voices import Voice

if TYPE_CHECKING:
    from .decisions import Stance

#: how many clauses up from a stance a predicate of surmise is looked for ("I infer that they desire to
#: exclude us": desire, infer)
SURMISE_HOPS = 3
#: the constructions that read a predicate of judgement
_JUDGING_RULES = frozenset({"judgement", "evaluation"})
#: the clause links a stance climbs to the predicate that frames it
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj"})


def unasserted(ctx: Context, rule: str, stance: Stance, voice: Voice) -> bool:
    """Whether a stance found is only asked about, surmised of another, hedged, compared, on an unnamed
    course, a manner, a liberty or a feasibility, or a deed described."""
    if _asked_about(ctx, stance) or _surmised(ctx, stance, voice):
        return True
    if _hedged_need(ctx, rule, stance.head) or _lacking(ctx, stance):
        return True
    if _compared(ctx, stance.head) or _unnamed_course(ctx, stance.target):
        return True
    if rule == "evaluative_verb" and _describes_its_noun(stance):
        return True
    return rule in _JUDGING_RULES and _capacity(ctx, stance, voice)


def _asked_about(ctx: Context, stance: Stance) -> bool:
    """ "Requested them to state whether they approved the principle", "inquired whether the powers
    would agree to sign": the stance is the content of a question, which the one who asks takes no side
    in; a doubt ("I doubt whether it would be wise to accept") rejects, and is left to its construction."""
    target, head = stance.target, stance.head
    doubting = ctx.cue("belief_verbs") | ctx.cue("insight_verbs")
    if head.lemma_.lower() in doubting:
        return False
    node = target if target.pos_ in {"VERB", "AUX"} and target.i != head.i else head
    for _ in range(SURMISE_HOPS):
        if any(c.dep_ == "mark" and c.lower_ in ctx.cue("question_marks") for c in children_of(node)):
            return True
        if node.i == head.i or head_of(node).i == node.i:
            return False
        node = head_of(node)
    return False


def _compared(ctx: Context, head: Token) -> bool:
    """ "X could not settle it any more than we could say that the tariff must be final": a finite clause
    after "than" is the standard a comparison measures by, a supposition no one takes; the stance under
    it (or under a clause it frames) is not asserted."""
    node = head
    for _ in range(SURMISE_HOPS):
        marks = {c.lower_ for c in children_of(node) if c.dep_ == "mark"}
        finite = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(node))
        if finite and marks & ctx.cue("comparison_marks"):
            return True
        if node.dep_ not in _CLAUSE_LINKS or head_of(node).i == node.i:
            return False
        node = head_of(node)
    return False


def _unnamed_course(ctx: Context, target: Token) -> bool:
    """ "more information as to what was contemplated by the Government", "asked what they proposed":
    a stance on "what" (an indirect question or free relative) names no course; what was held is the
    thing not known."""
    return target.tag_ == "WP" and target.lower_ not in ctx.cue("relative_pronouns")


def _surmised(ctx: Context, stance: Stance, voice: Voice) -> bool:
    """ "I infer that the leaders desire to exclude me", "their Governments are fearful that the United
    States is planning a protectorate": what one infers, suspects or fears of another is a belief about
    that other's stance, none taken; one's own ("I fear we cannot accept it") is a stance, hedged."""
    node = stance.head
    for _ in range(SURMISE_HOPS):
        governor = head_of(node)
        if governor.i == node.i:
            return False
        if node.dep_ == "ccomp" and governor.lemma_.lower() in ctx.cue("surmise_predicates"):
            return _surmiser(ctx, governor, voice) != stance.actor
        if node.dep_ not in _CLAUSE_LINKS:
            return False
        node = governor
    return False


def _surmiser(ctx: Context, predicate: Token, voice: Voice) -> str | None:
    """Who infers or fears: the subject of the verb, or of the copula an adjective of fear completes
    ("they are fearful that ..."); none for an impersonal "it is feared"."""
    clause = head_of(predicate) if predicate.dep_ == "acomp" else predicate
    subj = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    return head_actor(ctx, subj, voice) if subj is not None else None


def _hedged_need(ctx: Context, rule: str, head: Token) -> bool:
    """ "It may be necessary to inquire into the purchases": a need put as a possibility weighs a course
    without choosing it; "it will be necessary", "it is necessary" judge it."""
    if rule != "needed_infinitive" and head.lemma_.lower() not in ctx.cue("necessity_predicates"):
        return False
    copula = head_of(head) if head.dep_ == "acomp" else head
    return any(c.dep_ == "aux" and c.lower_ in ctx.cue("possibility_modals") for c in children_of(copula))


def _lacking(ctx: Context, stance: Stance) -> bool:
    """ "The exception was accepted without opposition", "no purchase will be of value without the
    consent of the representatives": a noun of stance "without" governs tells how an act went or on
    what it depends, no one's stance taken ("accept a ceasefire without any linkage" rules a course out,
    and stays)."""
    nouns = ctx.cue("approve_nouns") | ctx.cue("reject_nouns")
    return any(_without(t) and t.lemma_.lower() in nouns for t in (stance.head, stance.target))


def _without(noun: Token) -> bool:
    return noun.dep_ == "pobj" and head_of(noun).lower_ == "without"


def _capacity(ctx: Context, stance: Stance, voice: Voice) -> bool:
    """ "Zenda shall be free to take such measures": a liberty kept, no course chosen; "the board was
    unable to reimburse the legation" (the past, not reported speech), "they are unable to be of any
    assistance" (a state, no course): what another could not do or be is a fact of feasibility, no
    refusal; "the Minister is unable to grant the concession" (a present course), the writer's own
    inability, one declared with a modal ("it would be unable to") or reported ("stated that it was
    unable to") decline, and "unable to accept" is the stance verb's refusal."""
    preds = [c for c in children_of(stance.head) if c.dep_ == "acomp"] + [stance.head]
    lemmas = {p.lemma_.lower() for p in preds}
    if lemmas & ctx.cue("liberty_predicates"):
        return True
    if not lemmas & ctx.cue("inability_predicates") or stance.actor == voice.speaker:
        return False
    if modals_of(stance.head):
        return False
    being = stance.target.lemma_.lower() in ctx.cue("copulas")
    return being or (stance.head.tag_ == "VBD" and not _reported(ctx, stance.head))


def _reported(ctx: Context, clause: Token) -> bool:
    """A clause a verb of saying or informing governs ("stated that it was unable to ..."): its past is
    the speaker's present."""
    saying = ctx.cue("saying_verbs") | ctx.cue("speech_verbs") | ctx.cue("informing_verbs")
    return clause.dep_ == "ccomp" and head_of(clause).lemma_.lower() in saying


def _describes_its_noun(stance: Stance) -> bool:
    """ "An event which he sincerely laments", "the discrimination which we complain of", "the situation
    which they have created": a verb of the valence lexicon in a relative clause whose own object is the
    noun it modifies describes that noun (a grievance, a deed), no stance on a course; "the papers which
    the Government desires to publish" wants the infinitive's course, and stays."""
    verb = stance.head
    if verb.dep_ != "relcl" or head_of(verb).i != stance.target.i:
        return False
    return not any(c.dep_ in {"xcomp", "ccomp"} for c in children_of(verb))


def conjectured_wish(ctx: Context, predicate: Token) -> bool:
    """ "The Koreans may desire that the sentence not be published": a third party's wish put with a
    modal of possibility is guessed at, not voiced; it directs no one ("you may ask him to ..."
    authorizes)."""
    subj = governing_subject(predicate)
    return (
        predicate.pos_ == "VERB"
        and bool(modals_of(predicate) & ctx.cue("possibility_modals"))
        and not (is_first_person(subj) or is_second_person(subj))
    )
