"""Instructions to the addressee: verbs that direct the one the message speaks to.

Directives with the addressee as subject and a modal ("you should / will / may"), complements of a speaker's
directive verb ("I want you to"), passives of authorization, imperatives, "please", polite requests,
questions. Third parties': ``reported.py``; the find and write steps: ``directives.py``."""

from __future__ import annotations

from spacy.tokens import Token

from . import requests as _requests  # noqa: F401 - requests register first, as they are tried first
from .believed_clauses import main_or_believed
from .context import (
    SUBJECTS,
    Context,
    clause_governors,
    is_first_person,
    is_infinitive_to,
    is_negated,
    is_second_person,
    modals_of,
    shares_complement,
    subject_of,
)
from .conveyed_stances import finite_conjunct, foretold_conjunct, informing_wish, side_refusal
from .coordination import contrasted
from .counsel import speakers_advice
from .courtesies import complimentary_close
from .directives import Directive, addressed_clause, is_imperative, is_polite_if, you_modal
from .hypotheses import reported_or_believed
from .interposed import infinitive_governor
from .misreads import telegraphic_governor, true_relative
from .recommendations import decided_item
from .registry import construction
from .tokens import children_of, head_of
from .told import clause_doer, told_party
from .undirected import (
    ability_conjunct,
    adverbial_clause,
    disclaimed_clause,
    own_clause_conjunct,
    refused_directive,
    reported_conjunct,
    speakers_own_course,
    unattributed_prediction,
    wished_possession,
)
from .voices import Voice
from .weighed import courteous_trust, present_advice


