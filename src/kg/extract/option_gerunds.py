"""Courses named by a gerund: after a word of stance or intention ("no objection to our calling at the
port", "would approve of having the board bear the cost", "in favour of extending the treaty"), or as
the object of a verb of stance, proposal, weighing or avoidance ("consider sending a written reply"):
the gerund says what the stance, the intention or the weighing is on, so it is a course on the table."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, clause_span
from .option_guards import act_on_a_proposal
from .option_phrases import clause_label
from .option_targets import course_of_action, is_anaphoric
from .options import Course
from .registry import construction
from .tokens import children_of, head_of
from .voices import Voice

COURSE_LIMIT = 45  # tokens a gerund course may span

STANCE_NOUNS = ("approve_nouns", "reject_nouns", "intention_nouns", "favour_nouns")
STANCE_VERBS = ("approve_verbs", "reject_verbs")
GERUND_GOVERNORS = ("approve_verbs", "reject_verbs", "proposing_verbs", "weighing_verbs", "avoidance_verbs")
COMPLEMENTS = {"dobj", "dative", "prep", "prt", "attr", "ccomp", "xcomp"}  # what a gerund does something to


@construction(
    "options",
    "stance_gerund",
    0.4,
    example="They have no objection to our calling at the port on Monday.",
    pos=("NOUN", "VERB"),
    lemmas=STANCE_NOUNS + STANCE_VERBS,
)
def stance_gerund(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """The gerund clause that a preposition after a noun or verb of stance or intention takes ("no
    objection to our calling at the port", "approve of having the board bear the cost", "the intention
    of handing over the service", "in favour of extending the treaty"): the course the stance is on;
    not one named before ("doing so"), nor a time or place ("decided at the meeting"), nor a demand
    (its object is the course)."""
    if not _stance_word(ctx, tok):
        return []
    linking = ctx.cue("stance_gerund_prepositions")
    preps = [c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in linking]
    acts = [c for p in preps for c in children_of(p) if c.dep_ in {"pcomp", "pobj"} and _gerund(c)]
    return _courses(ctx, [act for act in acts if course_of_action(act)])


def _stance_word(ctx: Context, tok: Token) -> bool:
    """A noun of stance or intention, or a verb of stance; "favour" only in "in favour of" ("do me the
    favour of informing him" is a courtesy); a proposal noun ("a plan for dealing with the claims") is
    itself the option, read by ``proposal_noun``."""
    lemma = tok.lemma_.lower()
    if lemma in ctx.cue("option_nouns"):
        return False
    if lemma in ctx.cue("favour_nouns"):
        return head_of(tok).lower_ == "in"
    lists = STANCE_NOUNS if tok.pos_ == "NOUN" else STANCE_VERBS if tok.pos_ == "VERB" else ()
    return any(lemma in ctx.cue(name) for name in lists)


def _demand(ctx: Context, act: Token) -> bool:
    """ "support him in demanding an indemnity": the course of a demand is what it asks for, read by
    ``demanded_object``."""
    return act.lemma_.lower() in ctx.cue("demanding_verbs")


def _gerund(tok: Token) -> bool:
    """A verb in -ing ("having the board bear the cost"), or one the tagger made a noun but that a
    possessive or a verb's particle marks as an act ("our calling at the port", "handing over the
    service"); a noun in -ing with an article or none of a verb's dependents ("the following", "the
    meeting") is a thing."""
    children = children_of(tok)
    if any(c.dep_ == "det" for c in children):
        return False
    if tok.tag_ == "VBG":
        return True
    verbal = any(c.dep_ in {"poss", "prt"} for c in children)
    return verbal and tok.tag_ == "NN" and tok.lower_.endswith("ing")


def _gerund_span(act: Token) -> tuple[int, int]:
    """The gerund's clause with its subject ("our calling at the port"); a noun-tagged gerund runs over
    its whole phrase."""
    if act.tag_ == "VBG":
        start, end = clause_span(act)
        return min(start, act.left_edge.i), end
    end = act.right_edge.i
    return act.left_edge.i, end - 1 if act.doc[end].is_punct else end


@construction(
    "options",
    "weighed_gerund",
    0.4,
    example="The Department will consider sending a written reply on this subject.",
    pos=("VERB",),
    lemmas=GERUND_GOVERNORS,
)
def weighed_gerund(ctx: Context, tok: Token, voice: Voice) -> list[Course]:
    """The gerund that a verb of stance, proposal, weighing or avoidance takes as its object ("consider
    sending a written reply", "disapprove making the advance", "suggest holding a conference"): the
    course weighed; it must do something to something ("we would consider doing so" names nothing new)
    and have no subject or auxiliary of its own (a finite clause is read by the clause constructions)."""
    if tok.pos_ != "VERB" or not any(tok.lemma_.lower() in ctx.cue(name) for name in GERUND_GOVERNORS):
        return []
    acts = [c for c in children_of(tok) if c.dep_ in {"dobj", "xcomp"} and c.tag_ == "VBG"]
    return _courses(ctx, [act for act in acts if _bare_gerund(act)])


def _courses(ctx: Context, acts: list[Token]) -> list[Course]:
    """The courses the gerunds name: not one named before ("doing so"), nor a demand (its object is
    the course), nor an act on a proposal ("taking any position": the position is the option), nor one
    longer than a course runs."""
    found = []
    for act in acts:
        if is_anaphoric(act) or _demand(ctx, act) or act_on_a_proposal(ctx, act):
            continue
        start, end = _gerund_span(act)
        if 1 <= end - start <= COURSE_LIMIT:
            found.append(Course(start, end, clause_label(ctx.sdoc, start, end), None))
    return found


def _bare_gerund(act: Token) -> bool:
    """A gerund with a complement after it and no subject or auxiliary of its own."""
    children = children_of(act)
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in children):
        return False
    return any(c.i > act.i and c.dep_ in COMPLEMENTS for c in children)
