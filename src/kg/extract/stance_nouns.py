"""Decisions put as nouns: "the refusal of the British Government to agree to the commission", "its
acceptance by the drafting committee", "I am in full agreement with Bunker's views"."""

from __future__ import annotations

from spacy.tokens import Token

from . import noun_complements as complements
from .context import (
    Context,
    char_span,
    clause_span,
    governing_subject,
    head_actor,
    is_first_person,
    is_infinitive_to,
    is_negated,
    modals_of,
    subject_of,
    trim_marker,
)
from .course_nouns import attached_to, conviction_of, course_noun
from .deciders import decision_object, denied_need, flip
from .decisions import Stance, stance_verb_of
from .hypotheses import content_of_directive, hypothetical, in_condition
from .lexicon import cue
from .noun_complements import infinitive_of, owned_consent, resolved_move, stated_resolve, stating_verb
from .option_phrases import noun_phrase
from .option_targets import course_of_action
from .pronouns import chained_actor, named_before
from .registry import construction
from .stance_spans import stance_clause
from .tokens import children_of, head_of, subtree_of
from .voices import Voice


@construction(
    "decisions",
    "stance_noun",
    0.5,
    example="The refusal of the British Government to agree to the commission",
    pos=("NOUN",),
    lemmas=("reject_nouns", "approve_nouns", "accord_nouns", "settlement_nouns", "disposition_nouns",
            "resolve_nouns", "inability_nouns", "taken_objection_nouns", "doubt_nouns"),
)
def stance_noun(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A stance put as a noun (acceptance, approval, refusal, opposition ...) with whose stance it is
    (its possessor, "of X", "by X", the subject that expresses it, or of "be in agreement with")
    and what it bears on (its complement; the subject of "meets with their approval" or "has the
    sanction of X"); an infinitive of stance composes ("refusal to agree to X": reject X)."""
    stance = _noun_stance(ctx, tok)
    if stance is None or tok.dep_ in {"attr", "acomp", "oprd"} or in_condition(tok) or hypothetical(ctx, tok):
        return []
    if _sought(ctx, tok):
        return []  # "securing Paraguay's formal acceptance", "push for Hanoi's acceptance": not given
    frame = _frame(ctx, tok)
    actor = _stance_owner(ctx, tok, frame, voice)
    target = complements.gerund_of(tok) or _noun_target(ctx, tok, frame)  # "its intention of applying X"
    if actor is None or target is None or target.i in ctx.actor_at:
        return []
    reach = target.i  # where the noun phrase and its complement end
    up = head_of(target)
    if tok.i in {up.i, head_of(up).i} or up.i == head_of(tok).i != tok.i:
        reach = _bare_phrase_end(target) if target.pos_ in {"NOUN", "PROPN"} else stance_clause(target)[1]
    if target.pos_ == "VERB" and target.dep_ in {"acl", "xcomp"}:  # "refusal to agree to the commission"
        inner = stance_verb_of(ctx, target)
        if is_negated(target):
            stance = flip(stance)
        if inner is not None and decision_object(target) is not None and not resolved_move(ctx, tok, target):
            stance = stance if inner == "approve" else flip(stance)
            target = decision_object(target) or target
    verb = head_of(tok).lemma_.lower() if tok.dep_ == "dobj" else ""  # "withheld / did not give its consent"
    withheld = (verb in ctx.cue("withholding_verbs")) != (verb in cue("gift_verbs") and is_negated(tok.head))
    negated = withheld != (is_negated(frame) or any(  # "withheld its approval of the treaty": a refusal
        c.dep_ == "det" and c.lower_ in cue("negative_determiners") for c in children_of(tok)
    ))
    if negated:
        stance = flip(stance)
    if frame.i == tok.i:
        start, end = noun_phrase(tok)
        end = reach if reach > tok.i else end  # the complement's phrase, not a relative clause on it
        start = min([start] + [t.i for c in children_of(tok) if c.dep_ == "poss" for t in subtree_of(c)])
        if tok.dep_ == "dobj" and tok.lemma_.lower() in ctx.cue("disposition_nouns"):
            start = min(start, stance_clause(head_of(tok))[0])  # "we would express willingness to ..."
    else:
        start, end = stance_clause(frame)
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, min(end, start + 40)))
    return [Stance(frame, stance, actor, target, span)]


