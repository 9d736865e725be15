"""Who a reported directive is put to, and who gives it.

The one told: the object of the directive verb ("ordered the garrison to ..."), someone it is put
"to" or "upon", else whoever the report is made to. The one who tells: the verb's subject, a subject
pronoun followed back along its chain of subjects, the sender of a message a participle hangs on ("a
note from X requesting ..."), or the speaker telegraphese leaves out.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    Context,
    governing_subject,
    head_actor,
    is_first_person,
    is_infinitive_to,
    modals_of,
    prep_object,
    subject_of,
)
from .envoys import told_party as told_party  # re-exported: instructions.py takes its helpers from here
from .interlocutors import spoke_to_speaker
from .lexicon import cue
from .paper_owners import is_paper, set_off_paper_owner
from .pronouns import coordinated_parties, possessed_government, subject_antecedent, window_start
from .stations import on_behalf
from .subjects import telegraphic_recommendation
from .tokens import children_of, head_of, sentence, subtree_of
from .unasserted import conjectured_wish
from .voices import Voice

CHAIN_SENTENCES = 2  # how many sentences back a chain of subject pronouns is followed
PERSON_CHAIN = 4  # "he" goes on through a narrative ("He recalled ... and he proposed ... He added:")
PERSON_GAP = 3  # sentences between two "he" of one chain (a note's number the parser made one counts)


def object_actor(ctx: Context, verb: Token, voice: Voice, objects: bool = True) -> str | None:
    """Who a directive verb is put to: its object, or "of"/"upon"/"to" someone."""
    for child in children_of(verb):
        if child.dep_ in {"dobj", "dative", "iobj"} and objects:
            if officials_of(ctx, child):
                return None
            told = bound_to_reporter(ctx, child, voice) or told_party(ctx, child, voice)
            return told or conjoined_object(ctx, verb, child, voice)
        if child.dep_ == "prep" and child.lower_ in ctx.cue("addressee_prepositions"):
            obj = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            if obj is not None and ctx.refers(obj, voice) and not on_behalf(child, obj):
                return told_party(ctx, obj, voice)
    return message_recipient(ctx, verb, voice) if verb.tag_ == "VBG" else None


def asked_no_actor(ctx: Context, verb: Token, voice: Voice) -> bool:
    """ "telegraphed to his agents inquiring whether ...", "asked the delegates whether ...": those asked
    are named, by a plural or possessed common noun that names no actor; they, not the party the question
    is about, are the ones asked."""
    verbs = [verb, head_of(verb)] if verb.dep_ == "advcl" and verb.tag_ == "VBG" else [verb]
    preps = ctx.cue("addressee_prepositions")
    for child in (c for v in verbs for c in children_of(v)):
        if child.dep_ in {"dobj", "dative"}:
            named = [child]
        else:
            to = child.dep_ == "prep" and child.lower_ in preps
            named = [o for o in children_of(child) if o.dep_ == "pobj"] if to else []
        if any(_party_noun(o) and not is_paper(ctx, o) and head_actor(ctx, o, voice) is None for o in named):
            return True
    return False


def _party_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and (noun.tag_ == "NNS" or any(c.dep_ == "poss" for c in children_of(noun)))


def sent_message(ctx: Context, participle: Token) -> Token | None:
    """The message a participle hangs on ("sent a letter to X requesting ..."), or the one sent by the
    verb the parser hung it on or that verb's to-infinitive ("was instructed to deliver a note to X,
    proposing ...")."""
    head = head_of(participle)
    words = ctx.cue("message_words") | ctx.cue("message_nouns")
    if participle.dep_ == "acl":
        return head if head.lemma_.lower() in words and head.dep_ == "dobj" else None
    verbs = [head, *(c for c in children_of(head) if c.dep_ == "xcomp")] if participle.dep_ == "advcl" else []
    objects = (c for v in verbs for c in children_of(v) if c.dep_ == "dobj")
    return next((o for o in objects if o.lemma_.lower() in words), None)


