"""Yes-no questions with the expletive "there" put to the reader: "Is there any objection to my raising
the matter with the King?", "Would there be any difficulty in sending the draft tonight?". Like a
question to "you", such a question asks the reader for an answer (a request for information, or for
leave); the existing question rule reads only questions whose subject is "you" or "we". A question word
before the verb ("Why is there ...?") or a denied noun ("Is there no end to this?") makes it rhetorical.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_question
from .directives import Directive
from .registry import construction
from .tokens import children_of, sentence
from .voices import Voice

QUESTION_WORDS = frozenset({"WDT", "WP", "WP$", "WRB"})


@construction(
    "instructions",
    "existential_question",
    0.5,
    example="Is there any objection to my raising the matter with the King?",
    deps=("ROOT",),
)
def existential_question(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """An inverted "is there / would there be" question to the reader asks the reader to answer."""
    if voice.addressee is None or tok.lemma_.lower() != "be" or not is_question(tok):
        return None
    expl = next((c for c in children_of(tok) if c.dep_ == "expl"), None)
    first = min((c.i for c in children_of(tok) if c.dep_ == "aux"), default=tok.i)
    if expl is None or first > expl.i:
        return None  # "There is ...?": not inverted
    if any(t.tag_ in QUESTION_WORDS for t in sentence(tok) if t.i < first):
        return None  # "Why is there ...?"
    no = ctx.cue("negative_determiners")
    asked = [c for c in children_of(tok) if c.dep_ in {"attr", "nsubj"}]
    if not asked or any(d.dep_ == "det" and d.lower_ in no for c in asked for d in children_of(c)):
        return None  # "Is there no end to this?"
    return Directive(voice.addressee, whole_sentence=True)
