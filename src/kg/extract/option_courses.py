"""Courses stated as what a plan is: "our strategy is to force further movement", "our thinking is to
table a concrete package" (a copula whose subject is a noun of planning, with a to-clause)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import SUBJECTS, Context, clause_span, is_infinitive_to
from .option_phrases import clause_label, proposer
from .option_targets import course_of_action, is_anaphoric
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
    if subj is None or subj.lemma_.lower() not in ctx.cue("plan_nouns"):
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
