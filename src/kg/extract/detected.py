"""The write step of the learned detector (``detector.py``): a sentence it marks becomes an item, with
roles read from the parse as the rules read them. Each kind is a registered construction, so the
README's table names it; its items' confidence is the detector's probability, not the table's figure."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..documents import Span
from .context import Context, char_span, doc_text, is_negated, subject_of, trim_marker
from .deciders import decider
from .detected_roles import (
    decider_candidates,
    learned_decider,
    rule_decider,
    rule_stance,
    stance_verb,
)
from .detector import Detector, detections, load_detector, sentences_touched
from .directives import action_text
from .lexicon import cue
from .model import Decision, Instruction, Option
from .registry import construction
from .tokens import children_of, parse_table, subtree_of
from .voices import Voice

ARGUMENTS = frozenset({"dobj", "xcomp", "ccomp", "acomp", "attr"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
OBJECTS = frozenset({"dobj", "dative", "iobj"})
RULES = ("detected_instruction", "detected_decision", "detected_option")
Found = tuple[list[tuple[Token, Instruction]], list[Option], list[tuple[Token, Decision]]]


def detect(
    ctx: Context,
    instructions: list[tuple[Token, Instruction]],
    options: list[Option],
    decisions: list[tuple[Token, Decision]],
    detector: Detector | None = None,
) -> Found:
    """The items the detector adds where the rules found none of a kind; nothing without a detector."""
    detector = detector or load_detector()
    found: Found = ([], [], [])
    if detector is None:
        return found
    spans = {
        "instructions": [i.span for _, i in instructions],
        "options": [o.span for o in options],
        "decisions": [d.span for _, d in decisions],
    }
    decided: set[int] = set()
    directed = sentences_touched(ctx, {"instructions": spans["instructions"]})["instructions"]
    number = parse_table(ctx.sdoc).sentences[1]
    for sent, kind, p in detections(ctx, detector, spans):
        voice = ctx.voice(sent.root)
        if voice is None or (kind == "decisions" and number[sent.start] in directed):
            continue  # a directive's sentence: the rules read a stance of its issuer where it has one
        if kind == "instructions":
            instruction = detected_instruction(ctx, sent, voice, p)
            if instruction is not None:
                found[0].append((sent.root, instruction))
        elif kind == "decisions":
            written = detected_decision(ctx, sent, voice, p, options + found[1], detector)
            if written is None:
                continue
            decision, option = written
            found[2].append((sent.root, decision))
            if option is not None:
                found[1].append(option)
            decided.add(sent.start)
        elif sent.start not in decided:
            found[1].append(detected_option(ctx, sent, p))
    return found


def named_again(ctx: Context, sent: SpacySpan, options: list[Option]) -> Option | None:
    """The option the rules found elsewhere that the sentence names again: most of its content words
    (at least two) are the sentence's words ("to take passports" ... "carrying passports" is not;
    "the ceasefire proposals" ... "conveying the ceasefire proposals" is)."""
    table = parse_table(ctx.sdoc)
    here = {table.lemmas[i] for i in range(sent.start, sent.end)}
    best, share = None, 0.5
    for option in options:
        words = _content_lemmas(ctx, option.span)
        shared = len(words & here)
        if shared >= 2 and shared / len(words) >= share:
            best, share = option, shared / len(words)
    return best


def _content_lemmas(ctx: Context, span: Span) -> set[str]:
    table = parse_table(ctx.sdoc)
    first = bisect_left(table.offsets, span.start)
    last = bisect_left(table.offsets, span.end)
    return {
        table.lemmas[i]
        for i in range(first, last)
        if table.gates[i][0] in CONTENT_POS and not ctx.sdoc.vocab[table.lowers[i]].is_stop
    }


@construction(
    "detected",
    "detected_instruction",
    0.5,
    example="Suggest reply be dependent on the attitude of Spain.",
)
def detected_instruction(ctx: Context, sent: SpacySpan, voice: Voice, p: float) -> Instruction | None:
    """A sentence the detector reads as a directive or request the rules did not find: the speaker's to
    the one spoken to where the sentence has no subject or its subject is either of them; else its
    subject's, to the actor its root takes as object (none named: no addressee)."""
    root = sent.root
    subject = subject_of(root)
    issuer, addressees = voice.speaker, (voice.addressee,) if voice.addressee else ()
    if subject is not None and not _own_side(subject):
        issuer = decider(ctx, root, voice)
        told = _object_actor(ctx, root, voice)
        addressees = (told,) if told else ()
    if issuer is None:
        return None
    polarity = _polarity(root)
    last = max((t.i for t in sent if not (t.is_punct or t.is_space)), default=root.i)
    action = action_text(ctx.sdoc, root, last, polarity)
    return Instruction(_sentence_span(ctx, sent), issuer, addressees, action, polarity, round(p, 3), RULES[0])


