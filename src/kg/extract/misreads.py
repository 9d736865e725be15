"""Verbs the tagger misread at the start of a directive: the word after a sentence-opening "please",
and a verb of saying or directing that opens its sentence tagged as a noun, adjective or name."""

from __future__ import annotations

from spacy.tokens import Token

from .context import MISREAD_VERBS, SUBJECTS, VERB_AUXES, Context
from .tokens import children_of, parse_table, sentence
from .voices import Voice

VERB_LIKE = frozenset({"VERB", "AUX", *MISREAD_VERBS})


def verb_like(ctx: Context, notes: list[tuple[Token, Voice]]) -> list[tuple[Token, Voice]]:
    """The spoken tokens (and the editor's ``notes``) that are verbs or words the tagger may have
    misread for one, with their voices, in text order: the only ones a directive can start from."""
    table = parse_table(ctx.sdoc)
    voices, tokens = ctx.token_voices(), table.tokens
    at = sorted(i for pos in VERB_LIKE for i in table.by_pos.get(pos, ()))
    spoken = [(tokens[i], voice) for i in at if (voice := voices[i]) is not None]
    notes = [(tok, voice) for tok, voice in notes if table.gates[tok.i][0] in VERB_LIKE]
    return sorted(spoken + notes, key=lambda pair: pair[0].i) if notes else spoken


def read_as_verb(ctx: Context, tok: Token, pos: str, dep: str) -> bool:
    """A verb (``is_verb`` of its part of speech and label), or a word the tagger misread for one;
    each misreading's cheap first test (the word before, the label) asked before the rest."""
    if pos == "VERB" or (pos == "AUX" and dep in VERB_AUXES):
        return True
    before = parse_table(tok.doc).lowers[tok.i - 1] if tok.i > 0 else ""
    if before in ctx.cue("politeness_adverbs") and misread_after_please(ctx, tok):
        return True
    return dep == "ROOT" and misread_opening_verb(ctx, tok)


def misread_after_please(ctx: Context, tok: Token) -> bool:
    """ "Please cable explanations": the word after a sentence-opening "please" is the verb, whatever
    part of speech the tagger gave it (telegraphese misleads it into a noun)."""
    if tok.i == 0 or tok.pos_ not in MISREAD_VERBS:
        return False
    prev = tok.doc[tok.i - 1]
    if prev.lower_ not in ctx.cue("politeness_adverbs"):
        return False
    opening = next((t for t in sentence(tok) if not (t.is_punct or t.is_space)), None)
    return opening is not None and opening.i == prev.i


def misread_opening_verb(ctx: Context, tok: Token) -> bool:
    """ "Express to the Minister the hope ...": a verb of saying or directing opening its sentence with
    no subject and a "to" or an object after it, that the tagger read as an adjective or a name."""
    if tok.dep_ != "ROOT" or tok.pos_ not in MISREAD_VERBS:
        return False
    if tok.lower_ not in ctx.cue("speech_verbs") | ctx.cue("directive_governors"):
        return False
    opening = next((t for t in sentence(tok) if not (t.is_punct or t.is_space)), None)
    if opening is None or opening.i != tok.i or any(c.dep_ in SUBJECTS for c in children_of(tok)):
        return False
    told = {"dobj", "npadvmod", "dative"}
    return any((c.dep_ == "prep" and c.lower_ == "to") or c.dep_ in told for c in children_of(tok))


def misread_fronted_clause(tok: Token) -> bool:
    """ "They declare lives are in jeopardy; they hope you will land marines": a clause the parser hung
    as the complement of a verb after it, across a semicolon, is a sentence of its own, not what that
    verb says (a complement is fronted before its verb only within one clause)."""
    head = tok.head
    return tok.i < head.i and any(t.text == ";" for t in tok.doc[tok.i : head.i])