@construction(
    "decisions",
    "needed_course",
    0.5,
    example="the Minister is stressing the importance of making the paragraph clear",
    pos=("NOUN",),
    lemmas=("need_nouns",),
)
def needed_course(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A course put after a noun of need ("the necessity of obtaining guarantees", "the desirability
    of prompt action"): the approval of whoever states the need (the party that urges or stresses it,
    else the speaker; "attaches importance to X", "is convinced of the importance of X"). "No
    necessity", a need given as a reason ("because of the necessity of ...") and one in a condition or a
    hypothesis state no stance."""
    if tok.lemma_.lower() not in ctx.cue("need_nouns") or in_condition(tok) or hypothetical(ctx, tok):
        return []
    convinced = conviction_of(ctx, tok)  # "remains convinced of the importance of developing X"
    if tok.dep_ == "pobj" and convinced is None:  # "because of the necessity of ...": a reason
        return []
    if any(c.dep_ == "det" and c.lower_ in ctx.cue("negative_determiners") for c in children_of(tok)):
        return []
    course = _needed(ctx, tok) or attached_to(ctx, tok)
    if course is None:
        return []
    stater = head_of(tok) if tok.dep_ == "dobj" else convinced
    if stater is not None and _urging_reported(ctx, stater):
        return []  # "he urged the necessity of ...": the urging told is an instruction of his
    subj = _stater_subject(stater) if stater is not None else None
    actor = (_party(ctx, subj, voice) if subj is not None else None) or voice.speaker
    foretold = stater is not None and bool(modals_of(stater) & ctx.cue("predictive_modals"))
    if actor is None or (foretold and actor != voice.speaker):
        return []  # "as they might now see the advisability of X": a forecast of another's view
    start = stater.i if stater is not None and stater.i < tok.i else noun_phrase(tok)[0]
    end = clause_span(course)[1] if course.pos_ == "VERB" else noun_phrase(course)[1]
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, min(end, start + 40)))
    return [Stance(tok, "reject" if denied_need(tok) else "approve", actor, course, span)]


def _urging_reported(ctx: Context, verb: Token) -> bool:
    """A past verb of urging ("urged", "have urged"): it narrates a directive, not a stance held now."""
    return verb.tag_ in {"VBD", "VBN"} and verb.lemma_.lower() in ctx.cue("reported_directive_verbs")


def _stater_subject(verb: Token) -> Token | None:
    """Who states the need: the verb's subject, or that of the clause a participle or a conjunct of one
    hangs on ("he felt ..., emphasizing X but stressing the importance of Y")."""
    for _ in range(3):
        subj = governing_subject(verb)
        if subj is not None or verb.dep_ not in {"conj", "advcl"} or head_of(verb).i == verb.i:
            return subj
        verb = head_of(verb)
    return None


def _party(ctx: Context, subj: Token, voice: Voice) -> str | None:
    """The actor a subject names, a pronoun through the party it refers to."""
    return head_actor(ctx, subj, voice) or (chained_actor(ctx, subj, voice) if subj.pos_ == "PRON" else None)


def _needed(ctx: Context, noun: Token) -> Token | None:
    """The course after "of / for": a gerund that says what is to be done, or a noun that names an act."""
    linking = ctx.cue("modal_noun_prepositions")
    for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in linking):
        for obj in children_of(prep):
            if obj.dep_ == "pcomp" and obj.tag_ == "VBG" and course_of_action(obj):
                return obj
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and course_noun(ctx, obj):
                return obj
    return None


def _sought(ctx: Context, tok: Token) -> bool:
    """The object of a verb of seeking, or of "for" after one or after a verb of asking or pressing; or
    what a prerequisite is for ("a condition of their approval", "the price of our consent"): still to
    come; so is the object of a clause that says what is demanded ("demand that the Government shall
    manifest its disapproval")."""
    seeking = ctx.cue("seeking_verbs")
    if tok.dep_ == "dobj":
        return head_of(tok).lemma_.lower() in seeking or content_of_directive(ctx, head_of(tok))
    prep = head_of(tok)
    prerequisite = head_of(prep).lemma_.lower() in ctx.cue("prerequisite_nouns")
    if tok.dep_ == "pobj" and prep.lower_ in {"of", "to", "for"} and prerequisite:
        return True
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "for"
        and head_of(prep).lemma_.lower() in seeking | ctx.cue("asking_for_verbs")
    )


def _bare_phrase_end(noun: Token) -> int:
    """Where a noun phrase ends before a relative clause on it: "of our minimum position" stops before
    "which you approved", another actor's stance."""
    end = noun_phrase(noun)[1]
    clauses = [c.left_edge.i for c in children_of(noun) if c.dep_ in {"relcl", "acl"} and c.i > noun.i]
    return min([end, *(i - 1 for i in clauses)])


def _noun_stance(ctx: Context, tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in ctx.cue("reject_nouns") or lemma in ctx.cue("inability_nouns"):  # "expressed inability to"
        return "reject"
    if lemma in ctx.cue("taken_objection_nouns") and tok.dep_ == "dobj" and _taken(head_of(tok)):
        return "reject"  # "we take serious exception to the statement", "took issue with"
    doubt = lemma in ctx.cue("doubt_nouns")
    if doubt and any(c.lower_ in ctx.cue("topic_prepositions") for c in tok.children):
        return "reject"  # "we have serious reservations about the British draft": doubt on a course
    if lemma in ctx.cue("approve_nouns"):
        return "approve"
    if lemma in ctx.cue("consent_nouns") and owned_consent(ctx, tok):
        return "approve"  # "Hanoi's agreement to the proposal", "the agreement of Smith to participate"
    if lemma in ctx.cue("resolve_nouns"):  # "its decision to withdraw", "told me of his intention to sign"
        return "approve" if stated_resolve(ctx, tok) else None
    if lemma in ctx.cue("disposition_nouns"):  # "expressed our willingness to discuss X"; not what
        return "approve" if tok.dep_ != "pobj" and infinitive_of(tok) is not None else None  # "evidence of"
    in_accord = tok.dep_ == "pobj" and head_of(tok).lower_ == "in"  # "is in complete agreement with"
    if in_accord and lemma in ctx.cue("accord_nouns"):
        return "approve"
    return "approve" if lemma in ctx.cue("settlement_nouns") and _concluded_by(ctx, tok) is not None else None


def _taken(verb: Token) -> bool:
    """ "take" on its own ("took issue with"), not a phrasal verb ("took up the issue of")."""
    return verb.lemma_.lower() == "take" and not any(c.dep_ == "prt" for c in children_of(verb))


def _concluded_by(ctx: Context, noun: Token) -> Token | None:
    """The verb that concludes an agreement: "we reached agreement", "the understanding reached between
    X and Y" (an agreement reached is the parties' assent to it)."""
    verbs = ctx.cue("concluding_verbs")
    if noun.dep_ == "dobj" and head_of(noun).lemma_.lower() in verbs:
        return head_of(noun)
    return next((c for c in children_of(noun) if c.dep_ == "acl" and c.lemma_.lower() in verbs), None)


def _parties_between(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """The first party of "between X and Y" on the verb that concluded the agreement."""
    between = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "between"), None)
    obj = next((o for o in children_of(between) if o.dep_ == "pobj"), None) if between is not None else None
    return head_actor(ctx, obj, voice) if obj is not None else None


def _frame(ctx: Context, tok: Token) -> Token:
    """The verb a stance noun is said through: "meets with their approval", "has the sanction of",
    "is in agreement with"; else the noun itself."""
    if tok.dep_ == "pobj" and head_of(tok).dep_ == "prep":
        verb = head_of(head_of(tok))
        if verb.pos_ in {"VERB", "AUX"} and (
            head_of(tok).lower_ == "in" or verb.lemma_.lower() in ctx.cue("approval_frame_verbs")
        ):
            return verb
    if tok.dep_ == "dobj" and head_of(tok).lemma_.lower() in ctx.cue("holding_verbs"):
        return head_of(tok)
    concluded = _concluded_by(ctx, tok) if tok.lemma_.lower() in ctx.cue("settlement_nouns") else None
    return concluded if concluded is not None and concluded.i == head_of(tok).i else tok


def _stance_owner(ctx: Context, tok: Token, frame: Token, voice: Voice) -> str | None:
    """Whose stance: "its acceptance by the committee", "the refusal of the British Government",
    "our acquiescence", "expressed disinclination" (the subject), "we are in agreement"."""
    for child in children_of(tok):
        if child.dep_ == "prep" and child.lower_ == "by" or child.dep_ == "agent":
            obj = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            if obj is not None and head_actor(ctx, obj, voice):
                return head_actor(ctx, obj, voice)
    agent_first = any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in children_of(tok))
    actor = noun_owner(
        ctx, tok, voice, possessive=not agent_first
    )  # "its acceptance by X": "its" is the course
    if actor:
        return actor
    concluded = _concluded_by(ctx, tok) if tok.lemma_.lower() in ctx.cue("settlement_nouns") else None
    if concluded is not None and concluded.i != frame.i:  # "the informal agreement reached between X and Y"
        return _parties_between(ctx, concluded, voice)
    if frame.i != tok.i and frame.lemma_.lower() in ctx.cue("holding_verbs"):
        return _holding_party(ctx, frame, voice)  # "the Department has no objection to the settlement"
    if frame.i != tok.i and frame.lemma_.lower() not in ctx.cue("approval_frame_verbs"):
        subj = subject_of(frame)  # "the delegation is in complete agreement with you"
        return _subject_actor(ctx, subj, voice) if subj is not None else None
    if tok.dep_ == "dobj" and frame.i == tok.i:  # "expressed disinclination to take up the matter"
        subj = subject_of(head_of(tok))
        return _subject_actor(ctx, subj, voice) if subj is not None and subj.dep_ == "nsubj" else None
    return None


