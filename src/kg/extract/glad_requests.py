"""Requests for information put as the speaker's future gladness: "I shall be glad to receive your
views", "we will be pleased to have your confirmation", "I should be glad to know who will deal with
it". The conditional "would be glad" is ``polite_request``; a whether-clause is ``wish_to_know``; the
addressee made to act ("glad to have you discuss") is ``glad_to_have``. Receiving a person ("will be
happy to receive him") is an offer, no request."""

from __future__ import annotations

from spacy.tokens import Token

from . import reliance as _reliance  # noqa: F401 - reliance, awaited views and "you might" are tried next
from .context import Context, head_actor, is_first_person, is_negated, is_second_person, modals_of, subject_of
from .directives import Directive, polite_if_clause, request_target
from .option_guards import is_answer
from .registry import construction
from .stance_targets import told_passive
from .tokens import children_of, head_of
from .told import elided_speaker
from .voices import Voice

#: the modals of a future or polite gladness that ``polite_request`` ("would") leaves
FUTURE_MODALS = frozenset({"shall", "will", "should"})


@construction(
    "instructions",
    "glad_to_receive",
    0.6,
    example="I shall be glad to receive an expression of your views.",
    deps=("xcomp",),
)
def glad_to_receive(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A verb of learning or receiving with a thing as object under the speaker's "shall / will /
    should be glad", or with an answer as object under anyone's eagerness ("The USG is anxious to have
    President Kaunda's assessment"), asks the one who can send it: whose views are wished for, else the
    addressee."""
    be = _glad_copula(ctx, tok)
    if be is None or voice.addressee is None:
        return None
    subj = subject_of(be)
    obj = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
    elided = subj is None and elided_speaker(be, voice) is not None and bool(modals_of(be) & FUTURE_MODALS)
    if obj is None and _told_of_addressee(tok) and (elided or is_first_person(subj)):  # "that you concur"
        return Directive(voice.addressee, governor=be) if modals_of(be) & FUTURE_MODALS else None
    if (subj is None and not elided) or obj is None or obj.pos_ != "NOUN":  # "Should be glad to have ..."
        return None
    if ctx.refers(obj, voice) is not None and not is_answer(ctx, obj):
        return None  # "will be happy to receive him": an offer to see a person ("X's views" are views)
    if any(c.dep_ in {"ccomp", "xcomp"} or is_second_person(c) for c in children_of(tok)):
        return None  # "glad to have you discuss": glad_to_have
    issuer = _wisher(ctx, be, subj, tok, obj, voice)
    if issuer is None:
        return None
    asked = request_target(ctx, tok, voice) or voice.addressee
    return Directive(asked, issuer=issuer, governor=be) if asked != issuer else None


def _told_of_addressee(verb: Token) -> bool:
    """ "(shall be glad) to know that you concur": what the addressee does, to be told back."""
    return any(c.dep_ == "ccomp" and is_second_person(subject_of(c)) for c in children_of(verb))


def _wisher(ctx: Context, be: Token, subj: Token | None, verb: Token, obj: Token, voice: Voice) -> str | None:
    """Who asks: whoever is eager for an answer (not the one spoken to), or the speaker's side glad in
    the future ("I shall be glad to receive ..."); telegraphese leaves the speaker out (no ``subj``)."""
    # "will be glad to learn the views of X": anyone's glad wish for an answer asks for it
    gladly = is_answer(ctx, obj) and bool(modals_of(be) & (FUTURE_MODALS | {"would"}))
    first = subj is None or is_first_person(subj)
    if _eager_for_answer(ctx, verb, obj) or gladly:
        wisher = voice.speaker if first or subj is None else ctx.refers(subj, voice)
        return wisher if wisher != voice.addressee else None
    if first and modals_of(be) & FUTURE_MODALS:
        return (ctx.refers(subj, voice) if subj is not None else None) or voice.speaker
    return None


def _eager_for_answer(ctx: Context, verb: Token, obj: Token) -> bool:
    """ "The USG is anxious to have President Kaunda's assessment", "we are eager to receive your
    views": eagerness for an answer asks for it in any tense, of whoever wishes it (the speaker's side
    or a third party); eagerness for a thing ("anxious to have the treaty ratified") asks nothing, but
    whatever one is eager to learn or know is an answer ("interested to learn the basis of the policy")."""
    learned = verb.lemma_.lower() in ctx.cue("question_governors") or is_answer(ctx, obj)
    return head_of(verb).lemma_.lower() in ctx.cue("eagerness_predicates") and learned


def _glad_copula(ctx: Context, verb: Token) -> Token | None:
    """The "be" of "be glad / anxious to VERB" when ``verb`` is a verb of learning or receiving."""
    if verb.lemma_.lower() not in ctx.cue("learning_verbs") or verb.dep_ != "xcomp":
        return None
    glad = head_of(verb)
    wishing = ctx.cue("request_predicates") | ctx.cue("eagerness_predicates")
    if glad.lemma_.lower() not in wishing or glad.dep_ != "acomp":
        return None
    be = head_of(glad)
    return be if be.lemma_.lower() == "be" and not any(c.dep_ == "neg" for c in children_of(be)) else None


@construction(
    "instructions",
    "third_party_polite_if",
    0.6,
    example="I shall be glad if the Commissioners will approve this transfer.",
    deps=("advcl",),
)
def third_party_polite_if(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "I shall be glad / It would be appreciated if the Commissioners will V": a request to the party
    the if-clause names as its acting subject, of whoever is glad (the speaker for "I" and "it"); a
    passive or an unnamed subject directs no one ("if the matter could be settled")."""
    if not polite_if_clause(ctx, tok) or head_of(tok).i in ctx.directives:
        return None  # "I would be glad if X would": polite_request asks X already
    subj = subject_of(tok)
    if subj is None or subj.dep_ != "nsubj" or is_second_person(subj):
        return None  # "if you would": polite_if
    told = head_actor(ctx, subj, voice)
    holder = subject_of(head_of(tok))
    speaking = holder is None or is_first_person(holder) or holder.lower_ in ctx.cue("impersonal_subjects")
    issuer = voice.speaker if speaking else head_actor(ctx, holder, voice) if holder is not None else None
    if told is None or issuer is None or told == issuer:
        return None
    return Directive(told, negative=is_negated(tok), issuer=issuer, governor=head_of(tok))


