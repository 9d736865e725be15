"""Decisions: an actor's stance (approve or reject) on an option.

The find step reads ``Stance``s with each registered construction: stance
verbs with their subject and object, recognition of a government, and
judgements of a course ("it would be a serious mistake to ..."). The write
step links each stance to its option (a known one, or a new one made from
the object) and makes ``Decision`` items.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from ..documents import Span
from .context import (
    Context,
    char_span,
    clause_span,
    head_actor,
    inverted_condition,
    is_infinitive_to,
    is_negated,
    is_second_person,
    modals_of,
    reported_start,
    subject_of,
    told_as_done,
    trim_marker,
)
from .directives import forbids
from .lexicon import cue
from .model import Decision, Option
from .options import noun_phrase, option_for
from .registry import Construction, construction, constructions
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


# -- find step -------------------------------------------------------------
def find_stances(ctx: Context) -> list[tuple[Construction, Stance]]:
    found: list[tuple[Construction, Stance]] = []
    by_pos: dict[str, list[tuple[Token, Voice]]] = {}
    for tok, voice in ctx.spoken():  # each construction visits only the parts of speech it starts from
        by_pos.setdefault(tok.pos_, []).append((tok, voice))
    for rule in constructions("decisions"):
        read = sorted(
            (tv for pos, spoken in by_pos.items() if rule.reads(pos) for tv in spoken), key=lambda tv: tv[0].i
        )
        for tok, voice in read:
            found.extend((rule, stance) for stance in rule.func(ctx, tok, voice))
    stated = {s.head.i: s.actor for _, s in found}
    # "regret that X will not take part", "pleased to note that X intends to ...": the clause judged
    # states X's own decision, not a second one
    return [(r, s) for r, s in found if all(stated.get(i, s.actor) == s.actor for i in _judged_clauses(s))]


def _judged_clauses(stance: Stance) -> list[int]:
    """The stance's target and the that-clause it perceives ("to note that ...")."""
    return [stance.target.i] + [c.i for c in stance.target.children if c.dep_ == "ccomp"]


# -- write step ------------------------------------------------------------
def write_decisions(
    ctx: Context, hits: list[tuple[Construction, Stance]], options: list[Option]
) -> tuple[list[tuple[Token, Decision]], list[Option]]:
    """Decisions, and the options they bear on that no option construction found."""
    found: list[tuple[Token, Decision]] = []
    new_options: list[Option] = []
    for rule, stance in hits:
        voice = ctx.voice(stance.head)
        if voice is None:
            continue
        known = options + new_options
        option = (
            _recognition(ctx, stance.head, stance.target, known)
            if stance.recognition
            else option_for(ctx, stance.target, known, voice)
        )
        if option is None:
            continue
        if option not in known:
            new_options.append(option)
        found.append(
            (
                stance.head,
                Decision(
                    span=stance.span,
                    stance=stance.stance,
                    actor=stance.actor,
                    option=option.key,
                    confidence=rule.confidence,
                    rule=rule.name,
                ),
            )
        )
    return found, new_options


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
def _stance_verb(ctx: Context, tok: Token) -> str | None:
    """ "approve" or "reject" for a verb of stance (or a phrasal one: "turn down"), else None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return None
    particle = next((c.lower_ for c in tok.children if c.dep_ in {"prt", "prep"} and c.i == tok.i + 1), None)
    if lemma in ctx.cue("reject_verbs") or [lemma, particle] in ctx.lex.cues["reject_phrases"]:
        return "reject"
    return "approve" if lemma in ctx.cue("approve_verbs") | ctx.cue("intention_verbs") else None


@construction("decisions", "recognition", 0.6, example="Costa Rica has recognized Martínez.", pos=("VERB",))
def recognition(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """Recognizing a government is a stance on the option of its recognition."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.cue("recognition_verbs") or hypothetical(ctx, tok):
        return []
    actor, target = decider(ctx, tok, voice), decision_object(tok)
    if actor is None or target is None or not any(t.i in ctx.actor_at for t in target.subtree):
        return []
    stance = "reject" if _negated_chain(tok) else "approve"
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
    also the issuer's decision on it; a prohibition turns it round ("you should not sign the protocol")."""
    hit = ctx.directives.get(tok.i)
    if hit is None or tok.i in _question_tokens(tok.doc):  # "how do you envisage ...?" decides nothing
        return []
    avoided = tok.lemma_.lower() in ctx.cue("avoidance_verbs")
    stance = _stance_verb(ctx, tok) or ("approve" if tok.lemma_.lower() in ctx.cue("offer_verbs") else None)
    target = decision_object(tok)
    issuer = hit.directive.issuer or voice.speaker
    if avoided:  # "avoid the hint of any new concessions": the issuer rules them out
        stance = "approve" if is_negated(tok) else "reject"
    elif hit.directive.negative or forbids(ctx, tok, hit.directive.governor):
        stance = flip(stance) if stance is not None else None
    if stance is not None and any(_stance_verb(ctx, a) == "reject" for a in list(tok.ancestors)[:3]):
        stance = flip(stance)  # "he would refuse to authorize his representative to sign": no signature
    if stance is None or target is None or issuer is None:
        return []
    span = decision_span(ctx.sdoc, tok, target)
    governor = hit.directive.governor
    holder = subject_of(governor) if governor is not None and governor.i < tok.i else None
    if holder is not None:  # "We do not think you should sign": the evidence starts from who directs
        span = Span(min(t.idx for t in holder.subtree), span.end)
    return [Stance(tok, stance, issuer, target, span)]


