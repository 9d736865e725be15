"""Who tells whom in a passive directive ("X has been instructed / authorized (by Y) to ..."): the roles
the ``passive_directed`` construction gives."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_first_person, is_infinitive_to, is_second_person
from .envoys import envoy_government, told_party
from .tokens import children_of
from .told import stated_by
from .voices import Voice


def passive_roles(ctx: Context, gov: Token, told: Token, voice: Voice) -> tuple[str | None, str | None]:
    """(addressee, issuer) of a passive directive verb ``gov`` whose subject is ``told``. The agent gives
    the order where one is named. A pronoun told in a clause someone states is that one ("the consul
    stated he was instructed to ..."), told by his own side. "I have been instructed" from another
    country's envoy is his government's order, from one's own envoy the recipient's. A subject that names
    no actor ("Destroyers have been authorized to ...") is nobody the document knows: no addressee,
    rather than the recipient of the message."""
    agents = (o for c in children_of(gov) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj")
    agent = next(agents, None)
    by_agent = ctx.refers(agent, voice) if agent is not None else None
    stater = stated_by(ctx, gov, voice)
    addressee = told_party(ctx, told, voice)
    pronoun = told.lower_ in ctx.cue("third_singular") | ctx.cue("third_plural")
    if stater is not None and (addressee == stater or (addressee is None and pronoun)):
        if (ctx.kinds or {}).get(stater) == "Government":
            return None, by_agent or stater  # "the French consul stated he was instructed": France's order
        return stater, by_agent or envoy_government(ctx, stater)
    if is_first_person(told) or addressee == voice.speaker:
        own = foreign_government(ctx, voice)
        if own is None and _aimed_at_reader(gov):
            own = sovereign_government(ctx, voice) or series_government(ctx)
        return voice.speaker, by_agent or own or voice.addressee
    return addressee, by_agent or stater or envoy_government(ctx, addressee) or voice.speaker


def foreign_government(ctx: Context, voice: Voice) -> str | None:
    """The government a speaker calls "my / our Government" where it is another country's than the
    series' own: a foreign envoy who "has been instructed" was instructed by it."""
    own = ctx.cue("speaker_government_determiners")
    series = ctx.lex.actors["series_government"].lower().replace(" ", "-")
    for tok in ctx.sdoc:
        owned = tok.i > 0 and tok.nbor(-1).lower_ in own
        if tok.lower_ == "government" and owned and ctx.voice(tok) == voice:
            key = ctx.actor_at.get(tok.i)
            if key is not None and key != series and (ctx.kinds or {}).get(key) == "Government":
                return key
    return None


def _aimed_at_reader(gov: Token) -> bool:
    """ "I have been authorized to inform Your Excellency that ...", "I am instructed to make the
    following suggestion to you": the act ordered is done to the reader, who is then not the one who
    ordered it (a message's recipient is not told to inform himself); the order is the writer's side's."""
    acts = (c for c in children_of(gov) if c.dep_ in {"xcomp", "advcl"})
    for act in (a for a in acts if any(map(is_infinitive_to, children_of(a)))):
        near = [c for c in children_of(act) if c.dep_ in {"dobj", "dative", "iobj", "prep"}]
        near += [g for c in near if c.dep_ in {"dobj", "prep"} for g in children_of(c) if g.dep_ == "prep"]
        near += [g for c in near if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"]
        if any(is_second_person(t) for t in near):
            return True  # "inform Your Excellency", "convey to you", "make the suggestion to you"
    return False


def sovereign_government(ctx: Context, voice: Voice) -> str | None:
    """ "His Majesty's Government": a government named by its sovereign in the speaker's words, the
    way a monarchy's envoy names his own side."""
    titles = ctx.cue("address_titles")
    for tok in ctx.sdoc:
        key = ctx.actor_at.get(tok.i)
        if tok.lower_ == "government" and key is not None and (ctx.kinds or {}).get(key) == "Government":
            owner = {t.lower_ for t in tok.doc[max(tok.i - 3, 0) : tok.i]}
            if owner & titles and not owner & ctx.cue("second_person") and _speaks(ctx, tok, voice):
                return key
    return None


def _speaks(ctx: Context, tok: Token, voice: Voice) -> bool:
    """Whether ``tok`` is in the words of the speaker of ``voice`` (in any of his paragraphs)."""
    said = ctx.voice(tok)
    return said is not None and said.speaker == voice.speaker


def series_government(ctx: Context) -> str | None:
    """The government whose records the series publishes, where the document has it as an actor."""
    key = str(ctx.lex.actors["series_government"]).lower().replace(" ", "-")
    return key if (ctx.kinds or {}).get(key) == "Government" else None
