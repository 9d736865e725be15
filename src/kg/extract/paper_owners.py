"""Who sends a paper a participle hangs on, where the parser hangs the participle elsewhere.

"With further reference to the Department's instruction No. 793 of March 6, directing me to submit the
draft, I have the honor to ...": the participle set off right after the paper is the paper's act, done by
whose paper it is, though the parser makes it a clause of the main verb and so the writer's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, prep_object
from .tokens import children_of
from .voices import Voice

REACH = 24  # tokens back from the participle to the paper: a number, a date and a file mark between them


def set_off_paper_owner(ctx: Context, participle: Token, voice: Voice) -> str | None:
    """The owner ("the Department's", "your") or sender ("from X") of the paper named just before a
    participle set off by a comma; None where a verb comes between them or no paper is named."""
    if participle.dep_ != "advcl" or participle.i < 2 or participle.nbor(-1).text != ",":
        return None
    papers = ctx.cue("message_words") | ctx.cue("instruction_source_nouns")
    start, depth = max(participle.sent.start, participle.i - REACH), 0
    for tok in reversed(participle.doc[start : participle.i - 1]):
        depth += (tok.text == ")") - (tok.text == "(")
        if depth > 0 or tok.text == "(":
            continue  # "(file No. 711.428/1329)": a file mark, whatever the tagger makes of it
        if tok.pos_ in {"VERB", "AUX"}:
            return None
        if tok.lower_ in papers or tok.lemma_.lower() in papers:
            owner = next((c for c in children_of(tok) if c.dep_ == "poss"), None) or prep_object(tok, "from")
            return ctx.refers(owner, voice) if owner is not None else None
    return None