@construction(
    "decisions",
    "preference",
    0.6,
    example="prefers the Brazilian draft to the Argentine draft",
    pos=("VERB",),
)
def preference(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A preference of one course over another: approve the object, reject the one after "to"; a
    preference to act, or not to act ("I should prefer not to leave Washington"), with no other."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.cue("preference_verbs"):
        return []
    if (
        in_condition(tok)
        or _in_time_clause(tok)
        or _content_of_directive(ctx, tok)
        or tok.i in ctx.directives
    ):
        return []  # "would prefer" is no hypothesis: the preference is stated now
    actor = decider(ctx, tok, voice)
    act = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if actor is not None and act is not None:
        stance = "reject" if is_negated(act) or is_negated(tok) else "approve"
        return [Stance(tok, stance, actor, act, decision_span(ctx.sdoc, tok, act))]
    chosen = next((c for c in tok.children if c.dep_ == "dobj"), None)
    other = next(
        (
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for o in c.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    if actor is None or chosen is None:
        return []
    if other is None:
        return [
            Stance(
                tok,
                "reject" if is_negated(tok) else "approve",
                actor,
                chosen,
                decision_span(ctx.sdoc, tok, chosen),
            )
        ]
    spans = [trim_marker(ctx.sdoc, char_span(ctx.sdoc, tok.i, noun_phrase(t)[1])) for t in (chosen, other)]
    return [Stance(tok, "approve", actor, chosen, spans[0]), Stance(tok, "reject", actor, other, spans[1])]


@construction(
    "decisions", "stance_verb", 0.6, example="the offer which you approved (option 1)", pos=("VERB",)
)
def stance_verb(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of stance (approve, accept, agree, reject, refuse, decline, back off ...) with its subject
    and object, negation flipping the stance; not an expectation, a hypothesis or a condition."""
    stance = _stance_verb(ctx, tok)
    if stance is None or hypothetical(ctx, tok):
        return []
    if tok.dep_ == "xcomp" and _stance_verb(ctx, tok.head) is not None:
        return []  # "refuse to accept it": one stance, the refusal's
    if _negated_chain(tok):
        stance = flip(stance)
    actor, target = decider(ctx, tok, voice), decision_object(tok)
    if actor is None or target is None:
        return []
    return [Stance(tok, stance, actor, target, decision_span(ctx.sdoc, tok, target))]


@construction(
    "decisions",
    "stance_noun",
    0.5,
    example="The refusal of the British Government to agree to the commission",
    pos=("NOUN",),
)
def stance_noun(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A stance put as a noun (acceptance, approval, refusal, opposition ...) with whose stance it is
    (its possessor, "of X", "by X", the subject that expresses it, or of "be in agreement with")
    and what it bears on (its complement; the subject of "meets with their approval" or "has the
    sanction of X"); an infinitive of stance composes ("refusal to agree to X": reject X)."""
    stance = _noun_stance(ctx, tok)
    if stance is None or tok.dep_ in {"attr", "acomp", "oprd"} or in_condition(tok) or hypothetical(ctx, tok):
        return []
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ctx.cue("seeking_verbs"):
        return []  # "securing Paraguay's formal acceptance": sought, not given
    frame = _frame(ctx, tok)
    actor = _stance_owner(ctx, tok, frame, voice)
    target = _noun_target(ctx, tok, frame)
    if actor is None or target is None or target.i in ctx.actor_at:
        return []
    reach = target.i  # where the noun phrase and its complement end
    if target.head.i == tok.i or target.head.head.i == tok.i:
        reach = _bare_phrase_end(target) if target.pos_ in {"NOUN", "PROPN"} else stance_clause(target)[1]
    if target.pos_ == "VERB" and target.dep_ in {"acl", "xcomp"}:  # "refusal to agree to the commission"
        inner = _stance_verb(ctx, target)
        if is_negated(target):
            stance = flip(stance)
        if inner is not None and decision_object(target) is not None:
            stance = stance if inner == "approve" else flip(stance)
            target = decision_object(target) or target
    negated = is_negated(frame) or any(
        c.dep_ == "det" and c.lower_ in cue("negative_determiners") for c in tok.children
    )
    if negated:
        stance = flip(stance)
    if frame.i == tok.i:
        start, end = noun_phrase(tok)
        end = reach if reach > tok.i else end  # the complement's phrase, not a relative clause on it
        start = min([start] + [t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree])
    else:
        start, end = stance_clause(frame)
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, min(end, start + 40)))
    return [Stance(frame, stance, actor, target, span)]


def _bare_phrase_end(noun: Token) -> int:
    """Where a noun phrase ends before a relative clause on it: "of our minimum position" stops before
    "which you approved", another actor's stance."""
    end = noun_phrase(noun)[1]
    clauses = [c.left_edge.i for c in noun.children if c.dep_ in {"relcl", "acl"} and c.i > noun.i]
    return min([end, *(i - 1 for i in clauses)])


def _noun_stance(ctx: Context, tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma in ctx.cue("reject_nouns"):
        return "reject"
    if lemma in ctx.cue("approve_nouns"):
        return "approve"
    in_accord = tok.dep_ == "pobj" and tok.head.lower_ == "in"  # "is in complete agreement with"
    return "approve" if in_accord and lemma in ctx.cue("accord_nouns") else None


def _frame(ctx: Context, tok: Token) -> Token:
    """The verb a stance noun is said through: "meets with their approval", "has the sanction of",
    "is in agreement with"; else the noun itself."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        verb = tok.head.head
        if verb.pos_ in {"VERB", "AUX"} and (
            tok.head.lower_ == "in" or verb.lemma_.lower() in ctx.cue("approval_frame_verbs")
        ):
            return verb
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ctx.cue("holding_verbs"):
        return tok.head
    return tok


def _stance_owner(ctx: Context, tok: Token, frame: Token, voice: Voice) -> str | None:
    """Whose stance: "its acceptance by the committee", "the refusal of the British Government",
    "our acquiescence", "expressed disinclination" (the subject), "we are in agreement"."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "by" or child.dep_ == "agent":
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and head_actor(ctx, obj, voice):
                return head_actor(ctx, obj, voice)
    agent_first = any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in tok.children)
    actor = noun_owner(
        ctx, tok, voice, possessive=not agent_first
    )  # "its acceptance by X": "its" is the course
    if actor:
        return actor
    if frame.i != tok.i and frame.lemma_.lower() not in ctx.cue("holding_verbs") | ctx.cue(
        "approval_frame_verbs"
    ):
        subj = subject_of(frame)  # "the delegation is in complete agreement with you"
        return head_actor(ctx, subj, voice) if subj is not None else None
    if tok.dep_ == "dobj" and frame.i == tok.i:  # "expressed disinclination to take up the matter"
        subj = subject_of(tok.head)
        return head_actor(ctx, subj, voice) if subj is not None and subj.dep_ == "nsubj" else None
    return None


def noun_owner(ctx: Context, noun: Token, voice: Voice, possessive: bool = True) -> str | None:
    """The actor a stance noun belongs to: "our willingness", "the refusal of the British Government"."""
    for child in noun.children:
        owner = (
            child
            if child.dep_ == "poss" and possessive
            else next((o for o in child.children if o.dep_ == "pobj"), None)
            if child.dep_ == "prep" and child.lower_ == "of"
            else None
        )
        actor = head_actor(ctx, owner, voice) if owner is not None else None
        if actor:
            return actor
    return None


def _noun_target(ctx: Context, tok: Token, frame: Token) -> Token | None:
    """What the stance bears on: the subject of its frame ("the text meets with their approval"), a
    possessor where a "by" agent holds the stance ("its acceptance by"), an infinitive, or the object
    of a preposition that is not the owner."""
    if frame.i != tok.i and (
        frame.lemma_.lower() in ctx.cue("holding_verbs") | ctx.cue("approval_frame_verbs")
    ):
        subj = subject_of(frame)
        return subj if subj is not None and subj.i not in ctx.actor_at else None
    if any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in tok.children):
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
    for child in tok.children:
        if child.dep_ in {"acl", "relcl"} and any(is_infinitive_to(c) for c in child.children):
            return child
        if child.dep_ in {"acl", "ccomp"} and any(c.dep_ == "mark" for c in child.children):
            return child  # "are in accord that the other powers will be invited"
    holders = list(tok.children) + (list(frame.children) if frame.i != tok.i else [])
    for child in holders:
        if child.dep_ == "prep" and child.lower_ in ctx.cue("stance_noun_prepositions"):
            obj = next((o for o in child.children if o.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and obj.i not in ctx.actor_at and obj.i != tok.i and obj.pos_ != "PRON":
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
        tok.dep_ == "acl" and tok.head.lemma_.lower() in ctx.cue("opinion_nouns")
    )
    if not that_clause or tok.i in ctx.directives or in_condition(tok) or inverted_condition(ctx, tok):
        return []
    modals = modals_of(tok) | {c.lower_ for c in tok.children if c.dep_ == "advmod" and c.lower_ == "better"}
    unable = bool(modals & ctx.cue("ability_modals")) and is_negated(tok)
    if not (modals & ctx.cue("normative_modals") or unable) or is_second_person(subject_of(tok)):
        return []
    holder = _opinion_holder(ctx, tok.head, voice)
    if holder is None:
        return []
    stance = "reject" if unable or forbids(ctx, tok) or is_negated(tok.head) else "approve"
    gov = tok.head.head if tok.dep_ == "acl" else tok.head
    subj = subject_of(gov)
    start = min(t.i for t in subj.subtree) if subj is not None and subj.i < tok.i else gov.i
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, stance_clause(tok)[1]))
    return [Stance(tok, stance, holder, tok, span)]


