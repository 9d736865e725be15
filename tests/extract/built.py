"""Small ``Doc``s built from written-down parses, and the finders' context around them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc, Token

from kg.documents import Span
from kg.extract.context import Context
from kg.extract.directives import find_directives, write_instructions
from kg.extract.lexicon import load_lexicon
from kg.extract.parse_repairs import repair_parse
from kg.extract.registry import get
from kg.extract.voices import Voice

SPEAKER, ADDRESSEE = "kellogg", "herrick"
#: "word/lemma/POS/tag/dep/head" per token of short sentences, as the trained model (en_core_web_sm 3.x)
#: parses them, written down so these tests need no model; add a sentence with its parse to add a test
#: (one file per family of tests may hold them: data/parses*.json).
PARSES: dict[str, str] = {
    sentence: parse
    for path in sorted((Path(__file__).parent / "data").glob("parses*.json"))
    for sentence, parse in json.loads(path.read_text(encoding="utf-8")).items()
}
_VOCAB = spacy.blank("en").vocab


def built(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> tuple[Context, Voice]:
    """The context of one sentence spoken by Kellogg to Herrick; ``actors`` maps a word to
    (actor key, kind)."""
    rows = [t.split("/") for t in PARSES[sentence].split()]
    words = [r[0] for r in rows]
    spaces = [
        i + 1 < len(words)
        and words[i + 1] not in {".", ",", "?", ";", "n't", "-"}
        and words[i] != "-"  # a hyphen joins its neighbours: "counter-proposal"
        for i in range(len(words))
    ]
    doc = Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[int(r[5]) for r in rows],
    )
    actors = actors or {}
    actor_at = {t.i: actors[t.text][0] for t in doc if t.text in actors}
    kinds = {key: kind for key, kind in actors.values()} | {SPEAKER: "Person", ADDRESSEE: "Person"}
    voice = Voice(Span(0, len(doc.text)), SPEAKER, ADDRESSEE)
    ctx = Context(
        sdoc=doc, lex=load_lexicon(), voices=[voice], regions=[voice.span], actor_at=actor_at, kinds=kinds
    )
    return ctx, voice


def repaired(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> tuple[Context, Voice]:
    """``built``, with the parse repairs made, as the extractor makes them before its finders run."""
    ctx, voice = built(sentence, actors)
    repair_parse(ctx.sdoc)
    return ctx, voice


def instructions_by_verb(ctx: Context) -> dict[str, tuple[str, Any]]:
    """Each instruction the finders write in ``ctx``, by its verb's text: the rule that found it and the
    instruction."""
    hits = find_directives(ctx)
    rules = {hit.tok.i: hit.rule.name for hit in hits.values()}
    return {tok.text: (rules[tok.i], i) for tok, i in write_instructions(ctx, hits)}


def word(ctx: Context, text: str) -> Token:
    return next(t for t in ctx.sdoc if t.text == text)


def stances(sentence: str, name: str, at: str, actors: dict[str, tuple[str, str]] | None = None) -> list[Any]:
    """What the decision construction ``name`` reads at the word ``at`` of ``sentence``."""
    ctx, voice = built(sentence, actors)
    return get("decisions", name).func(ctx, word(ctx, at), voice)  # type: ignore[no-any-return]


def courses(rule: str, sentence: str, at: str) -> list[str]:
    """The text of each course the option construction ``rule`` reads at the word ``at`` of ``sentence``."""
    ctx, voice = built(sentence)
    found = get("options", rule).func(ctx, word(ctx, at), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def speaker_directives(
    sentence: str, actors: dict[str, tuple[str, str]] | None = None
) -> dict[str, tuple[str, str, str, str]]:
    """Each instruction the sentence's speaker gives, by its verb: the rule that found it, the first
    one it tells, its quote and its polarity."""
    ctx, _ = built(sentence, actors)
    hits = find_directives(ctx)
    rules = {hit.tok.i: hit.rule.name for hit in hits.values()}
    return {
        tok.text: (rules[tok.i], (i.addressees or ("",))[0], ctx.sdoc.text[i.span.start : i.span.end],
                   i.polarity)
        for tok, i in write_instructions(ctx, hits)
        if i.issuer == SPEAKER
    }
