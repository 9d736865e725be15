"""Bare assent and refusal: "The Ambassador proposes a mixed commission. Department concurs.", "he asked
that the ship be released and I agreed", "the Minister agreed in principle". A stance verb with no
object, clause or preposition of its own bears on the course put forward just before it: what a verb of
proposing or asking (propose, suggest, request, urge ...) takes, earlier in the same sentence or in the
two sentences before. Without such a course the verb's stance is on nothing that can be named, and nothing
is read."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated, subject_of
from .deciders import decider, decision_object, flip
from .decisions import Stance, stance_verb_of
from .directives import forbids
from .hypotheses import hypothetical
from .lexicon import cue
from .registry import construction
from .stance_spans import decision_span
from .tokens import children_of, head_of
from .voices import Voice

#: dependency labels of what a stance verb may take that name its own object
_OWN_OBJECTS = frozenset(
    {"dobj", "ccomp", "xcomp", "prep", "nsubjpass", "auxpass", "attr", "acomp", "dative", "advcl"}
)


#: how many clauses up a relative clause is looked for
RELATIVE_HOPS = 3
#: how many sentences back the course put forward is looked for
SENTENCES_BACK = 2


@construction(
    "decisions",
    "bare_assent",
    0.45,
    example="The Ambassador proposes a mixed commission. Department concurs.",
    pos=("VERB",),
    lemmas=("bare_stance_verbs",),
)
def bare_assent(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of assent or refusal with a subject and nothing it takes: its subject's stance (flipped
    when negated) on the course proposed or asked for just before; not supposed, asked or directed."""
    if tok.lemma_.lower() not in ctx.cue("bare_stance_verbs") or not _bare(tok):
        return []
    stance = stance_verb_of(ctx, tok)
    if stance is None or hypothetical(ctx, tok) or tok.i in ctx.directives:
        return []
    if tok.dep_ == "ccomp" and head_of(tok).i in ctx.directives:
        return []  # "(shall be glad) to know that you concur": asked for, not given
    course = _relativized(tok) or _course_put_forward(ctx, tok)
    actor = decider(ctx, tok, voice)
    if course is None or actor is None:
        return []
    stance = flip(stance) if is_negated(tok) != forbidden(ctx, course) else stance
    return [Stance(tok, stance, actor, course, decision_span(ctx.sdoc, tok, tok))]


FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _bare(verb: Token) -> bool:
    """A finite verb with its own subject and no object, clause or preposition ("Department concurs",
    "I agreed", "agreed in principle" keeps a manner phrase, which names no object); or its infinitive
    under a word of compulsion with a subject ("Conger felt obliged to acquiesce at once")."""
    holder = _compelled(verb) or verb
    kids = list(children_of(holder))
    told = holder.tag_ in FINITE or any(
        (c.dep_ == "aux" and c.lemma_.lower() in {"do", "have"}) or (c.dep_ == "auxpass" and c.tag_ in FINITE)
        for c in kids
    )  # "does not concur", "has agreed", "was compelled to agree"; not "will agree", a forecast or a promise
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids) or not told:
        return False
    own = [c for c in children_of(verb) if c.dep_ in _OWN_OBJECTS]
    return all(c.dep_ == "prep" and c.lower_ == "in" and _manner(c) for c in own)


def _compelled(verb: Token) -> Token | None:
    """The finite verb above "to acquiesce" in "felt obliged (was compelled) to acquiesce"."""
    if verb.dep_ != "xcomp" or not any(c.tag_ == "TO" for c in children_of(verb)):
        return None
    word = head_of(verb)
    if word.lemma_.lower() not in cue("compulsion_words") and word.lower_ not in cue("compulsion_words"):
        return None
    holder = head_of(word) if word.dep_ in {"acomp", "oprd", "xcomp", "ccomp"} else word  # "felt obliged"
    return holder if holder.pos_ in {"VERB", "AUX"} else None


