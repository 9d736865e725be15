"""Judgements that state a fact, not a stance: what has been or will be possible, an opportunity, a duty.

"We have been unable to reach the mission", "it has not yet been possible to send agents" tell what
happened so far, no refusal of a course, and "they will not be able to conclude by the 15th"
forecasts; "Chile has an excellent opportunity to assist" and "a free
hand to settle" tell what a party may do, not what it chose; "it is his special duty to oversee"
states an obligation, no one's approval. Evaluations of facts, not of courses: an advantage obtained,
whether a measure works ("would not be effective"), a state said to have existed ("there was a lack of
knowledge"), a party's freedom ("leave them free to"), an act identified with its doer, a benefit
enjoyed or a thing that changes ("tension has increased"). The guards read the parse and lexicon
classes only (``capacity_predicates``, ``opportunity_nouns``, ``possession_verbs``, ``task_nouns``,
``attaining_verbs``, ``efficacy_predicates``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_first_person, modals_of, subject_of
from .pronouns import party, possessed_government
from .reports import told_as_done
from .tokens import children_of, head_of
from .voices import Voice


def _perfect(verb: Token) -> bool:
    """A participle with the perfect auxiliary: "has been", "have been found", "had been"."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(verb))
    return verb.tag_ == "VBN" and perfect


def past_capacity(ctx: Context, pred: Token) -> bool:
    """ "Have been unable to communicate", "it has not yet been possible to send": a capacity (or its
    lack) in the perfect reports what could (not) be done so far, a fact; "is unable to grant"
    (present) still declines; "I have never been able to regard it as sound" holds an opinion."""
    if not _capacity(ctx, pred):
        return False
    thought = (c for node in (pred, head_of(pred)) for c in children_of(node) if c.dep_ == "xcomp")
    if any(_judging(ctx, c) for c in thought):
        return False
    return _perfect(pred) or _perfect(head_of(pred))


def _judging(ctx: Context, verb: Token) -> bool:
    """A verb of cognition that judges: with a clause or a predicate ("regard it as sound", "see that
    it is compatible"); "have not been able to see the Minister as yet" (a visit) judges nothing."""
    if verb.lemma_.lower() not in ctx.cue("cognition_verbs"):
        return False
    as_predicate = any(
        c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" for o in children_of(c))
        for c in children_of(verb)
    )
    return as_predicate or any(c.dep_ in {"ccomp", "oprd", "acomp"} for c in children_of(verb))


def capacity_foretold(ctx: Context, pred: Token) -> bool:
    """ "They will not be able to conclude negotiations by the 15th", "will be absolutely unable to
    maintain supplies": a capacity under "will" / "shall" forecasts what can be done, no refusal;
    "would be unable to render assistance" (the modal of a polite answer) and the speaker's own "I shall
    not be able to return" (a reply that declines) still decline."""
    if not _capacity(ctx, pred) or is_first_person(subject_of(head_of(pred)) or subject_of(pred)):
        return False
    return any(modals_of(node) & ctx.cue("future_only_modals") for node in (pred, head_of(pred)))


def capacity_become(ctx: Context, pred: Token) -> bool:
    """ "It would become impossible to enter into any obligation if ...": a capacity that becomes
    (im)possible is an outcome foreseen, no one's refusal."""
    return _capacity(ctx, pred) and head_of(pred).lemma_.lower() in ctx.cue("becoming_verbs")


def _capacity(ctx: Context, pred: Token) -> bool:
    names = ctx.cue("capacity_predicates")
    return pred.lemma_.lower() in names or pred.lower_ in names


def opportunity_had(ctx: Context, pred: Token) -> bool:
    """ "Chile has an excellent opportunity to assist", "has free hand to try", "have not had
    opportunity to go into": the chance or the freedom to act that a party has is no choice it made."""
    if pred.pos_ != "NOUN" or pred.lemma_.lower() not in ctx.cue("opportunity_nouns"):
        return False
    return pred.dep_ == "dobj" and head_of(pred).lemma_.lower() in ctx.cue("possession_verbs")


def duty_stated(ctx: Context, pred: Token) -> bool:
    """ "It is his special duty to oversee that ...": a task or duty someone has is an obligation,
    not an approval of the course it names."""
    return pred.pos_ == "NOUN" and pred.dep_ == "attr" and pred.lemma_.lower() in ctx.cue("task_nouns")


def gain_obtained(ctx: Context, pred: Token) -> bool:
    """ "to prevent states obtaining advantages", "Italy would gain an advantage": a benefit as the
    object of a verb of attaining is something got or to be got, an outcome, not a judgement of a
    course ("there is an advantage in X", "find an advantage in X" still judge X)."""
    return pred.dep_ == "dobj" and head_of(pred).lemma_.lower() in ctx.cue("attaining_verbs")