def _opinion_holder(ctx: Context, head: Token, voice: Voice) -> str | None:
    """Who holds the opinion a clause hangs on: the actor subject of "think / feel / agree", or the
    owner of "the opinion / belief / view" ("our belief", "the opinion of my Government")."""
    lemma = head.lemma_.lower()
    if head.pos_ in {"VERB", "AUX"} and lemma in ctx.cue("opinion_holding_verbs"):
        subj = subject_of(head)
        return head_actor(ctx, subj, voice) if subj is not None and subj.dep_ == "nsubj" else None
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ in {"attr", "nsubj"}]
    for noun in nouns:
        if noun.lemma_.lower() not in ctx.cue("opinion_nouns"):
            continue
        for child in noun.children:
            owner = (
                next((o for o in child.children if o.dep_ == "pobj"), None)
                if child.dep_ == "prep" and child.lower_ == "of"
                else child
                if child.dep_ == "poss"
                else None
            )
            actor = head_actor(ctx, owner, voice) if owner is not None else None
            if actor:
                return actor
    return None


def flip(stance: str) -> str:
    return "reject" if stance == "approve" else "approve"


def hypothetical(ctx: Context, tok: Token) -> bool:
    """ "the only one you believe I will approve" states an expectation, not a stance;
    so do "if they reject it", "an opportunity to accept it" and "agree with you that ..."."""
    if in_condition(tok) or _in_time_clause(tok) or _content_of_directive(ctx, tok) or asked(ctx, tok):
        return True
    infinitive = any(is_infinitive_to(c) for c in tok.children)
    if infinitive and (
        tok.head.pos_ in {"NOUN", "PROPN"} or tok.head.lemma_.lower() in ctx.cue("directive_governors")
    ):
        return True
    if tok.dep_ == "conj" and tok.head is not tok and any(is_infinitive_to(c) for c in tok.head.children):
        return hypothetical(ctx, tok.head)
    if any(c.dep_ == "prep" and c.lower_ in cue("agreement_with") for c in tok.children) and any(
        c.dep_ == "ccomp" for c in tok.children
    ):
        return True
    modals = {c.lower_ for c in tok.children if c.tag_ == "MD"}
    if modals & cue("hypothetical_modals") and not is_negated(tok) and not _reported_commitment(tok):
        return True
    for anc in list(tok.ancestors)[:3]:
        if anc.lemma_.lower() in ctx.cue("belief_verbs"):
            return True
        if anc.lemma_.lower() in cue("stance_readiness"):
            return False
    return (
        tok.tag_ == "VB" and tok.dep_ in {"xcomp"} and tok.head.lemma_.lower() in cue("hypothesis_governors")
    )


