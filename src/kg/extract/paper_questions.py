"""Who is asked a question put in a paper between writer and reader.

"The Department has received your letter of February 21, asking whether the Commission should be
furnished with ...": the question is the letter's sender's, put to whoever the letter went to; the party
the question is about (the whether-clause's subject) is not the one asked, as it is in "Mr. X inquired
whether the Commissioners desired ..." (a question put in a meeting to those it names).
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .interlocutors import conversation_partner
from .tokens import children_of, head_of, subtree_of
from .told import clause_subject_actor, message_sender
from .voices import Voice


def asked_party(ctx: Context, verb: Token, clause: Token, voice: Voice, issuer: str) -> str | None:
    """The one a question (``verb`` with its whether-clause ``clause``) is put to where no object names
    him: the party the clause is about, or the one a talk was with; None (left to the reader of the
    paper) where the question is in a paper the writer or reader sent."""
    if issuer in {voice.speaker, voice.addressee} and message_sender(ctx, verb, voice) == issuer:
        return None
    return clause_subject_actor(ctx, clause, voice) or conversation_partner(ctx, verb, voice, issuer)


def wh_clause(clause: Token) -> bool:
    """ "asked when you would arrive", "which option he preferred": a clause opened by a question word
    asks as a whether-clause does."""
    return min(t.i for t in subtree_of(clause)) > head_of(clause).i and subtree_of(clause)[0].tag_ in {
        "WRB", "WP", "WDT"
    }


def question_clause(ctx: Context, clause: Token) -> bool:
    """A clause that asks: marked by "whether" or "if", or opened by a question word."""
    return any(m.lower_ in ctx.cue("inquiry_marks") for m in children_of(clause)) or wh_clause(clause)


def sought_knowledge(ctx: Context, verb: Token) -> bool:
    """What a verb of learning asks: a question clause ("to know whether ..."), or for "know", "learn" and
    "ascertain" an answer or a party's position ("wishes to know your views", "to learn the attitude of
    X"); "to learn the lessons of the war" asks no one."""
    if any(c.dep_ == "ccomp" and question_clause(ctx, c) for c in children_of(verb)):
        return True
    if verb.lemma_.lower() not in ctx.cue("knowledge_verbs"):
        return False
    answers = ctx.cue("answer_nouns") | ctx.cue("sought_word_nouns") | ctx.cue("attitude_nouns")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in answers for c in children_of(verb))
