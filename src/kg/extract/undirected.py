"""Clauses that look directed but direct no one: guards the instruction constructions share.

Each names the grammatical reason a clause is no directive: an expectation that
names no one to act and is put in the future is a prediction ("it is expected
the whole loan will be repaid"); a course of the speaker's own side ("advisable
that our aim should be disclosed", "I feel that I should lay before you ...") is
the speaker's duty, not advice to the addressee; a predicate of necessity whose
clause has no "that" is no mandative clause ("the latter course seems important
and the press is beginning to blame ..."); a hedged view on a passive that names
no one to act ("it seems advisable that a law be enacted") is an opinion on a
course; a wish put as a condition ("if they desire them to stay") is none
expressed; a verb under a privative preposition ("without awaiting
instructions") is an act left undone; a past-tense conjunct reports what was
done ("proposed that they send a message and read text ..."), and a clause in
the perfect what has happened ("but has so far received no answer"); a conjunct opened
by a subordinator ("and as the proceedings will be affected") is an adverbial
clause; a clause a colon introduces is wording quoted; a copula with a noun or a
place as predicate ("desired that the chairman should be a Peruvian") wishes for
a state of affairs; a directive verb put as a condition ("unless you have been
authorized to") directs no one, and a clause a subordinator opens ("though the
Department is influenced ...") is no directive verb's complement; a to-infinitive an
adjective judges ("it would be useful for us to ask ...") is weighed, not done. Where a clause is
directed, a doer that names no actor ("that the delegates send") is told but is
no one the graph knows. A directive verb negated with a modal of ability ("I could not urge ...") is a
refusal to direct; a conjunct that is a clause of its own ("and would like to notify the
consuls" after a verb of the speaker, "any officials you deem proper") is no further directed act, nor
is an ability in a conjunct of a statement ("You enjoy ... and can speak"); a that-clause under a
negated governor ("does not intend that you should ...") disclaims the act; a wished possession ("desirable to
have a governor who ...") is a state of affairs. A modal that heads a that-clause of its own ("it
seems that we ought to ...") is not the mood of the verb the parser hung it on; a thing as subject of a
verb of containing ("that the treaty contain a clause") is a term wished for.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    Context,
    head_actor,
    is_first_person,
    is_negated,
    is_second_person,
    marked_condition,
    modals_of,
    subject_of,
)
from .tokens import children_of, head_of, subtree_of
from .told import clause_doer
from .unasserted import conjectured_wish
from .voices import Voice


def unattributed_prediction(ctx: Context, governor: Token, clause: Token, doer: str | None) -> bool:
    """An expectation ("it is expected") of a future event that names no actor to bring it about."""
    return (
        doer is None
        and governor.lemma_.lower() in ctx.cue("expectation_verbs")
        and bool(modals_of(clause) & ctx.cue("predictive_modals"))
    )


def third_party_forecast(
    ctx: Context, governor: Token, clause: Token, issuer: str, told: str, voice: Voice
) -> bool:
    """ "The Admiralty expect that the Conference will meet in June": one third party's expectation of an
    event, a verb with no object, forecasts; an expectation of a deed ("the Minister expects that the
    Government will withdraw its troops"), or of what the speaker's or the addressee's side or the series'
    own government will do ("they expect the United States Government to apply ..."), asks for it."""
    if governor.lemma_.lower() not in ctx.cue("expectation_verbs") or issuer == voice.speaker:
        return False
    if any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "attr", "acomp"} for c in children_of(clause)):
        return False
    series = ctx.lex.actors["series_government"].lower().replace(" ", "-")
    return told not in {voice.speaker, voice.addressee, series}


def speakers_own_course(ctx: Context, subj: Token) -> bool:
    """The speaker alone ("I should lay ...") or a thing of the speaker's side ("our aim") as subject."""
    return subj.lower_ in ctx.cue("speaker_singular") or any(
        c.dep_ == "poss" and c.lower_ in ctx.cue("speaker_possessives") for c in children_of(subj)
    )


def unmandated_clause(ctx: Context, clause: Token, predicate: Token) -> bool:
    """A clause under a predicate of necessity that no "that" introduces, or whose predicate (or the
    copula it completes: "It does not seem to me advisable that ...") is negated."""
    if not any(c.dep_ == "mark" and c.lower_ in ctx.cue("mandative_marks") for c in children_of(clause)):
        return True
    return is_negated(predicate) or is_negated(_copula(predicate))


def undirected_mandate(ctx: Context, clause: Token, predicate: Token, subj: Token, voice: Voice) -> bool:
    """A predicate of necessity that directs no one: the speaker's own course, no mandative clause, or
    an impersonal rule."""
    if speakers_own_course(ctx, subj) or unmandated_clause(ctx, clause, predicate):
        return True
    if past_judgement(ctx, predicate) or conjectured_wish(ctx, predicate):
        return True
    if wished_state(ctx, clause) or wished_term(ctx, clause, subj, voice):
        return True
    return impersonal_opinion(ctx, clause, _copula(predicate), subj, voice)


def past_judgement(ctx: Context, predicate: Token) -> bool:
    """ "It was felt desirable that the question should be placed before ...", "believed that it was
    important that ...": a necessity judged in the past tense reports a view held then, in a meeting
    or a conversation; it directs no one now."""
    copula = predicate.lemma_.lower() in ctx.cue("copulas")
    if predicate.pos_ not in {"ADJ", "NOUN"} and not copula:
        return False  # "He desired that the Covenant be applied": a wish voiced, reported as such
    judged = [predicate] if copula else [predicate, head_of(predicate)]
    return any(
        t.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in children_of(t))
        for t in judged
    )