def _holding_party(ctx: Context, frame: Token, voice: Voice) -> str | None:
    """The party that "has / sees / finds" a stance noun with no owner of its own: its subject, where
    the subject names an actor (a course as subject has the stance of the noun's owner instead)."""
    subj = subject_of(frame)
    if subj is None or subj.dep_ != "nsubj" or modals_of(frame) - {"to"} and not is_first_person(subj):
        return None  # "the Senate could have no objection": a guess at another's stance
    return _party(ctx, subj, voice)


def _personal(ctx: Context, tok: Token) -> bool:
    """A pronoun that stands for a party ("we", "they", "you"), not for a course ("it", "this")."""
    parties = ctx.cue("speaker_subjects") | ctx.cue("second_person") | ctx.cue("third_singular")
    return tok.pos_ == "PRON" and tok.lower_ in parties | ctx.cue("third_plural")


def _subject_actor(ctx: Context, subj: Token, voice: Voice) -> str | None:
    """The actor a subject names, or the first of the parties a list of modifiers names ("the Argentine,
    Brazilian, and United States Governments": the parser hangs the list on the noun as nmod)."""
    listed = (t for c in children_of(subj) if c.dep_ == "nmod" for t in subtree_of(c) if t.i in ctx.actor_at)
    named = head_actor(ctx, subj, voice) or next((ctx.actor_at[t.i] for t in listed), None)
    return named or named_before(ctx, subj, voice)  # "the latter expressed disinclination to ..."