def settled_fact(ctx: Context, pred: Token) -> bool:
    """A judgement's predicate that states a fact (a past capacity, an opportunity, a duty, a gain)."""
    if past_capacity(ctx, pred) or capacity_foretold(ctx, pred) or capacity_become(ctx, pred):
        return True
    return opportunity_had(ctx, pred) or duty_stated(ctx, pred) or gain_obtained(ctx, pred)


def stated_fact(ctx: Context, pred: Token, head: Token) -> bool:
    """An evaluative word that tells a fact, not a stance: whether a measure works or is in force ("the
    embargo would not be effective", "what reinsurance may be effective": ``efficacy_predicates``), or
    a state said to have existed, in the simple past of a main clause ("there was a complete lack of
    knowledge"); a past under a verb of saying ("he said there was great merit in the plan"), a stance
    expressed ("expressed a willingness to") or a course judged ("the plan was encouraging") still counts."""
    if pred.lemma_.lower() in ctx.cue("efficacy_predicates") or pred.lower_ in ctx.cue("efficacy_predicates"):
        return True
    if _party_state(ctx, pred) or _act_with_agent(ctx, pred) or _felt_fact(pred, head):
        return True
    narrated = head.tag_ == "VBD" and head.dep_ == "ROOT" and not modals_of(head)
    return narrated and any(c.dep_ == "expl" for c in children_of(head))  # "the plan was encouraging" judges


def _felt_fact(pred: Token, head: Token) -> bool:
    """ "I am deeply disappointed that it has not been possible to agree", "It is fantastic how prices
    have risen": a feeling about what is told as done, in the perfect, no course judged."""
    clauses = (c for c in (*children_of(pred), *children_of(head)) if c.dep_ == "ccomp")
    return any(told_as_done(c) and not modals_of(c) and c.tag_ == "VBN" for c in clauses)


def unnamed_disposed(ctx: Context, pred: Token, head: Token, target: Token, voice: Voice) -> bool:
    """ "Nations are prepared to take risks only where their interests are at stake", "which nations are
    willing to take": a disposition of a bare plural (no determiner, no possessive) that no actor
    stands for is a general claim about such parties, not a stance of the writer who makes it."""
    if pred.lemma_.lower() not in ctx.cue("disposition_predicates"):
        return False
    subj = subject_of(head)
    if subj is None or subj.i == target.i or subj.tag_ != "NNS":
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} for c in children_of(subj)):
        return False  # "the powers are willing", "his Governments": particular parties
    return party(ctx, subj, voice) is None and possessed_government(ctx, subj, voice) is None


def _party_state(ctx: Context, pred: Token) -> bool:
    """ "It would leave them free to proceed": the predicate of a small clause whose subject is a party
    (a personal pronoun or an actor) tells that party's state, the outcome of something, no judgement."""
    if pred.dep_ != "oprd":
        return False
    subj = next((c for c in children_of(head_of(pred)) if c.dep_ == "dobj"), None)
    personal = subj is not None and subj.tag_ == "PRP" and subj.lower_ != "it"
    return subj is not None and (personal or subj.i in ctx.actor_at)


def _act_with_agent(ctx: Context, pred: Token) -> bool:
    """ "The meaning of this action is abandonment by Argentina of its thesis": a valued noun of an act
    with its doer after "by" names what a party did, an identification, not a judgement of a course."""
    agents = (o for c in children_of(pred) if c.dep_ == "prep" and c.lower_ == "by" for o in children_of(c))
    return pred.dep_ in {"attr", "acomp"} and any(o.i in ctx.actor_at or o.pos_ == "PROPN" for o in agents)


def no_attitude(ctx: Context, verb: Token) -> bool:
    """An evaluative verb that holds no attitude: one of possession ("Paraguay enjoys the benefits of the
    waterway" has them), or one whose subject is a thing a party only qualifies ("Chilean tension has
    increased", "American business interests"): a thing changes or has, it takes no stance."""
    if verb.lemma_.lower() in ctx.cue("possession_verbs"):
        return True
    subj = subject_of(verb)
    if subj is None or subj.pos_ != "NOUN" or subj.i in ctx.actor_at:
        return False
    bodies = ("government_heads", "organization_words", *ctx.cue("actor_noun_lists"))
    if any(subj.lower_ in ctx.lex.words("actors", name) for name in bodies):
        return False  # "his Government desires", "the Japanese delegation wishes": a body itself
    naming = (c for c in children_of(subj) if c.dep_ in {"compound", "appos", "poss", "flat"})
    qualified = any(c.dep_ == "amod" and c.i in ctx.actor_at for c in children_of(subj))
    return qualified and not any(c.i in ctx.actor_at for c in naming)
