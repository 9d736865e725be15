"""Courses stated as what a plan is: "our strategy is to force further movement", "our thinking is to
table a concrete package" (a copula whose subject is a noun of planning, with a to-clause); and a thing
that a participle of proposing marks as put forward ("the proposed text of a note"); and an act that a
message or a discussion is about ("a telegram with regard to the retention of his services")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import SUBJECTS, Context, clause_span, is_infinitive_to
from .option_extents import action_noun
from .option_phrases import clause_label, noun_phrase, option_label, proposer
from .option_targets import course_of_action, is_anaphor, is_anaphoric, is_course
from .options import Course
from .registry import construction
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "options",
    "copular_course",
    0.4,
    example="Our strategy at this point is to force further movement in their position.",
    pos=("VERB",),
)
def copular_course(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """The to-clause that a copula says a plan is ("our strategy is to force further movement and
    maintain the appearance of activity"): a course put forward by whoever's plan it is; only a noun
    of planning as the subject ("our difficulty is to find a pretext" names no course, and "he is to
    proceed" is a directive, read by the instructions)."""
    to_clause = any(is_infinitive_to(c) for c in children_of(tok))
    if tok.dep_ not in {"xcomp", "ccomp"} or head_of(tok).lemma_ != "be" or not to_clause:
        return []
    subj = next((c for c in children_of(head_of(tok)) if c.dep_ in SUBJECTS), None)
    if subj is None or subj.lemma_.lower() not in ctx.cue("plan_nouns") or _aim_of_an_act(subj):
        return []
    if not course_of_action(tok) or is_anaphoric(tok):
        return []
    start, end = clause_span(tok, drop_conj=False)
    if not 2 <= end - start <= 45:
        return []
    return [
        Course(
            start,
            end,
            clause_label(ctx.sdoc, start + (ctx.sdoc[start].lower_ == "to"), end),
            proposer(ctx, subj, voice),
        )
    ]


def _aim_of_an_act(aim: Token) -> bool:
    """ "his purpose in recalling the request was to gain time", "the object of sending a ship would be
    to protect the consulate": the to-clause says what the act named by the gerund is for; the act,
    not its aim, is the course."""
    preps = (c for c in children_of(aim) if c.dep_ == "prep" and c.lower_ in {"in", "of"})
    return any(o.tag_ == "VBG" and o.dep_ in {"pcomp", "pobj"} for p in preps for o in children_of(p))


@construction(
    "options",
    "proposed_thing",
    0.4,
    example="the suggested substitute for Articles 1 and 2",
    pos=("VERB",),
    lemmas=("proposing_verbs",),
)
def proposed_thing(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """A noun that a participle of proposing modifies ("the proposed text of a note amending the
    accord", "the proposed sale of 200 trucks", "the suggested substitute for Article 2") is put
    forward, whatever the noun; a proposal noun is read by ``proposal_noun``, one that nothing
    after it describes ("the proposed text") points back to a course named before, and one with an
    infinitive ("the proposed right to import wheat") has its course read in that clause."""
    noun = head_of(tok)
    if tok.tag_ != "VBN" or tok.dep_ != "amod" or tok.lemma_.lower() not in ctx.cue("proposing_verbs"):
        return []
    if noun.pos_ != "NOUN" or noun.i < tok.i or noun.lemma_.lower() in ctx.cue("option_nouns"):
        return []
    after = [c for c in children_of(noun) if c.i > noun.i]
    infinitive = any(c.dep_ == "acl" and any(map(is_infinitive_to, children_of(c))) for c in after)
    if infinitive or not any(c.dep_ == "prep" for c in after):
        return []
    start, end = noun_phrase(noun)
    if not is_course(ctx, noun) or is_anaphor(ctx, noun, start, end) or end - start > 45:
        return []
    return [Course(start, end, option_label(ctx.sdoc, noun, start, end), proposer(ctx, noun, voice))]


@construction(
    "options",
    "topic_course",
    0.4,
    example="a telegram with regard to the retention of the services of Mr. Brown",
    pos=("NOUN", "VERB"),
)
def topic_course(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """An act named by a nominalization with its object that a message, a request or a discussion is
    about ("with regard to the retention of his services", "the question of the withdrawal of the
    guard", "a memorandum regarding the transfer of the stations"): the matter on the table is that
    course; an act with no object ("regarding the negotiation"), one named before, a matter ("the
    question of") and a misdeed ("the violation of the armistice") are not read; so is a gerund with
    its object ("the question of withdrawing the troops")."""
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and _topic_of(ctx, head_of(tok)):
        return _topic_gerund(ctx, tok)
    if tok.tag_ != "NN" or tok.dep_ != "pobj" or not action_noun(tok) or not _topic_of(ctx, head_of(tok)):
        return []  # one act is named in the singular ("the conditions of", "the relations of" are no acts)
    if any(tok.lemma_.lower() in ctx.cue(name) for name in NO_ACTS):
        return []
    if not any(c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1 for c in children_of(tok)):
        return []
    start, end = noun_phrase(tok)
    if not is_course(ctx, tok) or is_anaphor(ctx, tok, start, end) or end - start > 45:
        return []
    return [Course(start, end, option_label(ctx.sdoc, tok, start, end), None)]


def _topic_gerund(ctx: Context, verb: Token) -> list[Course]:
    """ "with regard to concluding an armistice": the gerund with its object and what follows it."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ != "PRON"]
    if not objects or is_anaphoric(verb) or not course_of_action(verb):
        return []
    start, end = clause_span(verb)
    if not 2 <= end - start <= 45:
        return []
    return [Course(start, end, clause_label(ctx.sdoc, start, end), None)]


NO_ACTS = ("question_nouns", "outcome_matters", "modal_nouns", "attention_nouns", "misdeed_nouns")


def _topic_of(ctx: Context, prep: Token) -> bool:
    """ "regarding", "concerning", "with regard to", "relative to", "the question of": words that say
    what a message or a talk is about."""
    if prep.lower_ in ctx.cue("topic_markers"):
        return True
    above = head_of(prep)
    if prep.lower_ == "to" and above.lemma_.lower() in ctx.cue("topic_markers"):
        return True  # "with regard to", "in reference to", "relative to"
    return prep.lower_ == "of" and above.lemma_.lower() in ctx.cue("topic_nouns") and above.dep_ != "pobj"