def asked(ctx: Context, verb: Token) -> bool:
    """Inside a question ("whether you are prepared to ...", "how do you envisage ...?"): asked, not
    asserted."""
    if verb.i in _question_tokens(verb.doc):
        return True
    node = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ctx.cue("inquiry_marks") for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _reported_commitment(tok: Token) -> bool:
    """ "He added that his Government would willingly accept any award": in reported speech "would"
    is the speaker's "will", a stance stated, not a hypothesis."""
    return (
        tok.dep_ == "ccomp"
        and tok.head.lemma_.lower() in cue("speech_verbs")
        and any(c.lower_ in cue("backshifted_modals") for c in tok.children if c.tag_ == "MD")
    )


def _question_tokens(sdoc: SpacyDoc) -> frozenset[int]:
    """The tokens of the document's direct questions (sentences with "?"), found once per document."""
    found = sdoc.user_data.get("kg_question_tokens")
    if found is None:
        found = sdoc.user_data["kg_question_tokens"] = frozenset(
            i for sent in sdoc.sents if any(t.text == "?" for t in sent) for i in range(sent.start, sent.end)
        )
    return found


def _in_time_clause(tok: Token) -> bool:
    """ "before the text is agreed": a time clause names an event, not a stance."""
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in cue("time_marks") for c in tok.children
    )