@construction(
    "detected",
    "detected_decision",
    0.5,
    example="The Government would welcome an early settlement of the claims.",
)
def detected_decision(
    ctx: Context,
    sent: SpacySpan,
    voice: Voice,
    p: float,
    options: list[Option],
    detector: Detector | None = None,
) -> tuple[Decision, Option | None] | None:
    """A sentence the detector reads as a stance the rules did not find. The decider is whom the rules'
    ``decider`` reads from the root, or, where the root reports ("told him that", "maintains that"),
    from the reported clause when its subject is an actor; the one spoken to, told what they may or
    should do ("You can indicate that ..."), stands for the speaker, whose directive it is. It rejects
    where the sentence holds a word of the lexicon's rejection classes ("refuse", "unacceptable",
    "objection", "against", "no") or that verb is negated, not both ("will not accept", "did not
    object"); else it approves. Where the detector carries a learned decider (``detected_roles``), it
    chooses among the sentence's actors, the speaker and the one spoken to. The option is one the rules found
    in the sentence, else one they found elsewhere that the sentence names again, else the sentence,
    labelled by what the verb takes as object or complement."""
    verb = stance_verb(ctx, sent, voice)
    actor = rule_decider(ctx, verb, voice)
    if actor is None:
        return None
    if detector is not None and detector.decider is not None:
        actor = learned_decider(detector.decider, decider_candidates(ctx, sent, voice)) or actor
    span = _sentence_span(ctx, sent)
    inside = (o for o in options if span.start <= o.span.start and o.span.end <= span.end)
    known = next(inside, None) or named_again(ctx, sent, options)
    option = None
    if known is None:
        label = _argument_span(ctx, verb) or span
        option = known = Option(span, _text(ctx, label), None, round(p, 3), RULES[1])
    return Decision(span, rule_stance(sent, verb), actor, known.key, round(p, 3), RULES[1]), option


@construction(
    "detected",
    "detected_option",
    0.5,
    example="The Minister proposed a joint commission to fix the boundary.",
)
def detected_option(ctx: Context, sent: SpacySpan, p: float) -> Option:
    """A sentence the detector reads as naming a course the rules did not find: the sentence is the
    option, proposed by no one named. (Left out where it names again an option found elsewhere, it lost
    as many right options as repeats on L and msgL, and recall in cross-validation.)"""
    span = _sentence_span(ctx, sent)
    return Option(span, _text(ctx, span), None, round(p, 3), RULES[2])


def _sentence_span(ctx: Context, sent: SpacySpan) -> Span:
    return trim_marker(ctx.sdoc, char_span(ctx.sdoc, sent.start, sent.end - 1))


def _text(ctx: Context, span: Span) -> str:
    return " ".join(doc_text(ctx.sdoc)[span.start : span.end].split())


def _own_side(subject: Token) -> bool:
    """ "I", "we" or "you": the speaker's side or the one spoken to."""
    low = subject.lower_
    return low in cue("first_person") or low in cue("first_plural") or low in cue("second_person")


def _object_actor(ctx: Context, root: Token, voice: Voice) -> str | None:
    """The actor the root takes as object ("asked me", "requested the Minister"), or after "to"."""
    for child in children_of(root):
        if child.dep_ in OBJECTS:
            found = ctx.refers(child, voice)
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ == "to":
            for obj in children_of(child):
                found = ctx.refers(obj, voice)
                if found:
                    return found
    return None


def _argument_span(ctx: Context, root: Token) -> Span | None:
    """What a stance bears on: the root's object or complement, or the object of a preposition it
    governs ("agreed to the proposal"); not a pronoun ("told him")."""
    for child in children_of(root):
        if child.pos_ == "PRON":
            continue
        words = subtree_of(child)
        if child.dep_ == "prep" and any(c.dep_ == "pobj" for c in children_of(child)):
            words = words[1:]
        elif child.dep_ not in ARGUMENTS:
            continue
        if words:
            return char_span(ctx.sdoc, words[0].i, words[-1].i)
    return None


def _polarity(root: Token) -> str:
    """A negated root, or a negated complement it governs, directs not to act."""
    negated = is_negated(root) or any(c.dep_ == "xcomp" and is_negated(c) for c in children_of(root))
    return "dont" if negated else "do"
