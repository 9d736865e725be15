"""Who sends a paper a participle hangs on, where the parser hangs the participle elsewhere.

"With further reference to the Department's instruction No. 793 of March 6, directing me to submit the
draft, I have the honor to ...": the participle set off right after the paper is the paper's act, done by
whose paper it is, though the parser makes it a clause of the main verb and so the writer's. Without the
comma ("your telegram No. 52 of June 3 requesting me to ...", "instruction No. 64 of March 27, 1934,1
requesting the Embassy to ...") only the paper's reference (number, date, footnote mark) may come between.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..documents.months import MONTHS
from .context import Context, prep_object
from .tokens import children_of
from .voices import Voice

REACH = 24  # tokens back from the participle to the paper: a number, a date and a file mark between them


def set_off_paper_owner(ctx: Context, participle: Token, voice: Voice) -> str | None:
    """The owner ("the Department's", "your") or sender ("from X") of the paper named just before a
    participle set off by a comma, or right after the paper's reference; None where a verb (or, without
    the comma, any word that is not part of the reference) comes between them or no paper is named."""
    if participle.dep_ not in {"advcl", "acl"} or participle.i < 2:
        return None
    set_off = participle.nbor(-1).text == ","
    papers = ctx.cue("message_words") | ctx.cue("instruction_source_nouns")
    start, depth = max(participle.sent.start, participle.i - REACH), 0
    for tok in reversed(participle.doc[start : participle.i - int(set_off)]):
        depth += (tok.text == ")") - (tok.text == "(")
        if depth > 0 or tok.text == "(":
            continue  # "(file No. 711.428/1329)": a file mark, whatever the tagger makes of it
        if tok.lower_ in papers or tok.lemma_.lower() in papers:
            owner = next((c for c in children_of(tok) if c.dep_ == "poss"), None) or prep_object(tok, "from")
            return ctx.refers(owner, voice) if owner is not None else None
        if tok.pos_ in {"VERB", "AUX"} or not (set_off or _reference_word(ctx, tok)):
            return None
    return None


def _reference_word(ctx: Context, tok: Token) -> bool:
    """A word of a paper's reference: "No. 64 of March 27, 1934,1", "dated the 4th instant"."""
    if tok.like_num or tok.pos_ == "NUM" or tok.is_punct or tok.text == ".":
        return True
    return tok.lower_ in ctx.cue("paper_reference_words") or tok.text.rstrip(".").capitalize() in MONTHS


def is_paper(ctx: Context, noun: Token) -> bool:
    """ "Referring to your note of March 4, inquiring whether ...": a paper, not a party one asks."""
    papers = ctx.cue("message_words") | ctx.cue("message_nouns") | ctx.cue("instruction_source_nouns")
    return noun.lemma_.lower() in papers
