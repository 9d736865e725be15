"""Pronoun chains: "Tardieu said ... He added ... it was his suggestion ... but he agreed": a third
person pronoun with no actor near it stands for what the same pronoun before it stands for."""

from __future__ import annotations

from spacy.tokens import Token

from .context import ANTECEDENT_SENTENCES, Context
from .voices import Voice

CHAIN_HOPS = 3  # how many earlier pronouns of the chain are followed back


def chained_actor(ctx: Context, pronoun: Token, voice: Voice) -> str | None:
    """The actor the nearest earlier pronoun of the same person, number and gender stands for,
    following the chain back at most CHAIN_HOPS pronouns."""
    group = next((set(g) for g in ctx.lex.cues["pronoun_chains"] if pronoun.lower_ in g), None)
    if group is None:
        return None
    plural = pronoun.lower_ in ctx.cue("third_plural")
    tok = pronoun
    for _ in range(CHAIN_HOPS):
        earlier = _earlier_pronoun(tok, group)
        if earlier is None:
            return None
        actor = ctx.antecedent(earlier, voice, plural=plural)
        if actor is not None:
            return actor
        tok = earlier
    return None


def _earlier_pronoun(tok: Token, group: set[str]) -> Token | None:
    """The nearest pronoun of ``group`` before ``tok`` in its sentence or the ANTECEDENT_SENTENCES before."""
    floor = tok.sent.start
    for _ in range(ANTECEDENT_SENTENCES):
        if floor > 0:
            floor = tok.doc[floor - 1].sent.start
    return next((t for t in reversed(tok.doc[floor : tok.i]) if t.lower_ in group and t.pos_ == "PRON"), None)