def _content_of_directive(ctx: Context, tok: Token) -> bool:
    """ "request that the guard be withdrawn": what is asked for, not a stance taken; "advised that the
    export has been suspended" reports a fact."""
    if told_as_done(tok):
        return False
    node = tok
    for _ in range(2):
        if node.dep_ not in {"ccomp", "advcl", "conj"} or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in ctx.cue("reported_directive_verbs"):
            return True
    return False


def in_condition(tok: Token) -> bool:
    marks = cue("condition_marks")
    node = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def _negated_chain(tok: Token) -> bool:
    """Negated, or under a negation or a predicate of reluctance ("reluctant to approve")."""
    node = tok
    for _ in range(3):
        if is_negated(node) or node.lemma_.lower() in cue("reluctance_predicates"):
            return True
        if node.dep_ not in {"xcomp", "acomp", "ccomp"} or node.head is node:
            return False
        node = node.head
    return False


def decider(ctx: Context, tok: Token, voice: Voice) -> str | None:
    for child in tok.children:  # "approved by all the Central American states"
        if child.dep_ == "agent":
            for obj in child.children:
                actor = ctx.refers(obj, voice)
                if actor:
                    return actor
    node = tok
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.lower_ in cue("relative_pronouns"):
                subj = None
            else:
                return ctx.refers(subj, voice) or ctx.reporter(subj, voice) or _possessor(ctx, subj, voice)
        if node.dep_ in {"xcomp", "acomp", "conj", "ccomp"} and node.head is not node:
            node = node.head
        else:
            break
    return voice.speaker