@construction(
    "instructions",
    "eager_to_be_told",
    0.55,
    example="The Japanese Embassy is most anxious to be kept informed of these meetings.",
    deps=("xcomp",),
)
def eager_to_be_told(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """Eagerness, or a gladness to come, to be informed ("anxious to be kept informed", "eager to be
    kept up to date", "we shall be glad to be advised"), or a wish to be told or directed ("We desire to
    be instructed regarding the maximum size of the cruiser"): a request for information (or for
    instructions) of whoever wishes it to the other party of the message (the writer, where a third
    party wishes it)."""
    if tok.dep_ != "xcomp":
        return None
    be = _wished_told(ctx, tok) or _eager_told(ctx, tok)
    if be is None:
        return None
    subj = subject_of(be)
    if subj is None or is_second_person(subj):
        return None
    wisher = voice.speaker if is_first_person(subj) else head_actor(ctx, subj, voice)
    if wisher is None or wisher == voice.addressee:
        return None
    asked = voice.addressee if wisher == voice.speaker else voice.speaker
    return Directive(asked, issuer=wisher, governor=be) if asked not in {None, wisher} else None


def _eager_told(ctx: Context, told: Token) -> Token | None:
    """The "be" of "anxious / glad (to come) to be informed", if so."""
    glad = head_of(told)
    be = head_of(glad)
    if glad.dep_ != "acomp" or be.lemma_.lower() != "be" or is_negated(be) or not told_passive(ctx, told):
        return None
    eager = glad.lemma_.lower() in ctx.cue("eagerness_predicates")
    future_glad = glad.lemma_.lower() in ctx.cue("request_predicates") and modals_of(be) & FUTURE_MODALS
    return be if eager or future_glad else None


def _wished_told(ctx: Context, told: Token) -> Token | None:
    """The verb of "desire / wish to be instructed (informed)", if so: a wish, not negated ("like" only
    in the conditional), for a passive of telling or directing."""
    wish = head_of(told)
    lemma = wish.lemma_.lower()
    if wish.pos_ != "VERB" or lemma not in ctx.cue("answer_wanting_verbs") or is_negated(wish):
        return None
    if lemma == "like" and not modals_of(wish) & {"would", "should"}:
        return None
    passive = any(c.dep_ == "auxpass" for c in children_of(told))
    directed = passive and told.lemma_.lower() in ctx.cue("reported_directive_verbs")
    return wish if told_passive(ctx, told) or directed else None


@construction(
    "instructions",
    "wanted_answer",
    0.6,
    example="I should like to have your opinion on the distribution of personnel.",
    pos=("VERB",),
    lemmas=("answer_wanting_verbs",),
)
def wanted_answer(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The speaker's wish for an answer ("I should like your opinion", "I should like to have the
    Department's reaction", "We need your views by Friday") asks whoever is to give it: whose answer it
    is, else the addressee. "like" wishes only in the conditional: "I like your views" appraises them."""
    lemma = tok.lemma_.lower()
    if lemma not in ctx.cue("answer_wanting_verbs") or voice.addressee is None or is_negated(tok):
        return None
    if lemma == "like" and not modals_of(tok) & {"would", "should"}:
        return None
    subj = subject_of(tok)
    if not (is_first_person(subj) if subj is not None else elided_speaker(tok, voice) is not None):
        return None
    if _wanted_answer(ctx, tok) is None:
        return None
    asked = request_target(ctx, tok, voice) or voice.addressee
    issuer = (ctx.refers(subj, voice) if subj is not None else None) or voice.speaker
    return Directive(asked) if asked != issuer else None


def _wanted_answer(ctx: Context, verb: Token) -> Token | None:
    """The answer wished for, as the verb's object or that of its "to have (receive, get)"."""
    getting = ctx.cue("learning_verbs") | ctx.cue("causative_verbs")
    verbs = [verb, *(c for c in children_of(verb) if c.dep_ == "xcomp" and c.lemma_.lower() in getting)]
    return next((o for v in verbs for o in children_of(v) if o.dep_ == "dobj" and is_answer(ctx, o)), None)