def message_recipient(ctx: Context, participle: Token, voice: Voice) -> str | None:
    """Who a message a participle hangs on is sent "to": the one its request or proposal is put to."""
    message = sent_message(ctx, participle)
    if message is None:
        return None
    phrases = (c for t in (message, head_of(message)) for c in children_of(t) if c.dep_ in {"prep", "dative"})
    to = next((o for c in phrases if c.lower_ == "to" for o in children_of(c) if o.dep_ == "pobj"), None)
    return ctx.refers(to, voice) if to is not None else None


def officials_of(ctx: Context, noun: Token) -> bool:
    """ "advised the American and Italian consuls to do likewise": a common noun in the plural whose
    only actors are nationality adjectives names officials of those countries, not their governments."""
    if noun.tag_ != "NNS" or noun.i in ctx.actor_at:
        return False
    named = [t for t in subtree_of(noun) if t.i in ctx.actor_at]
    return bool(named) and all(t.pos_ == "ADJ" and t.dep_ in {"amod", "conj"} for t in named)


def conjoined_object(ctx: Context, verb: Token, pronoun: Token, voice: Voice) -> str | None:
    """An object pronoun of a conjunct stands for the object of the verb it is coordinated with ("has
    requested the Karlsruhe to stop at Bahia and has instructed it to get in touch with ...")."""
    if verb.dep_ != "conj" or pronoun.lower_ not in ctx.cue("object_pronouns"):
        return None
    first = next((c for c in children_of(head_of(verb)) if c.dep_ in {"dobj", "dative", "iobj"}), None)
    return ctx.refers(first, voice) if first is not None else None


