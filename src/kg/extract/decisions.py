"""Decisions: an actor's stance (approve or reject) on an option.

The find step reads ``Stance``s with each registered construction: stance
verbs with their subject and object, recognition of a government, and
judgements of a course ("it would be a serious mistake to ..."). The write
step links each stance to its option (a known one, or a new one made from
the object) and makes ``Decision`` items.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ..documents import Span
from .context import (
    Context,
    char_span,
    head_actor,
    inverted_condition,
    is_infinitive_to,
    is_negated,
    is_second_person,
    modals_of,
    prep_object,
    subject_of,
    trim_marker,
)
from .deciders import avoidance_stance, decider, decision_object, flip, opposing_word, refused
from .decision_guards import asked_opinion, unstated
from .directives import forbids
from .echo_links import echo_of, on_views
from .hypotheses import (
    content_of_directive,
    hypothetical,
    in_condition,
    in_time_clause,
    negated_chain,
    question_tokens,
)
from .judges import moves_a_body, moves_its_object, powerless, purpose_of_thing
from .model import Decision, Option
from .noted_stances import voices_with_notes
from .option_lists import listed_course
from .option_phrases import noun_phrase
from .option_targets import option_for
from .predicate_forms import participle_lemma
from .registry import Construction, construction, starting_points
from .restatements import stated_once
from .stance_objects import asks_a_word_back, no_course_object, own_suggestion
from .stance_spans import course_label, decision_span, read_once, stance_clause
from .stated_clauses import as_held, holds_own_stance, judged_clauses
from .tokens import children_of, head_of, subtree_of
from .voices import Voice


@dataclass(frozen=True)
class Stance:
    """A stance found in the text: who takes it, on what (``target``), with its evidence."""

    head: Token  # the verb or predicate a condition of the stance hangs on
    stance: str  # approve | reject
    actor: str
    target: Token
    span: Span
    recognition: bool = False  # the option is the recognition of ``target``
    echo: bool = False  # "hold the same views": the stance and option of the decision just before
    listed: bool = False  # an item of a decided list: the item's own words are the option, however long


# -- find step -------------------------------------------------------------
def find_stances(ctx: Context) -> list[tuple[Construction, Stance]]:
    found: list[tuple[Construction, Stance]] = []
    for rule, spoken in starting_points("decisions", ctx.sdoc, voices_with_notes(ctx)):  # where it can start
        for tok, voice in spoken:
            for stance in rule.func(ctx, tok, voice):  # not what a condition supposes, nor a forecast, nor
                if not unstated(ctx, rule.name, stance, voice) and not moves_a_body(ctx, stance.target):  # a
                    found.append((rule, as_held(ctx, stance, voice)))  # courtesy, nor troops moved
    stated = {s.head.i: s.actor for _, s in found}
    kept = [(r, s) for r, s in found if all(stated.get(i, s.actor) == s.actor for i in judged_clauses(s))]
    by_head = {s.head.i: s for _, s in found}
    return [(r, s) for r, s in kept if not holds_own_stance(s, by_head.get(s.target.i))]


# -- write step ------------------------------------------------------------
def write_decisions(
    ctx: Context, hits: list[tuple[Construction, Stance]], options: list[Option]
) -> tuple[list[tuple[Token, Decision]], list[Option]]:
    """Decisions, and the options they bear on that no option construction found."""
    found: list[tuple[Token, Decision]] = []
    new_options: list[Option] = []
    echoing = {id(s): s.echo or on_views(ctx, s.target) for _, s in hits}
    voices = voices_with_notes(ctx)
    for rule, stance in sorted(hits, key=lambda h: echoing[id(h[1])]):  # echoes after what they echo
        voice = voices[stance.head.i]
        if voice is None or stance.span.end <= stance.span.start:  # no passage, no evidence: not written
            continue
        if echoing[id(stance)]:  # "hold the same views", "concur in these views"
            echo = echo_of(ctx, rule, stance, [d for _, d in found], voice)
            if echo is not None or stance.echo:
                found.extend([(stance.head, echo)] if echo is not None else [])
                continue
        known = options + new_options
        option = (
            _recognition(ctx, stance.head, stance.target, known)
            if stance.recognition
            else option_for(ctx, stance.target, known, voice)
        )
        if option is None and stance.listed:
            option = listed_course(ctx, stance.span, known)
        if option is None:
            continue
        if option not in known:
            option = replace(option, label=course_label(ctx.actor_at, stance.target, option.label))
            new_options.append(option)
        decision = Decision(stance.span, stance.stance, stance.actor, option.key, rule.confidence, rule.name)
        found.append((stance.head, decision))
    return stated_once(_once_a_sentence(read_once(found)), options + new_options), new_options


def _once_a_sentence(found: list[tuple[Token, Decision]]) -> list[tuple[Token, Decision]]:
    """ "Urged him to sign the agreement and to submit it at once": one statement of one stance on one
    option by one actor, however many verbs carry it; another sentence restates it (GUIDELINES)."""
    seen: set[tuple[int, str, str, str]] = set()
    kept = []
    for head, d in found:
        key = (head.sent.start, d.stance, d.actor, d.option)
        if key not in seen:
            seen.add(key)
            kept.append((head, d))
    return kept


def find_decisions(ctx: Context, options: list[Option]) -> tuple[list[tuple[Token, Decision]], list[Option]]:
    return write_decisions(ctx, find_stances(ctx), options)


def _recognition(ctx: Context, verb: Token, target: Token, options: list[Option]) -> Option:
    """ "Costa Rica has recognized Martínez": the option is the recognition of Martínez."""
    np_start, np_end = noun_phrase(target)
    label = f"recognition of {ctx.sdoc[np_start : np_end + 1].text}"
    same = next((o for o in options if o.label.lower() == label.lower()), None)
    if same is not None:
        return same
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, min(verb.i, np_start), max(verb.i, np_end)))
    return Option(span=span, label=label, proposed_by=None, confidence=0.45)


# -- constructions ---------------------------------------------------------
def stance_verb_of(ctx: Context, tok: Token) -> str | None:
    """ "approve" or "reject" for a verb of stance (or a phrasal one: "turn down"), else None."""
    lemma = tok.lemma_.lower() if tok.pos_ == "VERB" else participle_lemma(ctx, tok)
    if lemma is None:
        return None
    if lemma in ctx.cue("reject_verbs") or _phrasal(ctx, tok, "reject_phrases"):
        return None if moves_its_object(ctx, tok) else "reject"  # "withdraw the troops" acts
    if lemma in ctx.cue("approve_verbs") or lemma in ctx.cue("intention_verbs"):
        return "approve"
    return "approve" if _phrasal(ctx, tok, "approve_phrases") else None


def _phrasal(ctx: Context, tok: Token, phrases_name: str) -> bool:
    """ "turn down", "go along (with)": the verb with the particle right after it, however the parser
    labelled the particle."""
    lemma, phrases = tok.lemma_.lower(), ctx.lex.cues[phrases_name]
    if not any(phrase[:1] == [lemma] for phrase in phrases):  # the particle only where a phrase may need it
        return False
    after = (c.lower_ for c in children_of(tok) if c.dep_ in {"prt", "prep", "advmod"} and c.i == tok.i + 1)
    return [lemma, next(after, None)] in phrases


@construction(
    "decisions",
    "recognition",
    0.6,
    example="Costa Rica has recognized Martínez.",
    pos=("VERB",),
    lemmas=("recognition_verbs",),
)
def recognition(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """Recognizing a government is a stance on the option of its recognition."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.cue("recognition_verbs") or hypothetical(ctx, tok):
        return []
    actor, target = decider(ctx, tok, voice), decision_object(tok)
    if actor is None or target is None or not any(t.i in ctx.actor_at for t in subtree_of(target)):
        return []
    stance = "reject" if negated_chain(tok) != refused(tok) else "approve"  # "refusing to recognize"
    return [Stance(tok, stance, actor, target, decision_span(ctx.sdoc, tok, target), recognition=True)]


