"""Stances that are no decision, whichever construction read them: the courtesies and judgements of a
message's own exchange. A wish, intention or "look forward to" whose course is an act of discourse ("I
want to share my thoughts with you", "I wished to let you know at once", "an item I wanted to raise",
"I look forward to staying in close touch", "welcomed the opportunity to exchange views") decides
nothing of policy; nor does a judgement of what was said or reported ("your review of the situation is
very helpful", "these views would be useful", "glad to have so full an account"), of talks held ("the
discussions were extremely useful"), a norm of how to see a thing ("the strikes should be seen against
this background"), or resolving a problem ("as we seek to resolve the crisis": settling it, not
deciding for it). The guards read the parse and lexicon classes only (``discourse_nouns``,
``talk_nouns``, ``viewing_verbs``, ``solving_verbs``, ``informing_causatives`` and the verbs of saying)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .context import Context, is_negated, modals_of
from .hypotheses import within_condition
from .judges import foretold, that_clause
from .obliging_forms import obliging_form
from .stance_targets import no_course_target
from .tokens import children_of, head_of
from .unasserted import unasserted
from .voices import Voice

if TYPE_CHECKING:
    from .decisions import Stance

#: the verbs of saying, telling and learning that make an act one of discourse
_SAYING_LISTS = (
    "saying_verbs",
    "speech_verbs",
    "opinion_stating_verbs",
    "informing_verbs",
    "news_verbs",
    "conversational_acts",
)
#: predicates of evaluation: what they judge is the stance's target
_JUDGING_RULES = frozenset({"judgement", "evaluation"})


def unstated(ctx: Context, rule: str, stance: Stance, voice: Voice) -> bool:
    """A stance found that states none: what a condition supposes, a forecast, a courtesy or a judgement
    of discourse."""
    held = within_condition(stance.head) or foretold(ctx, stance.head, stance.actor, voice)
    if obliging_form(ctx, stance):  # "be so good as to forward", "I am not committed to this"
        return True
    return held or no_decision(ctx, rule, stance) or unasserted(ctx, rule, stance, voice)


def no_decision(ctx: Context, rule: str, stance: Stance) -> bool:
    """Whether a stance a construction found is a courtesy or a judgement of discourse, no decision."""
    head, target = stance.head, stance.target
    if stance.stance == "approve" and _wish_or_welcome(ctx, head) and _discourse(ctx, target):
        return True
    if rule in _JUDGING_RULES and (_report(ctx, target) or _talks_held(ctx, head, target)):
        return True
    if rule in _JUDGING_RULES and (_belief_held(ctx, target) or _existence_claimed(ctx, head, target)):
        return True
    if rule in _JUDGING_RULES and (_directed_avoidance(ctx, target) or _noticed(ctx, head)):
        return True
    if rule == "evaluative_verb" and _saying(
        ctx, head
    ):  # "I have assured Semenov that ...": said, not judged
        return True
    if rule == "normative_opinion" and _emphasis(ctx, target):
        return True
    if no_course_target(ctx, rule, stance):  # a paper, an answer, a word sought, a state
        return True
    reflexive = rule != "reflexive_alignment" and _reflexive(ctx, head, target)  # "associates itself with"
    if _paper_intends(ctx, head):
        return True
    return reflexive or _viewing_norm(ctx, rule, target) or _problem_solved(ctx, head, target)


def _paper_intends(ctx: Context, verb: Token) -> bool:
    """ "The second Chinese plan contemplates amortization in forty years", "the draft envisages a
    conference": a verb of intention whose subject is a plan or a paper says what it contains, and no
    party's stance."""
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        subj = head_of(verb)  # "the Commission's plan, which contemplates ...": the relative's antecedent
    papers = ctx.cue("option_nouns") | ctx.cue("plan_nouns") | ctx.cue("handled_papers")
    return (
        verb.lemma_.lower() in ctx.cue("intention_verbs")
        and subj is not None
        and subj.i not in ctx.actor_at
        and subj.lemma_.lower() in papers
        and not any(c.dep_ == "poss" for c in children_of(subj))  # "the ARVN's scheme ... envisages": theirs
    )


def _reflexive(ctx: Context, head: Token, target: Token) -> bool:
    """ "He would not consider himself a good friend": what one takes oneself to be is no course; the
    reflexive is the target, the subject of its small clause or the verb's object (not an emphatic "I
    have never myself been able to regard it as sound")."""
    near = [c for c in children_of(target) if c.dep_ == "nsubj" and target.pos_ in {"NOUN", "PROPN"}]
    near += [c for c in children_of(head) if c.dep_ == "dobj"]
    return any(t.lower_ in ctx.cue("reflexive_pronouns") for t in (target, *near))


