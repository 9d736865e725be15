"""Decisions stated as judgements: a predicate of evaluation on a course.

"It would be a serious mistake to launch X", "the plan is advisable", "I am pleased to see that X", "a
most unwelcome step": the course judged is the subject or the clause extraposed after "it"; the judge is
an actor subject, else the speaker. Curated predicates (``cues.json``) and the open class of the valence
lexicon (``evaluation.json``) are two constructions of one rule.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    Context,
    char_span,
    head_actor,
    inverted_condition,
    is_infinitive_to,
    is_negated,
    is_second_person,
    subject_of,
    trim_marker,
)
from .course_nouns import held_course, names_an_act
from .deciders import decider, decision_object, flip
from .decision_guards import raised_negation
from .decisions import Stance
from .doubts import doubted
from .hypotheses import asked, counterfactual, hypothetical, in_condition
from .judges import (
    capacity_of_thing,
    certainty,
    clause_holder,
    disposition,
    expected_of_addressee,
    experiencer,
    foreseen,
    holder_start,
    in_descriptive_clause,
    judges_saying,
    left_open,
    moves_its_object,
    result_clause,
    set_off_copula,
    stated_now,
    wished_clause,
)
from .lexicon import cue
from .option_acts import sentiment
from .option_targets import courses
from .predicate_forms import copula_left_out, gerund_after_to, passive_disposition, set_off_infinitive
from .pronouns import party, possessed_government
from .registry import construction
from .settled_facts import no_attitude, settled_fact, stated_fact, unnamed_disposed
from .stance_nouns import noun_owner
from .stance_objects import asks_a_word_back, curated_otherwise, manner_of_answer
from .stance_spans import decision_span, stance_clause
from .tokens import children_of, head_of
from .unjudged import idle_judgement, is_subject, predicted
from .voices import Voice


@construction(
    "decisions",
    "judgement",
    0.5,
    example="it would be a serious mistake to launch the offensive",
    pos=("ADJ", "NOUN", "PROPN", "VERB"),
    lemmas=("approve_predicates", "reject_predicates", "negated_approve_predicates"),
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
    lemmas=(
        "evaluation:positive",
        "evaluation:negative",
        "evaluation:effect_positive",
        "evaluation:effect_negative",
    ),
)
def evaluation(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """The same judgement with any evaluative word of the valence lexicon (``evaluation.json``, from
    VADER, and for adjectives AFINN's words of effect) as predicate: the open class of stance ("most
    unwelcome", "a hopeful first step", "would be harmful")."""
    lex = ctx.lex
    if tok.pos_ not in {"ADJ", "NOUN"} or tok.lemma_.lower() in ctx.cue("epistemic_predicates"):
        return []  # "the obligation of Nicaragua is clear": true or known, not good or bad
    if certainty(ctx, tok) or curated_otherwise(ctx, tok):
        return []
    if tok.lower_ in ctx.cue("feasibility_words") or tok.lemma_.lower() in ctx.cue("feasibility_words"):
        return []  # "relatively easy to come to terms", "no difficulty in", "powerless to act": can, not want
    if tok.pos_ == "NOUN" and tok.dep_ != "attr" and tok.lemma_.lower() in ctx.cue("option_nouns"):
        return []  # "to have an agreement coupled with ...": a noun that names a course judges none
    subj = subject_of(head_of(tok)) if tok.dep_ == "attr" else None
    if subj is not None and subj.pos_ == "NOUN" and not names_an_act(ctx, subj):
        return []  # "the intended recipient is an enemy": a person or thing classed, no course judged
    positive, negative = lex.words("evaluation", "positive"), lex.words("evaluation", "negative")
    curated = ctx.cue("approve_predicates") | ctx.cue("reject_predicates")
    if tok.pos_ == "ADJ" and tok.lemma_.lower() not in curated:  # "would be harmful": effect words rate it
        positive = positive | lex.words("evaluation", "effect_positive")
        negative = negative | lex.words("evaluation", "effect_negative")
    pred, approve, reject = tok, positive, negative
    if tok.dep_ == "amod" and head_of(tok).pos_ == "NOUN":  # "a hopeful first step": the noun predicates
        pred, approve, reject = _valued_noun(ctx, tok, positive, negative)
    return [
        s
        for s in judged(ctx, pred, voice, approve, reject, frozenset())
        if not _describes_only(ctx, pred, s.head, s.target, voice) and not stated_fact(ctx, pred, s.head)
    ]


def _valued_noun(
    ctx: Context, adj: Token, positive: frozenset[str], negative: frozenset[str]
) -> tuple[Token, frozenset[str], frozenset[str]]:
    """An evaluative adjective on a noun of no valence of its own ("a most unwelcome step", "a hopeful
    first step") lends the noun its valence; a noun that judges by itself ("a great mistake") keeps
    its own."""
    noun, none = head_of(adj), frozenset[str]()
    names = frozenset({noun.lemma_.lower(), noun.lower_})
    own = ("approve_predicates", "reject_predicates", "epistemic_predicates", "opinion_nouns")
    if any(names & words for words in (positive, negative, *map(ctx.cue, own))):  # "a good possibility"
        return noun, none, none
    valence = {adj.lemma_.lower(), adj.lower_}
    return noun, names if valence & positive else none, names if valence & negative else none


def _describes_only(ctx: Context, pred: Token, head: Token, target: Token, voice: Voice) -> bool:
    """An evaluative word that describes rather than judges a course: a comparison ("greater than"),
    a state of the subject ("the leaders seem embarrassed", "the same is true"), the content of a
    directive ("be glad to learn whether"), or a noun object of a verb that is no verb of holding
    ("aroused indignation", "regarding the agreement"): only "have / see / find X" judge the
    subject, and a stance noun's own complement is judged only where an actor holds it."""
    degree = [pred, *(c for c in children_of(pred) if c.dep_ == "advmod")]
    if any(c.lower_ in cue("comparison_marks") for t in degree for c in children_of(t)):
        return True  # "greater than that of Torres"
    if any(c.lower_ == "as" and c.dep_ == "advmod" and c.i < pred.i for c in children_of(pred)):
        return True  # "not as bad as the papers made out": a degree compared
    if pred.tag_ in {"JJR", "RBR"} and pred.lemma_.lower() not in ctx.cue("advice_predicates"):
        subj = subject_of(head)  # "the responsibility was greater": a comparison; "better" advises, and so
        # does a comparative weighing a course put after "it": "it will be safer for us to abstain"
        return not (subj is not None and subj.lower_ == "it" and target.pos_ == "VERB")
    if _requested(ctx, head, target) or manner_of_answer(ctx, pred):  # "not encouraging in his replies"
        return True
    if pred.dep_ == "dobj" and head.lemma_.lower() not in ctx.cue("holding_verbs"):
        if head.dep_ == "prep" or head_of(target).i != pred.i:
            return True
        return _actor_subject(ctx, head, voice) is None and noun_owner(ctx, pred, voice) is None
    return is_subject(target, head) and target.pos_ not in {"NOUN", "PROPN", "VERB"}  # "the same is true"


def _requested(ctx: Context, head: Token, target: Token) -> bool:
    """A judgement that is the wording of a request: "make sure it does not leak", "I beg you to be
    pleased to bring", "glad to learn whether ...", "glad to have you discuss": an instruction."""
    directed = {target.i, head.head.i} | ({head.i} if head.lemma_.lower() not in cue("copulas") else set())
    if any(ctx.directives[i].rule.name != "judged_course" for i in directed & ctx.directives.keys()):
        return True  # "it would be better to X" advises X and is its speaker's judgement of X as well
    governor = head_of(head)
    if (
        any(is_infinitive_to(c) for c in children_of(head))
        and governor.lemma_.lower() in ctx.cue("directive_governors")
        and any(c.dep_ in {"dobj", "dative"} for c in children_of(governor))
    ):
        return True
    for clause in (c for c in children_of(target) if c.dep_ in {"ccomp", "xcomp"}):
        if is_second_person(subject_of(clause)) or any(
            m.dep_ == "mark" and m.lower_ in ctx.cue("inquiry_marks") for m in children_of(clause)
        ):
            return True
    return False


def _actor_subject(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """The actor that is the subject of ``verb`` or of the verb it completes ("we would express")."""
    node = verb
    for _ in range(3):
        subj = next((c for c in children_of(node) if c.dep_ == "nsubj"), None)
        if subj is not None:
            return party(ctx, subj, voice)
        if node.dep_ not in {"xcomp", "conj"} or head_of(node).i == node.i:
            return None
        node = head_of(node)
    return None


def judged(
    ctx: Context,
    tok: Token,
    voice: Voice,
    approve: frozenset[str],
    reject: frozenset[str],
    only_negated: frozenset[str],
) -> list[Stance]:
    """A stance for a predicate ``tok`` of approval or rejection on the course it judges."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if not (lemma in approve or lemma in reject or low in approve or low in reject or lemma in only_negated):
        return []
    if lemma in ctx.cue("courtesy_words") or asked(ctx, head_of(tok)) or settled_fact(ctx, tok):
        return []  # a past capacity, an opportunity had, a duty: facts, no stance
    if (
        tok.tag_.startswith("NN")
        and lemma in ctx.cue("entitlement_nouns")
        and head_of(tok).lemma_.lower() in ctx.cue("possession_verbs")
    ):
        return []  # "Peru has the right to export": an entitlement; "we must reserve the right to" insists
    if lemma in only_negated and not is_negated(head_of(tok)):
        return []
    held = tok.dep_ == "ccomp" and head_of(tok).lemma_.lower() in ctx.cue("holding_verbs") | ctx.cue(
        "opinion_holding_verbs"
    )  # "finds it impossible to leave", "think it best"
    passive = passive_disposition(ctx, tok)  # "they would be prepared, at Vienna, to have ..."
    copula = set_off_copula(ctx, tok)  # "seemed, on second thought, unwise"
    elided = copula_left_out(tok)  # telegraphese: "GOJ not ready to accept ceasefire"
    placed = held or passive or copula or elided
    if tok.dep_ not in {"acomp", "attr", "dobj", "oprd", "xcomp"} and not placed:
        return []
    head = tok if passive or elided else copula or head_of(tok)
    if in_condition(tok) or in_descriptive_clause(ctx, head) or counterfactual(head):
        return []
    target = _evaluated(ctx, tok, head)
    if target is not None and head_of(target).i == tok.i and lemma in ctx.cue("degree_predicates"):
        return []  # "sufficient to show that he lied": what it suffices for, no course judged
    stances = ctx.cue("approve_verbs") | ctx.cue("reject_verbs")
    if target is None or (target.lemma_.lower() in stances and not moves_its_object(ctx, target)):
        return []  # "not able to accede": read by stance_verb; "desirable to withdraw the troops" is judged
    believed = any(c.dep_ == "ccomp" for c in children_of(target))
    if believed and target.lemma_.lower() in ctx.cue("belief_verbs"):
        return []  # "inclined to think that the war would end": a belief, no course
    if doubted(ctx, target) is not None:
        return []  # "unable to see how ...": read by doubted_course
    if predicted(ctx, head, target) or idle_judgement(ctx, tok, head, target):
        return []
    second = target.pos_ in {"VERB", "AUX"} and is_second_person(subject_of(target))
    second = second or expected_of_addressee(ctx, head)  # "the hope that you would be ready to ..."
    if second or judges_saying(ctx, tok, target) or capacity_of_thing(ctx, tok, head) or left_open(ctx, head):
        return []
    if result_clause(ctx, tok, target):
        return []
    excessive = any(c.dep_ == "advmod" and c.lower_ in ctx.cue("excess_adverbs") for c in children_of(tok))
    stance = "reject" if (lemma in reject or tok.lower_ in reject or excessive) else "approve"
    subj = subject_of(head)
    denied = [tok] + ([subj] if subj is not None else [])  # "no advantage", "Neither proposal is acceptable"
    if tok.dep_ == "dobj" and head.lemma_.lower() in ctx.cue("privative_verbs"):
        stance = flip(stance)  # "we would lose a great opportunity to improve transportation"
    if is_negated(head) or any(
        c.dep_ == "det" and c.lower_ in cue("negative_determiners") for t in denied for c in children_of(t)
    ):
        stance = flip(stance)
    if raised_negation(ctx, head):
        stance = flip(stance)  # "it would not seem to be desirable to issue a statement": not desirable
    if tok.i != head.i and is_negated(tok):
        stance = flip(stance)  # "considers the draft not entirely satisfactory": the predicate's own "not"
    if target.pos_ in {"VERB", "AUX"} and target.dep_ != "csubj" and is_negated(target):
        stance = flip(stance)  # "their intention not to participate": participation refused
    if any(a.lemma_.lower() in ctx.cue("avoidance_verbs") for a in list(head.ancestors)[:3]):
        stance = flip(stance)  # "avoiding any indication that proposals might be acceptable"
    owner = noun_owner(ctx, tok, voice) if tok.pos_ == "NOUN" else None  # "the intention of this Government"
    if owner is None and tok.dep_ == "attr" and lemma in ctx.cue("intention_nouns"):
        return []  # "the real cause is a desire to wait": a wish no one is said to hold decides nothing
    bearer = next((c for c in children_of(tok) if c.dep_ == "nsubjpass"), None) if passive else None
    actor = party(ctx, bearer, voice) if bearer is not None else None
    actor = actor or experiencer(ctx, tok, voice) or owner or _evaluator(ctx, head, target, voice)
    if head.lemma_.lower() in ctx.cue("holding_verbs") and subject_of(head) is not None:
        actor = actor if decider(ctx, head, voice) else None  # "it would find an advantage in": whose?
    if actor is None or (actor == voice.speaker and unnamed_disposed(ctx, tok, head, target, voice)):
        return []  # a narrator's account, no one holding the judgement; "the powers are willing"
    found = []
    for course, flipped in courses(target):  # "to be there ... and not to sit in negotiations"
        if foreseen(ctx, course):
            continue
        first, last = stance_clause(head) if course is target else stance_clause(course)
        first = holder_start(ctx, head, first) if course is target else first
        if course is target and course.i > last:  # an infinitive past words set off by commas
            last = stance_clause(course)[1]
        span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, first, min(last, first + 40)))
        found.append(Stance(head, flip(stance) if flipped else stance, actor, course, span))
    return found


def _evaluator(ctx: Context, head: Token, target: Token, voice: Voice) -> str | None:
    """Who judges: the subject of the judging verb; of "is", only a subject that is an actor
    ("the Minister is willing"), else whoever says or holds it ("Under Secretary told me the
    exception was too great"), else the speaker ("it is a mistake", "the plan is advisable"); a
    subject that is the course judged never judges itself ("Laird's plan is unacceptable": not Laird);
    a "he / they" no actor stands for is the one who says it, else unknown ("he was anxious to go")."""
    if head.lemma_.lower() not in cue("copulas"):
        return decider(ctx, head, voice) or voice.speaker
    subj = subject_of(head)
    if subj is None and head.dep_ == "xcomp" and head_of(head).lemma_.lower() in cue("copulas"):
        subj = subject_of(head_of(head))  # "London appears to be reluctant": the subject "appears" raises
    if subj is None and head.dep_ == "advcl" and head.tag_ == "VBG":
        return None  # "X, being desirous to maintain ..., have agreed": a motive set off, not a stance
    judging = subj is not None and subj.lower_ not in cue("impersonal_subjects") and subj.i != target.i
    actor = (party(ctx, subj, voice) or possessed_government(ctx, subj, voice)) if judging and subj else None
    third = judging and subj is not None and subj.lower_ in cue("third_singular") | cue("third_plural")
    return actor or clause_holder(ctx, head, voice) or (None if third else voice.speaker)


def _evaluated(ctx: Context, pred: Token, head: Token) -> Token | None:
    """What a judgement is about: the subject, or the extraposed clause after "it"; in a small clause
    ("we consider the visit a hopeful step") the predicate's own subject; never an adjective itself."""
    small = next((c for c in children_of(pred) if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if small is not None and small.i not in ctx.actor_at and not disposition(ctx, pred):
        return small
    subj = next((c for c in children_of(head) if c.dep_ in {"nsubj", "csubj"}), None)
    own = cue("first_person") | cue("first_plural")
    judged = (
        subj is not None
        and not disposition(ctx, pred)
        and subj.i not in ctx.actor_at
        and not any(c.dep_ == "poss" and c.lower_ in own for c in children_of(subj))
        and subj.tag_ not in {"PRP", "WDT", "WP", "EX"}
        and subj.lower_ not in cue("demonstratives")
    )
    if judged:  # "the plan is advisable"; but "the Minister is willing to X" judges X
        return subj
    held = held_course(ctx, pred, head) if head.lemma_.lower() in ctx.cue("holding_verbs") else None
    if held is not None and pred.dep_ == "dobj":  # "sees considerable merit in the plan"
        return held
    if any(c.dep_ == "expl" for c in children_of(head)):  # "there is great value in a second day of meetings"
        preps = ctx.cue("option_prepositions") | {"in"}
        for child in (c for node in (pred, head) for c in children_of(node) if c.dep_ == "prep"):
            obj = next((o for o in children_of(child) if o.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and child.lower_ in preps and child.i > pred.i:
                return obj
    if disposition(ctx, pred) and (set_off := set_off_infinitive(pred) or gerund_after_to(pred)) is not None:
        return set_off  # "reluctant, however, to accept X", "averse to renewing X"
    for node in (pred, head):
        for child in (c for c in children_of(node) if c.i != pred.i or pred.pos_ != "ADJ"):
            infinitive = child.dep_ in {"relcl", "advcl"} and any(
                is_infinitive_to(c) for c in children_of(child)
            )
            clause = infinitive or _extraposed(ctx, child, pred)
            if (
                (child.dep_ in {"xcomp", "ccomp", "acl", "csubj"} or clause)
                and child.i > pred.i - 3
                and not inverted_condition(ctx, child)
            ):
                return child
    return wished_clause(ctx, pred, head)  # "it would be helpful if X were done": none other judged


def _extraposed(ctx: Context, clause: Token, pred: Token) -> bool:
    """ "considers it desirable that the rules be revised": the parser hangs the "that" clause the
    "it" stands for on the predicate as an adverbial clause; it is still what the predicate judges."""
    if clause.dep_ != "advcl" or clause.i < pred.i:
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in ctx.cue("mandative_marks") for c in children_of(clause))
    anticipating = ctx.cue("anticipatory_pronouns")
    return marked and any(c.lower_ in anticipating and c.i < pred.i for c in children_of(pred))


@construction(
    "decisions",
    "evaluative_verb",
    0.45,
    example="The Government has highly appreciated the response",
    pos=("VERB",),
    lemmas=("evaluation:positive", "evaluation:negative"),
)
def evaluative_verb(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of the valence lexicon with an actor as subject and an object ("appreciated the
    response", "deplores the decision"), asserted, not directed or hypothetical."""
    if tok.pos_ != "VERB" or tok.i in ctx.directives:
        return []
    lemma = tok.lemma_.lower()
    positive, negative = ctx.lex.words("evaluation", "positive"), ctx.lex.words("evaluation", "negative")
    if (lemma not in positive and lemma not in negative) or (
        lemma in ctx.cue("approve_verbs") or lemma in ctx.cue("reject_verbs")
    ):
        return []
    if lemma in ctx.cue("belief_verbs") or hypothetical(ctx, tok) or no_attitude(ctx, tok):
        return []  # "fears embarrassment" expects it; "enjoys the benefits" has them
    if lemma in ctx.cue("courtesy_words") or asked(ctx, tok) or not stated_now(tok):
        return []
    subj = subject_of(tok)
    actor = head_actor(ctx, subj, voice) if subj is not None and subj.dep_ == "nsubj" else None
    target = decision_object(tok)
    if actor is None or target is None or target.i in ctx.actor_at or target.pos_ not in {"NOUN", "PROPN"}:
        return []  # "regret that ...": a feeling about a fact, not a stance on a course
    thanked = target.lemma_.lower() in ctx.cue("message_nouns") | ctx.cue("spent_nouns")
    if thanked or sentiment(ctx, target) or asks_a_word_back(ctx, tok, target):  # "desires your views"
        return []  # "I appreciate your message (your expression of good wishes)", "the attention accorded"
    if lemma in ctx.cue("directive_governors") and actor == voice.speaker:
        return []  # "the Department desires a full report" asks for it; "Britain wishes X" prefers X
    stance = "reject" if lemma in negative else "approve"
    if is_negated(tok):
        stance = flip(stance)
    return [Stance(tok, stance, actor, target, decision_span(ctx.sdoc, tok, target))]