def _copula(predicate: Token) -> Token:
    return head_of(predicate) if predicate.dep_ in {"acomp", "attr", "oprd"} else predicate


def impersonal_opinion(ctx: Context, clause: Token, copula: Token, subj: Token, voice: Voice) -> bool:
    """A hedged view ("it seems advisable") on a passive that names no one to act ("that a communal
    election law be enacted") is an opinion on a course, an option, not a directive ("It is most
    desirable that the treaty be ratified" still directs); a message to be sent ("that instructions
    should be sent to Christiania") is the addressee's to send."""
    if copula.lemma_.lower() not in ctx.cue("hedging_copulas") or subj.dep_ != "nsubjpass":
        return False
    if clause_doer(ctx, clause, voice) is not None:
        return False
    return clause.lemma_.lower() not in ctx.cue("sending_verbs") | ctx.cue("routing_verbs")


def adverbial_clause(ctx: Context, clause: Token, governor: Token) -> bool:
    """A directive verb put as a condition ("unless you have been authorized to do so") directs no one;
    a clause a subordinator opens ("though the Department is influenced by ...") is an adverbial clause
    the parser hung on the directive verb, not what it directs."""
    if marked_condition(ctx, governor):
        return True
    return any(c.dep_ == "mark" and c.lower_ not in ctx.cue("mandative_marks") for c in children_of(clause))


def expected_capacity(ctx: Context, verb: Token) -> bool:
    """ "he ought to be able, before leaving, to tell the French ...", "this should present no
    difficulty": a modal of obligation over "be able" or over a difficulty as object expects a capacity
    or an ease, it directs no one."""
    copula = next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.lemma_.lower() == "be"), verb)
    able, ease = ctx.cue("capacity_adjectives"), ctx.cue("feasibility_words")
    objects = (c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in ease)
    denials = ctx.cue("negative_determiners")
    if any(d.dep_ == "det" and d.lower_ in denials for o in objects for d in children_of(o)):
        return True
    return any(c.dep_ == "acomp" and c.lemma_.lower() in able for c in children_of(copula))


def expressed_wish(ctx: Context, governor: Token) -> bool:
    """A word of hope or wish, or eagerness ("is anxious that you should ..."), neither negated ("we
    can scarcely expect them to support our position" foresees) nor put as a condition ("if they desire
    them to stay")."""
    if governor.lemma_.lower() not in ctx.cue("hope_words") | ctx.cue("eagerness_predicates"):
        return False
    barely = any(c.dep_ == "advmod" and c.lower_ in ctx.cue("near_negators") for c in children_of(governor))
    return not (is_negated(governor) or barely or marked_condition(ctx, governor))


def privative(ctx: Context, verb: Token) -> bool:
    """A verb that is the object of "without": the act is one not done."""
    return verb.dep_ == "pcomp" and head_of(verb).lower_ in ctx.cue("privative_prepositions")