def noun_owner(ctx: Context, noun: Token, voice: Voice, possessive: bool = True) -> str | None:
    """The actor a stance noun belongs to: "our willingness", "the refusal of the British Government", "the
    ROKG decision", "the Soviet refusal" (an actor's name or adjective before it)."""
    for child in children_of(noun):
        owner = (
            child
            if child.dep_ == "poss" and possessive
            or child.dep_ in {"compound", "amod"} and child.i in ctx.actor_at
            else next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            if child.dep_ == "prep" and child.lower_ == "of"
            else None
        )
        actor = head_actor(ctx, owner, voice) if owner is not None else None
        if owner is not None and child.dep_ == "poss" and owner.pos_ == "PRON":
            actor = bound_possessor(ctx, noun, owner, voice) or actor
        if owner is not None and owner.pos_ == "PRON" and actor is None:  # "meets with their approval"
            actor = chained_actor(ctx, owner, voice)
        if actor:
            return actor
    return None


def bound_possessor(ctx: Context, noun: Token, poss: Token, voice: Voice) -> str | None:
    """ "The Director of the Mission has indicated his intention of ...": a third person possessive on
    the object of a verb stands for that verb's subject, whoever was named before."""
    verb = stating_verb(noun)
    if poss.lower_ not in ctx.cue("third_possessives") or verb is None:
        return None
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    return ctx.refers(subj, voice)