def _possessor(ctx: Context, subj: Token, voice: Voice) -> str | None:
    """ "His government objected": no actor of its own, the subject stands for the side of the one
    its possessive pronoun refers to."""
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    return ctx.refers(poss, voice) if poss is not None and subj.pos_ in {"NOUN", "PROPN"} else None


def decision_object(tok: Token) -> Token | None:
    if tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        return tok.head
    for child in tok.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in cue("stance_prepositions"):
            for obj in child.children:
                if obj.dep_ in {"pobj", "pcomp"}:  # "approves of your having ignored the tirade"
                    return obj
                if obj.dep_ == "prep":  # "backed off of the commitments"
                    return next((o for o in obj.children if o.dep_ == "pobj"), None)
        if child.dep_ in {"xcomp", "ccomp"} and child.i > tok.i:  # not a clause the parser hung before it
            return child
    if tok.lemma_.lower() in cue("in_verbs"):  # "acquiesce in the programme"
        for child in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            return next((o for o in child.children if o.dep_ in {"pobj", "pcomp"}), None)
    return None


def stance_clause(tok: Token) -> tuple[int, int]:
    """``tok``'s clause without what trails the stance: a subordinate clause after it ("accepted by
    the conference, when it was proposed by ...") and a course coordinated with its complement
    ("refuse to sign the convention and make a statement": the statement is not refused)."""
    start, end = clause_span(tok)
    complements = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.i > tok.i]
    trailing = [
        c
        for c in tok.children
        if c.dep_ == "advcl"
        and c.i > tok.i
        and not any(is_infinitive_to(m) for m in c.children)  # "difficult for Bolivia to retreat"
        and any((m.dep_ == "mark" or m.tag_ == "WRB") and m.i < c.i for m in c.children)
    ] + [g for c in complements for g in c.children if g.dep_ == "conj" and g.pos_ in {"VERB", "AUX"}]
    for clause in trailing:
        first = min(t.i for t in clause.subtree)
        if start < first <= end:
            end = first - 1
    sdoc = tok.doc
    while end > start and (sdoc[end].is_punct or sdoc[end].dep_ in {"cc", "mark"}):
        end -= 1
    return start, end


def decision_span(sdoc: SpacyDoc, tok: Token, target: Token) -> Span:
    if tok.dep_ == "relcl":
        start = min((t.i for t in target.subtree if t.i <= tok.i), default=target.i)
        start = min(start, noun_phrase(target)[0])
        end = clause_span(tok)[1]
        nxt = end + 1
        if nxt < len(sdoc) and sdoc[nxt].text == "(":  # "which you approved (option 1)"
            close = next((t.i for t in sdoc[nxt : nxt + 6] if t.text == ")"), None)
            end = close or end
        return trim_marker(sdoc, char_span(sdoc, start, end))
    start, end = stance_clause(tok)
    top = tok
    while top.dep_ in {"xcomp", "acomp"} and top.head.i != top.i:  # "he is willing to acquiesce in"
        top = top.head
    if top.i != tok.i:
        start = min(start, stance_clause(top)[0])
    return trim_marker(sdoc, char_span(sdoc, reported_start(top, start), end))
