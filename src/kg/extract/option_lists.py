"""Lists of terms: the items of a numbered or lettered list ("(1) a neutral zone; (2) a plebiscite"),
and the proposal noun whose list spells it out."""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from ..documents import Span
from .context import Context
from .lexicon import cue
from .model import Option
from .option_phrases import clause_label, number_of
from .tokens import sentence


def listing_noun(ctx: Context, colon: Token) -> Token | None:
    """The proposal noun of the colon's sentence that the list spells out."""
    before = ctx.sdoc[sentence(colon).start : colon.i]
    nouns = ctx.cue("option_nouns")
    noun = next((t for t in reversed(before) if t.lemma_.lower() in nouns or t.lower_ in nouns), None)
    if noun is None or colon.i == 0:
        return noun
    top = _phrase_head(ctx.sdoc[colon.i - 1])
    nominal = top.pos_ in {"NOUN", "PROPN"} and top.i != noun.i
    inside = nominal and top.left_edge.i <= noun.i <= top.right_edge.i
    if inside and top.lemma_.lower() not in nouns and top.lower_ not in nouns:
        return None  # "the following infractions of the treaty: 1. ...": the infractions are listed
    last = ctx.sdoc[colon.i - 1]
    opened = last.i == noun.i or (last.pos_ == "ADP" and last.head.i == noun.i)  # "on proposition of: (1)"
    if not opened and noun.dep_ in {"pobj", "dobj"} and noun.head.lower_ in ctx.cue("topic_prepositions"):
        return None  # "views are heard respecting the new plan: (a) ...": the views are listed, not the plan
    return noun


NOUN_PHRASE_LINKS = frozenset(
    {"pobj", "prep", "compound", "appos", "conj", "cc", "amod", "nummod", "poss", "det"}
)


def _phrase_head(last: Token) -> Token:
    """The head noun of the noun phrase that ends at ``last``: up through its "of" phrases, appositions and
    conjuncts to the noun a verb or the sentence governs."""
    top, tok = last, last
    while tok.dep_ in NOUN_PHRASE_LINKS and tok.head.i != tok.i and tok.head.pos_ in {"NOUN", "PROPN", "ADP"}:
        tok = tok.head
        if tok.pos_ in {"NOUN", "PROPN"}:
            top = tok
    return top


def spelled_out(ctx: Context, noun: Token) -> bool:
    """Whether a list of terms after a colon spells the noun out."""
    colon = next((t for t in ctx.sdoc[noun.i + 1 : sentence(noun).end] if t.text == ":"), None)
    if colon is None or listing_noun(ctx, colon) != noun:
        return False
    return len(list_items(ctx.sdoc, colon.i + 1)) > 1


def _marker(sdoc: SpacyDoc, i: int) -> tuple[int, int] | None:
    """The number and length in tokens of a list marker at token ``i``: "(1)", "(a)", "1.", "2)"."""
    words = [t.text for t in sdoc[i : i + 3]]
    if len(words) == 3 and words[0] == "(" and words[2] == ")" and (n := _item_number(words[1])):
        return n, 3
    if len(words) >= 2 and words[1] in {".", ")"} and words[0].isdigit() and (n := _item_number(words[0])):
        return n, 2
    if words and words[0].endswith(".") and (n := _item_number(words[0][:-1])) and words[0][:-1].isdigit():
        return n, 1
    return None


def _item_number(text: str) -> int | None:
    """1 for "1", "i" or "a"."""
    if len(text) == 1 and text.isalpha() and text.islower():
        return ord(text) - ord("a") + 1
    return number_of(text)


def list_items(sdoc: SpacyDoc, i: int) -> list[tuple[int, int]]:
    """Token ranges of the items of a list that starts at token ``i``, numbered from 1 in order; an
    item ends at the next marker, and the last one at its first semicolon or the end of its sentence."""
    marker = _marker(sdoc, i)
    if marker is None or marker[0] != 1:
        return []
    items, number, start = [], 1, i + marker[1]
    limit = min(len(sdoc), i + LIST_LIMIT)
    j = start
    while j < limit:
        nxt = _marker(sdoc, j)
        if nxt is not None and nxt[0] == number + 1 and j > start:
            items.append((start, j - 1))
            number, start, j = number + 1, j + nxt[1], j + nxt[1]
            continue
        j += 1
    if start < len(sdoc):
        items.append((start, sentence(sdoc[start]).end - 1))
    return [span for span in (_item_span(sdoc, a, b) for a, b in items) if span is not None]


LIST_LIMIT = 200  # tokens: how far a list of terms may run


def _item_span(sdoc: SpacyDoc, start: int, end: int) -> tuple[int, int] | None:
    """An item up to its first semicolon, without the punctuation and conjunction that join it to the next."""
    end = next((t.i - 1 for t in sdoc[start : end + 1] if t.text == ";" or "\n" in t.text), end)
    joining = cue("coordinators")
    while end >= start and (sdoc[end].is_punct or sdoc[end].is_space or sdoc[end].lower_ in joining):
        end -= 1
    return (start, end) if end - start >= 1 else None


def listed_course(ctx: Context, item: Span, options: list[Option]) -> Option:
    """A decided list's item, too long for a course named inside a sentence: an option found inside it,
    else the item itself."""
    inside = next((o for o in options if item.start <= o.span.start and o.span.end <= item.end), None)
    if inside is not None:
        return inside
    words = ctx.sdoc.char_span(item.start, item.end, alignment_mode="expand")
    label = clause_label(ctx.sdoc, words.start, words.end - 1) if words is not None else ""
    return Option(span=item, label=label, proposed_by=None, confidence=0.45)
