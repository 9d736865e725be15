"""What a passive "should" or a hoped-for "you will" names that is not a course on the table: the
handling of the office's papers ("these documents should be placed in the confidential file"), an
if-clause the parser left at the top of its sentence ("If this point should be clarified, please
instruct"), and the reader asked to tell or to judge something ("I hope you will say to him that ...",
"I hope you will find that you can approve my views"): that is an instruction, written by the
instruction rules, not an option."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .tokens import children_of


def handled_paper(ctx: Context, verb: Token, subj: Token) -> bool:
    """ "copies should be kept", "the telegram should be repeated to London": a paper sent, filed or
    kept is the conduct of correspondence, and so is a study or an answer someone is directed to make
    ("The study should be submitted by May 1"); "the treaty should be ratified" stays a rule."""
    lemma = subj.lemma_.lower()
    made = ctx.cue("study_nouns") | ctx.cue("answer_nouns") | ctx.cue("sought_word_nouns")
    if verb.i in ctx.directives and lemma in made:
        return True
    return lemma in ctx.cue("handled_papers") and verb.lemma_.lower() in ctx.cue("paper_handling_verbs")


def marked_condition(ctx: Context, verb: Token) -> bool:
    """A clause opened by "if", "unless" or "provided" is a condition even where the parser made it
    the head of its sentence (a clause hung on another is left to ``in_series``); an "unless" after
    the verb ("no goods should be licensed unless consigned to the Trust") is the rule's exception."""
    marks = ctx.cue("condition_marks")
    opened = any(c.dep_ == "mark" and c.lower_ in marks and c.i < verb.i for c in children_of(verb))
    return verb.dep_ == "ROOT" and opened


def asked_to_tell_or_judge(ctx: Context, course: Token) -> bool:
    """ "you will say to him that ...", "you will find that ...": a verb of saying or judging with a
    that-clause, done by the reader, is a request to the reader, not a course weighed."""
    lemma = course.lemma_.lower()
    telling = lemma in ctx.cue("speech_verbs") or lemma in ctx.cue("cognition_verbs")
    readers = [c for c in children_of(course) if c.dep_ == "nsubj" and c.lower_ in ctx.cue("second_person")]
    return telling and bool(readers) and any(c.dep_ == "ccomp" for c in children_of(course))
