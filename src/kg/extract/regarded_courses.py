"""A course regarded with a feeling: "The Department would look with disfavor upon the proposed change",
"views the proposal with concern", "regards with sympathy their desire for representation". A verb of
regarding with "with" and a noun of the valence lexicon takes the feeling's stance (approve for a good
one, reject for a bad one, turned round where negated) on what it regards; supposed or asked, it takes
none."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated
from .course_nouns import names_an_act
from .deciders import decider, flip
from .decisions import Stance
from .hypotheses import hypothetical, in_condition
from .registry import construction
from .stance_spans import decision_span
from .tokens import children_of
from .voices import Voice


@construction(
    "decisions",
    "regarded_with",
    0.45,
    example="The Department would look with disfavor upon the proposed change",
    pos=("VERB",),
    lemmas=("regarding_verbs",),
)
def regarded_with(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "look with disfavor upon X", "view X with concern": the regarder's stance on X, an act or a
    course noun, as the feeling's valence says."""
    if tok.lemma_.lower() not in ctx.cue("regarding_verbs") or in_condition(tok) or hypothetical(ctx, tok):
        return []
    target = _regarded(ctx, tok)
    feeling = _feeling(tok) or (_feeling(target) if target is not None else None)
    if feeling is None or target is None or target.i in ctx.actor_at or tok.i in ctx.directives:
        return []
    positive, negative = _valence(ctx, feeling.lemma_.lower())
    actor = decider(ctx, tok, voice)
    if positive == negative or actor is None:
        return []
    stance = "approve" if positive else "reject"
    stance = flip(stance) if is_negated(tok) else stance
    return [Stance(tok, stance, actor, target, decision_span(ctx.sdoc, tok, target))]


def _valence(ctx: Context, word: str) -> tuple[bool, bool]:
    """(good, bad) for a noun of feeling: the valence lexicon's, a negating prefix turning a good word
    bad ("disfavor", "displeasure"); attention ("with interest") is no feeling about the course."""
    if word in ctx.cue("heed_nouns"):
        return False, False
    good, bad = ctx.lex.words("evaluation", "positive"), ctx.lex.words("evaluation", "negative")
    negated = any(word.startswith(p) and word[len(p):] in good for p in ctx.cue("negating_prefixes"))
    return word in good, word in bad or negated


def _feeling(verb: Token) -> Token | None:
    """The noun after "with" on the verb (or on its object, where the parser hung it there): "with
    disfavor", "with grave misgiving"."""
    withs = (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "with")
    return next((o for w in withs for o in children_of(w) if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)


def _regarded(ctx: Context, verb: Token) -> Token | None:
    """What is regarded: the object ("views the proposal with concern"), or the object of "upon / on"
    ("look with disfavor upon the change"); a course, not a person or a thing: an act, a thing proposed,
    a proposal, or the course a desire is "for" ("regards with sympathy their desire for representation")."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    objects += [o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in {"upon", "on", "at"}
                for o in children_of(c) if o.dep_ == "pobj"]
    objects = [_desired(ctx, o) for o in objects]
    proposed = ctx.cue("proposing_verbs")  # "the proposed change": put forward, so a course
    return next(
        (
            o
            for o in objects
            if o.pos_ == "NOUN"
            and (
                names_an_act(ctx, o)
                or o.lemma_.lower() in ctx.cue("option_nouns")
                or any(c.lemma_.lower() in proposed for c in children_of(o))
            )
        ),
        None,
    )


def _desired(ctx: Context, noun: Token) -> Token:
    """The act a noun of desire is "for" ("their desire for representation"), else the noun."""
    if noun.lemma_.lower() not in ctx.cue("intention_nouns"):
        return noun
    wanted = (o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "for" for o in children_of(c))
    return next((o for o in wanted if o.dep_ == "pobj" and names_an_act(ctx, o)), noun)