# -- constructions ---------------------------------------------------------
@construction(
    "instructions",
    "warning",
    0.7,
    example="I caution you against any statement.",
    lemmas=("warning_verbs",),
)
def warning(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A warning verb of the speaker with the addressee as object is a prohibition."""
    if voice.addressee is None or tok.lemma_.lower() not in ctx.cue("warning_verbs"):
        return None
    if not any(c.dep_ == "dobj" and is_second_person(c) for c in children_of(tok)):
        return None
    subj = subject_of(tok)
    if subj is not None and ctx.refers(subj, voice) == voice.speaker:
        return Directive(voice.addressee, negative=True)
    return None


@construction(
    "instructions",
    "you_have_to",
    0.7,
    example="You will have to decide on the spot.",
    deps=("ROOT", "conj", "ccomp"),
    lemmas=("obligation_verbs",),
)
def you_have_to(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The addressee as subject of a verb of obligation with a to-infinitive."""
    if not addressed_clause(ctx, tok, voice) or tok.lemma_.lower() not in ctx.cue("obligation_verbs"):
        return None
    if any(c.dep_ == "xcomp" and any(is_infinitive_to(a) for a in children_of(c)) for c in children_of(tok)):
        return Directive(voice.addressee)
    return None


@construction(
    "instructions",
    "you_must",
    0.8,
    example="You should not sign the protocol.",
    deps=("ROOT", "conj", "ccomp", "advcl", "dep"),
)
def you_must(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The addressee as subject with a modal of obligation (should, must, shall, ought) or latitude."""
    modals = ctx.cue("strong_modals") | ctx.cue("latitude_modals")  # "You need not respond": not to
    return None if disclaimed_clause(tok) else you_modal(ctx, tok, voice, modals)


@construction(
    "instructions",
    "you_will",
    0.65,
    example="You will then tell them that ...",
    deps=("ROOT", "conj", "ccomp", "advcl", "dep"),
)
def you_will(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The addressee as subject with "will" in a main clause: the telegraphic future of command."""
    return None if disclaimed_clause(tok) else you_modal(ctx, tok, voice, ctx.cue("future_modals"))


@construction(
    "instructions",
    "you_may",
    0.55,
    example="You may assure the Foreign Minister that ...",
    deps=("ROOT", "conj", "ccomp", "advcl", "dep", "relcl"),
)
def you_may(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The addressee as subject with a modal of permission or ability (may, can, could)."""
    if disclaimed_clause(tok) or ability_conjunct(ctx, tok) or true_relative(ctx, tok):
        return None  # "You enjoy their confidence and can speak ...": what the addressee is able to do
    return you_modal(ctx, tok, voice, ctx.cue("directive_modals"))


@construction(
    "instructions",
    "speaker_advice",
    0.5,
    example="we should not paint ourselves into a corner",
    deps=("ROOT", "ccomp"),
)
def speaker_advice(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """Advice in the first person with should/ought, or a negated "would", binds the addressee;
    necessity of the speaker's side ("we must weigh ...") is policy."""
    subj, modals = subject_of(tok), modals_of(tok)
    if voice.addressee is None or not is_first_person(subj) or not main_or_believed(tok):
        return None
    polite = any(c.dep_ == "advcl" and is_polite_if(ctx, c) for c in children_of(tok))
    if subj is not None and modals != {"would"} and speakers_own_course(ctx, subj) and not polite:
        return None  # "I feel that I should lay before you": the speaker's duty ("if you would" asks)
    if not modals & ctx.cue("advice_modals") or tok.lemma_.lower() in ctx.cue("non_directive_verbs"):
        return None
    if modals == {"would"} and (not is_negated(tok) or side_refusal(ctx, tok, subj)):
        return None  # "we would not consider any settlement": the speaker's side's stance, conveyed
    if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(tok)):
        return None  # "I would not have gone so far": a judgement of the past, not advice
    if tok.lemma_.lower() in ctx.cue("preference_verbs"):
        return None  # "I should prefer not to leave": the speaker's own preference
    return Directive(voice.addressee)


@construction(
    "instructions",
    "believed_directive",
    0.7,
    example="We think you should decline the invitation.",
    deps=("ccomp",),
)
def believed_directive(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The speaker's opinion or assent that the addressee should act ("we think / concur that you should",
    "this mission believes the Department should") directs; negated ("we do not think you should") forbids."""
    gov, holding = head_of(tok), ctx.cue("opinion_verbs") | ctx.cue("about_stance_verbs")
    if tok.dep_ != "ccomp" or voice.addressee is None or gov.lemma_.lower() not in holding:
        return None
    advised = speakers_advice(ctx, subject_of(gov), subject_of(tok), voice)
    advised = advised and bool(modals_of(tok) & ctx.cue("opinion_modals"))
    return Directive(voice.addressee, negative=is_negated(gov), governor=gov) if advised else None


@construction(
    "instructions",
    "judged_course",
    0.6,
    example="We do not think it wise to let Thieu believe that ...",
    deps=("xcomp",),
)
def judged_course(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A to-infinitive judged advisable ("we think it better to say ...", "it would be wise to ...",
    "do you not think it would be better to ...?") advises the addressee; judged in a negated opinion
    that asks nothing ("we do not think it wise to ...") it forbids."""
    if voice.addressee is None or not any(is_infinitive_to(c) for c in children_of(tok)):
        return None
    if wished_possession(ctx, tok):
        return None  # "desirable to have a governor who ...": a state of affairs wished for
    advised = ctx.cue("advice_predicates")
    head = head_of(tok)
    if head.pos_ == "ADJ" and head.lemma_.lower() in advised:
        judged = head  # "it better to say": the parser hangs the infinitive on the adjective
    elif head.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in advised for c in children_of(head)
    ):
        judged = head
    else:
        return None
    subj = subject_of(judged)
    if subj is None or subj.lower_ not in ctx.cue("impersonal_subjects"):
        return None
    opinion = head_of(judged) if judged.dep_ == "ccomp" else None
    if opinion is not None and opinion.lemma_.lower() in ctx.cue("opinion_verbs"):
        if (holder := subject_of(opinion)) is None or not present_advice(ctx, holder, opinion):
            return None  # a third party's opinion, or "I have thought it advisable to send": my own course
        asked = any(c.dep_ == "aux" and c.i < holder.i for c in children_of(opinion))  # "do you not think"
        if asked:  # "do you not think it would be better ...?" urges: quoted from the judgement
            return Directive(voice.addressee, negative=is_negated(judged))
        return Directive(
            voice.addressee, negative=is_negated(opinion) or is_negated(judged), governor=opinion
        )
    if judged.dep_ != "ROOT" or "would" not in modals_of(judged):
        return None  # "it was better to wait" judges the past
    return Directive(voice.addressee, negative=is_negated(judged), governor=judged)


@construction(
    "instructions", "you_are_to", 0.8, example="You are to proceed to Riga immediately.", deps=("xcomp",)
)
def you_are_to(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "be to" with the addressee as subject: the to-infinitive is an order; not a past "were to",
    nor an adjective's infinitive ("You were so kind to inform me")."""
    gov = head_of(tok)
    if tok.dep_ != "xcomp" or gov.lemma_.lower() != "be" or voice.addressee is None or gov.tag_ == "VBD":
        return None
    if any(c.dep_ == "acomp" for c in children_of(gov)):
        return None
    if is_second_person(subject_of(gov)) and any(is_infinitive_to(c) for c in children_of(tok)):
        return Directive(voice.addressee, governor=gov)
    return None


@construction(
    "instructions",
    "hedged_directive",
    0.6,
    example="You might find it useful to sound out the Nuncio.",
    deps=("xcomp", "ccomp", "advcl"),
)
def hedged_directive(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A to-infinitive under a hedge to the addressee ("you may wish to", "you might find it useful
    to", "you would care to", "you will want to") directs as politely as it hedges; not on a subject
    ("any talks you may wish to hold should ...": the modal after it directs)."""
    if not any(is_infinitive_to(c) for c in children_of(tok)) or voice.addressee is None:
        return None
    for node in clause_governors(tok, {"xcomp", "ccomp", "advcl"}):
        lemma, modals = node.lemma_.lower(), modals_of(node)  # "you will want to stress": a wish foretold
        hedged = modals & ctx.cue("hedge_modals") or ("will" in modals and lemma in ctx.cue("future_wishes"))
        hedged = hedged and not (node.dep_ == "relcl" and head_of(node).dep_ in SUBJECTS)
        if lemma in ctx.cue("hedge_verbs") and is_second_person(subject_of(node)) and hedged:
            said = reported_or_believed(ctx, head_of(node))  # "he suggests you", "Haig understood you"
            return None if node.dep_ == "ccomp" and said else Directive(voice.addressee, governor=node)
    return None


@construction(
    "instructions",
    "authorized_passive",
    0.85,
    example="You are authorized to offer a reduction.",
    deps=("xcomp", "ccomp", "advcl"),
)
def authorized_passive(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The complement of a passive directive verb with the addressee as subject, also past
    interposed words ("You are directed on arrival at X to deliver ...")."""
    gov = infinitive_governor(ctx, tok)
    if gov is None or voice.addressee is None or adverbial_clause(ctx, tok, gov):
        return None
    gsubj = subject_of(gov)
    if (
        gov.lemma_.lower() in ctx.cue("directive_passives")
        and gsubj is not None
        and gsubj.dep_ == "nsubjpass"
        and is_second_person(gsubj)
    ):
        return Directive(voice.addressee, governor=gov)
    return None


@construction(
    "instructions",
    "impersonal_passive",
    0.75,
    example="It is desired that you proceed to Arica.",
    deps=("xcomp", "ccomp"),
)
def impersonal_passive(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The that-clause of an impersonal passive of wish or command ("it is desired that ...")."""
    gov = head_of(tok)
    if tok.dep_ not in {"xcomp", "ccomp"} or voice.addressee is None:
        return None
    gsubj = subject_of(gov)
    if (
        gov.lemma_.lower() in ctx.cue("directive_passives")
        and gsubj is not None
        and gsubj.dep_ == "nsubjpass"
        and gsubj.lower_ in ctx.cue("impersonal_subjects")
        and (head_of(gsubj).i == gov.i or gov.tag_ == "VBN")
    ):  # an active conjunct ("this has been told to nobody and requests that ...") borrows no passive
        doer = clause_doer(ctx, tok, voice)
        return None if unattributed_prediction(ctx, gov, tok, doer) else Directive(doer or voice.addressee)
    return None


@construction(
    "instructions",
    "governed_complement",
    0.85,
    example="I want you to ask them what is their final offer.",
    deps=("xcomp", "ccomp"),
)
def governed_complement(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The complement of a directive verb whose subject is the speaker ("I want you to", "I suggest
    that you"); the one told is its object, or the addressee when the addressee is its subject."""
    gov = head_of(tok)
    if tok.dep_ not in {"xcomp", "ccomp"} or gov.lemma_.lower() not in ctx.cue("directive_governors"):
        return None
    gsubj = subject_of(gov)
    telegraphic = gsubj is None and telegraphic_governor(ctx, gov) is not None  # "Recommend you tell him"
    ordered = gsubj is None and not telegraphic and is_imperative(ctx, gov)  # "Tell Bunker to see Thieu"
    if not (ordered or telegraphic) and (
        gsubj is None or gsubj.dep_ == "nsubjpass" or ctx.refers(gsubj, voice) != voice.speaker
    ):
        return None
    if gov.lemma_.lower() in ctx.cue("polite_ask_verbs") and tok.dep_ == "ccomp":
        return None
    if refused_directive(ctx, gov) or courteous_trust(ctx, gov, tok) or informing_wish(ctx, gov, tok):
        return None  # "I could not urge that ...": a refusal; "I trust you will understand": sympathy
    if gov.lemma_.lower() in ctx.cue("to_only_directive_verbs") and not any(
        is_infinitive_to(c) for c in children_of(tok)
    ):
        return None  # "advise the Minister that it has not been communicated" informs
    target = None
    for child in children_of(gov):
        if child.dep_ in {"dobj", "dative", "iobj"} and child.i < tok.i:  # not one misparsed after it
            target = told_party(ctx, child, voice)
    if is_second_person(subject_of(tok)):
        target = voice.addressee
    if target is None or target == voice.speaker:
        return None
    negative = gov.lemma_.lower() in ctx.cue("warning_verbs") or is_negated(gov)
    # an imperative governor is an instruction of its own, quoted apart
    return Directive(target, negative=negative, governor=None if ordered else gov)


@construction(
    "instructions",
    "imperative",
    0.75,
    example="Leave a crack of the door open for further discussion.",
    deps=("ROOT", "conj"),
)
def imperative(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A bare verb with no subject or modal, with a complement, opening its sentence (after
    adverbs such as "then", "please"); "Deliver immediately." is routing, "Please accept the assurances
    of ..." closes a letter, and an item under "has decided that we should:" is decided, not directed."""
    bare = voice.addressee is not None and is_imperative(ctx, tok) and not complimentary_close(ctx, tok)
    return Directive(voice.addressee) if bare and decided_item(ctx, tok) is None else None


@construction(
    "instructions",
    "coordinated",
    0.7,
    example="study this entire situation and report to us promptly",
    deps=("conj",),
)
def coordinated(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A verb coordinated with a directive verb, with its own complement, is a directive too."""
    found = ctx.directives
    if tok.dep_ != "conj" or reported_conjunct(ctx, tok) or own_clause_conjunct(tok) or finite_conjunct(tok):
        return None
    if tok.tag_ == "VB" and head_of(tok).pos_ in {"NOUN", "PROPN"}:  # a verb the parser hung on a noun
        owner = next((found[a.i] for a in tok.ancestors if a.i in found), None)
        return owner.directive if owner is not None else None
    if (
        head_of(tok).dep_ == "conj"
        and head_of(head_of(tok)).i in found
        and shares_complement(head_of(head_of(tok)))
        and not shares_complement(head_of(tok))
    ):  # "investigate and report on X, and also report on Y"
        head = found[head_of(head_of(tok)).i].directive
        return Directive(head.addressee, head.negative or is_negated(head_of(head_of(tok))), head.issuer)
    above = head_of(tok)
    if above.dep_ == "xcomp" and head_of(above).i in found and not shares_complement(above):
        head = found[head_of(above).i].directive  # "refuse to sign the convention and make a statement"
        return Directive(head.addressee, head.negative, head.issuer)
    if above.i not in found or shares_complement(above) or found[above.i].rule.name in ctx.cue("lone_rules"):
        return None  # "arrested under orders from X and now being transported": only the act ordered
    subj = subject_of(tok)
    if any(c.dep_ in SUBJECTS for c in children_of(tok)) and not is_second_person(subj):
        return None
    if tok.lemma_.lower() in ctx.cue("light_verbs") or foretold_conjunct(ctx, tok):
        return None
    head = found[head_of(tok).i].directive
    negative = is_negated(tok) if contrasted(ctx, tok) else head.negative or is_negated(head_of(tok))
    return Directive(head.addressee, negative, head.issuer)
