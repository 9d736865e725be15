"""A stance that echoes another ("several others hold the same views", "I concur in these views", "the
French Government shares the views of Chile") takes the option and the stance of the decision it
echoes: the last one, in the sentences just before, of the views' owner where named, else of another
actor; a stance against those views takes the opposite one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .context import Context
from .model import Decision
from .pronouns import window_start
from .registry import Construction
from .tokens import children_of
from .voices import Voice

if TYPE_CHECKING:
    from .decisions import Stance

ECHO_SENTENCES = 2  # how many sentences back an echoed stance is looked for


def on_views(ctx: Context, target: Token) -> bool:
    """A stance on views, an opinion or a position ("concur in these views") bears on what they hold;
    a view an adjective says the content of ("our minimum position"), or the speaker's own ("our
    position"), is a course of its own."""
    if target.pos_ != "NOUN" or target.lemma_.lower() not in ctx.cue("attitude_nouns"):
        return False
    own = ctx.cue("first_person") | ctx.cue("first_plural")
    if any(c.dep_ == "poss" and c.lower_ in own for c in children_of(target)):
        return False  # "our position has the backing of the press": the speaker's own position, a course
    echo = ctx.cue("echo_modifiers")
    return not any(c.dep_ == "amod" and c.lower_ not in echo for c in children_of(target))


def echo_of(
    ctx: Context, rule: Construction, stance: Stance, before: list[Decision], voice: Voice
) -> Decision | None:
    """The decision ``stance`` echoes, taken again by its actor, or None where none is near."""
    start = ctx.sdoc[window_start(stance.head, ECHO_SENTENCES)].idx
    owner = _owner(ctx, stance.target, voice)
    near = [
        d
        for d in before
        if start <= d.span.start and d.span.end <= stance.span.start and d.actor != stance.actor
    ]
    last = max((d for d in near if owner in {None, d.actor}), key=lambda d: d.span.end, default=None)
    if last is None:
        return None
    said = last.stance if stance.stance == "approve" else {"approve": "reject"}.get(last.stance, "approve")
    return Decision(stance.span, said, stance.actor, last.option, rule.confidence, rule.name)


def _owner(ctx: Context, views: Token, voice: Voice) -> str | None:
    """Whose views: "the views of Chile", "Chile's views", "your views"."""
    for child in children_of(views):
        owner = child if child.dep_ == "poss" else None
        if child.dep_ == "prep" and child.lower_ == "of":
            owner = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
        actor = ctx.refers(owner, voice) if owner is not None else None
        if actor:
            return actor
    return None