def reported_conjunct(ctx: Context, verb: Token) -> bool:
    """A conjunct in the past tense or the perfect, or one a subordinator opens, is no further directed
    act."""
    if verb.tag_ == "VBD" or settled_fact(verb):
        return True
    heads = [verb, *(c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"})]
    marks = [c for a in heads for c in children_of(a) if c.dep_ == "mark" and c.i < verb.i]
    return any(c.lower_ not in ctx.cue("mandative_marks") for c in marks)  # "and that you ...": one more


def settled_fact(verb: Token) -> bool:
    """A clause in the perfect with no modal ("expects that the Government has withdrawn its troops", "but
    has so far received no answer") says what has already happened: nothing is left for anyone to do."""
    if modals_of(verb):
        return False
    finite = {"VBP", "VBZ", "VBD"}
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in finite for c in children_of(verb))


def judged_infinitive(verb: Token) -> bool:
    """A to-infinitive that an adjective predicate judges ("it would be all right for us to ask them
    whether ...") is a course weighed, not an act done or asked for; so is one of purpose under it ("it
    might be advisable to approach the Minister to suggest ..."), and a gerund such a predicate takes
    with "in" ("we would hardly be warranted in asking the Secretariat to ...")."""
    above = head_of(head_of(verb))
    if verb.dep_ == "pcomp" and head_of(verb).lower_ == "in" and (above.pos_ == "ADJ" or above.tag_ == "VBN"):
        return True
    while _to_infinitive(verb):
        above = head_of(verb)
        if above.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in children_of(above)):
            return True
        if above.i == verb.i or verb.dep_ not in {"advcl", "xcomp"}:
            return False
        verb = above
    return False


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb))


def unnamed_doer(ctx: Context, clause: Token, voice: Voice) -> bool:
    """A that-clause whose doer is a common noun that names no actor ("proposed that the delegates send
    a message"): told, but no one the graph knows, rather than whoever the report is made to; the
    subject of a copula is no doer ("directed that future scenario be within the framework ...")."""
    copular = clause.lemma_.lower() in ctx.cue("copulas")
    subj = subject_of(clause) if clause.dep_ == "ccomp" and not copular else None
    if subj is None or subj.dep_ != "nsubj" or subj.pos_ != "NOUN":
        return False
    return not any(c.dep_ == "poss" for c in children_of(subj)) and head_actor(ctx, subj, voice) is None


def asks_no_act(ctx: Context, clause: Token) -> bool:
    """A that-clause that asks no one to act: wording quoted, or a state of affairs wished for."""
    return quoted_text(ctx, clause) or wished_state(ctx, clause) or participial_clause(clause)


def participial_clause(clause: Token) -> bool:
    """A clause object whose verb is a bare participle ("direct the supplies contracting through X": a
    verb misread inside a noun phrase) is neither a that-clause nor a to-infinitive: it directs no act."""
    if clause.dep_ != "ccomp" or clause.tag_ != "VBG":
        return False
    if any(c.tag_ == "PRP$" or any(p.dep_ == "case" for p in children_of(c)) for c in children_of(clause)):
        return False  # "recommend our assuming the contracts": a gerund with its doer proposes a course
    return not any(c.dep_ in {"aux", "auxpass", "mark"} for c in children_of(clause))


def wished_state(ctx: Context, clause: Token) -> bool:
    """A that-clause whose verb is the copula with a noun or a place as its predicate ("desired that the
    chairman should be a Peruvian", "necessary that the delegates should be in complete harmony with
    ours") wishes for a state of affairs, an option, and tells no one to do anything; addressed to "you"
    ("that you be at the conference") or commanded ("has directed that the scenario be within ...") it
    still directs."""
    if clause.dep_ != "ccomp" or clause.lemma_.lower() not in ctx.cue("copulas"):
        return False
    if head_of(clause).lemma_.lower() in ctx.cue("command_verbs"):
        return False
    subj = subject_of(clause)
    if subj is None or subj.dep_ != "nsubj" or is_second_person(subj):
        return False
    return any(c.dep_ in {"attr", "prep"} for c in children_of(clause))


def quoted_text(ctx: Context, clause: Token) -> bool:
    """A clause a colon introduces is the wording quoted ("suggested that it be modified to read as
    follows: 'The officers are exempt ...'", "cables the Embassy the following scheme: (1) a currency
    ..., to be issued by ..."), not a further thing asked."""
    if clause.dep_ not in {"ccomp", "advcl"} or head_of(clause).i > clause.i:
        return False
    between = clause.doc[head_of(clause).i + 1 : clause.i]
    return any(t.text in ctx.cue("introducing_punctuation") for t in between)


def borrowed_modal(ctx: Context, verb: Token) -> bool:
    """The verb's only modal of obligation heads a clause of its own, which the parser hung on the verb
    ("It seems to me that we ought to wait", "X believed that it ought to apply": "ought" is the
    that-clause's, not the verb's), or the clause is the subject of a copula the parser hung after it
    ("That changes should be made is probable": judged, not directed)."""
    obliged = ctx.cue("third_party_modals")
    heads = {c.lower_ for c in children_of(verb) if c.tag_ == "MD" and c.dep_ not in {"aux", "conj"}}
    own = {c.lower_ for c in children_of(verb) if c.tag_ == "MD" and c.dep_ in {"aux", "conj"}}
    if not (modals_of(verb) - (heads - own)) & obliged:
        return True
    return any(
        c.dep_ in {"ccomp", "conj"}
        and c.i > verb.i
        and c.lemma_.lower() in ctx.cue("copulas")
        and c.tag_ in {"VBZ", "VBP", "VBD"}
        and not any(g.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for g in children_of(c))
        for c in children_of(verb)
    )


