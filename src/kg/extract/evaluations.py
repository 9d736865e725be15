"""Decisions stated as judgements: a predicate of evaluation on a course.

"It would be a serious mistake to launch X", "the plan is advisable", "I am
pleased to see that X", "a most unwelcome step": the course judged is the
subject or the clause extraposed after "it"; the judge is an actor subject,
else the speaker. Curated predicates (``cues.json``) and the open class of the
valence lexicon (``evaluation.json``) are two constructions of one rule.
"""

from __future__ import annotations

from spacy.tokens import Token

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
    subject_of,
    trim_marker,
)
from .decisions import (
    Stance,
    decider,
    decision_object,
    decision_span,
    flip,
    hypothetical,
    in_condition,
)
from .lexicon import cue
from .option_targets import courses
from .registry import construction
from .voices import Voice


@construction(
    "decisions",
    "judgement",
    0.5,
    example="it would be a serious mistake to launch the offensive",
    pos=("ADJ", "NOUN", "PROPN", "VERB"),
)
def judgement(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A predicate of evaluation (advisable, a mistake, willing, unable ...) on a course: the
    subject, or the clause extraposed after "it"; a negated course coordinated with the judged
    one takes the opposite stance."""
    approve, reject = ctx.cue("approve_predicates"), ctx.cue("reject_predicates")
    return judged(ctx, tok, voice, approve, reject, ctx.cue("negated_approve_predicates"))


@construction(
    "decisions",
    "evaluation",
    0.45,
    example="Neither proposal is acceptable; a most unwelcome step",
    pos=("ADJ", "NOUN"),
)
def evaluation(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """The same judgement with any evaluative word of the valence lexicon (``evaluation.json``, from
    VADER) as predicate: the open class of stance ("most unwelcome", "a hopeful first step")."""
    lex = ctx.lex
    if tok.pos_ not in {"ADJ", "NOUN"}:
        return []
    return judged(
        ctx, tok, voice, lex.words("evaluation", "positive"), lex.words("evaluation", "negative"), frozenset()
    )


def _asked(ctx: Context, verb: Token) -> bool:
    """Inside an indirect question ("whether you are prepared to ..."): asked, not asserted."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ctx.cue("inquiry_marks") for c in node.children):
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def judged(
    ctx: Context,
    tok: Token,
    voice: Voice,
    approve: frozenset[str],
    reject: frozenset[str],
    only_negated: frozenset[str],
) -> list[Stance]:
    """A stance for a predicate ``tok`` of approval or rejection on the course it judges."""
    lemma = tok.lemma_.lower()
    if (
        not any(w in words for w in (lemma, tok.lower_) for words in (approve, reject))
        and lemma not in only_negated
    ):
        return []
    if lemma in ctx.cue("courtesy_words") or _asked(ctx, tok.head):
        return []
    if lemma in only_negated and not is_negated(tok.head):
        return []
    if tok.dep_ not in {"acomp", "attr", "dobj", "oprd", "xcomp"}:
        return []
    head = tok.head
    if voice.speaker is None or in_condition(tok):
        return []
    if head.lemma_.lower() not in cue("copulas") and modals_of(head) & cue("future_only_modals"):
        return []  # "the plan will meet strong objection": a prediction
    target = _evaluated(ctx, tok, head)
    if target is None or target.lemma_.lower() in ctx.cue("approve_verbs") | ctx.cue("reject_verbs"):
        return []  # "not able to accede": the stance verb is read by stance_verb
    if target.pos_ in {"VERB", "AUX"} and is_second_person(subject_of(target)):
        return []
    excessive = any(c.dep_ == "advmod" and c.lower_ in ctx.cue("excess_adverbs") for c in tok.children)
    stance = "reject" if (lemma in reject or tok.lower_ in reject or excessive) else "approve"
    subj = subject_of(head)
    denied = [tok] + ([subj] if subj is not None else [])  # "no advantage", "Neither proposal is acceptable"
    if is_negated(head) or any(
        c.dep_ == "det" and c.lower_ in cue("negative_determiners") for t in denied for c in t.children
    ):
        stance = flip(stance)
    actor = _experiencer(ctx, tok, voice) or _evaluator(ctx, head, voice)
    found = []
    for course, flipped in courses(target):  # "to be there ... and not to sit in negotiations"
        first, last = clause_span(head) if course is target else clause_span(course)
        span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, first, min(last, first + 40)))
        found.append(Stance(head, flip(stance) if flipped else stance, actor, course, span))
    return found


def _evaluator(ctx: Context, head: Token, voice: Voice) -> str:
    """Who judges: the subject of the judging verb; of "is", only a subject that is an actor
    ("the Minister is willing"), else whoever says or holds it ("Under Secretary told me the
    exception was too great"), else the speaker ("it is a mistake", "the plan is advisable")."""
    if head.lemma_.lower() not in cue("copulas"):
        return decider(ctx, head, voice) or voice.speaker  # type: ignore[return-value]
    subj = subject_of(head)
    actor = (
        ctx.refers(subj, voice)
        if subj is not None and subj.lower_ not in cue("impersonal_subjects")
        else None
    )
    return actor or _holder(ctx, head, voice) or voice.speaker  # type: ignore[return-value]