@construction(
    "decisions",
    "directed_stance",
    0.6,
    example="You may accept the proposal for a mixed commission",
    pos=("VERB", "AUX"),
)
def directed_stance(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A directive to accept, agree to, offer, propose or sign a course (or to reject or avoid it) is
    also the issuer's decision on it; a prohibition turns it round ("you should not sign the protocol");
    one that welcomes or asks a word back ("would welcome your views on X") asks, and decides nothing."""
    hit = ctx.directives.get(tok.i)
    if hit is None or tok.i in question_tokens(tok.doc) or hit.rule.name == "coordinated_that":
        return []  # "how do you envisage ...?"; "request that X be restored, that Y be ...": demands
    avoided = tok.lemma_.lower() in ctx.cue("avoidance_verbs")
    stance = stance_verb_of(ctx, tok) or ("approve" if tok.lemma_.lower() in ctx.cue("offer_verbs") else None)
    target = decision_object(tok)
    issuer = hit.directive.issuer or voice.speaker
    if avoided:  # "avoid the hint of any new concessions": the issuer rules them out
        stance = avoidance_stance(tok, hit.directive.governor)
    elif hit.directive.negative or forbids(ctx, tok, hit.directive.governor):
        stance = flip(stance) if stance is not None else None
    if stance is not None and any(stance_verb_of(ctx, a) == "reject" for a in list(tok.ancestors)[:3]):
        stance = flip(stance)  # "he would refuse to authorize his representative to sign": no signature
    if stance is None or target is None or issuer is None or asks_a_word_back(ctx, tok, target, True):
        return []
    if own_suggestion(ctx, tok):  # "Suggest that the consul be heard": a proposal, not yet a stance
        return []
    span = decision_span(ctx.sdoc, tok, target)
    governor = hit.directive.governor
    holder = subject_of(governor) if governor is not None and governor.i < tok.i else None
    if holder is not None:  # "We do not think you should sign": the evidence starts from who directs
        span = Span(min(t.idx for t in subtree_of(holder)), span.end)
    return [Stance(tok, stance, issuer, target, span)]


@construction(
    "decisions",
    "preference",
    0.6,
    example="prefers the Brazilian draft to the Argentine draft",
    pos=("VERB",),
    lemmas=("preference_verbs",),
)
def preference(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """One course preferred over another: approve the object, reject the one after "to"; a preference to
    act or not ("I should prefer not to leave", "prefer that Scott come home"), with no other."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.cue("preference_verbs"):
        return []
    if in_condition(tok) or in_time_clause(tok) or content_of_directive(ctx, tok) or tok.i in ctx.directives:
        return []  # "would prefer" is no hypothesis: the preference is stated now
    actor = decider(ctx, tok, voice)
    acts = (c for c in children_of(tok) if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB")
    act = next((c for c in acts if not is_second_person(subject_of(c))), None)  # "that you": a directive
    if actor is not None and act is not None:
        stance = "reject" if is_negated(act) or is_negated(tok) else "approve"
        return [Stance(tok, stance, actor, act, decision_span(ctx.sdoc, tok, act))]
    chosen = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
    other = prep_object(tok, "to")
    if actor is None or chosen is None:
        return []
    if other is None:
        said = "reject" if is_negated(tok) else "approve"
        return [Stance(tok, said, actor, chosen, decision_span(ctx.sdoc, tok, chosen))]
    spans = [trim_marker(ctx.sdoc, char_span(ctx.sdoc, tok.i, noun_phrase(t)[1])) for t in (chosen, other)]
    return [Stance(tok, "approve", actor, chosen, spans[0]), Stance(tok, "reject", actor, other, spans[1])]


@construction(
    "decisions",
    "stance_verb",
    0.6,
    example="the offer which you approved (option 1)",
    pos=("VERB", "ADJ"),
    lemmas=("reject_verbs", "reject_phrases", "approve_verbs", "approve_phrases", "intention_verbs")
    + ("stance_participles",),
)
def stance_verb(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of stance (approve, accept, agree, reject, refuse, decline, back off ...) with its subject
    and object, negation flipping the stance, what "without" excludes from the object taking the
    opposite one; not an expectation, a hypothesis or a condition."""
    stance = stance_verb_of(ctx, tok)
    if stance is None or hypothetical(ctx, tok) or _yet_to_be_taken(tok) or purpose_of_thing(ctx, tok):
        return []
    up = head_of(tok)
    if tok.dep_ == "xcomp" and (stance_verb_of(ctx, up) or up.lemma_ in ctx.cue("reluctance_verbs")):
        return []  # "refuse to accept it", "not hesitate to accept it": one stance, the refusal's
    governor = head_of(up) if tok.dep_ == "pcomp" else None  # "opposed to accepting any lower figure"
    if governor is not None and (opposing_word(governor) or stance_verb_of(ctx, governor)):
        return []  # one stance, the opposition's (or the reluctance's: "reluctant about accepting X")
    actor, target = _opposed_party(ctx, tok, voice) or (decider(ctx, tok, voice), decision_object(tok))
    if actor is None or target is None or no_course_object(ctx, tok, target):
        return []
    if negated_chain(tok) != (target.dep_ == "xcomp" and is_negated(target)):  # "decided not to introduce"
        stance = flip(stance)
    span = decision_span(ctx.sdoc, tok, target)
    excluded = _excluded(tok, target)
    if excluded is not None:  # "accept simple ceasefire without any linkage to the Soviet formulation"
        prep = head_of(excluded)
        kept = Span(span.start, char_span(ctx.sdoc, tok.i, prep.i - 1).end)
        other = trim_marker(ctx.sdoc, char_span(ctx.sdoc, prep.i, max(t.i for t in subtree_of(excluded))))
        both = [Stance(tok, stance, actor, target, kept), Stance(tok, flip(stance), actor, excluded, other)]
        return both[:1] if negated_chain(tok) else both  # "cannot accept A without B": B is needed
    denied = _denied_conjunct(target)
    if denied is None:
        return [Stance(tok, stance, actor, target, span)]
    cc, last = denied.left_edge.i - 1, max(t.i for t in subtree_of(denied))
    kept = Span(span.start, char_span(ctx.sdoc, tok.i, cc - 1).end)
    other = trim_marker(ctx.sdoc, char_span(ctx.sdoc, denied.left_edge.i, last))
    return [Stance(tok, stance, actor, target, kept), Stance(tok, flip(stance), actor, denied, other)]


def _yet_to_be_taken(verb: Token) -> bool:
    """ "list of these ships to be agreed upon", "the terms to be approved": a passive infinitive
    names a stance still to come, not one taken."""
    deps = {c.dep_ for c in children_of(verb)}
    return "auxpass" in deps and any(is_infinitive_to(c) for c in children_of(verb))


def _opposed_party(ctx: Context, tok: Token, voice: Voice) -> tuple[str, Token] | None:
    """ "The Minister is opposed to the plan": a stance verb's participle with a party as its subject
    states that party's stance on the object of "to" (not "the plan was agreed to by Peru")."""
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubjpass"), None)
    actor = ctx.refers(subj, voice) if subj is not None and tok.tag_ == "VBN" else None
    to = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "to"), None)
    objects = children_of(to) if to is not None else []
    target = next((o for o in objects if o.dep_ in {"pobj", "pcomp"}), None)
    return (actor, target) if actor is not None and target is not None else None


def _denied_conjunct(target: Token) -> Token | None:
    """ "We agree limitation and not exclusion": a conjunct the text denies is the opposite stance."""
    for conj in (c for c in children_of(target) if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}):
        first = conj.left_edge
        if first.dep_ == "neg" and first.i > 0 and first.doc[first.i - 1].dep_ == "cc":
            return conj
    return None