def in_relative(verb: Token) -> bool:
    """ "which Mr. Stevens has been asked to send": the directive is named, not given."""
    return verb.dep_ == "relcl" or any(t.tag_ in {"WDT", "WP"} for t in subtree_of(verb) if t.i < verb.i)


def wished_term(ctx: Context, clause: Token, subj: Token, voice: Voice) -> bool:
    """A thing that names no actor as the subject of a verb of containing ("that the new treaty contain
    a clause on arbitration", "that the protocol include ...") states a term of a text wished for, an
    option: no one is told to act."""
    if clause.lemma_.lower() not in ctx.cue("term_verbs") or subj.dep_ != "nsubj" or subj.pos_ != "NOUN":
        return False
    return head_actor(ctx, subj, voice) is None


def refused_directive(ctx: Context, governor: Token) -> bool:
    """ "I could not urge the acceptance of the agreement", "we cannot ask them to wait": a directive verb
    negated with a modal of ability refuses to direct; it forbids no one anything."""
    return is_negated(governor) and bool(modals_of(governor) & ctx.cue("ability_modals"))


def own_clause_conjunct(verb: Token) -> bool:
    """A conjunct that is a clause of its own, not a further directed act: one with a modal of its own
    after a verb of the speaker ("I would welcome your views, and would like to notify the consuls") is
    the speaker's act; one with the addressee as its own subject and no modal ("to the Minister and any
    officials you deem proper", a clause the parser joined as a conjunct) says what the addressee does."""
    own = [c for c in children_of(verb) if c.dep_ == "aux" and c.tag_ == "MD"]
    if own and relative_remnant(verb):
        return True
    if own:
        return is_first_person(subject_of(head_of(verb)))
    return any(c.dep_ == "nsubj" and is_second_person(c) for c in children_of(verb))


def relative_remnant(verb: Token) -> bool:
    """ "... to the Minister who, it is assumed, will receive a statement": a relative clause broken by an
    interposed clause, whose verb the parser joins to the main verb with no conjunction; a relative
    pronoun left between the two, and no "and" or "or", shows that the verb is the relative's."""
    head = head_of(verb)
    between = verb.doc[head.i + 1 : verb.i]
    if any(t.dep_ == "cc" and head_of(t).i in {head.i, verb.i} for t in between):
        return False
    return any(t.tag_ in {"WP", "WDT"} and head_of(t).i != verb.i for t in between)


def ability_conjunct(ctx: Context, verb: Token) -> bool:
    """ "You enjoy the confidence of the Senate and can speak with authority": a modal of ability in a
    conjunct of a plain statement about the addressee (no modal, not directed) says what he is able to
    do, as the statement says what he has; it directs nothing."""
    if verb.dep_ != "conj" or not modals_of(verb) & ctx.cue("ability_modals"):
        return False
    head = head_of(verb)
    if head.tag_ not in {"VBP", "VBZ"} or head.i in ctx.directives:
        return False
    return not any(c.tag_ == "MD" for c in children_of(head))


def disclaimed_clause(verb: Token) -> bool:
    """ "The Department does not intend that you should withhold your views", "it is not necessary that
    you go": a that-clause under a negated governor disclaims the act; no one is told to do it or not.
    Under a negated imperative ("Do not forget that you must sign") it is still told."""
    if verb.dep_ != "ccomp" or not is_negated(head_of(verb)):
        return False
    return subject_of(head_of(verb)) is not None


def wished_possession(ctx: Context, verb: Token) -> bool:
    """ "It would be desirable to have a governor who speaks the language": a to-infinitive of having
    with no clause of its own wishes for a state of affairs, an option; "to have the Minister informed"
    (a causative, with a clause) is an act to be done."""
    if verb.lemma_.lower() not in ctx.cue("possession_verbs"):
        return False
    return not any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in children_of(verb))


def supplied_clause(ctx: Context, clause: Token) -> bool:
    """ "It is essential that the Department should have a complete set of the records": the clause's
    subject is to have or receive a thing, which is someone else's to supply; not a causative ("should
    have the Minister informed"), whose subject acts."""
    if clause.lemma_.lower() not in ctx.cue("supplied_verbs") or is_second_person(subject_of(clause)):
        return False
    return not any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in children_of(clause))