def _manner(prep: Token) -> bool:
    """ "in principle": a manner phrase, not what is agreed in."""
    return any(o.lemma_.lower() in cue("manner_nouns_of_assent") for o in children_of(prep))


def _relativized(verb: Token) -> Token | None:
    """ "the proposal, which it is understood the British Government accepts in principle": in a relative
    clause (or a clause under one) the verb's object is the noun the clause modifies."""
    node = verb
    for _ in range(RELATIVE_HOPS):
        if node.dep_ == "relcl" and node.head.pos_ == "NOUN":
            return node.head
        if node.dep_ not in {"ccomp", "conj"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _course_put_forward(ctx: Context, verb: Token) -> Token | None:
    """What the nearest verb of proposing or asking before ``verb`` takes, or the nearest act directed, in
    its sentence or the two before ("X requests that Y be sent. The Ambassador promises a car. Department
    approves."); not an actor."""
    start = verb.sent.start
    for _ in range(SENTENCES_BACK):
        start = verb.doc[start - 1].sent.start if start > 0 else start
    asking = ctx.cue("demanding_verbs") | ctx.cue("proposing_verbs")
    for tok in reversed(verb.doc[start : verb.i]):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in asking:
            course = decision_object(tok)
            if course is not None and course.i not in ctx.actor_at and course.pos_ != "PRON":
                return course
        if tok.pos_ == "VERB" and tok.i in ctx.directives:
            return tok  # "you should take immediate steps to ... Bore concurs.": the act directed
    return None


def forbidden(ctx: Context, course: Token) -> bool:
    """The course put forward is an act directed not done ("you should not send ..."): assent to the
    prohibition rejects the act."""
    hit = ctx.directives.get(course.i)
    return hit is not None and (hit.directive.negative or forbids(ctx, course, hit.directive.governor))


@construction(
    "decisions",
    "bare_consent",
    0.45,
    example="The Consul proposes a joint inquiry. The Commissioners gave their approval.",
    pos=("NOUN",),
    lemmas=("approve_nouns", "reject_nouns"),
)
def bare_consent(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A noun of approval or objection that its holder gives, expresses or withholds, with no complement
    of its own (or only "thereof", "thereto"): the subject's stance on the course put forward just
    before; withheld or denied, the opposite one."""
    verb = tok.head
    if (
        tok.dep_ != "dobj"
        or verb.lemma_.lower() not in ctx.cue("stance_giving_verbs")
        or not _uncomplemented(ctx, tok)
    ):
        return []
    approve, reject = ctx.cue("approve_nouns"), ctx.cue("reject_nouns")
    lemma = tok.lemma_.lower()
    if (lemma in approve) == (lemma in reject) or hypothetical(ctx, verb) or verb.i in ctx.directives:
        return []
    subj = subject_of(verb)
    course = _relativized(verb) or _course_put_forward(ctx, verb)
    actor = decider(ctx, verb, voice) if subj is not None and subj.dep_ == "nsubj" else None
    if course is None or actor is None:
        return []
    stance = "approve" if lemma in approve else "reject"
    if is_negated(verb) != (verb.lemma_.lower() in ctx.cue("withholding_verbs")) != forbidden(ctx, course):
        stance = flip(stance)
    return [Stance(verb, stance, actor, course, decision_span(ctx.sdoc, verb, tok))]


def _uncomplemented(ctx: Context, noun: Token) -> bool:
    """No preposition, clause or infinitive on the noun or its verb says what it bears on; a pro-form
    adverb ("its approval thereof") points back instead."""
    kids = [*children_of(noun), *(c for c in children_of(noun.head) if c.i > noun.i)]
    named = [c for c in kids if c.dep_ in {"prep", "acl", "relcl", "ccomp", "xcomp", "dative"}]
    return all(c.dep_ == "prep" and c.lower_ in ctx.cue("pointing_adverbs") for c in named)