def bound_to_reporter(ctx: Context, pronoun: Token, voice: Voice) -> str | None:
    """A third-person pronoun object of a clause reported by a verb of saying, with a subject of its
    own, stands for the reporter ("Dobrynin told me that Moscow had instructed him to ..."): the
    clause's own subject cannot bind it, and the reporter is the one the report is about. Number must
    agree: "him" no government, "them" no single person."""
    clause = head_of(pronoun)
    plural = pronoun.lower_ in ctx.cue("third_plural")
    if not (plural or pronoun.lower_ in ctx.cue("third_singular")) or clause.dep_ != "ccomp":
        return None
    if head_of(clause).lemma_.lower() not in ctx.cue("speech_verbs"):
        return None
    own = next((c for c in children_of(clause) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    reporter = governing_subject(head_of(clause))  # "he opened by indicating that X had instructed him"
    if own is None or reporter is None:
        return None
    actor = doer(ctx, reporter, voice) if reporter.pos_ == "PRON" else ctx.refers(reporter, voice)
    if actor is None or actor in {voice.speaker, voice.addressee}:
        return None
    kind = (ctx.kinds or {}).get(actor)
    agrees = kind == "Organization" or (kind in {"Government", "Group"} if plural else kind == "Person")
    return actor if agrees else None


def unnamed_object(verb: Token) -> bool:
    """The one told is a common noun that names no actor ("the garrison"), or a pronoun that stands
    for none ("has instructed it to get in touch with ..."): told, but no one the graph knows, rather
    than whoever the report is made to; a possessed one ("your Excellency", "his representative") is
    someone's own title or agent."""
    return any(
        c.dep_ in {"dobj", "dative"}
        and (c.pos_ == "NOUN" or c.lower_ in cue("object_pronouns"))
        and not any(p.dep_ == "poss" for p in children_of(c))
        for c in children_of(verb)
    )


def elided_speaker(verb: Token, voice: Voice) -> str | None:
    """Telegraphese leaves out "I" ("Have asked Foreign Office to ...", "If so, believe it wise to ..."):
    a finite main verb with no subject opening its sentence or, past a fronted clause and comma, its own."""
    bare = verb.tag_ in {"VB", "VBG"} and not any(c.dep_ == "aux" for c in children_of(verb))
    if verb.dep_ != "ROOT" or (bare and not telegraphic_recommendation(verb)):  # "Tell him to ...": an
        return None  # imperative, not a report; "Recommend that we ..." is the writer's
    first = next((t for t in sentence(verb) if not (t.is_punct or t.is_space)), None)
    if first is None or first.is_digit:
        return None
    lead = {c.dep_ for c in children_of(verb) if c.i < verb.i and not c.is_punct}
    fronted = lead and verb.doc[verb.i - 1].text == "," and lead <= {"advcl", "ccomp", "prep", "npadvmod"}
    opens = first.i == verb.i or (head_of(first).i == verb.i and first.dep_ == "aux")
    return voice.speaker if opens or fronted else None


def reported_to(ctx: Context, voice: Voice, issuer: str) -> str | None:
    """Who a third party's directive that names no one is for: the message's recipient, who is to
    act on what the report passes on ("the President desires that there be no meetings"); the
    speaker's own directive goes to the addressee, one of the addressee's to the speaker; a foreign
    envoy's to the speaker who reports it, there to hear it ("The Bolivian Minister urged the necessity
    of ...")."""
    if issuer == voice.addressee or (voice.speaker is not None and _foreign(ctx, issuer)):
        return voice.speaker
    if voice.speaker is not None and spoke_to_speaker(ctx, issuer, voice):
        return voice.speaker  # "Ceausescu took me aside ... He asked that his greetings be conveyed"
    return voice.addressee if voice.addressee is not None else voice.speaker


def _foreign(ctx: Context, actor: str) -> bool:
    """A person named by a demonym of another country than the series' own ("bolivian-minister" in
    FRUS): a foreign envoy, who speaks to those he meets; a government's orders go to its own people."""
    country = ctx.lex.actors["demonyms"].get(actor.split("-")[0])
    home = ctx.lex.actors["series_government"]
    return country not in (None, home) and (ctx.kinds or {}).get(actor) == "Person"


def doer(ctx: Context, subj: Token, voice: Voice) -> str | None:
    """The actor a directive verb's subject names; "they" stands first for parties named together
    ("Commandant and Governor have begged ...; they hope ...", not a demonym in a subject between: "They
    declare American lives are in jeopardy"); a third person pronoun ("He says this has been told to
    nobody and requests that ...") for the nearest earlier actor of its kind that was a subject, past
    earlier subject pronouns of the same chain ("Nabuco ... He said ... he told me ... He says")."""
    low = subj.lower_
    plural = low in ctx.cue("third_plural")
    if subj.pos_ != "PRON" or subj.i in ctx.actor_at or not (plural or low in ctx.cue("third_singular")):
        return head_actor(ctx, subj, voice) or possessed_government(ctx, subj, voice)  # "his Government"
    listed = coordinated_parties(ctx, subj, voice) if plural else None
    if listed is not None:
        return listed
    pronoun = subj
    for _ in range((CHAIN_SENTENCES if plural else PERSON_CHAIN) + 1):
        found = subject_antecedent(ctx, pronoun, voice)
        if found is not None:
            return found
        earlier = _earlier_subject_pronoun(pronoun, 1 if plural else PERSON_GAP)
        if earlier is None:
            break
        pronoun = earlier
    return head_actor(ctx, subj, voice)


def _earlier_subject_pronoun(pronoun: Token, sentences: int) -> Token | None:
    """The nearest subject pronoun of the same form before ``pronoun`` in the sentences before its own."""
    low = pronoun.lower_
    start = window_start(pronoun, sentences)
    return next(
        (
            t
            for t in reversed(pronoun.doc[start : pronoun.i])
            if t.lower_ == low and t.dep_ in {"nsubj", "nsubjpass"}
        ),
        None,
    )


def message_sender(ctx: Context, participle: Token, voice: Voice) -> str | None:
    """ "a note from the Panaman Foreign Office expressing the hope that ...", "a telegram from X
    requesting ...": a participle right after "a message from X" is done by the one the message is from
    (also where the parser hung the participle and the "from" phrase on the verb before them); "I have
    received the communication which you addressed to me, stating ... and inquiring whether ...": a
    participle on a verb of receiving a message is done by its sender."""
    while participle.dep_ == "conj":
        participle = head_of(participle)
    if participle.tag_ != "VBG" or participle.dep_ not in {"acl", "advcl"} or participle.i < 3:
        return None
    message = head_of(participle)
    if participle.dep_ == "acl" and message.lemma_.lower() in ctx.cue("message_words"):
        source_of = prep_object(message, "from")  # "a note from the Minister for Foreign Affairs stating"
        if source_of is not None:
            return head_actor(ctx, source_of, voice) or titled_person(ctx, source_of, voice)
    sender = participle.doc[participle.i - 1]
    source = head_of(sender)
    after_message = source.i > 0 and source.doc[source.i - 1].lemma_.lower() in ctx.cue("message_words")
    if sender.dep_ == "pobj" and source.lower_ == "from" and after_message:
        return head_actor(ctx, sender, voice) or titled_person(ctx, sender, voice)
    received = _received_from(ctx, head_of(participle), voice) if participle.dep_ == "advcl" else None
    return received or set_off_paper_owner(ctx, participle, voice)


def _received_from(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """Who sent the message that ``verb`` ("received") has as object: "from X", "your note", or the
    subject of the clause on it ("the communication which you addressed to me")."""
    sent = ctx.cue("message_words") | ctx.cue("message_nouns") | ctx.cue("answer_nouns")  # "a reply from X"
    if verb.dep_ == "relcl" and head_of(verb).lemma_.lower() in sent:
        verb = head_of(head_of(verb))  # "received the cable from them, of which you had a copy, asking"
    if verb.lemma_.lower() not in ctx.cue("receiving_verbs"):
        return None
    message = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if message is None or message.lemma_.lower() not in sent:
        return None
    source = prep_object(message, "from") or prep_object(verb, "from")  # the parser hangs it on either
    owner = next((c for c in children_of(message) if c.dep_ == "poss"), None)
    clause = next((c for c in children_of(message) if c.dep_ == "relcl"), None)
    sender = source or owner or (subject_of(clause) if clause is not None else None)
    return ctx.refers(sender, voice) or titled_person(ctx, sender, voice) if sender is not None else None


def titled_person(ctx: Context, title: Token, voice: Voice) -> str | None:
    """ "a reply from his lordship", "her excellency's note": a form of address a third person owns
    stands, as "he" or "she" would, for the nearest person named before it."""
    if title.lower_ not in ctx.cue("address_titles"):
        return None
    owned = any(c.dep_ == "poss" and c.lower_ in ctx.cue("third_singular") for c in children_of(title))
    return ctx.antecedent(title, voice, plural=False) if owned else None


def clause_doer(ctx: Context, clause: Token, voice: Voice) -> str | None:
    """Who is to act in a that-clause that names no one told: its subject's actor, or in the passive the
    agent ("by X") or the one the subject belongs to ("that the displeasure of the Nicaraguan Government
    will be visited upon this officer"); never the speaker."""
    subj = subject_of(clause)
    if subj is None:
        return None
    if subj.dep_ == "nsubjpass":
        subj = prep_object(clause, "by") or prep_object(subj, "of")
    actor = head_actor(ctx, subj, voice) if subj is not None else None
    return actor if actor != voice.speaker else None


def clause_subject_actor(ctx: Context, clause: Token, voice: Voice) -> str | None:
    """The actor a clause's subject (or its first coordinated one: "both Dr. Day and X") names or is of."""
    subj = subject_of(clause)
    heads = [subj, *subj.conjuncts] if subj is not None else []
    named = (head_actor(ctx, h, voice) or possessed_government(ctx, h, voice) for h in heads)
    return next((a for a in named if a), None)


def passive_agent(ctx: Context, clause: Token, voice: Voice) -> str | None:
    """The actor a passive clause's "by" phrase names ("that a reply be drafted by the Secretary"): the
    one who is to act, though the clause's subject is what is acted on."""
    agents = (o for c in children_of(clause) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj")
    agent = next(agents, None)
    return head_actor(ctx, agent, voice) if agent is not None else None


def bare_directive_noun(verb: Token) -> bool:
    """ "The French and English authorities are making similar inquiries": a directive noun with nothing
    that says what is asked or of whom (no clause, no phrase after it or the verb) names no directive."""
    noun = next(c for c in children_of(verb) if c.dep_ == "dobj")
    said = {"prep", "acl", "relcl", "ccomp", "dative", "xcomp"}
    return not any(c.dep_ in said for c in [*children_of(noun), *children_of(verb)])


def told_to(ctx: Context, verb: Token, infinitive: bool) -> bool:
    """A verb of saying or sending with an object and a to-infinitive directs ("the Department
    telegraphed Heid not to allow ...", "cabled the Legation to ..."); an object that is a plan or
    purpose is what is said, not who is told."""
    plans = ctx.cue("plan_nouns")  # "announced the purpose of his Government to ...": an intention said
    return (
        infinitive
        and verb.lemma_.lower() in ctx.cue("speech_verbs")
        and any(c.dep_ in {"dobj", "dative"} and c.lemma_.lower() not in plans for c in children_of(verb))
    )


def hypothetical_governor(ctx: Context, verb: Token, clause: Token) -> bool:
    """ "the treaty would require the Ambassador to ...": a directive verb under "would" or "might" with
    a subject other than the speaker's side says what would follow, not an order; a polite wish that
    someone do something ("The President would like you to return") is a wish all the same, but one for
    a thing done ("they would like the payments deferred") names no one to do it."""
    if conjectured_wish(ctx, verb):
        return True
    if not modals_of(verb) & ctx.cue("conditional_modals"):
        return False
    polite = verb.lemma_.lower() in ctx.cue("polite_volition_verbs")
    wished = polite and any(is_infinitive_to(c) for c in children_of(clause))
    return not (wished or is_first_person(governing_subject(verb)))


#: How many heads up a reported request looks for the verb of saying that reports it.
REPORT_DEPTH = 6


def reporter_above(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """The actor whose report holds ``tok``: the subject of the nearest verb of saying above it."""
    node = tok
    for _ in range(REPORT_DEPTH):
        if head_of(node) is node:
            return None
        node = head_of(node)
        if node.lemma_.lower() in ctx.cue("speech_verbs"):
            subj = subject_of(node)
            return head_actor(ctx, subj, voice) if subj is not None else None
    return None


def stated_by(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """ "The Minister has assured me that his representative will be authorized to ...", "The President
    stated that the Commission would be instructed to ...": a directive given in the passive in a clause
    that a third party states or promises is that party's side's to give, not the writer's who reports
    it. The clause must be the reporting verb's complement (or coordinated with it: a that-clause the
    parser hung on a verb inside the first one), and the reporter its active subject."""
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb))
    clause = verb
    for _ in range(REPORT_DEPTH):
        if clause.dep_ != "conj" and not (that and clause.dep_ == "advcl"):
            break
        clause = head_of(clause)
    saying = head_of(clause)
    words = ctx.cue("speech_verbs") | ctx.cue("commitment_governors")
    if clause.dep_ != "ccomp" or saying.lemma_.lower() not in words:
        return None
    subj = next((c for c in children_of(saying) if c.dep_ == "nsubj"), None)
    actor = doer(ctx, subj, voice) if subj is not None else message_sender(ctx, saying, voice)
    return actor if actor not in {None, voice.speaker, voice.addressee} else None


def _misplaced_conjunct_subject(ctx: Context, verb: Token) -> Token | None:
    """ "The Embassy informed the Department that the notes were ready and asked if ...": the parser
    hangs the second verb of the report on the reported clause; its doer is the reporter."""
    clause, holding = head_of(verb), ctx.cue("speech_verbs") | ctx.cue("opinion_holding_verbs")
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or head_of(clause).lemma_.lower() not in holding:
        return None  # (or a verb of opinion: "considers that the treaty is fair and urges ...")
    return subject_of(head_of(clause))


def reporting_doer(ctx: Context, verb: Token, voice: Voice) -> tuple[str | None, Token]:
    """The actor who did ``verb`` (its governing subject's), and the verb whose object was spoken to;
    for a conjunct the parser hung on a reported clause, the reporter and the reporting verb. A
    participle on a message is its sender's act even where the parser gives it the subject of the
    clause the message is in ("I received a letter from X, inviting me to ...": X invites)."""
    subj = governing_subject(verb)
    if subj is None and verb.dep_ == "acl" and message_recipient(ctx, verb, voice) is not None:
        subj = subject_of(head_of(head_of(verb)))  # "The Consul sent a letter to X requesting ...": he asks
    actor = message_sender(ctx, verb, voice) or (doer(ctx, subj, voice) if subj is not None else None)
    misplaced = _misplaced_conjunct_subject(ctx, verb) if actor is None else None
    if misplaced is None:
        return actor, verb
    return doer(ctx, misplaced, voice), head_of(head_of(verb))
