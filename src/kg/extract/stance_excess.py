"""Courses judged excessive: "the proposal is too vague", "the delay they ask is too long". A predicate with
"too" says the course its subject names goes beyond what will do, whatever the adjective: a rejection by
whoever judges it, read as the curated predicates of judgement are (who judges, conditions, forecasts).
With an infinitive ("too weak to resist") it says what cannot be, and judges no course."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .decisions import Stance
from .evaluations import judged
from .registry import construction
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "decisions",
    "excessive",
    0.45,
    example="The Minister said the proposal was too vague.",
    pos=("ADV",),
    lemmas=("excess_adverbs",),
)
def excessive(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "too" on a predicate adjective: its course rejected."""
    pred = head_of(tok)
    if tok.lower_ not in ctx.cue("excess_adverbs") or tok.dep_ != "advmod" or pred.pos_ != "ADJ":
        return []
    if pred.dep_ not in {"acomp", "ROOT", "ccomp", "conj"}:
        return []  # "a too hasty reply": a thing described, no course judged
    if any(c.dep_ in {"xcomp", "ccomp", "prep"} for c in children_of(pred)):
        return []  # "too weak to resist", "too late for the meeting": what cannot be, and when
    words = frozenset({pred.lemma_.lower(), pred.lower_})
    return [s for s in judged(ctx, pred, voice, frozenset(), words, frozenset()) if s.stance == "reject"]
