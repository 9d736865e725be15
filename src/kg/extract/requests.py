"""Requests: polite wishes, "please", questions and requests for information put to someone.

"This Government would welcome your views", "Please telegraph whether ...", "I should appreciate it if you
would ...", "Do you think ...?", "Anxiously await your views", "He wanted to know if ...", requests for a
thing ("asked for a copy of the formula", "desires a full report from Mr. Heid"). The guidelines count a
request for information or action as an instruction of the one who asks."""

from __future__ import annotations

from spacy.tokens import Token

from . import paper_requests as _papers  # noqa: F401 - a request made in a named paper is tried first
from .context import (
    SUBJECTS,
    Context,
    governing_subject,
    head_actor,
    is_first_person,
    is_negated,
    is_question,
    is_second_person,
    marked_condition,
    modals_of,
    prep_object,
    subject_of,
)
from .courtesies import complimentary_close
from .directives import Directive, is_polite_if, request_target
from .misreads import copy_routed, misread_after_please, misread_opening_verb, telegraphic_governor
from .offers import stated_position
from .paper_questions import sought_knowledge
from .question_forms import open_question_of_ours
from .registry import construction
from .tokens import children_of, head_of
from .told import elided_speaker, object_actor, reporter_above, reporting_doer
from .undirected import privative
from .voices import Voice


@construction(
    "instructions",
    "polite_request",
    0.6,
    example="this Government would welcome your views",
    lemmas=("request_verbs", "copulas"),
)
def polite_request(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A wish of the speaker's side in the conditional ("would welcome", "would be glad", telegraphic
    "Would appreciate your comments"), or in the first person's "shall"/"should" for the one spoken to's
    own act ("I shall greatly appreciate your co-operation"), is a request of the wisher to whoever is to
    answer."""
    lemma = tok.lemma_.lower()
    if lemma != "be" and lemma not in ctx.cue("request_verbs"):  # the cheap test first: most verbs fail it
        return None
    kids = children_of(tok)
    objects = (c for c in kids if c.dep_ == "dobj")  # "your co-operation", "an early reply"
    yours = any(_the_addressees_answer(ctx, c) or any(map(is_second_person, children_of(c))) for c in objects)
    first = {"should", "shall", "will"} & modals_of(tok) and yours and is_first_person(subject_of(tok))
    if not ("would" in modals_of(tok) or first) or is_negated(tok):
        return None
    glad = any(c.dep_ == "acomp" and c.lemma_.lower() in ctx.cue("request_predicates") for c in kids)
    if not glad if lemma == "be" else not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in kids):
        return None
    subj = subject_of(tok)
    if subj is None and elided_speaker(tok, voice) is not None:  # telegraphese: "Would appreciate your views"
        if voice.addressee is None or any(c.dep_ == "dobj" and c.lower_ == "it" for c in children_of(tok)):
            return None  # "Would appreciate it if you would ...": the if-clause is the request (polite_if)
        return Directive(request_target(ctx, tok, voice) or voice.addressee)
    if subj is None or is_second_person(subj) or voice.addressee is None or stated_position(ctx, tok):
        return None
    wisher = ctx.refers(subj, voice)
    if not is_first_person(subj) and wisher in {None, voice.addressee}:
        return None
    issuer = wisher or voice.speaker
    asked = _asked_if(ctx, tok, voice)
    asked = asked if asked != issuer else None  # "I would be glad if I could ...": no one asked
    return Directive(asked or request_target(ctx, tok, voice) or voice.addressee, issuer=issuer)


def _asked_if(ctx: Context, wish: Token, voice: Voice) -> str | None:
    """ "the Embassy would be grateful if I would inform it": the one a conditional wish asks is the
    subject of its if-clause, the writer where that is "I"."""
    clause = next((c for c in children_of(wish) if c.dep_ == "advcl" and marked_condition(ctx, c)), None)
    subj = subject_of(clause) if clause is not None else None
    if subj is None:
        return None
    return voice.speaker if is_first_person(subj) else ctx.refers(subj, voice)


@construction("instructions", "please", 0.85, example="Please telegraph whether the decree has been signed.")
def please(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A verb modified by a politeness adverb ("please", "kindly"), wherever it stands; under a verb of
    asking, a request of the one who asks ("Secretary of Treasury asks that you kindly make ...")."""
    if not voice.addressee or not any(
        c.lower_ in ctx.cue("politeness_adverbs") and c.dep_ in {"intj", "advmod"} for c in children_of(tok)
    ):
        return None
    subj = subject_of(tok)
    if subj is not None and not is_second_person(subj):
        return None  # "which the President so kindly conveyed"
    if subj is not None and tok.dep_ == "relcl" and not modals_of(tok):
        return None  # "your note, in which you kindly transmit ...": what was done ("you will kindly" asks)
    if complimentary_close(ctx, tok) or copy_routed(ctx, tok):
        return None
    asking = head_of(tok)
    if tok.dep_ == "ccomp" and asking.lemma_.lower() in ctx.cue("reported_directive_verbs"):
        return Directive(voice.addressee, issuer=reporting_doer(ctx, asking, voice)[0], governor=asking)
    return Directive(voice.addressee)