def _stated_now(verb: Token) -> bool:
    """An attitude is stated in the present ("appreciates", "has highly appreciated"); a past or
    progressive verb ("improved the channel", "is losing the tax") narrates an event, and a modal
    ("shall not grant") prescribes or predicts."""
    if any(c.tag_ == "MD" for c in verb.children):
        return False
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )


def _experiencer(ctx: Context, pred: Token, voice: Voice) -> str | None:
    """The actor a judgement holds for, named by "to": "most acceptable to Honduras"."""
    for child in pred.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            actor = head_actor(ctx, obj, voice) if obj is not None else None
            if actor:
                return actor
    return None


def _holder(ctx: Context, clause: Token, voice: Voice) -> str | None:
    """The subject of the verb of saying or believing whose complement ``clause`` is."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in ctx.cue("speech_verbs") | ctx.cue("belief_verbs"):
        return None
    subj = subject_of(verb)
    return head_actor(ctx, subj, voice) if subj is not None else None


def _evaluated(ctx: Context, pred: Token, head: Token) -> Token | None:
    """What a judgement is about: the subject, or the extraposed clause after "it"."""
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "csubj"}), None)
    judged = (
        subj is not None
        and subj.i not in ctx.actor_at
        and subj.tag_ not in {"PRP", "WDT", "WP", "EX"}
        and subj.lower_ not in cue("demonstratives")
    )
    if judged:  # "the plan is advisable"; but "the Minister is willing to X" judges X
        return subj
    for node in (pred, head):
        for child in node.children:
            infinitive = child.dep_ == "relcl" and any(is_infinitive_to(c) for c in child.children)
            if (
                (child.dep_ in {"xcomp", "ccomp", "acl", "csubj"} or infinitive)
                and child.i > pred.i - 3
                and not inverted_condition(ctx, child)
            ):
                return child
    return None


@construction(
    "decisions",
    "evaluative_verb",
    0.45,
    example="The Government has highly appreciated the response",
    pos=("VERB",),
)
def evaluative_verb(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of the valence lexicon with an actor as subject and an object ("appreciated the
    response", "deplores the decision"), asserted, not directed or hypothetical."""
    if tok.pos_ != "VERB" or tok.i in ctx.directives or hypothetical(ctx, tok):
        return []
    lemma = tok.lemma_.lower()
    positive, negative = ctx.lex.words("evaluation", "positive"), ctx.lex.words("evaluation", "negative")
    if (lemma not in positive and lemma not in negative) or lemma in ctx.cue("approve_verbs") | ctx.cue(
        "reject_verbs"
    ):
        return []
    if lemma in ctx.cue("courtesy_words") or _asked(ctx, tok) or not _stated_now(tok):
        return []
    subj = subject_of(tok)
    actor = head_actor(ctx, subj, voice) if subj is not None and subj.dep_ == "nsubj" else None
    target = decision_object(tok)
    if actor is None or target is None or target.i in ctx.actor_at or target.pos_ not in {"NOUN", "PROPN"}:
        return []  # "regret that ...": a feeling about a fact, not a stance on a course
    stance = "reject" if lemma in negative else "approve"
    if is_negated(tok):
        stance = flip(stance)
    return [Stance(tok, stance, actor, target, decision_span(ctx.sdoc, tok, target))]


@construction(
    "decisions",
    "refused_participation",
    0.5,
    example="the United States would not take part in any measure",
    pos=("VERB", "AUX"),
)
def refused_participation(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A refusal or inability stated of an actor, a negated modal of will or ability on taking part
    ("would not take part in", "could not be a party to", "could not intervene") or "not in a position
    to V": the actor's rejection of that course; not a condition, a directive or a belief."""
    if not is_negated(tok) or tok.i in ctx.directives or hypothetical(ctx, tok):
        return []
    course = _incapable_of(ctx, tok) or (
        _participation(ctx, tok) if modals_of(tok) & cue("volition_modals") else None
    )
    actor = decider(ctx, tok, voice) if course is not None else None
    if course is None or actor is None or subject_of(tok) is None:
        return []
    return [
        Stance(tok, "reject", actor, course, trim_marker(ctx.sdoc, char_span(ctx.sdoc, *clause_span(tok))))
    ]


def _incapable_of(ctx: Context, tok: Token) -> Token | None:
    """The act V of "(not) in a position to V"."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (o for o in prep.children if o.lemma_.lower() in ctx.cue("capacity_nouns")):
            return next((a for a in noun.children if a.dep_ == "acl" and a.pos_ == "VERB"), None)
    return None


def _participation(ctx: Context, tok: Token) -> Token | None:
    """The verb itself where it names taking part: "participate", "take part", "be a party"."""
    if tok.lemma_.lower() in ctx.cue("participation_verbs"):
        return tok
    nouns = (c for c in tok.children if c.dep_ in {"dobj", "attr"})
    return tok if any(n.lemma_.lower() in ctx.cue("participation_nouns") for n in nouns) else None
