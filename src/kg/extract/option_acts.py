"""What a word of wanting or proposing governs that is no course on the table: a courtesy performed
("desire to extend the expression of my sympathy", "wish to thank you"), a state shown to be so
("wished to prove to you that your hope was not vain"), a complement whose object is a fronted
wh-phrase ("what action it desires to take": the course is asked about, not named) and a clause the
parser hung on the governor from before it (a quoted message's first words taken for the complement
of the verb after them)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, modals_of
from .tokens import children_of, subtree_of


def courtesy_performed(ctx: Context, course: Token) -> bool:
    """ "to tender this expression of their respect", "to extend the expression of my sympathy", "to
    convey his thanks", "to thank you": a courtesy performed by saying it names nothing to be chosen;
    "to offer a reduction of the duty" (an object that is no sentiment) stays a course."""
    lemma = course.lemma_.lower()
    if lemma in ctx.cue("thanking_verbs"):
        return True
    if lemma not in ctx.cue("expressing_verbs"):
        return False
    return any(c.dep_ == "dobj" and sentiment(ctx, c) for c in children_of(course))


def sentiment(ctx: Context, noun: Token) -> bool:
    """A greeting or feeling ("thanks", "sympathy"), or an expression, assurance or token of one."""
    lemma = noun.lemma_.lower()
    feelings = ctx.cue("sentiment_nouns") | ctx.cue("courtesy_objects")
    if lemma in feelings or noun.lower_ in feelings:
        return True
    if lemma not in ctx.cue("expression_nouns"):
        return False
    of = (o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p))
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in feelings or o.lower_ in feelings) for o in of)


def state_shown(ctx: Context, course: Token) -> bool:
    """ "to prove to you that your hope has not been vain", "to show that the charge is unfounded":
    showing that something is so argues a state; "to show that we will not yield" (a modal) or a
    subjunctive ("to demonstrate that troops be sent") leaves a course to be read."""
    if course.lemma_.lower() not in ctx.cue("showing_verbs"):
        return False
    shown = [c for c in children_of(course) if c.dep_ == "ccomp"]
    return any(not modals_of(c) and c.tag_ != "VB" for c in shown)


def wh_object(governor: Token) -> bool:
    """ "indicate what action it desires to take", "which steps he intends to propose": the wh-phrase
    the parser hung on the wanting word before it is the complement's object; the complement asks
    which course, and names none."""
    return any(
        c.dep_ in {"dobj", "pobj"}
        and c.i < governor.i
        and any(t.tag_ in {"WDT", "WP"} for t in subtree_of(c))
        for c in children_of(governor)
    )


def before_governor(governor: Token, clause: Token) -> bool:
    """ "The President telegraphed the following message: 'Deeply moved ..., I desire to extend ...'":
    a complement of proposal follows its word; a clause before a verb or adjective is what the parser
    wrongly hung on it."""
    return governor.pos_ in {"VERB", "ADJ"} and clause.i < governor.i
