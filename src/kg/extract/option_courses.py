"""Courses stated as what a plan is: "our strategy is to force further movement", "our thinking is to
table a concrete package" (a copula whose subject is a noun of planning, with a to-clause); and a thing
that a participle of proposing marks as put forward ("the proposed text of a note")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import SUBJECTS, Context, clause_span, is_infinitive_to
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
