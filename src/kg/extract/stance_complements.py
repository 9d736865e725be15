"""Decisions put through a complement: a feeling about a course, an obstacle denied, a reluctance.

"Thieu is entirely comfortable with your proposed schedule", "the Chancellor is not interested in
reopening the talks": an evaluative adjective of the valence lexicon (``evaluation.json``) with a
prepositional complement judges that complement, and its subject holds the judgement. "We have no
objection if Bonn publishes the communiqué", "Brandt would have no difficulty with your amendment":
an obstacle denied approves. "We would not hesitate to reply": a verb of reluctance negated approves
its course (unnegated it is mostly a courtesy: "I hesitate to add to your burdens"). "Thieu will not
table the cease-fire proposal": a proposal an actor announces it will not put forward is rejected.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, char_span, is_first_person, is_negated, modals_of, subject_of, trim_marker
from .course_nouns import course_noun
from .deciders import decider, flip
from .decisions import Stance, stance_verb_of
from .hypotheses import asked, content_of_directive, in_condition, in_time_clause
from .option_guards import is_answer
from .pronouns import party
from .registry import construction
from .stance_objects import no_course_object
from .stance_spans import decision_span
from .tokens import children_of, head_of, sentence, subtree_of
from .voices import Voice


def _asserted(ctx: Context, verb: Token, own: bool = False) -> bool:
    """A stance stated, not supposed, asked, directed or foretold: "would" states a stance politely
    ("he would have no difficulty"), unless it is believed ("they would be satisfied, we believe": a
    forecast); "will", "may", "could" foretell or allow one. With ``own``, a
    directive read on a first person subject ("we would not hesitate to ...") is still the speaker's
    own stance."""
    subj = subject_of(verb)
    own_clause = verb.dep_ == "conj" and subj is not None and head_of(subj).i == verb.i
    content = content_of_directive(ctx, verb) and not own_clause  # "we propose X, but we have no objection"
    if in_condition(verb) or in_time_clause(verb) or asked(ctx, verb) or content:
        return False
    directed = verb.i in ctx.directives and not (own and subj is not None and is_first_person(subj))
    believed = "would" in modals_of(verb) and any(
        t.lemma_.lower() in ctx.cue("belief_verbs") for t in sentence(verb)
    )
    return not directed and not believed and not modals_of(verb) & ctx.cue("guessing_modals")


def _holder(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """Who holds the stance: the actor the subject stands for; in telegraphese, where the verb opens
    its sentence with no subject ("Am entirely comfortable with ...", "Will not table ..."), the
    writer, who left out the "I" or "we"."""
    subj = subject_of(verb)
    if subj is not None:
        return party(ctx, subj, voice) if subj.dep_ == "nsubj" else None
    opening = {verb.i} | {c.i for c in children_of(verb) if c.dep_ in {"aux", "neg"}}
    first = next((t for t in sentence(verb) if not (t.is_punct or t.is_space)), None)
    third = any(verb.doc[i].tag_ == "VBZ" for i in opening)  # "Is comfortable": "he" left out, not "I"
    return (
        voice.speaker
        if verb.dep_ == "ROOT" and first is not None and first.i in opening and not third
        else None
    )


def _complement(ctx: Context, word: Token, prepositions: frozenset[str]) -> Token | None:
    """The object of the first preposition of ``prepositions`` on ``word`` ("comfortable with X",
    "interested in discussing X")."""
    for prep in (c for c in children_of(word) if c.dep_ == "prep" and c.lower_ in prepositions):
        return next((o for o in children_of(prep) if o.dep_ in {"pobj", "pcomp"}), None)
    return None


def _worth_of(ctx: Context, noun: Token | None) -> Token | None:
    """What a noun of worth weighs ("skeptical about the value of a pledge", "the wisdom of an early
    conference"): a course, whatever its noun, since only a course has a value to doubt."""
    if noun is None or noun.lemma_.lower() not in ctx.cue("worth_nouns"):
        return None
    of = (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of")
    return next((o for p in of for o in children_of(p) if o.dep_ in {"pobj", "pcomp"}), None)


def _course(ctx: Context, verb: Token, target: Token | None) -> bool:
    """A course the stance can bear on: not an actor, a person, thanks for a message, nor a word asked."""
    if target is None or target.i in ctx.actor_at:
        return False
    thanked = target.lemma_.lower() in ctx.cue("message_nouns") | ctx.cue("spent_nouns")
    answer = target.pos_ in {"NOUN", "PROPN"} and is_answer(ctx, target)  # "interested in your views"
    return not thanked and not answer and not no_course_object(ctx, verb, target)


def _named_course(ctx: Context, target: Token) -> bool:
    """What a feeling or an obstacle bears on as a course: an act ("discussing a settlement"), an
    anaphor of a course named before ("pleased with it"), or a noun of proposal or plan, or one
    proposed or put by the addressee ("your proposed schedule", "your amendment"); not a state of
    affairs ("unhappy about the delay", "the way the treaty is working out", "the treatment given")."""
    if target.pos_ in {"VERB", "AUX", "PRON"}:
        return True
    lemma = target.lemma_.lower()
    proposed = any(
        c.dep_ in {"amod", "acl"} and c.lemma_.lower() in ctx.cue("proposing_verbs")
        for c in children_of(target)
    )
    stands = ctx.cue("attitude_nouns") | ctx.cue("opinion_nouns")  # "your attitude", "your views": no course
    yours = lemma not in stands and any(
        c.dep_ == "poss" and c.lower_ in ctx.cue("second_person") for c in children_of(target)
    )
    return course_noun(ctx, target) or proposed or yours


@construction(
    "decisions",
    "complement_evaluation",
    0.45,
    example="Thieu is entirely comfortable with your proposed schedule",
    pos=("ADJ",),
    lemmas=("evaluation:positive", "evaluation:negative"),
)
def complement_evaluation(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """An evaluative adjective after "be / feel" with a complement of "with / about": its actor
    subject approves (or, negative or negated, rejects) the complement; an anaphor ("pleased with
    it") is the course named before, where there is one. Interest in a course ("interested in X")
    is no approval (one is interested in news, in being told); denied, it rejects the course."""
    if tok.pos_ != "ADJ" or tok.dep_ != "acomp":
        return []
    verb = head_of(tok)
    if verb.lemma_.lower() not in ctx.cue("copulas") | ctx.cue("feeling_verbs") or not _asserted(ctx, verb):
        return []
    actor = _holder(ctx, verb, voice)
    interest = tok.lemma_.lower() in ctx.cue("interest_adjectives")
    if interest and not _denied(verb, tok):  # "interested in being advised": a want, no stance
        return []
    prepositions = ctx.cue("interest_prepositions" if interest else "complement_prepositions")
    if tok.lemma_.lower() in ctx.cue("to_complement_adjectives"):  # "is agreeable to the designation"
        prepositions = prepositions | {"to"}
    target = _complement(ctx, tok, prepositions)
    if target is not None and _to_a_party(ctx, target):
        return []  # "the Minister was most agreeable to me": a courtesy to a person
    weighed = _worth_of(ctx, target)
    target = weighed or target
    if actor is None or target is None or not _course(ctx, tok, target):
        return []
    if weighed is None and not _named_course(ctx, target):
        return []
    target = _pointed_course(ctx, target)
    positive = tok.lemma_.lower() in ctx.lex.words("evaluation", "positive")
    stance = "approve" if positive else "reject"
    if _denied(verb, tok):
        stance = flip(stance)
    return [Stance(verb, stance, actor, target, decision_span(ctx.sdoc, verb, target))]


@construction(
    "decisions",
    "moved_by_course",
    0.45,
    example="We are deeply disturbed by the Soviet proposal",
    pos=("VERB",),
    lemmas=("evaluation:positive", "evaluation:negative"),
)
def moved_by_course(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of feeling of the valence lexicon in the passive, its actor subject moved "by" a course
    ("disturbed by the Soviet proposal", "encouraged by the contacts initiated"): the subject judges the
    course as an adjective of feeling with "with" does ("pleased with the agreement")."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in children_of(tok)) or not _asserted(ctx, tok):
        return []
    subj = subject_of(tok)
    agent = next((c for c in children_of(tok) if c.dep_ == "agent"), None)
    target = next((o for o in children_of(agent) if o.dep_ in {"pobj", "pcomp"}), None) if agent else None
    actor = party(ctx, subj, voice) if subj is not None and subj.dep_ == "nsubjpass" else None
    if actor is None or target is None or not _course(ctx, tok, target) or not _named_course(ctx, target):
        return []
    positive = tok.lemma_.lower() in ctx.lex.words("evaluation", "positive")
    stance = "approve" if positive != is_negated(tok) else "reject"
    return [Stance(tok, stance, actor, target, decision_span(ctx.sdoc, tok, target))]


def _to_a_party(ctx: Context, target: Token) -> bool:
    """A pronoun after "to" that names a party ("to me", "to them"), not a course ("to it")."""
    pronoun = target.pos_ == "PRON" and target.lower_ not in ctx.cue("impersonal_subjects")
    return pronoun and head_of(target).lower_ == "to"


def _denied(verb: Token, adj: Token) -> bool:
    """A negation on the copula or the adjective, or "no longer" ("Rome was no longer interested")."""
    longer = (c for t in (verb, adj) for c in children_of(t) if c.dep_ == "advmod" and c.lower_ == "longer")
    return (
        is_negated(verb) or is_negated(adj) or any(n.lower_ == "no" for c in longer for n in children_of(c))
    )


def _pointed_course(ctx: Context, target: Token) -> Token:
    """ "The Chancellor has read the draft. He is pleased with it": "it" is the course noun the
    sentence before takes as its object, where it names one; else the pronoun, left to the options
    named before."""
    if target.pos_ != "PRON" or target.lower_ not in ctx.cue("impersonal_subjects"):
        return target
    start = sentence(target).start
    if start == 0:
        return target
    before = sentence(ctx.sdoc[start - 1])
    objects = [t for t in before if t.dep_ in {"dobj", "nsubjpass"} and course_noun(ctx, t)]
    return objects[-1] if objects else target


@construction(
    "decisions",
    "obstacle_denied",
    0.45,
    example="We have no objection if Bonn publishes the communiqué",
    pos=("NOUN",),
    lemmas=("obstacle_nouns",),
)
def obstacle_denied(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "Have no objection if X", "have no difficulty with X": an obstacle its holder denies approves
    the course of its "if" clause, or of "with" after a noun of difficulty ("we have no objection to X"
    is read by the stance nouns; the telegraphic "Have no objection to X", with no subject, here)."""
    verb = head_of(tok)
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in ctx.cue("holding_verbs") or not _asserted(ctx, verb):
        return []
    denied = any(c.dep_ == "det" and c.lower_ in ctx.cue("negative_determiners") for c in children_of(tok))
    if denied == is_negated(verb):  # "no objection"; "do not have any objection"
        return []
    actor = _holder(ctx, verb, voice)
    target = _supposed(ctx, verb)
    noun_stance = tok.lemma_.lower() in ctx.cue("reject_nouns")  # "no objection to X": the stance noun's
    preps = ctx.cue("difficulty_prepositions") | ({"to"} if noun_stance else set())
    if target is None and (not noun_stance or subject_of(verb) is None):  # unless "we" is left out
        target = _complement(ctx, tok, preps)
        target = target if target is not None and _named_course(ctx, target) else None
    if actor is None or target is None or not _course(ctx, verb, target):
        return []
    return [Stance(verb, "approve", actor, target, decision_span(ctx.sdoc, verb, target))]


def _supposed(ctx: Context, verb: Token) -> Token | None:
    """The "if" clause on the verb that holds the obstacle: the course it is no obstacle to."""
    for clause in (c for c in children_of(verb) if c.dep_ == "advcl" and c.pos_ in {"VERB", "AUX"}):
        if any(m.dep_ == "mark" and m.lower_ == "if" for m in children_of(clause)):
            return clause
    return None


@construction(
    "decisions",
    "reluctance_verb",
    0.45,
    example="We would not hesitate to reply to their probes",
    pos=("VERB",),
    lemmas=("reluctance_verbs",),
)
def reluctance_verb(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of reluctance (hesitate, shrink from, balk at) negated approves its course ("we would not
    hesitate to reply"); a stance verb under it composes ("not hesitate to accept
    the plan": the plan approved). "Do not hesitate to call" is a directive, no stance."""
    if tok.lemma_.lower() not in ctx.cue("reluctance_verbs") or not _asserted(ctx, tok, own=True):
        return []
    if not is_negated(tok):  # "I hesitate to add to your burdens": a courtesy, no course turned down
        return []
    course = next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    course = course or _complement(ctx, tok, ctx.cue("reluctance_prepositions"))
    actor = decider(ctx, tok, voice)
    if course is None or actor is None or course.i in ctx.directives:
        return []
    if course.lemma_.lower() in ctx.cue("saying_verbs") | ctx.cue("informing_verbs"):
        return []  # "I do not hesitate to say that ...": a manner of saying, no course
    stance = "approve"
    inner = stance_verb_of(ctx, course)
    target = _object_of(course) if inner is not None else course
    if inner is not None and target is not None:
        stance = stance if inner == "approve" else flip(stance)
    target = target or course
    if not _course(ctx, tok, target):
        return []
    return [Stance(tok, stance, actor, target, decision_span(ctx.sdoc, tok, target))]


def _object_of(verb: Token) -> Token | None:
    return next((c for c in children_of(verb) if c.dep_ == "dobj"), None)


@construction(
    "decisions",
    "withheld_proposal",
    0.45,
    example="Thieu will not table the cease-fire proposal",
    pos=("VERB",),
    lemmas=("advancing_verbs",),
)
def withheld_proposal(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of putting a proposal forward (table, submit, press, pursue ...), negated under
    "will / would / shall", with a noun of proposal as object: its subject announces it will not put
    it forward, a rejection of that proposal; so with a question it will not raise ("would not raise the
    issue in the Assembly")."""
    if tok.lemma_.lower() not in ctx.cue("advancing_verbs") or not is_negated(tok):
        return []
    if not modals_of(tok) & ctx.cue("announcing_modals") or in_condition(tok) or asked(ctx, tok):
        return []
    if tok.i in ctx.directives or content_of_directive(ctx, tok) or stance_verb_of(ctx, tok) is not None:
        return []
    target = _object_of(tok)
    actor = _holder(ctx, tok, voice)
    raised = ctx.cue("option_nouns") | ctx.cue("question_nouns")  # "would not raise the issue in the UN"
    if target is None or actor is None or target.lemma_.lower() not in raised:
        return []
    if not _course(ctx, tok, target):
        return []
    return [Stance(tok, "reject", actor, target, decision_span(ctx.sdoc, tok, target))]


@construction(
    "decisions",
    "forced_choice",
    0.45,
    example="Bonn has no choice but to sign the treaty",
    pos=("NOUN",),
    lemmas=("choice_nouns",),
)
def forced_choice(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "Have no choice / alternative but to X", "see no other course than to X": the one course left
    is the one its holder takes, an approval of X (a stance verb there states its own stance); not
    under a modal, which foretells or threatens it."""
    verb = head_of(tok)
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in ctx.cue("holding_verbs") or not _asserted(ctx, verb):
        return []
    if not any(c.dep_ == "det" and c.lower_ in ctx.cue("negative_determiners") for c in children_of(tok)):
        return []
    if modals_of(verb):  # "a new government would have no course but to break with them": a forecast
        return []
    course = _left_course(ctx, tok)
    actor = _holder(ctx, verb, voice)
    if (
        course is None
        or actor is None
        or stance_verb_of(ctx, course) is not None
        or not _course(ctx, verb, course)
    ):
        return []
    subj = subject_of(verb)
    start = min(t.i for t in subtree_of(subj)) if subj is not None and subj.i < verb.i else verb.i
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, max(t.i for t in subtree_of(course))))
    return [Stance(verb, "approve", actor, course, span)]  # the whole, past words set off by commas


def _left_course(ctx: Context, noun: Token) -> Token | None:
    """The infinitive after "but / than" that follows the noun in its sentence, however the parser hung
    it ("no choice, given the situation, but to initial it")."""
    end = sentence(noun).end
    for i in range(noun.i + 1, min(end - 2, noun.i + 12)):
        mark, to, course = ctx.sdoc[i], ctx.sdoc[i + 1], ctx.sdoc[i + 2]
        if mark.lower_ in ctx.cue("exception_marks") and to.tag_ == "TO" and course.pos_ == "VERB":
            return course
    return None
