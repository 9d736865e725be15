"""Instructions of or to third parties: reported, passive, impersonal and third-person directives.

"General Moncada has ordered the garrison to surrender" (issuer the subject, addressee the object), "Engert
has been instructed to avoid ..." (the speaker's side, or one who reports it, instructs the subject), "Habib
should avoid any reiteration", "Have him send us an outline", "It is essential that Thieu stay close to us",
requests for information ("inquiring whether ..."); evidence from the governing clause on."""

from __future__ import annotations

from spacy.tokens import Token

from . import bare_directives as _bare  # noqa: F401 - directives reported with no one told
from . import demands as _demands  # noqa: F401 - coordinated demands are tried before these
from . import existential_questions as _existential  # noqa: F401 - questions with "is there"
from . import impersonal as _impersonal  # noqa: F401 - and directives that name no one told
from . import nominal_directives as _nominal  # noqa: F401 - and directives put on a noun
from .context import (
    SUBJECTS,
    Context,
    governing_subject,
    head_actor,
    is_first_person,
    is_infinitive_to,
    is_negated,
    is_question,
    is_second_person,
    marked_condition,
    modals_of,
    prep_object,
    subject_of,
)
from .conveyed_stances import existential_denial, hoped_understanding, informing_wish
from .directives import Directive
from .interposed import adverbial_infinitive, infinitive_governor, interposed_inversion
from .misreads import points_the_reader
from .paper_questions import wh_clause
from .passive_roles import passive_roles
from .registry import construction
from .relays import directed_one, hearer_obliged, to_be_told
from .requested_things import directed_paper, relayed
from .subjects import first_word, main_clause
from .tokens import children_of, head_of
from .told import (
    clause_subject_actor,
    doer,
    elided_speaker,
    hypothetical_governor,
    message_sender,
    object_actor,
    passive_agent,
    reported_to,
    reporting_doer,
    told_to,
    unnamed_object,
)
from .undirected import (
    adverbial_clause,
    asks_no_act,
    borrowed_modal,
    expected_capacity,
    expressed_wish,
    in_relative,
    judged_infinitive,
    settled_fact,
    supplied_clause,
    third_party_forecast,
    undirected_mandate,
    unnamed_doer,
)
from .voices import Voice
from .weighed import addressees_own, no_third_party_bound


