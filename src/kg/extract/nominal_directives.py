"""Directives put on a noun: a to-infinitive with the addressee as subject ("our instructions for you to
prepare a reply"), a that-clause of a noun of wish or command ("It is the desire of the
President that you proceed to Arica"), a participle of a directive verb hung on a noun ("Your
instructions of March 3, directing you to protest the seizure ..."), and the addressee's act as a
gerund approved of ("there is no objection to your making this fact clear"), and orders one is "under"
("Semenov is under instructions to make no further move") or has received ("the Ambassador received
instructions to represent ..."). The noun's owner ("of the President", "the Minister's") gives the
directive, else the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    Context,
    head_actor,
    is_infinitive_to,
    is_negated,
    is_second_person,
    prep_object,
    subject_of,
)
from .directives import Directive
from .passive_roles import passive_roles
from .pronouns import government_of
from .recommendations import mandative
from .registry import construction
from .tokens import children_of, head_of
from .told import unnamed_object
from .voices import Voice


@construction(
    "instructions",
    "nominal_directive",
    0.6,
    example="our instructions for you to prepare a reply",
    deps=("acl", "relcl"),
)
def nominal_directive(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A to-infinitive with the addressee as subject, hung on a noun; a noun denied ("We see no reason for
    you to discuss this") forbids it."""
    subj = subject_of(tok)
    if (
        voice.addressee
        and is_second_person(subj)
        and head_of(tok).pos_ == "NOUN"
        and tok.dep_ in {"acl", "relcl"}
        and any(is_infinitive_to(c) for c in children_of(tok))
    ):
        noun = head_of(tok)
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun))
        denied = denied or is_negated(head_of(noun))
        return Directive(voice.addressee, negative=denied)
    return None


#: nouns of advice, which direct only what their that-clause puts in the mandative subjunctive
ADVICE = frozenset({"suggestion", "recommendation", "advice", "counsel"})


