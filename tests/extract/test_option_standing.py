"""Mentions that stand for no course on the table (sample F of unseen documents): an instrument already
concluded where the parser hung its participle elsewhere, a predicate noun, attention asked for
impersonally, a gerund that only points back. Each test also shows the neighbour that stays an option."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, word

NOUN = "proposal_noun"


def courses(rule: str, sentence: str, at: str) -> list[str]:
    ctx, voice = built(sentence)
    found = get("options", rule).func(ctx, word(ctx, at), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_an_instrument_concluded_is_cited_even_where_its_participle_is_misparsed() -> None:
    enclosed = "I enclose, in translation, a copy of the provisional agreement"
    concluded = f"{enclosed} concluded between the admiral and the governor."
    assert courses(NOUN, concluded, "agreement") == []
    proposed = f"{enclosed} proposed between the admiral and the governor."
    assert courses(NOUN, proposed, "agreement") == [
        "the provisional agreement proposed between the admiral and the governor"
    ]
