"""Who a title and an envoy stand for in a directive's roles.

"I asked the Ambassador to reconsider": in a message to an ambassador, a title of his named in the
third person is not he (the message calls him "you") but the envoy of another country named before by
that title ("the Ruritanian Ambassador called this morning ..."). "The Ruritanian Minister has been
instructed to ...": a foreign envoy's instructions come from his own government, not from the writer
who reports them.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .pronouns import subject_chain
from .voices import Voice

TITLE_POS = frozenset({"NOUN", "PROPN"})


def told_party(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """The actor a noun of someone told or instructed stands for (``Context.refers``), except that a
    title of the message's recipient said in the third person stands for the one named by that title
    before it, where there is one."""
    actor = _interlocutor(ctx, tok, voice) or ctx.refers(tok, voice)
    if actor is None or actor != voice.addressee or tok.pos_ not in TITLE_POS:
        return actor
    return earlier_holder(ctx, tok, voice) or actor


def earlier_holder(ctx: Context, title: Token, voice: Voice) -> str | None:
    """The envoy of another country first named before by the same title word ("the Ruritanian
    Ambassador called ... I asked the Ambassador"): a report of a conversation names the one it was with
    first, others in passing after ("... and to the Borduran Ambassador as well"); one named without a
    country ("Mr. Secretary" in a salutation) may be the recipient himself."""
    others = {voice.speaker, voice.addressee}
    word = title.lower_
    held = (
        i
        for i, key in ctx.actor_at.items()
        if i < title.i and key not in others and ctx.sdoc[i].lower_ == word and envoy_country(ctx, key)
    )
    first = min(held, default=None)
    return ctx.actor_at[first] if first is not None else None


def envoy_government(ctx: Context, actor: str | None) -> str | None:
    """The government of an envoy of another country ("the Ruritanian Minister": Ruritania), where that
    government is an actor of the document."""
    country = envoy_country(ctx, actor)
    key = country.lower().replace(" ", "-") if country else None
    return key if key is not None and (ctx.kinds or {}).get(key) == "Government" else None


def envoy_country(ctx: Context, actor: str | None) -> str | None:
    """The country of an actor other than a government whose name starts with the demonym of a country
    other than the series' own ("ruritanian-minister")."""
    if actor is None or (ctx.kinds or {}).get(actor) in {None, "Government"}:
        return None
    country: str | None = ctx.lex.actors["demonyms"].get(actor.split("-")[0])
    return country if country != ctx.lex.actors["series_government"] else None


def _interlocutor(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """ "He said he would convoke X ... I then asked him ...": a "him" / "her" told or asked is the one
    the report is about, the nearest person before who was a subject, not whoever was named last (X)."""
    if tok.pos_ != "PRON" or tok.i in ctx.actor_at or tok.lower_ not in ctx.cue("third_singular"):
        return None
    if tok.dep_ not in {"dobj", "dative", "iobj"} or _person_before(ctx, tok, voice):
        return None  # "called in the Ambassador to tell him": one named in its own sentence is nearer
    return subject_chain(ctx, tok, voice)


def _person_before(ctx: Context, tok: Token, voice: Voice) -> bool:
    """Whether a person other than the speaker and addressee is named before ``tok`` in its sentence."""
    others, kinds = {voice.speaker, voice.addressee}, ctx.kinds or {}
    return any(
        (key := ctx.actor_at.get(i)) is not None and key not in others and kinds.get(key) == "Person"
        for i in range(tok.sent.start, tok.i)
    )