@construction(
    "instructions",
    "let_know",
    0.7,
    example="Let me know soonest whether Thieu will agree.",
    pos=("VERB",),
    deps=("ROOT",),
)
def let_know(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "Let me know whether ...", "Let us have your views": an imperative "let" whose doer is the
    speaker's side and whose verb is one of learning or receiving asks the addressee to tell or send
    ("let us consider ..." proposes, and asks nothing)."""
    if tok.lemma_.lower() != "let" or tok.dep_ != "ROOT" or voice.addressee is None:
        return None
    if any(c.dep_ in SUBJECTS for c in children_of(tok)):
        return None  # "I will let you know": the speaker's promise
    speaker = ctx.cue("first_person") | ctx.cue("first_plural")
    for verb in (c for c in children_of(tok) if c.dep_ in {"ccomp", "xcomp"}):
        doers = [c for c in (*children_of(tok), *children_of(verb)) if c.dep_ in {"nsubj", "dobj"}]
        if verb.lemma_.lower() in ctx.cue("learning_verbs") and any(d.lower_ in speaker for d in doers):
            return Directive(voice.addressee)
    return None


@construction(
    "instructions",
    "telegraphic_suggestion",
    0.7,
    example="Suggest you see Thieu tomorrow.",
    pos=("VERB",),
    deps=("ROOT",),
)
def telegraphic_suggestion(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "Suggest you see Thieu tomorrow": a verb of recommending that opens a telegram with its "I" left
    out, read by the tagger as an auxiliary of the addressee's verb, recommends that verb to the
    addressee (read as a verb, "Recommend you tell him ...", its complement is ``governed_complement``)."""
    if voice.addressee is None or not any(c.dep_ == "aux" for c in children_of(tok)):
        return None
    governor = telegraphic_governor(ctx, tok)
    return Directive(voice.addressee) if governor is not None and governor.i != tok.i else None


@construction(
    "instructions",
    "please_misread",
    0.75,
    example="Please cable explanations and additional figures.",
    pos=("NOUN", "PROPN", "ADJ"),
)
def please_misread(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The word after a sentence-opening "please" that the tagger read as a noun ("Please cable
    explanations") is the verb of a request to the addressee."""
    if voice.addressee is not None and misread_after_please(ctx, tok):
        return Directive(voice.addressee)
    return None


@construction(
    "instructions",
    "opening_misread",
    0.7,
    example="Express to the Minister the earnest hope of this Government",
    pos=("NOUN", "PROPN", "ADJ"),
    deps=("ROOT",),
)
def opening_misread(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A verb of saying or directing that opens its sentence, read by the tagger as an adjective or a
    name ("Express to the Minister ..."), is an imperative to the addressee."""
    if voice.addressee is not None and misread_opening_verb(ctx, tok):
        return Directive(voice.addressee)
    return None


@construction(
    "instructions",
    "awaited_reply",
    0.6,
    example="Anxiously await your views thereon.",
    pos=("VERB",),
    lemmas=("awaiting_verbs", "receiving_verbs"),
)
def awaited_reply(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The speaker awaiting, or hoping to receive, an answer of the addressee ("await your views",
    "I hope to receive reply") asks for it: a request for information."""
    lemma = tok.lemma_.lower()
    if voice.addressee is None or (lemma != "receive" and lemma not in ctx.cue("awaiting_verbs")):
        return None
    if is_negated(tok) or privative(ctx, tok):
        return None  # "without awaiting instructions"
    if lemma == "receive" and tok.dep_ == "xcomp":
        holder = head_of(tok)
        if holder.lemma_.lower() not in ctx.cue("volition_verbs"):
            return None
    elif lemma in ctx.cue("awaiting_verbs"):
        holder = tok
    else:
        return None
    subj = subject_of(holder)
    if (subj is not None and not is_first_person(subj)) or any(c.dep_ == "mark" for c in children_of(holder)):
        return None  # "while we are awaiting word": a time clause
    if not any(c.dep_ == "dobj" and _the_addressees_answer(ctx, c) for c in children_of(tok)):
        return None
    return Directive(voice.addressee)


def _the_addressees_answer(ctx: Context, obj: Token) -> bool:
    """ "your views", "reply": an answer noun that no third party owns ("the decision of the Court",
    "word from Hanoi")."""
    nouns = [obj, *(c for c in children_of(obj) if c.dep_ == "compound")]
    if not any(n.lemma_.lower() in ctx.cue("answer_nouns") for n in nouns):
        return False
    owners = [c for n in nouns for c in children_of(n) if c.dep_ == "poss"]
    if any(c.dep_ == "prep" and c.lower_ in ctx.cue("source_prepositions") for c in children_of(obj)):
        return False
    return all(is_second_person(o) for o in owners)


@construction(
    "instructions", "polite_if", 0.7, example="I should appreciate it if you would find out whether ..."
)
def polite_if(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "I should appreciate it / be glad if you would V": a request, its "if" no condition."""
    if voice.addressee is None or not is_polite_if(ctx, tok):
        return None
    return Directive(voice.addressee, governor=head_of(tok))


@construction(
    "instructions",
    "glad_to_have",
    0.6,
    example="The Department will be glad to have you discuss plans for a constabulary.",
    deps=("ccomp", "xcomp"),
)
def glad_to_have(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The addressee made to act by a causative under a predicate of gladness or wish ("will be glad
    to have you discuss", "should like to have you call on him"): a request of the one glad; negated, a
    prohibition."""
    have = head_of(tok)
    if voice.addressee is None or not is_second_person(subject_of(tok)) or have.dep_ != "xcomp":
        return None
    if have.lemma_.lower() not in ctx.cue("causative_verbs"):
        return None
    above = head_of(have)
    if above.lemma_.lower() not in ctx.cue("request_predicates") | ctx.cue("directive_governors"):
        return None
    clause = above if above.pos_ in {"VERB", "AUX"} else head_of(above)  # "glad" hangs on "be"
    holder = subject_of(clause)
    issuer = head_actor(ctx, holder, voice) if holder is not None else None
    if issuer in {None, voice.addressee}:
        return None  # negated, it forbids: "The Department does not wish to have you make any inquiries"
    if any(c.dep_ == "mark" for c in children_of(clause)):
        return None  # "asked whether he would like to have you prepare ...": asked, not requested
    return Directive(voice.addressee, issuer=issuer, governor=clause)


@construction(
    "instructions", "question", 0.5, example="Do you think Honduras needs so many rifles?", deps=("ROOT",)
)
def question(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A question put to the addressee asks for an answer; one on what we are to do ("Do we seek his
    concurrence or do we tell him?") asks the addressee to decide."""
    if tok.dep_ != "ROOT" or not voice.addressee:
        return None
    if not is_question(tok):
        return None
    subj = subject_of(tok)
    if is_second_person(subj) or (subj is not None and open_question_of_ours(ctx, tok, subj)):
        return Directive(voice.addressee, whole_sentence=True)
    return None


@construction(
    "instructions",
    "wish_to_know",
    0.6,
    example="He wanted to know if I had heard from the Department.",
    deps=("xcomp",),
    lemmas=("question_governors",),
)
def wish_to_know(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A wish to learn whether something is so ("wanted to know if", "I shall be glad to learn
    whether") asks the one who can answer: a request for information, put to the addressee when
    the wish is polite, to the reporter when a third party voiced it."""
    if tok.lemma_.lower() not in ctx.cue("question_governors") or tok.dep_ != "xcomp":
        return None
    if not sought_knowledge(ctx, tok):
        return None
    gov = head_of(tok)  # "wanted to know if", "demanded to know why" (not "asked Dawee to see what ...")
    told = any(c.dep_ in {"dobj", "dative"} for c in children_of(gov))  # another is to find out
    demanding = gov.lemma_.lower() in ctx.cue("inquiry_demanding_verbs") and not told
    wishing = gov.lemma_.lower() in ctx.cue("volition_verbs") | {"like"} or demanding
    wishes = ctx.cue("request_predicates") | ctx.cue("eagerness_predicates")  # "anxious to learn what"
    glad = gov.pos_ == "ADJ" and gov.lemma_.lower() in wishes
    if not (wishing or glad):
        return None
    holder = head_of(gov) if glad else gov
    if is_negated(holder) or marked_condition(ctx, holder):
        return None
    subj = governing_subject(holder)
    issuer = head_actor(ctx, subj, voice) if subj is not None else None
    if issuer is None:
        return None
    # a glad wish is a polite request to the one addressed, and so is a third party's wish passed on in
    # the present ("The President desires to know if ..."); one reported in the past was put to the reporter
    passed_on, felt = holder.tag_ in {"VBZ", "VBP"}, glad and holder.tag_ == "VBD"
    if felt and issuer == voice.speaker:
        return None  # "I was glad to learn his views": a feeling had, nothing asked
    asked = voice.addressee if (glad and not felt) or passed_on or issuer == voice.speaker else voice.speaker
    if asked == issuer:
        asked = voice.speaker
    return Directive(asked, issuer=issuer) if asked is not None and asked != issuer else None


@construction(
    "instructions",
    "asked_for",
    0.6,
    example="the Spanish Ambassador, who asked on behalf of his Government for a copy of the formula",
    pos=("VERB",),
    lemmas=("asking_for_verbs",),
)
def asked_for(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A verb of asking or of sending a message with "for" and a thing ("asked for a copy of the
    formula", "applied to the Department for a passport", "cabled the Ambassador for a decision") is
    a request of its subject: to the one asked when named, else to the one who reports it ("the
    Minister said that the Ambassador asked for ..."), else to the other party of the message."""
    if tok.lemma_.lower() not in ctx.cue("asking_for_verbs") or is_negated(tok):
        return None
    wanted = prep_object(tok, "for")
    if wanted is None or wanted.pos_ != "NOUN" or marked_condition(ctx, tok):
        return None
    visit = purpose_of_visit(ctx, tok)
    if (tok.dep_ == "xcomp" and not visit) or any(c.dep_ in {"xcomp", "ccomp"} for c in children_of(tok)):
        return None  # "asked for X to be sent", "instructed him to press for X": the other verb directs
    if tok.dep_ == "conj" and head_of(tok).i in ctx.directives:
        return None  # "urged that they accept the formula and then ask for ...": an act told, no request
    subj = governing_subject(tok)
    if modals_of(tok) and not visit:
        return None  # "I will then ask for a recess", "X must ask for an inquiry": a plan, not a request made
    if subj is not None and subj.tag_ in {"WP", "WDT"} and tok.dep_ == "relcl":
        subj = head_of(tok)  # "the Ambassador, who asked for ...": the relative's antecedent
    issuer = head_actor(ctx, subj, voice) if subj is not None else None
    if issuer is None:
        return None
    asked = object_actor(ctx, tok, voice) or reporter_above(ctx, tok, voice)
    if asked is None or asked == issuer:
        asked = voice.speaker if issuer != voice.speaker else voice.addressee
    return Directive(asked, issuer=issuer) if asked is not None and asked != issuer else None


def purpose_of_visit(ctx: Context, verb: Token) -> bool:
    """ "The Ambassador called today to ask for information": the purpose of a visit made is an act done
    on it, not a plan."""
    head = head_of(verb)
    return (
        verb.dep_ in {"xcomp", "advcl"}
        and modals_of(verb) == {"to"}
        and head.lemma_.lower() in ctx.cue("visiting_verbs")
        and head.tag_ == "VBD"
    )


@construction(
    "instructions",
    "wanted_from",
    0.6,
    example="The Department now desires a full report from Mr. Heid",
    pos=("VERB",),
    lemmas=("wanting_verbs",),
)
def wanted_from(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A want of a thing from a named actor ("desires a full report from Mr. Heid", "we need a reply
    from Thieu") asks that actor for it: a request of the one who wants it."""
    if tok.lemma_.lower() not in ctx.cue("wanting_verbs") or is_negated(tok) or marked_condition(ctx, tok):
        return None
    wanted = next((c for c in children_of(tok) if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if wanted is None:
        return None
    source = prep_object(tok, "from") or prep_object(wanted, "from")
    asked = head_actor(ctx, source, voice) if source is not None else None
    subj = governing_subject(tok)
    issuer = head_actor(ctx, subj, voice) if subj is not None else None
    if asked is None or issuer is None or asked == issuer:
        return None
    return Directive(asked, issuer=issuer)