def _wish_or_welcome(ctx: Context, head: Token) -> bool:
    """A want, intention, "look forward" or welcome: the wisher's own course, a decision only where it
    is one of policy (advice to say something, "better to say at the conference that ...", proposes
    a statement and is left to the judgements)."""
    heads = ctx.cue("course_wanting_verbs") | ctx.cue("intention_verbs") | ctx.cue("forward_looking_verbs")
    return head.lemma_.lower() in heads | {"welcome"}


def _saying(ctx: Context, verb: Token) -> bool:
    return verb.lemma_.lower() in frozenset().union(*(ctx.cue(name) for name in _SAYING_LISTS))


def _discourse_noun(ctx: Context, noun: Token) -> bool:
    return noun.lemma_.lower() in ctx.cue("discourse_nouns") | ctx.cue("opinion_nouns")


def _discourse(ctx: Context, target: Token) -> bool:
    """An act of discourse: a verb of saying, one that lets or keeps someone informed ("let you know"),
    one whose object is a noun of discourse ("share my thoughts", "stay in touch", "an item I wanted to
    raise"), an opportunity for one ("opportunity to exchange views"), or such a noun itself."""
    if target.pos_ in {"NOUN", "PROPN"}:
        if target.lemma_.lower() in ctx.cue("opportunity_nouns"):
            return any(c.dep_ == "acl" and _discourse(ctx, c) for c in children_of(target))
        return target.lemma_.lower() in ctx.cue("discourse_nouns")
    if target.pos_ != "VERB" or _silence(ctx, target):
        return False
    if _saying(ctx, target):
        return True
    caused = (c for c in children_of(target) if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB")
    if target.lemma_.lower() in ctx.cue("informing_causatives") and any(_saying(ctx, c) for c in caused):
        return True
    return any(_discourse_noun(ctx, n) for n in _objects(target))


def _silence(ctx: Context, verb: Token) -> bool:
    """ "We plan to say nothing about the deliveries", "wish not to raise the question": keeping silent
    is a course of policy, not a courtesy."""
    near = [d for c in children_of(verb) for d in (c, *children_of(c))]  # "nothing" misparsed as a subject
    silent = any(t.lower_ in ctx.cue("negative_objects") for t in near)
    return silent or is_negated(verb) or any(t.lower_ == "no" and t.dep_ == "det" for t in near)


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects and the objects of its prepositions ("stay in touch"); with none, the
    noun a relative clause of wanting hangs on ("an item I wanted to raise")."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    preps = (c for c in children_of(verb) if c.dep_ == "prep")
    objects += [o for p in preps for o in children_of(p) if o.dep_ == "pobj"]
    wanting = head_of(verb)
    if not objects and verb.dep_ == "xcomp" and wanting.dep_ == "relcl":
        objects.append(head_of(wanting))
    return objects


def _report(ctx: Context, target: Token) -> bool:
    """ "Your review of the situation is very helpful", "these views would be useful", "glad to have so
    full an account of your thinking": a judgement of what was said or reported, not of a course."""
    if target.pos_ in {"NOUN", "PROPN"}:
        return _discourse_noun(ctx, target)
    had = target.pos_ == "VERB" and target.lemma_.lower() in ctx.cue("experience_verbs")
    return had and any(_discourse_noun(ctx, c) for c in children_of(target) if c.dep_ == "dobj")


def _talks_held(ctx: Context, head: Token, target: Token) -> bool:
    """ "The discussions were extremely useful": talks judged in the past tense were held; the judgement
    tells how they went, no stance on a course (unlike "talks would be useful")."""
    talks = target.pos_ == "NOUN" and target.lemma_.lower() in ctx.cue("talk_nouns")
    return talks and head.tag_ == "VBD" and not modals_of(head)


def _viewing_norm(ctx: Context, rule: str, target: Token) -> bool:
    """ "I said the strikes should be seen against this background": a norm of how a thing is to be seen
    or understood (a passive verb of viewing) is no course of any actor."""
    viewing = target.lemma_.lower() in ctx.cue("viewing_verbs")
    return rule == "normative_opinion" and viewing and any(c.dep_ == "auxpass" for c in children_of(target))


def _problem_solved(ctx: Context, head: Token, target: Token) -> bool:
    """ "As we seek to resolve the present crisis": "resolve" with a noun object settles a problem; the
    stance verb is "resolve to" / "resolve that" (a decision taken)."""
    solving = head.lemma_.lower() in ctx.cue("solving_verbs")
    return solving and target.dep_ == "dobj" and head_of(target) == head and target.pos_ == "NOUN"


def _belief_held(ctx: Context, target: Token) -> bool:
    """ "I am convinced that the talks offer an opportunity", "confident that there exists ample
    opportunity", "I have the impression that he feels cornered": a that-clause of a predicate or noun of
    belief states what is believed, no course judged (a course the believer holds should be taken is
    the normative opinion's)."""
    believed = head_of(target).lemma_.lower() in ctx.cue("belief_predicates")
    clause = target.dep_ in {"ccomp", "acl"} and target.pos_ in {"VERB", "AUX"}
    return believed and clause and not modals_of(target) & ctx.cue("normative_modals")


def _existence_claimed(ctx: Context, head: Token, target: Token) -> bool:
    """ "That there is no immediate prospect for a cease-fire", "that there will be a cease-fire within
    weeks": a clause of "there is" in the indicative or the future tells what exists or will; "that
    there be no leaks" (the subjunctive) asks for it, and "there is no doubt that ..." asserts its clause."""
    for verb in (head, target):
        existential = any(c.dep_ == "expl" for c in children_of(verb)) and not _asserts_clause(ctx, verb)
        told = verb.tag_ in {"VBZ", "VBD", "VBP"} or bool(modals_of(verb) & ctx.cue("future_modals"))
        told = told or _perfect(verb)  # "there has been some misunderstanding": what was
        if existential and told and not modals_of(verb) & ctx.cue("normative_modals"):
            return True
    return False


def _asserts_clause(ctx: Context, verb: Token) -> bool:
    """ "There is no doubt in anyone's mind that ...": what exists holds a that-clause of its own; "there
    is the greatest need for expedition" (a noun of need) asks for a course."""
    clauses = (t for t in verb.subtree if t.dep_ in {"acl", "ccomp"} and t.i != verb.i)
    needed = any(c.lemma_.lower() in ctx.cue("need_nouns") for c in children_of(verb) if c.dep_ in _EXISTING)
    return needed or any(that_clause(c) for c in clauses)


def _perfect(verb: Token) -> bool:
    """ "There has been", "there had been": a participle with "have" and no modal tells what was."""
    had = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(verb))
    return verb.tag_ == "VBN" and had and not modals_of(verb)


