"""Telegraphic sentences that drop their subject after one whose subject is a third party: "Leader
agrees with your analysis. Does not share our view on X but prefers Y." The third-person verb form
("does", "prefers") says the dropped subject is not the writer but the one the sentence before was
about, so the stance is that party's."""

from __future__ import annotations

from spacy.tokens import Token

from .agents import nearest_subject
from .context import SUBJECTS, Context
from .tokens import children_of
from .voices import Voice

#: a finite verb form of the third person singular (the writer's own dropped "I" / "we" takes VBP or VBD)
THIRD_PERSON_TAGS = frozenset({"VBZ"})
SUBJECT_DEPS = frozenset(SUBJECTS | {"expl"})
#: what may stand before the verb of a sentence that starts with its verb ("On the other hand, does not
#: ..."); a clause or a noun before it ("if X agrees, the only thing necessary is ...") is a subject the
#: parser lost, not a dropped one
LEADING_DEPS = frozenset({"prep", "advmod", "punct", "cc", "aux", "auxpass", "neg", "intj"})


def dropped_third_person(ctx: Context, top: Token, voice: Voice) -> str | None:
    """The party the sentence before names as its subject, where ``top`` is the root of a sentence with
    no subject whose finite verb (itself or its auxiliary) is in the third person singular; not the
    writer (that party stays the default) and not where the sentence before has no actor for a subject."""
    if top.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in children_of(top)):
        return None
    if any(c.dep_ not in LEADING_DEPS for c in children_of(top) if c.i < top.i):
        return None
    finite = [top] + [c for c in children_of(top) if c.dep_ in {"aux", "auxpass"} and c.i < top.i]
    if not any(t.tag_ in THIRD_PERSON_TAGS for t in finite):
        return None
    start = top.sent.start
    if start == 0:
        return None
    before = top.doc[start - 1].sent.root
    subj = nearest_subject(before)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    found = ctx.refers(subj, voice)
    return found if found is not None and found != voice.speaker else None