@construction(
    "instructions",
    "reported_directive",
    0.7,
    example="General Moncada has ordered the garrison to surrender",
    deps=("xcomp", "ccomp", "advcl"),
)
def reported_directive(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The to- or that-complement of a directive verb (ask, request, urge, order, instruct ...) whose
    subject is an actor, also past words set off by commas ("directs Conger, in reply to his
    telegram, to inform ..."): an instruction of that actor to the verb's object (or the one it is put
    "to": "suggested to London to take ..."), or to the subject of the that-clause, or else to whoever
    the report is made to."""
    gov = infinitive_governor(ctx, tok)
    if gov is None or adverbial_infinitive(ctx, tok, voice) or in_relative(gov) or asks_no_act(ctx, tok):
        return None
    lemma = gov.lemma_.lower()
    infinitive = any(is_infinitive_to(c) for c in children_of(tok))
    if lemma not in ctx.cue("reported_directive_verbs") and not told_to(ctx, gov, infinitive):
        return None
    said = lemma in ctx.cue("speech_verbs") | ctx.cue("to_only_directive_verbs")
    if said and not infinitive and not hearer_obliged(ctx, gov, tok, voice):
        return None  # "told him that ..." reports; "told him to ...", "that he should ..." directs
    objects = tok.dep_ == "ccomp" or any(c.dep_ in {"dobj", "dative"} for c in children_of(gov))
    if not (objects or object_actor(ctx, gov, voice)):
        return None  # "wishes to have introduced": the subject's own intention
    if tok.dep_ == "ccomp" and any(c.dep_ == "xcomp" and c.i < tok.i for c in children_of(gov)):
        return None  # "instructed him to make X and, what I inferred, Y": the infinitive is the content
    polite = is_second_person(subject_of(tok)) and modals_of(tok) <= {"may", "might"}  # "that you may wish"
    if tok.dep_ == "ccomp" and modals_of(tok) & ctx.cue("predictive_modals") and not polite:
        return None  # "suggested that he would refuse": a prediction
    if hypothetical_governor(ctx, gov, tok) or judged_infinitive(gov) or informing_wish(ctx, gov, tok):
        return None  # "the treaty would require X to ...", "useful for us to ask ...", "wish X to know"
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(gov))
    if passive or is_negated(gov) or marked_condition(ctx, gov):
        return None
    if gov.i in ctx.directives:
        return _passed_on(ctx, tok, voice, ctx.directives[gov.i].directive)
    issuer, reporting = reporting_doer(ctx, gov, voice)
    if governing_subject(gov) is None:  # "sent a letter to X requesting ...", telegraphese "Have asked X to"
        issuer, reporting = issuer or elided_speaker(gov, voice), gov
    if issuer is None:
        return None
    acted_on = infinitive and any(c.dep_ == "auxpass" for c in children_of(tok))  # "wishes X to be assured"
    addressee = None if acted_on else object_actor(ctx, gov, voice) or object_actor(ctx, reporting, voice)
    if addressee is None and (unnamed_object(gov) or unnamed_doer(ctx, tok, voice)):
        return Directive(None, issuer=issuer, governor=gov)  # "ordered the garrison to surrender"
    tsubj = subject_of(tok)
    if addressee is None and tok.dep_ == "ccomp" and (agent := passive_agent(ctx, tok, voice)) is not None:
        return Directive(agent, issuer=issuer, governor=gov)  # "directed that a letter be drafted by X"
    if addressee is None and tok.dep_ == "ccomp" and tsubj is not None and not acted_on:
        addressee = clause_subject_actor(ctx, tok, voice)  # "the existence of the Italian reply": no one
        if addressee and tsubj.dep_ == "nsubjpass" and lemma in ctx.cue("command_verbs"):
            told = voice.addressee if relayed(ctx) else None  # a decision memorandum's addressees do it
            return Directive(told, issuer=issuer, governor=gov)  # "ordered that he be tried": not told
        if tsubj.dep_ == "nsubjpass" and (tsubj.pos_ == "PRON" or to_be_told(ctx, tok)):
            addressee = None  # "I suggest that they be sent to some port": a thing acted on, no one told
    if addressee is None or addressee == issuer:
        addressee = reported_to(ctx, voice, issuer)
    if addressee is None and voice.speaker is None and voice.addressee is None:
        return Directive(None, issuer=issuer, governor=gov)  # minutes: "requested that it be answered"
    if addressee is None or addressee == issuer:
        return None
    return Directive(addressee, issuer=issuer, governor=gov)


def _passed_on(ctx: Context, clause: Token, voice: Voice, told: Directive) -> Directive | None:
    """ "You may wish to suggest to the Foreign Minister that he include this proposal": what the one
    told is to ask of an actor who acts in the that-clause is an instruction to that actor too; "You
    will request that X be restored": the request alone is the instruction."""
    subj, marks = subject_of(clause), {c.lower_ for c in children_of(clause) if c.dep_ == "mark"}
    if clause.dep_ != "ccomp" or subj is None or subj.dep_ != "nsubj" or marks & ctx.cue("inquiry_marks"):
        return None  # "asked me if the Ambassador had seen the King": the one asked about is told nothing
    if wh_clause(clause):
        return None  # "asked him what they had to say": a question, as a whether-clause is
    if any(c.dep_ == "aux" and c.i < subj.i for c in children_of(clause)):
        return None  # "..., should he have fled to another country": a condition by inversion
    actor = head_actor(ctx, subj, voice)
    issuer = told.issuer or voice.speaker
    if actor is None or actor in {issuer, told.addressee, voice.speaker}:
        return None
    return Directive(actor, issuer=issuer)


@construction(
    "instructions",
    "passive_directed",
    0.7,
    example="Engert has been instructed to avoid taking any position",
    deps=("xcomp", "advcl"),
)
def passive_directed(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The to-complement of a passive directive verb with a third party as subject (also past
    interposed words): an instruction of the agent ("by the Secretary"), else of a third party who states
    or promises it (``stated_by``), else of the speaker's side, to that subject."""
    gov = infinitive_governor(ctx, tok) if tok.dep_ != "ccomp" else None
    if gov is None or gov.lemma_.lower() not in ctx.cue("passive_directed_verbs") or in_relative(gov):
        return None
    if is_negated(gov) or marked_condition(ctx, gov) or gov.i in ctx.directives:
        return None  # "suggested that the Chargé be instructed to ...": the suggestion is the instruction
    if gov.dep_ == "ROOT" and hypothetical_governor(ctx, gov, tok):
        return None  # "All persons would first be required to buy new rubles": what a scheme would entail
    gsubj = next((c for c in children_of(gov) if c.dep_ == "nsubjpass"), None)
    if gsubj is None or is_second_person(gsubj) or gsubj.lower_ in ctx.cue("impersonal_subjects"):
        return None
    addressee, issuer = passive_roles(ctx, gov, gsubj, voice)
    if addressee == voice.speaker:
        addressee = directed_one(ctx, tok, voice)  # "I am directed by X to instruct you to ...": the reader
    if issuer is None or issuer == addressee:
        return None
    return Directive(addressee, issuer=issuer, governor=gov)


@construction(
    "instructions",
    "third_party_modal",
    0.6,
    example="Habib should avoid any reiteration of our position",
    deps=("ROOT", "conj"),
)
def third_party_modal(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A third party as subject with a modal of obligation (should, must, ought) in a main clause:
    the speaker directs that party; in the passive ("instructions should be sent"), with the
    addressee's possession as subject ("your note should avoid") or with a pronoun that names no
    actor ("He should have informal liaison with Vien"), the addressee, who is to see it done. One who
    "may (can) be told" something is to be told it by the addressee, as "You may say to him" directs."""
    told = _may_be_told(ctx, tok)
    if not main_clause(tok) or not (modals_of(tok) & ctx.cue("third_party_modals") or told):
        return None
    if interposed_inversion(ctx, tok) or (borrowed_modal(ctx, tok) and not told):
        return None  # "..., should the Foreign Office raise no objection, ...": a condition; a borrowed modal
    subj = subject_of(tok)
    if subj is None or voice.addressee is None or no_third_party_bound(ctx, subj, tok):
        return None  # "I/you must", "this Government must reserve its position", "X must be weighed"
    if in_relative(tok) or any(c.dep_ == "mark" for c in children_of(tok)) or expected_capacity(ctx, tok):
        return None  # "regulations which may be adopted", "that not more than fifty should be quartered"
    passive = subj.dep_ == "nsubjpass"
    if (tok.lemma_.lower() == "be" and not passive) or points_the_reader(ctx, tok):
        return None  # "the answer must be negative" judges, it does not direct
    agent = passive_agent(ctx, tok, voice) if passive else None  # "every effort should be made by ICRC"
    agent = agent or (passive_agent(ctx, head_of(tok), voice) if passive and tok.dep_ == "conj" else None)
    quantifiers = ctx.cue("quantifier_determiners")
    quantified = any(c.dep_ == "det" and c.lower_ in quantifiers for c in children_of(subj))
    owned = addressees_own(subj)  # "your note", "any consultations you may wish to undertake"
    if quantified and agent is None and not owned:
        return None  # "no goods should be licensed unless ...": an impersonal rule, an option
    if is_question(tok) and any(c.tag_ == "MD" and c.i < subj.i for c in children_of(tok)):
        return None  # "Should a termination date be set?": a question put for study, not a directive
    actor = head_actor(ctx, subj, voice)
    paper = directed_paper(ctx, subj, voice) if actor is None else None  # "The study should define ..."
    if passive or owned:  # "should be submitted by the Chairman": the agent is the one to act
        return Directive(agent or voice.addressee, issuer=paper.issuer if paper is not None else None)
    if paper is not None:
        return paper
    pronoun = subj.lower_ in ctx.cue("third_singular") | ctx.cue("impersonal_subjects")
    own_modal = any(c.tag_ == "MD" and c.lower_ in ctx.cue("third_party_modals") for c in children_of(tok))
    if actor is None and pronoun and head_of(subj).i == tok.i and own_modal:
        return Directive(voice.addressee)  # "He should have informal liaison with Vien": told through you
    if actor is None or actor == voice.speaker:
        return None
    return Directive(actor)


def _may_be_told(ctx: Context, verb: Token) -> bool:
    """ "Papadopoulos may be told in advance ...", "he can be informed that ...": a verb of telling in the
    passive with a modal of permission."""
    passive = any(c.dep_ == "auxpass" for c in children_of(verb))
    return passive and verb.lemma_.lower() in ctx.cue("informing_verbs") and bool(
        modals_of(verb) & ctx.cue("permission_modals")
    )


@construction(
    "instructions",
    "necessary_that",
    0.65,
    example="It is essential that Thieu stay close to us",
    deps=("ccomp",),
)
def necessary_that(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The that-clause of a predicate of necessity or wish ("it is important that ...") with a party or a
    thing as subject: the speaker (or a third party wishing it) directs that party, else the addressee."""
    head = head_of(tok)
    if tok.dep_ != "ccomp":
        return None
    preds = ctx.cue("directive_predicates")
    judged = head.lemma_.lower() in preds or (
        head.lemma_.lower() in ctx.cue("copulas")  # "it seems most important that ..."
        and any(c.dep_ in {"acomp", "attr", "oprd"} and c.lemma_.lower() in preds for c in children_of(head))
    )
    subj = subject_of(tok) or existential_denial(ctx, tok)  # "that there be no leaks"
    if not judged or subj is None or is_first_person(subj) or undirected_mandate(ctx, tok, head, subj, voice):
        return None
    actor = None if supplied_clause(ctx, tok) else head_actor(ctx, subj, voice)  # the supplier is told
    wisher = head_actor(ctx, s, voice) if (s := subject_of(head)) is not None else None  # "Uruguay desires"
    wisher = None if wisher in {voice.speaker, voice.addressee} else wisher  # a third party's wish
    directed = actor if actor and actor != voice.speaker else None if wisher else voice.addressee
    return Directive(directed, issuer=wisher, governor=head) if directed or wisher else None


@construction(
    "instructions",
    "hope_that",
    0.55,
    example="the earnest hope of this Government that Peru will withdraw",
    deps=("ccomp", "acl"),
)
def hope_that(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A hope or expectation that a named government or person will act ("hopes that the Government
    will withdraw the request") is an instruction of the one who hopes to that actor."""
    gov = head_of(tok)
    if tok.dep_ not in {"ccomp", "acl"} or not expressed_wish(ctx, gov) or adverbial_clause(ctx, tok, gov):
        return None
    if settled_fact(tok) or hoped_understanding(ctx, gov, tok):  # "expects that X has withdrawn"; sympathy
        return None
    subj = subject_of(tok)
    addressee = head_actor(ctx, subj, voice) if subj is not None else None
    if addressee is None and subj is not None and subj.dep_ == "nsubjpass":
        by = (o for c in children_of(tok) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj")
        source = prep_object(tok, "from") or next(by, None)  # "a reply be received from X", "conceded by X"
        addressee = head_actor(ctx, source, voice) if source is not None else None
    if addressee is None and subj is not None and subj.lemma_.lower() in ctx.cue("answer_nouns"):
        owner = next((c for c in children_of(subj) if c.dep_ == "poss"), None)  # "your Government's reply"
        addressee = head_actor(ctx, owner, voice) if owner is not None else None
    if addressee is None:
        return None  # "hoped that we would lift the limits": a third party's hope asks the speaker's side
    if gov.pos_ == "NOUN":
        owner = prep_object(gov, "of")
        owner = owner or next((c for c in children_of(gov) if c.dep_ == "poss"), None)
        owner = owner or (subject_of(head_of(gov)) if gov.dep_ == "dobj" else None)  # "X expressed the hope"
        owner = owner or (_agent_of(head_of(gov)) if gov.dep_ == "nsubjpass" else None)  # "expressed by X"
        sender = message_sender(ctx, head_of(gov), voice) if gov.dep_ == "dobj" else None
    else:
        owner, sender = governing_subject(head_of(gov) if gov.pos_ == "ADJ" else gov), None  # "X is anxious"
    issuer = (doer(ctx, owner, voice) if owner is not None else sender) or voice.speaker
    if issuer is None or issuer == addressee or third_party_forecast(ctx, gov, tok, issuer, addressee, voice):
        return None
    return Directive(addressee, issuer=issuer, governor=gov)


def _agent_of(verb: Token) -> Token | None:
    """The one "by" whom a passive verb is done ("A similar hope has been expressed by the Italians")."""
    agents = (c for c in children_of(verb) if c.dep_ == "agent")
    return next((o for c in agents for o in children_of(c) if o.dep_ == "pobj"), None)


@construction(
    "instructions",
    "causative_imperative",
    0.65,
    example="Then have him form a very small planning staff.",
    deps=("ROOT", "ccomp"),
)
def causative_imperative(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "Have him send us an outline": a bare verb whose doer is named after an imperative causative,
    an order to the addressee to see it done (the parser reads "have" as the root or as an aux)."""
    subj = subject_of(tok)
    if voice.addressee is None or tok.tag_ != "VB" or subj is None or subj.i > tok.i:
        return None
    if not (subj.pos_ == "PROPN" or subj.lower_ in ctx.cue("object_pronouns")):
        return None  # "have you sent ...?" asks, "I have them" states
    if is_question(tok):
        return None
    causes = ctx.cue("causative_verbs")
    if tok.dep_ == "ROOT":
        have = next((c for c in children_of(tok) if c.dep_ == "aux" and c.i < subj.i), None)
        if have is not None and have.lower_ in causes and have.i == first_word(tok):
            return Directive(voice.addressee)
        return None
    head = head_of(tok)
    bare = head.tag_ in {"VB", "VBP"} and not any(c.dep_ in SUBJECTS for c in children_of(head))
    if head.lower_ not in causes or not bare:  # "VBP": "Once he has done this, have him send ..."
        return None
    if head.dep_ == "ROOT":
        return Directive(voice.addressee, governor=head)
    if head.dep_ == "conj" and head_of(head).i in ctx.directives:  # "Please bring X in and have him form ..."
        return Directive(ctx.directives[head_of(head).i].directive.addressee, governor=head)
    return None