#: the labels of what "there is"
_EXISTING = frozenset({"attr", "nsubj", "dobj"})


def _emphasis(ctx: Context, target: Token) -> bool:
    """ "He said he could not emphasize enough the concern": a verb of saying under "cannot ... enough"
    is emphasis, no refusal to say."""
    said = _saying(ctx, target) and bool(modals_of(target) & ctx.cue("ability_modals"))
    return said and any(c.lower_ == "enough" for c in children_of(target))


def _directed_avoidance(ctx: Context, target: Token) -> bool:
    """ "It would be better to avoid any OAU action": advice to avoid a course is read as a directive, the
    adviser's rejection of the course avoided; the judgement of the avoiding would approve it again."""
    return target.lemma_.lower() in ctx.cue("avoidance_verbs") and target.i in ctx.directives


def _noticed(ctx: Context, head: Token) -> bool:
    """ "It is interesting that the Soviet reaction was not to reject the concept", "it is remarkable
    that ...": a predicate of notice marks a fact worth remarking, no course judged good or bad."""
    preds = (c for c in children_of(head) if c.dep_ in {"acomp", "attr"})
    return any(p.lemma_.lower() in ctx.cue("notice_predicates") for p in preds)


def raised_negation(ctx: Context, head: Token) -> bool:
    """ "It would not seem to be desirable to X", "it does not appear to be wise to X": the copula is the
    complement of a hedging verb that carries the "not", which denies the judgement as a "not" on the
    copula would."""
    governor = head_of(head)
    return (
        head.dep_ == "xcomp"
        and governor.i != head.i
        and governor.lemma_.lower() in ctx.cue("hedging_copulas")
        and is_negated(governor)
    )


def asked_opinion(verb: Token) -> bool:
    """ "send me just what you believe we should be trying to incorporate": an opinion under a wh-word is
    what is asked for, not an opinion stated; the relative word of a clause on a noun before it ("the
    difficulties which arose ..., the Department feels") is none."""
    words = (t for t in verb.subtree if t.tag_ in {"WP", "WDT"} and t.lower_ != "that" and t.i < verb.i)
    return any(not _in_relative_clause(t, verb) for t in words)


def _in_relative_clause(word: Token, top: Token) -> bool:
    node = word
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "relcl":
            return True
        node = node.head
    return False
