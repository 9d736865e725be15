"""A noun phrase the actor finder left unmapped at one mention but mapped at another: the same words in
one document name the same party ("His Majesty's Government has informed ... that His Majesty's
Government do not consider it desirable", where the parser tagged the second "Government" a common noun)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context

#: the fewest words (determiners aside) a phrase needs to stand for one party by its words alone:
#: "the Government" alone may be any government the document names
MIN_WORDS = 2
#: the kinds of party a repeated title names for sure: "the new Ambassador" may be the next one
BODIES = frozenset({"Government", "Organization"})


def named_elsewhere(ctx: Context, noun: Token) -> str | None:
    """The government or body another mention of the same words (the noun and the words before it in
    its phrase) names, where this mention names none and all mentions that do name one name the same."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i in ctx.actor_at:
        return None
    words = [t.lower_ for t in noun.doc[noun.left_edge.i : noun.i + 1] if t.dep_ != "det"]
    if len(words) < MIN_WORDS or not noun.text[:1].isupper():
        return None
    found = set()
    for tok in ctx.sdoc:
        if tok.lower_ != noun.lower_ or tok.i == noun.i or tok.i not in ctx.actor_at:
            continue
        start = tok.i - len(words) + 1
        if start >= 0 and [t.lower_ for t in tok.doc[start : tok.i + 1]] == words:
            found.add(ctx.actor_at[tok.i])
    key = found.pop() if len(found) == 1 else None
    return key if key is not None and (ctx.kinds or {}).get(key) in BODIES else None
