"""One act on one thing is one option: "to continue the Council" and "the Council to continue" in
two sentences of a document are one course (the guidelines: each distinct option once, at its most
descriptive mention), unless what sets them apart ("in Paris" / "in a neutral country", "a central
station" / "additional stations") says they are two."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..documents import Span
from .context import Context
from .model import Option
from .tokens import children_of

OBJECTS = {"dobj", "nsubjpass"}  # "continue the Council", "that the salary be increased"
KINDS = {"amod", "compound", "nummod"}  # what kind of thing: "a central station"
LONGEST = 120  # a mention longer than this is a run-on reading, not the most descriptive one


@dataclass(frozen=True)
class Act:
    """A course as a verb on an object, with what describes the object and where or how it is done."""

    verb: str
    thing: str
    kinds: frozenset[str]
    settings: frozenset[str]


def one_per_act(ctx: Context, options: list[Option]) -> list[Option]:
    """Mentions of one act on one thing are merged into the longest of them (under ``LONGEST``); the
    others are dropped. Options that name no act are kept as they are."""
    acts = [_act(ctx, o.span) for o in options]
    dropped: set[int] = set()
    for i, act in enumerate(acts):
        if act is None or i in dropped:
            continue
        twins = [j for j in range(i + 1, len(acts)) if j not in dropped and _same(act, acts[j])]
        if not twins:
            continue
        group = [i, *twins]
        best = max(group, key=lambda k: _length(options[k]))
        dropped.update(k for k in group if k != best)
    return [o for k, o in enumerate(options) if k not in dropped]


def _length(opt: Option) -> int:
    width = opt.span.end - opt.span.start
    return width if width < LONGEST else 0


def same_act(ctx: Context, mention: Span, options: list[Option]) -> Option | None:
    """ "they are anxious to continue the Council" after "desire to continue the Council": an option
    already named that is the same act on the same thing as a new mention, if any."""
    act = _act(ctx, mention)
    return next((o for o in options if act is not None and _same(act, _act(ctx, o.span))), None)


def _act(ctx: Context, mention: Span) -> Act | None:
    """A mention headed by a verb, with its object inside the mention; the object's describers include
    those of what it is of ("the supply of American cargo coal" is not "the supply of bunker coal")."""
    span = ctx.sdoc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = _shell_content(ctx, span.root)
    thing = _object(verb, span) if verb.pos_ == "VERB" else None  # "an agreement on ending the war": a thing
    if thing is None:
        return None
    owned = [o for p in children_of(thing) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"]
    kinds = frozenset(c.lemma_.lower() for t in (thing, *owned) for c in children_of(t) if c.dep_ in KINDS)
    settings = frozenset(_pobjs(verb, span) | _pobjs(thing, span))
    return Act(verb.lemma_.lower(), thing.lemma_.lower(), kinds, settings)


def _shell_content(ctx: Context, root: Token) -> Token:
    """ "any intention to withdraw its legation", "the suggestion of the United States to submit the
    question": a plan or proposal noun whose content is an act is that act."""
    shells = ctx.cue("plan_nouns") | ctx.cue("intention_nouns") | ctx.cue("option_nouns")
    if root.pos_ != "NOUN" or root.lemma_.lower() not in shells:
        return root
    acts = [c for c in children_of(root) if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ == "VB"]
    return acts[0] if acts else root


def _object(verb: Token, span: SpacySpan) -> Token | None:
    objects = [c for c in children_of(verb) if c.dep_ in OBJECTS and span.start <= c.i < span.end]
    nouns = [o for o in objects if o.pos_ in {"NOUN", "PROPN"}]
    return nouns[0] if nouns else None


def _pobjs(tok: Token, span: SpacySpan) -> set[str]:
    """ "in Paris", "of reservations": the objects of the word's own prepositions inside the mention."""
    return {
        o.lemma_.lower()
        for p in children_of(tok)
        if p.dep_ == "prep" and span.start <= p.i < span.end
        for o in children_of(p)
        if o.dep_ == "pobj"
    }


def _same(a: Act, b: Act | None) -> bool:
    """Same verb on the same thing, with nothing that tells the two apart: describers or settings
    that both give and that differ."""
    if b is None or (a.verb, a.thing) != (b.verb, b.thing):
        return False
    if a.kinds and b.kinds and a.kinds != b.kinds:
        return False
    return not (a.settings and b.settings and not a.settings & b.settings)


ENCLOSING = ("enumerated_terms",)  # constructions whose course is a whole item of a list of terms


def within_items(options: list[Option]) -> list[Option]:
    """ "1. Restatement of annex F of the Locarno Pact": an item of a list of terms is the option; a
    mention inside it ("the Locarno Pact") is part of it, not one of its own."""
    items = [o.span for o in options if o.rule in ENCLOSING]
    inside = [any(i.start <= o.span.start and o.span.end <= i.end for i in items) for o in options]
    return [o for o, within in zip(options, inside, strict=True) if o.rule in ENCLOSING or not within]
