"""Who decides and on what: the decider of a stance verb (its by-agent, its subject or the actor that
subject stands for, else the speaker) and the object the stance bears on."""

from __future__ import annotations

from spacy.tokens import Token

from .agents import nearest_subject
from .context import Context, head_actor, is_infinitive_to, is_negated
from .dropped_subjects import dropped_third_person
from .echoed_names import named_elsewhere
from .lexicon import cue
from .pronouns import (
    chained_actor,
    demonym_state,
    party,
    possessed_government,
    reported_party,
    reporting_body,
)
from .subjects import RELATIVE_TAGS, SUBJECTS, appositive_subject, fronted_clause_subject, held_subject
from .tokens import children_of, head_of
from .voices import Voice

#: how many clauses up a verb's subject is looked for: "they would regret having to leave the talks"
#: (withdraw, have, sorry, be)
SUBJECT_HOPS = 4


def flip(stance: str) -> str:
    return "reject" if stance == "approve" else "approve"


def refused(verb: Token) -> bool:
    """ "refusing to recognize the council", "declined to recognize the regime": the infinitive a refusing
    verb governs, whose stance the refusal turns round ("did not refuse to recognize" turns it back)."""
    governor = head_of(verb)
    if verb.dep_ != "xcomp" or governor.i == verb.i or governor.lemma_.lower() not in cue("reject_verbs"):
        return False
    return any(is_infinitive_to(c) for c in children_of(verb))


def opposing_word(word: Token) -> bool:
    """ "opposed to accepting X", "reluctant about accepting X": a word of opposition or reluctance
    whose preposition governs a stance verb takes the one stance, turned against that verb's course."""
    return word.lower_ in cue("opposition_words") or word.lemma_.lower() in cue("reluctance_predicates")


def denied_need(noun: Token) -> bool:
    """ "The necessity of making this declaration is not apparent", "the advisability of X does not seem
    clear": a need whose clause denies it doubts the course, a rejection (GUIDELINES: doubt on a proposal
    rejects it)."""
    clause = head_of(noun)
    return noun.dep_ in {"nsubj", "nsubjpass"} and clause.i != noun.i and is_negated(clause)


def avoidance_stance(verb: Token, governor: Token | None) -> str:
    """A directive to avoid or refrain rules its course out, unless one negation turns it round ("you
    need not refrain"), the directive's own or its governor's ("the Department does not intend that you
    should refrain from giving expression": giving expression is approved)."""
    ruling = governor or (head_of(verb) if verb.dep_ == "ccomp" else None)
    return "approve" if is_negated(verb) != (ruling is not None and is_negated(ruling)) else "reject"


def decider(ctx: Context, tok: Token, voice: Voice) -> str | None:
    for agent in _agents(tok):  # "approved by all the Central American states"
        for obj in children_of(agent):
            actor = ctx.refers(obj, voice)
            if actor:
                return actor
    node = tok
    for _ in range(SUBJECT_HOPS):
        controller = _controlling_object(ctx, node, voice) or _modified_party(ctx, node, voice)
        if controller is not None:
            return controller
        subj = nearest_subject(node) or held_subject(node)  # "X have, in the case of Y, refused to"
        subj = subj or fronted_clause_subject(node)  # "X is interested in the matter, intends to sign"
        if subj is None and (subj := appositive_subject(node)) is not None:
            found = demonym_state(ctx, subj)  # "Because of X the Paraguayan Government will not object"
            if found:
                return found
        if subj is not None:
            if subj.lower_ in cue("relative_pronouns"):
                return relative_antecedent(ctx, node, voice)  # none: "talks which have gone ahead"
            else:
                found = reported_party(ctx, subj, voice) or reporting_body(ctx, subj, voice)
                found = found or party(ctx, subj, voice)
                found = found or ctx.reporter(subj, voice) or possessed_government(ctx, subj, voice)
                found = found or named_elsewhere(ctx, subj)  # the same words mapped at another mention
                return found or _possessor(ctx, subj, voice) or chained_actor(ctx, subj, voice)
        if _own_passive(node):
            break
        if node.dep_ in {"xcomp", "acomp", "conj", "ccomp"}:
            node = head_of(node)
        elif (governor := _gerund_governor(node)) is not None:
            node = governor
        else:
            break
    owner = _noun_owner_of_gerund(ctx, tok, voice) or _retracted_by_owner(ctx, tok)
    return owner or dropped_third_person(ctx, node, voice) or voice.speaker


