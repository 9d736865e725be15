"""Measures taken or promised: "the Government has taken steps to protect the legation", "all possible
measures would be taken for the protection of foreigners". "Take" with a noun of measure (measures,
steps, action, precautions) is a light verb: the measure, with what it is for, is the course its taker
chose, so a measure told as taken, or promised as a commitment, is that party's decision (approve).
Without a stated purpose the noun names no course ("the following action has been taken"), and a
measure negated ("no steps were taken"), supposed, asked about or directed states no stance."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_infinitive_to, is_negated, modals_of
from .deciders import decider
from .decisions import Stance
from .hypotheses import asked, hypothetical, in_condition, reported_commitment
from .lexicon import cue
from .registry import construction
from .reports import told_as_done
from .stance_spans import decision_span
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "decisions",
    "measure_step",
    0.45,
    example="The Government has taken steps to protect the legation",
    pos=("NOUN",),
    lemmas=("step_nouns",),
)
def measure_step(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A noun of measure that "take" has as object or passive subject, with a purpose ("to protect X",
    "for the protection of X"), told as done or promised: its taker (the subject, the agent, else who
    reports it) approves the measure."""
    slot = _counted(tok) or tok  # "has undertaken a series of measures against narcotics": the series
    take = head_of(slot)
    if tok.lemma_.lower() not in ctx.cue("step_nouns") or take.lemma_.lower() not in ctx.cue("step_verbs"):
        return []
    if slot.dep_ not in {"dobj", "nsubjpass"} or take.dep_ in {"relcl", "acl"} or tok.i in ctx.actor_at:
        return []  # "the measures you have taken": a measure referred to, judged elsewhere
    purpose = _purpose(ctx, tok, take)
    if purpose is None or _denied(tok, take) or not _asserted(ctx, take):
        return []
    actor = decider(ctx, take, voice)
    if actor is None:
        return []
    # the course: the noun with its purpose, or the purpose the parser hung on "take" ("... were taken to X")
    course = tok if head_of(purpose).i == tok.i or purpose.pos_ != "VERB" else purpose
    return [Stance(take, "approve", actor, course, decision_span(ctx.sdoc, take, tok))]


def _counted(noun: Token) -> Token | None:
    """The noun that counts the measures ("a series of measures", "a number of steps"), if so."""
    of = head_of(noun)
    counter = head_of(of)
    if noun.dep_ != "pobj" or of.lower_ != "of" or counter.pos_ != "NOUN":
        return None
    return counter if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(counter)) else None


def _purpose(ctx: Context, noun: Token, take: Token) -> Token | None:
    """What the measure is for: an infinitive on the noun or on "take" ("steps to protect"), or a
    purpose preposition on either ("measures for the protection of", "precautions against")."""
    for node in (noun, take):
        for child in children_of(node):
            clausal = child.dep_ in {"acl", "relcl", "advcl", "xcomp"} and child.i > node.i
            if clausal and any(is_infinitive_to(c) for c in children_of(child)):
                return child
            if child.dep_ == "prep" and child.lower_ in ctx.cue("step_purposes") and child.i > noun.i:
                return child
    return None


def _denied(noun: Token, take: Token) -> bool:
    """ "No steps were taken", "has not taken any action": the measure was not taken."""
    none = any(c.dep_ == "det" and c.lower_ in cue("negative_determiners") for c in children_of(noun))
    return none or is_negated(take)


def _asserted(ctx: Context, take: Token) -> bool:
    """Told as done, or promised with "will / shall" (or a reported "would"); not a condition, a question
    or what a directive asks for, nor a guess ("may", "might", "should")."""
    if in_condition(take) or asked(ctx, take) or take.i in ctx.directives:
        return False
    guesses = ctx.cue("belief_verbs") | ctx.cue("hope_words") | ctx.cue("directive_governors")
    guesses |= ctx.cue("belief_predicates") | ctx.cue("notion_nouns")
    if any(a.lemma_.lower() in guesses for a in list(take.ancestors)[:4]):
        return False  # "I trust that steps will be taken", "the impression that ...": a guess, not a measure
    modals = modals_of(take) - {"to"}
    if not modals:
        return told_as_done(take) and not hypothetical(ctx, take)
    if modals <= {"will", "shall"}:  # the speaker's promise, or one said: not one inferred
        return _clause_of(take).dep_ == "ROOT" or _told(ctx, take)
    return modals == {"would"} and (_told(ctx, take) or reported_commitment(take))


def _clause_of(take: Token) -> Token:
    """The first of the conjoined clauses ``take`` is one of."""
    clause = take
    while clause.dep_ == "conj" and head_of(clause).i != clause.i:
        clause = head_of(clause)
    return clause


def _told(ctx: Context, take: Token) -> bool:
    """ "He assured me (I was informed) that ... and that all measures would be taken": a modal in a
    clause said or promised ("would" is the speaker's "will"); not one the writer gathers or infers."""
    clause = _clause_of(take)
    saying = ctx.cue("saying_verbs") | ctx.cue("speech_verbs") | ctx.cue("commitment_governors")
    return clause.dep_ == "ccomp" and head_of(clause).lemma_.lower() in saying

