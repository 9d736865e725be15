"""Who a report has met the speaker in person: "Ceausescu took me aside ... He asked that his greetings
be conveyed": a request that names no one, by one the speaker met, is made to the speaker, who heard it."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .tokens import children_of, head_of
from .voices import Voice


def _speaker_of(ctx: Context, tok: Token) -> str | None:
    """Who speaks at ``tok`` (a paragraph of the same message may be a voice of its own)."""
    spoken = ctx.voice(tok)
    return spoken.speaker if spoken is not None else None


def spoke_to_speaker(ctx: Context, actor: str, voice: Voice) -> bool:
    """Whether the report has ``actor`` act on the speaker in person ("X took me aside", "X asked me to
    ..."): one met in the conversation reported, whose requests are made to the one he met."""
    first = ctx.cue("first_person")
    return any(
        key == actor and ctx.sdoc[i].dep_ == "nsubj" and _speaker_of(ctx, ctx.sdoc[i]) == voice.speaker
        and any(c.dep_ in {"dobj", "dative"} and c.lower_ in first for c in children_of(head_of(ctx.sdoc[i])))
        for i, key in ctx.actor_at.items()
    )


def conversation_partner(ctx: Context, verb: Token, voice: Voice, issuer: str) -> str | None:
    """ "In a conversation yesterday with M. Laleau, I asked whether ...": the one a talk in the
    verb's sentence was with is the one asked, not the reader of the report."""
    talks = ctx.cue("talk_nouns")
    for tok in verb.sent:
        if tok.lower_ != "with" or tok.dep_ != "prep" or head_of(tok).lemma_.lower() not in talks:
            continue
        partner = next((o for o in children_of(tok) if o.dep_ == "pobj"), None)
        actor = ctx.refers(partner, voice) if partner is not None else None
        if actor is not None and actor not in {issuer, voice.speaker, voice.addressee}:
            return actor
    return None