def relative_antecedent(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """ "the delegates of Chile, who rejected the proposal", "the Chilean note which rejected it": the
    subject "who" / "which" of a relative clause stands for the noun the clause modifies, and so for
    the party that noun names, is "of", or is qualified by the demonym of."""
    noun = head_of(verb)
    if verb.dep_ != "relcl" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    found = head_actor(ctx, noun, voice) or demonym_state(ctx, noun)
    of = (o for c in children_of(noun) if c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj")
    return found or next((ctx.actor_at[o.i] for o in of if o.i in ctx.actor_at), None)


def _own_passive(verb: Token) -> bool:
    """ "Reports from you and Keeley have proved helpful and your action ... is fully approved": a passive
    joined to an active clause before it, with its own subject, is not done by that clause's subject (with
    no agent, the one who reports it approves); not one joined to a passive ("X informs me that A has been
    suspended and B was suspended": both X's), nor an impersonal "it" ("X considers that ... and that it
    might be considered undesirable to publish": X's)."""
    if verb.dep_ != "conj" or not any(c.dep_ == "nsubjpass" and c.pos_ != "PRON" for c in children_of(verb)):
        return False
    return any(c.dep_ == "nsubj" for c in children_of(head_of(verb)))  # a passive before it: the same source


def _retracted_by_owner(ctx: Context, verb: Token) -> str | None:
    """ "Foreign Office proposal ... is withdrawn", "the Russian troops have been withdrawn": what is
    withdrawn with no agent named is withdrawn by the party that owns it (a possessive, compound or
    adjective naming an actor), not by the writer who reports it; "the Commission has been withdrawn"
    (the thing itself an actor) names no owner."""
    if verb.lemma_.lower() not in cue("retraction_verbs"):
        return None
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.i in ctx.actor_at:
        return None
    owners = (c for c in children_of(subj) if c.dep_ in {"poss", "compound", "amod"} and c.i in ctx.actor_at)
    return next((ctx.actor_at[c.i] for c in owners), None)


def _gerund_governor(verb: Token) -> Token | None:
    """ "The Council closed the session, rejecting the amendment", "they replied, stating that ...": a
    gerund with no subject of its own, set off after a verb or after a preposition of a verb, is done
    by that verb's subject, not by whoever reports it; not under a negated verb ("does not commit itself
    to accepting": no stance taken) nor a verb with no subject of its own to lend."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in children_of(verb))
    if not (verb.tag_ == "VBG" or perfect) or verb.dep_ not in {"advcl", "pcomp"}:
        return None  # "having accepted our demands, the Chinese Government can ...": a perfect participle
    if verb.dep_ == "pcomp" and head_of(verb).dep_ != "prep":
        return None
    governor = head_of(verb) if verb.dep_ == "advcl" else head_of(head_of(verb))
    if governor.pos_ not in {"VERB", "AUX"} or governor.i == verb.i or is_negated(governor):
        return None
    return governor if any(c.dep_ == "nsubj" for c in children_of(governor)) else None


def _controlling_object(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """ "accused the powers of refusing to pay", "kept Zenda from signing": a gerund after a preposition
    of a verb that has an object is done by that object, where an actor stands for it ("by signing",
    "after refusing" say how or when the subject acts: the subject does it)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return None
    prep = head_of(verb)
    if prep.dep_ != "prep" or prep.lower_ not in cue("object_control_prepositions"):
        return None
    governor = head_of(prep)  # the verb, or its object where the parser hung the preposition there
    obj = (
        governor
        if governor.dep_ == "dobj"
        else next((c for c in children_of(governor) if c.dep_ == "dobj"), None)
    )
    return head_actor(ctx, obj, voice) if obj is not None else None


def _modified_party(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """ "the Zendan delegation opposing its inclusion": a present participle that modifies a noun is done
    by the party the noun names; not one the parser hung on a preposition's object ("a note sent to the
    envoys accepting the terms": the note accepts them)."""
    noun = head_of(verb)
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ == "pobj":
        return None
    return head_actor(ctx, noun, voice)


def _noun_owner_of_gerund(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """ "his purpose in withdrawing the request": a gerund with no subject after a noun's preposition is
    done by the one the noun's possessive names."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or head_of(head_of(verb)).pos_ != "NOUN":
        return None
    poss = next((c for c in children_of(head_of(head_of(verb))) if c.dep_ == "poss"), None)
    return ctx.refers(poss, voice) if poss is not None else None


def _stranded(verb: Token) -> bool:
    """ "The terms (already) agreed to by Hanoi": a participle of stance whose preposition has lost
    its object to the noun the participle modifies, a passive whatever the parser made of it."""
    if verb.tag_ not in {"VBN", "VBD"}:
        return False
    preps = (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in cue("stance_prepositions"))
    return any(not children_of(p) and p.i == verb.i + 1 for p in preps)


def _noun_before(verb: Token) -> Token | None:
    """The noun just before a participle the parser left loose ("our proposal already agreed to by X")."""
    before = verb.left_edge.i - 1
    noun = verb.doc[before] if before >= 0 else None
    return noun if noun is not None and noun.pos_ in {"NOUN", "PROPN"} else None


def _stranded_agents(verb: Token) -> list[Token]:
    """The "by" after a stranded preposition, which the parser may read as a plain adjunct."""
    by = (c for c in children_of(verb) if c.dep_ in {"prep", "agent"} and c.lower_ in cue("agent_words"))
    return [c for c in by if any(o.dep_ == "pobj" for o in children_of(c))] if _stranded(verb) else []


def _agents(verb: Token) -> list[Token]:
    """The "by" of a passive: its agent, or one the parser hung on the noun of the adjunct before it
    ("orders issued at the port by the Peruvian commissioner"), or the "by" of a stranded passive."""
    agents = [c for c in children_of(verb) if c.dep_ == "agent"] or _stranded_agents(verb)
    if agents or not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return agents
    objects = (o for c in children_of(verb) if c.dep_ == "prep" for o in children_of(c) if o.dep_ == "pobj")
    return [c for o in objects for c in children_of(o) if c.dep_ == "prep" and c.lower_ in cue("agent_words")]


def _possessor(ctx: Context, subj: Token, voice: Voice) -> str | None:
    """ "His government objected": no actor of its own, the subject stands for the side of the one
    its possessive pronoun refers to."""
    poss = next((c for c in children_of(subj) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    return ctx.refers(poss, voice) if poss is not None and subj.pos_ in {"NOUN", "PROPN"} else None


def _stance_prepositions(verb: Token) -> frozenset[str]:
    """The prepositions that take a stance verb's object: "agree to / on / with", and "about" after a
    verb of agreement ("I agree about the response")."""
    about = frozenset({"about"}) if verb.lemma_.lower() in cue("about_stance_verbs") else frozenset()
    return cue("stance_prepositions") | about


def _relative_phrase(prep: Token) -> bool:
    """ "to which", "to which latter designation": a relative word is the preposition's object or its
    object's determiner ("on account of the extent to which ..." holds one deeper, in a clause of its own)."""
    near = [t for c in children_of(prep) for t in (c, *children_of(c))]
    return any(t.tag_ in RELATIVE_TAGS for t in near)


def _relative_is_object(verb: Token) -> bool:
    """ "the terms which they accepted", "the plan to which he agreed", "the offer they refused": the
    noun a relative clause modifies is what its stance verb takes, unless the relative word is the
    clause's subject or sits in another phrase ("instances in which they refused to grant a visa")."""
    relative = next((t for t in verb.subtree if t.tag_ in RELATIVE_TAGS and t.i < verb.i), None)
    if relative is None:
        return True
    held = head_of(relative)
    if held.i != verb.i and held.dep_ in {"dobj", "nsubjpass"} and head_of(held).i == verb.i:
        return True  # "which memorandum the President has approved"
    if relative.dep_ in {"dobj", "nsubjpass"}:
        return True
    prep = head_of(relative)
    return relative.dep_ == "pobj" and head_of(prep).i == verb.i and prep.lower_ in _stance_prepositions(verb)


def decision_object(tok: Token) -> Token | None:
    if tok.dep_ == "relcl" and head_of(tok).pos_ in {"NOUN", "PROPN"} and _relative_is_object(tok):
        return head_of(tok)
    stands = cue("attitude_nouns") | cue("opinion_nouns")  # "the attitude adopted by X" is no course
    agented = tok.tag_ == "VBN" and bool(_agents(tok)) and head_of(tok).lemma_.lower() not in stands
    if (_stranded(tok) or agented) and tok.dep_ == "acl" and head_of(tok).pos_ in {"NOUN", "PROPN"}:
        return head_of(tok)  # "the terms agreed to by Hanoi", "the treaty, ratified by the Senate"
    if _stranded(tok) and _stranded_agents(tok):  # the same, read as "proposals agreed" or left loose
        subject = next((c for c in children_of(tok) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return subject or _noun_before(tok)
    for child in children_of(tok):
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            return child
    offering = tok.lemma_.lower() in cue("offer_verbs") | cue("proposing_verbs")
    for child in children_of(tok):  # a phrase before the verb is adverbial ("On receipt of X, propose ...")
        if offering and child.lower_ == "to":  # "suggest to the Minister that ...": "to" names the recipient
            continue
        fronted = child.i < tok.i and not _relative_phrase(child)  # "to which latter designation"
        if child.dep_ == "prep" and child.lower_ in _stance_prepositions(tok) and not fronted:
            for obj in children_of(child):
                if obj.dep_ in {"pobj", "pcomp"}:  # "approves of your having ignored the tirade"
                    return obj
                if obj.dep_ == "prep":  # "backed off of the commitments"
                    return next((o for o in children_of(obj) if o.dep_ == "pobj"), None)
        if child.dep_ in {"xcomp", "ccomp"} and child.i > tok.i:  # not a clause the parser hung before it
            return child
    particle = next((c for c in children_of(tok) if c.dep_ in {"prt", "advmod"} and c.i == tok.i + 1), None)
    if particle is not None:  # "backed away from their position": the preposition hangs on the particle
        for prep in (c for c in children_of(particle) if c.dep_ == "prep"):
            if prep.lower_ in cue("stance_prepositions"):
                return next((o for o in children_of(prep) if o.dep_ in {"pobj", "pcomp"}), None)
    if tok.lemma_.lower() in cue("in_verbs"):  # "acquiesce in the programme"
        for child in (c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "in"):
            return next((o for o in children_of(child) if o.dep_ in {"pobj", "pcomp"}), None)
    return _shared_passive_subject(tok)


def _shared_passive_subject(tok: Token) -> Token | None:
    """ "The memorandum was discussed and approved by the President": a participle joined to a passive,
    with an agent but no subject or auxiliary of its own, shares the passive's subject; with no agent
    ("is sought and accepted") it tells no one's stance."""
    own = {c.dep_ for c in children_of(tok)}
    if tok.dep_ != "conj" or tok.tag_ != "VBN" or "agent" not in own or own & (SUBJECTS | {"aux", "auxpass"}):
        return None
    first = children_of(head_of(tok))
    if not any(c.dep_ == "auxpass" for c in first):
        return None
    return next((c for c in first if c.dep_ == "nsubjpass" and c.pos_ in {"NOUN", "PROPN"}), None)
