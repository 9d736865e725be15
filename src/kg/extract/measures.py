"""Decisions narrated as measures taken: "my Government decreed the removal of the governor", "the
export of goods has been suspended". A measure reported as done is a decision of whoever took it
(the subject, the agent of a passive, else the speaker), approving the measure: the object, or the
subject of a passive."""

from __future__ import annotations

from spacy.tokens import Token

from . import decided_lists as _decided  # noqa: F401 - what decision memoranda list as decided
from . import stance_assent as _assent  # noqa: F401 - a bare assent to what was just proposed
from . import stance_complements as _complements  # noqa: F401 - stances put through a complement
from . import stance_dispositions as _dispositions  # noqa: F401 - readiness put as "disposed to"
from . import stance_excess as _excess  # noqa: F401 - courses judged excessive
from . import stance_exclusions as _exclusions  # noqa: F401 - a course "out of the question"
from . import stance_existential as _existential  # noqa: F401 - an objection denied in "there is no ..."
from . import stance_insistence as _insistence  # noqa: F401 - a course insisted upon
from . import stance_minuted as _minuted  # noqa: F401 - what a meeting settled, recorded impersonally
from . import stance_necessity as _necessity  # noqa: F401 - courses judged necessary
from . import stance_positions as _positions  # noqa: F401 - a party for an act
from . import stance_steps as _steps  # noqa: F401 - measures taken or promised
from . import stance_sufferance as _sufferance  # noqa: F401 - what one will not put up with
from . import stance_ways as _ways  # noqa: F401 - a course one sees (or not) one's way to
from .context import Context, char_span, is_negated, modals_of, trim_marker
from .course_nouns import names_an_act
from .deciders import decider, decision_object
from .decisions import Stance
from .hypotheses import hypothetical
from .registry import construction
from .reports import told_as_done
from .stance_spans import stance_clause
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "decisions",
    "measure_taken",
    0.5,
    example="my Government decreed the removal of the governor",
    pos=("VERB",),
    lemmas=("measure_verbs",),
)
def measure_taken(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of enacting a measure (decree, suspend, requisition ...) in the past or perfect, asserted:
    not negated, not under a modal, a condition, a directive or a belief."""
    if tok.lemma_.lower() not in ctx.cue("measure_verbs"):
        return []
    return _enacted(ctx, tok, voice)


@construction(
    "decisions",
    "measure_put_into_effect",
    0.5,
    example="the new tariff has been put into effect",
    pos=("VERB",),
    lemmas=("enacting_light_verbs",),
)
def measure_put_into_effect(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "the tariff was put into effect", "brought into force": a light verb with "into" a noun of force
    or operation enacts its object (the subject of a passive), as a verb of enacting does."""
    if tok.lemma_.lower() not in ctx.cue("enacting_light_verbs"):
        return []
    into = (c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "into")
    states = ctx.cue("enactment_nouns")
    if not any(o.dep_ == "pobj" and o.lemma_.lower() in states for p in into for o in children_of(p)):
        return []
    return _enacted(ctx, tok, voice)


@construction(
    "decisions",
    "instrument_enacted",
    0.5,
    example="the treaty text was initialed yesterday",
    pos=("VERB",),
    lemmas=("instrument_enacting_verbs",),
)
def instrument_enacted(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "The agreement was signed", "the House passed the bill", "the Government declared martial law":
    signing, passing, declaring or issuing an instrument or measure (a treaty, a law, a resolution, an
    embargo: the object or its compound) enacts it, as a verb of enacting does; signing a letter or a
    note only sends it, and declaring a view states it."""
    if tok.lemma_.lower() not in ctx.cue("instrument_enacting_verbs"):
        return []
    enacted = decision_object(tok)
    instruments = ctx.cue("enacted_instruments")
    named = [] if enacted is None else [enacted, *(c for c in children_of(enacted) if c.dep_ == "compound")]
    if enacted is None or not any(n.lemma_.lower() in instruments for n in named):
        return []
    if any(c.dep_ == "det" and c.lower_ in ctx.cue("negative_determiners") for c in children_of(enacted)):
        return []  # "no contracts have been signed": none taken
    return _enacted(ctx, tok, voice)


def _enacted(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """The measure a verb of enacting reports done or under way, of whoever took it."""
    if not (told_as_done(tok) or _under_way(tok)):
        return []
    if is_negated(tok) or modals_of(tok) or tok.i in ctx.directives or hypothetical(ctx, tok):
        return []
    actor, measure = decider(ctx, tok, voice), decision_object(tok)
    if actor is None or measure is None or _manner(ctx, tok):
        return []
    return [
        Stance(
            tok, "approve", actor, measure, trim_marker(ctx.sdoc, char_span(ctx.sdoc, *stance_clause(tok)))
        )
    ]


def _under_way(tok: Token) -> bool:
    """The present progressive: "the loan is being deferred", "we are suspending the shipments"."""
    auxes = [c for c in children_of(tok) if c.dep_ in {"aux", "auxpass"}]
    present = any(a.lemma_.lower() == "be" and a.tag_ in {"VBZ", "VBP"} for a in auxes)
    being = tok.tag_ == "VBN" and any(a.lower_ == "being" for a in auxes)
    return present and (being or tok.tag_ == "VBG")


def _manner(ctx: Context, tok: Token) -> bool:
    """ "in the same way that others have been granted": a relative clause whose relative word is an
    adverb of manner or time, on a noun that names no act, tells how, not what was enacted ("the decrees
    which had been promulgated" names what was)."""
    adverbial = any(c.dep_ == "advmod" and c.tag_ in {"WDT", "WRB"} for c in children_of(tok))
    return tok.dep_ == "relcl" and adverbial and not names_an_act(ctx, head_of(tok))
