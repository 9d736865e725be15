"""Merging: one item per course and per passage, however many mentions or rules found it.

Each merge is a registered construction of the ``merging`` family; the
extractor applies them after the find and write steps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from .model import Option
from .negation import is_negated
from .registry import construction
from .tokens import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context

T = TypeVar("T")
NUMBERED = re.compile(r"^(\w+ (?:[IVX]+|\d+))(?: \(.*\))?$")


def numbered(label: str) -> bool:
    return bool(NUMBERED.match(label))


@construction("merging", "nested_mentions", 0.1, example="option I ... the first option")
def merge_options(options: list[Option]) -> list[Option]:
    """One option per distinct course: same numbered label, or one mention inside another."""
    merged: list[Option] = []
    for opt in sorted(options, key=lambda o: (o.span.start, -o.span.end)):
        twin = next((m for m in merged if _same_option(m, opt)), None)
        if twin is None:
            merged.append(opt)
            continue
        best = max(
            (twin, opt), key=lambda o: (o.span.end - o.span.start) if o.span.end - o.span.start < 120 else 0
        )
        label = max((twin.label, opt.label), key=lambda x: (numbered(x), len(x)))
        merged[merged.index(twin)] = Option(
            span=best.span,
            label=label,
            proposed_by=twin.proposed_by or opt.proposed_by,
            confidence=max(twin.confidence, opt.confidence) + 0.1,
            rule=best.rule,
        )
    return merged


@construction("merging", "same_course", 0.05, example="the Treaty ... the General Treaty of Peace and Amity")
def merge_mentions(ctx: Context, options: list[Option]) -> tuple[list[Option], dict[str, str]]:
    """One option per course across the document: "the Treaty" is "the General Treaty of
    Peace and Amity", "recognized Martínez" is "recognition", "our minimum position" is
    "option I". Returns the options and a map from every merged key to the key that stands for it."""
    groups: list[list[Option]] = []
    signatures = {o.key: _signatures(ctx, o) for o in options}
    for opt in options:
        sigs = signatures[opt.key]
        alike = [g for g in groups if any(_compatible(a, b) for a in signatures[g[0].key] for b in sigs)][:1]
        joined = alike + [
            g
            for g in groups
            if g not in alike
            and any(a == b and "#" in a[1] for o in g for a in signatures[o.key] for b in sigs)
        ]
        groups = [g for g in groups if g not in joined] + [[o for g in joined for o in g] + [opt]]
    merged, remap = [], {}
    for group in groups:
        best = max(group, key=lambda o: (numbered(o.label), min(o.span.end - o.span.start, 120)))
        proposer = next((o.proposed_by for o in group if o.proposed_by), None)
        keep = Option(
            span=best.span,
            label=best.label,
            proposed_by=proposer,
            confidence=min(0.9, best.confidence + 0.05 * (len(group) - 1)),
            rule=best.rule,
        )
        merged.append(keep)
        remap.update({o.key: keep.key for o in group})
    return sorted(merged, key=lambda o: o.span.start), remap


def _signatures(ctx: Context, opt: Option) -> list[tuple[str, frozenset[str]]]:
    """What identifies an option: its number ("Option I"), and its head noun (verbs by their
    nominalization) with the descriptive modifiers."""
    found = []
    number = NUMBERED.match(opt.label)
    if number:
        found.append((number.group(1).lower(), frozenset({"#"})))
    try:
        span = ctx.sdoc.char_span(opt.span.start, opt.span.end, alignment_mode="expand")
    except (IndexError, ValueError):
        return found
    if span is None or not len(span):
        return found
    root = span.root
    head = root.lemma_.lower()
    if root.pos_ in {"VERB", "AUX"}:
        found.extend(_act_signature(root))
        head = ctx.lex.cues["nominalizations"].get(head, "")
    pointing = ctx.cue("anaphoric_modifiers")
    mods = frozenset(
        c.lemma_.lower() for c in children_of(root) if c.dep_ in MODIFIERS and c.lower_ not in pointing
    ) | _holders(root)
    if not mods and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(root)):
        mods = frozenset({"a"})  # "a program totaling ...": a new one, not "the Korea program" named before
    if head and (mods or not number):  # a bare "the offer ... option I" says nothing of other offers
        found.append((head, mods))
        found.extend((head, frozenset({"@" + key})) for key in _whose(ctx, root) if not number)
    return found


def _act_signature(verb: Token) -> list[tuple[str, frozenset[str]]]:
    """A course told as an act is its verb and the head of its object: "to resume arms shipments to
    Greece" and "to resume military shipments" are one course ("to grant a loan" and "to grant an
    increase" are two); a verb with no object says too little to be matched."""
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if obj is None or is_negated(verb):
        return []
    return [(f"{verb.lemma_.lower()} {obj.lemma_.lower()}", frozenset())]


def _whose(ctx: Context, root: Token) -> set[str]:
    """ "the amendment proposed by Great Britain" is "the British amendment": the actor a mention's
    only modifier names (a demonym or a possessor) or the agent of a participle of proposing on it, so
    that two mentions of one actor's proposal meet ("rejected by Uruguay" says nothing of whose)."""
    mods = [c for c in children_of(root) if c.dep_ in MODIFIERS]
    named = {ctx.actor_at[c.i] for c in mods if c.i in ctx.actor_at} if len(mods) == 1 else set()
    proposing = ctx.lex.cues["proposing_verbs"]
    acts = [c for c in children_of(root) if c.dep_ == "acl" and c.lemma_.lower() in proposing]
    agents = [o for a in acts for g in children_of(a) if g.dep_ == "agent" for o in children_of(g)]
    return named | {ctx.actor_at[o.i] for o in agents if o.i in ctx.actor_at}


def _holders(noun: Token) -> frozenset[str]:
    """ "the proposal which I provided": the subject of a relative clause on the noun says whose it is,
    as a possessor does ("my proposal"), so it is not the Pakistani proposal named before."""
    return frozenset(
        s.lemma_.lower()
        for clause in children_of(noun)
        if clause.dep_ == "relcl" and not any(c.tag_ == "WRB" for c in children_of(clause))  # "where we ..."
        for s in children_of(clause)
        if s.dep_ == "nsubj" and s.tag_ not in {"WDT", "WP"}
    )


MODIFIERS = {"amod", "compound", "nummod", "poss"}  # a possessor too: "Laird's plan" is not "game plan"


def _compatible(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    if "#" in a[1] or "#" in b[1]:
        return a == b
    return a[0] == b[0] and (a[1] <= b[1] or b[1] <= a[1])


def _same_option(a: Option, b: Option) -> bool:
    ma, mb = NUMBERED.match(a.label), NUMBERED.match(b.label)
    if ma and mb and ma.group(1).lower() == mb.group(1).lower():
        return True
    return a.span.start <= b.span.start and b.span.end <= a.span.end


@construction("merging", "one_per_span", 0.0, example="a passage read by two rules")
def one_per_span(items: Iterable[T]) -> tuple[T, ...]:
    """Two finders can read one passage; its IRI must name one item, the surer reading."""
    best: dict[str, T] = {}
    for item in items:
        kept = best.get(item.key)  # type: ignore[attr-defined]
        if kept is None or item.confidence > kept.confidence:  # type: ignore[attr-defined]
            best[item.key] = item  # type: ignore[attr-defined]
    return tuple(best.values())