def _excluded(verb: Token, target: Token) -> Token | None:
    """ "Accept A without any linkage to B": what "without" excludes from the course taken, where it
    names a thing of its own (a noun with its complement), not a manner ("without delay"); the parser
    hangs "without" on the verb or on its object."""
    preps = (c for node in (verb, target) for c in children_of(node) if c.dep_ == "prep")
    for prep in (c for c in preps if c.lower_ == "without" and c.i > target.i):
        obj = next((o for o in children_of(prep) if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        if obj is not None and any(c.dep_ == "prep" for c in children_of(obj)):
            return obj
    return None


@construction(
    "decisions",
    "normative_opinion",
    0.5,
    example="It is the opinion of my Government that the machinery should be continued",
    pos=("VERB", "AUX"),
)
def normative_opinion(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A course an actor holds should (or must not, or cannot) be taken, put as its opinion ("we feel
    that the guard should be withdrawn", "it is the belief of my Government that ..."): the holder's
    decision on that course; the addressee's own act is an instruction instead."""
    that_clause = tok.dep_ == "ccomp" or (
        tok.dep_ == "acl" and head_of(tok).lemma_.lower() in ctx.cue("opinion_nouns")
    )
    if not that_clause or tok.i in ctx.directives or in_condition(tok) or inverted_condition(ctx, tok):
        return []
    better = {c.lower_ for c in children_of(tok) if c.dep_ == "advmod" and c.lower_ == "better"}
    modals = modals_of(tok) | better
    unable = bool(modals & ctx.cue("ability_modals")) and is_negated(tok) and not powerless(ctx, tok)
    if not (modals & ctx.cue("normative_modals") or unable) or is_second_person(subject_of(tok)):
        return []
    holder = _opinion_holder(ctx, head_of(tok), voice)
    if holder is None or asked_opinion(head_of(tok)):
        return []
    stance = "reject" if unable or forbids(ctx, tok) or is_negated(head_of(tok)) else "approve"
    gov = head_of(head_of(tok)) if tok.dep_ == "acl" else head_of(tok)
    subj = subject_of(gov)
    start = min(t.i for t in subtree_of(subj)) if subj is not None and subj.i < tok.i else gov.i
    clause_start, clause_end = stance_clause(tok)
    if start > clause_end:  # the clause was cut before the holder (at a colon): the clause alone
        start = clause_start
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, clause_end))
    return [Stance(tok, stance, holder, tok, span)]


def _opinion_holder(ctx: Context, head: Token, voice: Voice) -> str | None:
    """Who holds the opinion a clause hangs on: the actor subject of "think / feel / agree" or of a verb
    that states it ("you indicated to Haig that we should test ..."), or the owner of "the opinion /
    belief / view" ("our belief", "the opinion of my Government")."""
    lemma = head.lemma_.lower()
    holding = lemma in ctx.cue("opinion_holding_verbs") or lemma in ctx.cue("opinion_stating_verbs")
    if head.pos_ in {"VERB", "AUX"} and holding:
        subj = subject_of(head)
        holder = head_actor(ctx, subj, voice) if subj is not None and subj.dep_ == "nsubj" else None
        foretold = modals_of(head) & ctx.cue("conditional_modals") and holder != voice.speaker
        return None if foretold else holder  # "the Ministers would feel that ...": foretold of others
    nouns = [head] if head.pos_ == "NOUN" else [c for c in children_of(head) if c.dep_ in {"attr", "nsubj"}]
    for noun in nouns:
        if noun.lemma_.lower() not in ctx.cue("opinion_nouns"):
            continue
        for child in children_of(noun):
            of = child.dep_ == "prep" and child.lower_ == "of"
            owner = next((o for o in children_of(child) if o.dep_ == "pobj"), None) if of else child
            owner = owner if of or child.dep_ == "poss" else None
            actor = head_actor(ctx, owner, voice) or ctx.refers(owner, voice) if owner is not None else None
            if actor:  # "the opinion of my Government": the speaker's side where it is named nowhere else
                return actor
    return None
