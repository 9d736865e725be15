"""A learned decider for the stances the detector adds: who holds a detected stance.

The rules read a detected sentence's decider from its subject (``deciders.decider``) and its stance from
its words; in the held-out samples most detected decisions were of the right kind with the wrong decider
(the writer for a third party whose stance the sentence reports) or the wrong stance. Here each actor the
sentence names, the voice's speaker and the one it speaks to are candidates, described by where they
stand in the parse (subject of the root or of a reported clause, object of "by", possessor, first or last
actor named, the rules' own pick); a logistic regression fit on the annotated gold decisions scores each,
and the best is the decider. It is trained by ``kg train`` with the detector and shipped in its file.
(A second regression for the stance, on the sentence's features and the rules' reading, read fewer gold
stances right in cross-validation than the rules' reading alone, and was left out.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .context import Context, is_negated, subject_of
from .deciders import decider
from .detector import SUBJECTS, KindModel
from .lexicon import cue
from .tokens import children_of
from .voices import Voice

MENTION_POS = frozenset({"PROPN", "NOUN", "PRON"})
#: The lexicon's lists whose words make a stance a rejection (chosen on train + dev: a word of them,
#: flipped by the verb's negation, reads 0.71 of the gold stances right; "always approve" 0.64).
REJECTION_CLASSES = (
    "reject_verbs",
    "reject_predicates",
    "reject_nouns",
    "opposition_words",
    "negative_determiners",
    "negative_objects",
)


def stance_verb(ctx: Context, sent: SpacySpan, voice: Voice) -> Token:
    """The verb a detected stance is read from: the clause a reporting root reports where its subject is
    an actor ("I told him that we would accept"), else the root."""
    root = sent.root
    if root.lemma_.lower() in cue("speech_verbs"):
        for child in children_of(root):
            if child.dep_ == "ccomp":
                subject = subject_of(child)
                if subject is not None and ctx.refers(subject, voice):
                    return child
    return root


def rule_decider(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """The rules' decider: the verb's subject as ``decider`` reads it, the speaker where the one spoken
    to is told what they may or should do ("You may offer ..." is its issuer's decision)."""
    actor = decider(ctx, verb, voice)
    if actor is not None and actor == voice.addressee and any(c.tag_ == "MD" for c in children_of(verb)):
        return voice.speaker
    return actor


def rule_stance(sent: SpacySpan, verb: Token) -> str:
    """Reject where the sentence holds a word of the rejection classes or the verb is negated, not both."""
    words = _rejection_words()
    rejecting = any(t.lower_ in words or t.lemma_.lower() in words for t in sent)
    return "reject" if rejecting != is_negated(verb) else "approve"


@cache
def _rejection_words() -> frozenset[str]:
    return frozenset().union(*(cue(name) for name in REJECTION_CLASSES))


def decider_candidates(ctx: Context, sent: SpacySpan, voice: Voice) -> dict[str, list[str]]:
    """Every candidate decider of a detected stance with what the model reads of it."""
    verb = stance_verb(ctx, sent, voice)
    picked = rule_decider(ctx, verb, voice)
    mentions: dict[str, list[Token]] = {}
    for tok in sent:
        if tok.pos_ in MENTION_POS:
            key = ctx.refers(tok, voice)
            if key and not _inside_mention(tok, key, ctx, voice):
                mentions.setdefault(key, []).append(tok)
    keys = dict.fromkeys([k for k in (picked, voice.speaker, voice.addressee) if k] + list(mentions))
    order = list(mentions)
    out = {}
    for key in keys:
        f = set(_mention_features(mentions.get(key, []), sent, verb))
        f.add("rule" if key == picked else "not_rule")
        f.add("speaker" if key == voice.speaker else "addressee" if key == voice.addressee else "third")
        f.add(f"kind={(ctx.kinds or {}).get(key, '?')}")
        if order and key == order[0]:
            f.add("first_named")
        if order and key == order[-1]:
            f.add("last_named")
        out[key] = sorted(f)
    return out


def _inside_mention(tok: Token, key: str, ctx: Context, voice: Voice) -> bool:
    """A word of a longer mention of the same actor ("the Government of Chile"): counted at its head."""
    head = tok.head
    return head.i != tok.i and head.pos_ in MENTION_POS and ctx.refers(head, voice) == key


def _mention_features(tokens: Iterable[Token], sent: SpacySpan, verb: Token) -> Iterator[str]:
    root = sent.root
    seen = False
    for tok in tokens:
        seen = True
        dep, head = tok.dep_, tok.head
        yield f"dep={dep}"
        if tok.pos_ == "PRON":
            yield "pronoun"
        if dep in SUBJECTS:
            yield "subj_root" if head.i == root.i else "subj_verb" if head.i == verb.i else "subj_other"
            if head.i == root.i and root.lemma_.lower() in cue("speech_verbs"):
                yield "subj_speech"
        elif dep == "pobj":
            yield f"pobj_of={head.lower_}"
        elif dep == "poss":
            yield "possessor_subj" if head.dep_ in SUBJECTS else "possessor"
        if tok.i < verb.i:
            yield "before_verb"
    if not seen:
        yield "unnamed"


def learned_decider(model: KindModel, candidates: dict[str, list[str]]) -> str | None:
    """The candidate the model scores highest (the first, the rules' pick, on a tie)."""
    return max(candidates, key=lambda k: model.probability(candidates[k]), default=None)