def _noun_target(ctx: Context, tok: Token, frame: Token) -> Token | None:
    """What the stance bears on: the subject of its frame ("the text meets with their approval"), a
    possessor where a "by" agent holds the stance ("its acceptance by"), an infinitive, or the object
    of a preposition that is not the owner."""
    if frame.i != tok.i and (
        frame.lemma_.lower() in ctx.cue("holding_verbs") | ctx.cue("approval_frame_verbs")
    ):
        subj = subject_of(frame)
        if subj is not None and subj.i not in ctx.actor_at and not _personal(ctx, subj):
            return subj  # "the text meets with their approval": the subject is what is approved
    if any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in children_of(tok)):
        poss = next((c for c in children_of(tok) if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
    for child in children_of(tok):
        if child.dep_ in {"acl", "relcl"} and any(is_infinitive_to(c) for c in children_of(child)):
            return child
        if child.dep_ in {"acl", "ccomp"} and any(c.dep_ == "mark" for c in children_of(child)):
            return child  # "are in accord that the other powers will be invited"
    if tok.dep_ == "dobj" and frame.i == tok.i:  # "expressed disinclination to take up the matter": the
        verb = head_of(tok)  # parser hangs the noun's infinitive on the verb that states the noun
        for child in children_of(verb):
            if (
                child.dep_ == "xcomp"
                and child.i > tok.i
                and any(is_infinitive_to(c) for c in children_of(child))
            ):
                return child
    given = _given_to(ctx, tok)
    if given is not None:
        return given
    holders = list(children_of(tok)) + (list(children_of(frame)) if frame.i != tok.i else [])
    if tok.lemma_.lower() in ctx.cue("taken_objection_nouns"):
        holders += list(children_of(head_of(tok)))  # "take exception to X": the parser may hang it on "take"
    preps = ctx.cue("stance_noun_prepositions") | ctx.cue("topic_prepositions")  # "doubts about the draft"
    for child in holders:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((o for o in children_of(child) if o.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and obj.i not in ctx.actor_at and obj.i != tok.i and obj.pos_ != "PRON":
                return obj
    settled = tok.lemma_.lower() in ctx.cue("settlement_nouns") and _concluded_by(ctx, tok) is not None
    return tok if settled else _predicated(ctx, tok)  # "the agreement reached between X and Y": assented to


def _given_to(ctx: Context, noun: Token) -> Token | None:
    """ "Thieu has given his approval to the plan": a stance given ("give, lend, grant") goes to what
    the verb's "to" names."""
    verb = head_of(noun)
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ctx.cue("giving_verbs"):
        return None
    for to in (c for c in children_of(verb) if c.dep_ in {"dative", "prep"} and c.lower_ == "to"):
        return next((o for o in children_of(to) if o.dep_ in {"pobj", "pcomp"}), None)
    return None


def _predicated(ctx: Context, tok: Token) -> Token | None:
    """ "The President's preference is for a short visit", "our objection is to the clause": the copula's."""
    copula = head_of(tok)
    if tok.dep_ != "nsubj" or copula.lemma_.lower() not in cue("copulas"):
        return None
    for child in (c for c in children_of(copula) if c.i > copula.i):
        if child.dep_ == "attr" and child.pos_ in {"NOUN", "PROPN"} and child.i not in ctx.actor_at:
            return child
        if child.dep_ == "xcomp" and any(is_infinitive_to(c) for c in children_of(child)):
            return child
        if child.dep_ == "prep" and child.lower_ in ctx.cue("stance_noun_prepositions"):
            return next((o for o in children_of(child) if o.dep_ in {"pobj", "pcomp"}), None)
    return None
