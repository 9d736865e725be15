"""Telegraphese the parser misreads: "Recommend Department withhold comment", "Suggest Department approve
the request". A verb of recommending or wishing that opens a cable's sentence with its "I" left out and
a third party as the subject of its complement is taken by the tagger for a name or an adjective on that
subject (or for an auxiliary of the complement's verb), or cut off by the splitter as a sentence of its
own; the complement is the writer's directive to that party, quoted from the opening verb."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, head_actor, is_negated, is_second_person, subject_of
from .directives import Directive
from .registry import construction
from .tokens import head_of, sentence
from .voices import Voice

#: the labels the parser gives an opening verb it read as part of the subject or the verb's group
MISREAD_LABELS = frozenset({"amod", "compound", "aux", "nmod", "npadvmod"})


@construction(
    "instructions",
    "misread_recommendation",
    0.6,
    example="Recommend Department withhold comment pending the full report.",
    deps=("ROOT",),
    pos=("VERB",),
)
def misread_recommendation(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A root verb whose sentence opens with a telegraphic governor hung on its subject (or on the verb
    as an auxiliary): the governor's writer directs the subject's party to do what the verb says."""
    governor = opening_governor(ctx, tok)
    subj = subject_of(tok)
    if governor is None or subj is None or is_negated(governor):
        return None
    told = voice.addressee if is_second_person(subj) else head_actor(ctx, subj, voice)  # "Request you make"
    if told is None or told == voice.speaker:
        return None
    return Directive(told, governor=governor)


def opening_governor(ctx: Context, verb: Token) -> Token | None:
    """The sentence's first word, where it is a verb of recommending or wishing the parser hung on the
    verb's subject or on the verb itself."""
    sent = sentence(verb)
    cut = verb.doc[sent.start - 1] if sent.start > 0 else None
    if cut is not None and cut.lower_ in ctx.cue("telegraphic_governors") and len(sentence(cut)) == 1:
        return cut  # the splitter cut the governor off as a sentence of its own: "Recommend | USG withhold"
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.i == verb.i or first.dep_ not in MISREAD_LABELS:
        return None
    if first.lower_ not in ctx.cue("telegraphic_governors"):
        return None
    subj = subject_of(verb)
    hung_on = head_of(first)
    if hung_on.i == verb.i or (subj is not None and hung_on.i in {t.i for t in subj.subtree}):
        return first
    return None