@construction(
    "instructions",
    "wish_noun_that",
    0.7,
    example="It is the desire of the President that you proceed to Arica.",
    deps=("relcl", "acl"),
)
def wish_noun_that(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A that-clause with the addressee or an actor as subject on a noun of wish or command (hopes
    are ``hope_that``): the parser reads it as a relative clause, but its "that" marks content. The one
    the noun is put "to" is told where the clause's subject is not ("Lansing's request to the Secretary
    of War that the letter be placed on record"), and where the noun takes an infinitive ("the
    President's invitation to Ismail to visit Washington"). Advice ("It was his suggestion that I remain in
    Paris") directs only in the mandative subjunctive. A party's request or suggestion that a thing be
    done, put to no one named ("Nicaragua's suggestion that the protocol be signed"), is its instruction
    to no one (a desire so worded is ``hope_that``'s)."""
    noun = head_of(tok)
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in ctx.cue("wish_nouns") | ctx.cue("directive_nouns") | ADVICE:
        return None
    if lemma in ADVICE and not mandative(tok):
        return None  # "his suggestion that the war would end soon": a belief, not advice
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(tok))
    if not (that or any(is_infinitive_to(c) for c in children_of(tok))) or voice.addressee is None:
        return None
    if not any(c.dep_ in {"det", "poss"} for c in children_of(noun)):
        return None  # "in order that they may be coordinated": a purpose, no one's wish
    subj, to = subject_of(tok), prep_object(noun, "to")
    if not that or subj is None or subj.dep_ != "nsubj":  # "the request that Lacayo be removed": not him
        told = head_actor(ctx, to, voice) if to is not None else None
    else:
        told = voice.addressee if is_second_person(subj) else head_actor(ctx, subj, voice)
    owner = noun_owner(ctx, noun, voice)
    issuer = owner or voice.speaker
    passive = that and subj is not None and subj.dep_ == "nsubjpass" and lemma not in ctx.cue("wish_nouns")
    if told is None and owner is not None and passive:
        return Directive(None, issuer=owner, governor=noun)  # "Nicaragua's suggestion that it be signed"
    if told is None or told == issuer:
        return None
    return Directive(told, issuer=issuer, governor=head_of(noun) if noun.dep_ in {"attr", "dobj"} else noun)


@construction(
    "instructions",
    "participial_directive",
    0.6,
    example="Your instructions of March 3, directing you to protest the seizure ...",
    deps=("xcomp", "ccomp"),
)
def participial_directive(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The to-infinitive or that-clause of a directive participle on a noun ("instructions directing
    you to ...", "the Minister's note requesting the Consul to ...", "Berle, requesting that the
    Commissioners reconsider"): the object, or the clause's acting subject, is told, by the noun's
    owner or the person the noun names, or by the speaker when the addressee is told."""
    part = head_of(tok)
    if part.dep_ != "acl" or part.tag_ != "VBG" or head_of(part).pos_ not in {"NOUN", "PROPN"}:
        return None
    if part.lemma_.lower() not in ctx.cue("passive_directed_verbs"):
        return None
    named, told = _told(ctx, tok, part, voice)
    if not named:
        return None
    noun = head_of(part)
    issuer = noun_owner(ctx, noun, voice) or (head_actor(ctx, noun, voice) if noun.pos_ == "PROPN" else None)
    if issuer is None and told != voice.addressee:
        return None  # "received a note requesting the ministers to ...": whose, the sentence does not say
    issuer = issuer or voice.speaker
    if told == issuer:
        return None
    return Directive(told, issuer=issuer, governor=noun)


def _told(ctx: Context, clause: Token, part: Token, voice: Voice) -> tuple[bool, str | None]:
    """Whether a participle's complement names who it tells, and who: its object ("directing you
    to", "ordering the garrison to": no actor), or the acting subject of its that-clause ("requesting
    that the Commissioners reconsider")."""
    if clause.dep_ == "ccomp":
        subj = subject_of(clause)
        if subj is None or subj.dep_ != "nsubj" or not any(c.dep_ == "mark" for c in children_of(clause)):
            return False, None
        actor = head_actor(ctx, subj, voice)
        return actor is not None, actor
    obj = next((c for c in children_of(part) if c.dep_ in {"dobj", "dative"}), None)
    if obj is None or not any(is_infinitive_to(c) for c in children_of(clause)):
        return False, None
    told = voice.addressee if is_second_person(obj) else head_actor(ctx, obj, voice)
    return told is not None or unnamed_object(part), told


@construction(
    "instructions",
    "addressee_gerund",
    0.55,
    example="there is no objection to your making this fact clear",
    deps=("pobj",),
)
def addressee_gerund(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The addressee's act as a gerund ("your repeating the telegrams") put to a word of approval or
    need: "approves of", "no objection to", "the importance we attach to your acting promptly"."""
    if tok.tag_ != "VBG" or voice.addressee is None:
        return None
    if not any(c.dep_ == "poss" and is_second_person(c) for c in children_of(tok)):
        return None
    head = head_of(head_of(tok))  # the word the preposition hangs on
    if head.dep_ == "relcl" and head_of(head).pos_ == "NOUN":
        head = head_of(head)  # "the importance which we attach to your acting"
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and lemma in ctx.cue("approve_verbs") and not is_negated(head):
        return Directive(voice.addressee, governor=head)
    waived = lemma in ctx.cue("objection_nouns") and any(
        c.dep_ == "det" and c.lower_ in ctx.cue("negative_determiners") for c in children_of(head)
    )
    if head.pos_ == "NOUN" and (waived or lemma in ctx.cue("modal_nouns")):
        return Directive(voice.addressee, governor=head_of(head) if head.dep_ in {"attr", "dobj"} else head)
    return None


def noun_owner(ctx: Context, noun: Token, voice: Voice) -> str | None:
    """Whose wish or message a noun is: "of the President", "the Minister's", "from Lima", the subject's
    that makes it ("the Minister made the suggestion"); the addressee's own ("your instructions") is the
    speaker's to the addressee."""
    owner = stated_owner(ctx, noun, voice)
    if owner is not None:
        return owner
    maker = subject_of(head_of(noun)) if noun.dep_ == "dobj" else None  # "X made the suggestion that"
    actor = head_actor(ctx, maker, voice) if maker is not None and not is_second_person(maker) else None
    return actor if actor != voice.addressee else None


def stated_owner(ctx: Context, noun: Token, voice: Voice) -> str | None:
    """The owner a noun's own words name: "of the President", "the Minister's", "from Lima"."""
    for child in children_of(noun):
        owner = child if child.dep_ == "poss" else None
        if child.dep_ == "prep" and child.lower_ in ctx.cue("owner_prepositions"):
            owner = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
        if owner is None or is_second_person(owner):
            continue
        actor = head_actor(ctx, owner, voice)
        if actor is not None and actor != voice.addressee:
            return actor
    return None


@construction(
    "instructions",
    "under_instructions",
    0.6,
    example="Semenov is now under instructions to make no further move until the President acts.",
    deps=("acl", "advcl"),
)
def under_instructions(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "X is under instructions / orders (from Y) to V": X has been told to V, with the roles of a
    passive directive ("X has been instructed to V"); the one "from" whom the orders come gives them."""
    if not any(is_infinitive_to(c) for c in children_of(tok)):
        return None
    noun = head_of(tok) if tok.dep_ == "acl" else prep_object(head_of(tok), "under")
    if noun is None or noun.lemma_.lower() not in ctx.cue("instruction_source_nouns"):
        return None
    under = head_of(noun)
    state = head_of(under)
    told = subject_of(state)
    if under.lower_ != "under" or state.lemma_.lower() != "be" or told is None or is_negated(state):
        return None
    addressee, issuer = passive_roles(ctx, state, told, voice)
    issuer = noun_owner(ctx, noun, voice) or issuer
    if addressee == issuer or (addressee is None and told.pos_ == "PRON"):
        return None
    return Directive(addressee, issuer=issuer, governor=state)  # "U.S. representatives": no actor, none named


@construction(
    "instructions",
    "held_instructions",
    0.6,
    example="The Ambassador received instructions this morning to represent the interest of his Government.",
    deps=("acl", "advcl"),
)
def held_instructions(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "X has / received instructions (from Y) to V": X has been told to V, by the one the instructions
    are from or whose they are, else by X's own government ("the British Ambassador received
    instructions to ...": his Government's); the infinitive may hang on the noun or on the verb."""
    if not any(is_infinitive_to(c) for c in children_of(tok)):
        return None
    if tok.dep_ == "acl":
        noun, verb = head_of(tok), head_of(head_of(tok))
    else:
        verb = head_of(tok)
        noun = next((c for c in children_of(verb) if c.dep_ == "dobj"), verb)
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in ctx.cue("instruction_source_nouns"):
        return None
    if verb.lemma_.lower() not in ctx.cue("supplied_verbs") or is_negated(verb):
        return None
    holder = subject_of(verb)
    told = head_actor(ctx, holder, voice) if holder is not None else None
    issuer = stated_owner(ctx, noun, voice) or government_of(ctx, told)
    if told is None or issuer is None or told == issuer:
        return None
    return Directive(told, issuer=issuer, governor=verb)
