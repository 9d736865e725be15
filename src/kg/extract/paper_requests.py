"""Requests made in a paper the text names: "a note from the Foreign Office requesting the release of
the prisoners", "a message he had sent yesterday asking for a decision", "The Minister has sent me a
memorandum urging that the claim be settled". The participle is the paper's, so the one who sent the
paper asks, not the writer who mentions it; the one asked is the participle's object, else the one
the paper went to."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, head_actor, is_negated, subject_of
from .directives import Directive
from .nominal_directives import noun_owner, participial_directive
from .pronouns import possessed_government
from .registry import construction
from .tokens import children_of, head_of, subtree_of
from .voices import Voice


@construction(
    "instructions",
    "paper_request",
    0.6,
    example="a letter of the Spanish Minister to the Foreign Office requesting the release of the prisoners",
    deps=("acl", "advcl"),
)
def paper_request(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A participle of asking or directing that describes a paper, with what it asks for: a request
    of the paper's sender (its owner, "from" whom it came, who sent or addressed it)."""
    paper = paper_of(ctx, tok)
    if paper is None or is_negated(tok) or not _asks_something(ctx, tok, voice):
        return None
    sender = paper_sender(ctx, paper, voice)
    if sender is None:
        return None
    obj = next((c for c in children_of(tok) if c.dep_ in {"dobj", "dative"}), None)
    asked = head_actor(ctx, obj, voice) if obj is not None else None
    asked = asked or paper_receiver(ctx, paper, voice)
    return Directive(asked, issuer=sender, governor=tok) if asked != sender else None


def paper_of(ctx: Context, part: Token) -> Token | None:
    """The paper a participle of asking describes: the noun it hangs on, or the last paper named
    before it in the object of the verb it hangs on ("enclose a copy of a letter ..., requesting")."""
    if part.tag_ != "VBG" or part.lemma_.lower() not in ctx.cue("paper_asking_verbs"):
        return None
    papers = ctx.cue("message_words") | ctx.cue("paper_nouns")
    head = head_of(part)
    if part.dep_ == "acl":
        return head if head.lemma_.lower() in papers else None
    if part.dep_ != "advcl":
        return None
    objects = [c for c in children_of(head) if c.dep_ in {"dobj", "nsubjpass"} and c.i < part.i]
    named = [t for o in objects for t in subtree_of(o) if t.lemma_.lower() in papers and t.pos_ == "NOUN"]
    return named[-1] if named else None


def paper_sender(ctx: Context, paper: Token, voice: Voice) -> str | None:
    """Who sent a paper: its owner ("of the dean", "from Lima", "the Minister's"), the subject of a
    relative clause that sends it ("a message he had sent"), or of the verb that sends it."""
    owner = noun_owner(ctx, paper, voice)
    if owner is not None:
        return owner
    sending = ctx.cue("paper_sending_verbs")
    for verb in [c for c in children_of(paper) if c.dep_ == "relcl"] + [head_of(paper)]:
        if verb.lemma_.lower() not in sending or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if verb is head_of(paper) and paper.dep_ not in {"dobj", "nsubjpass"}:
            continue
        subj = subject_of(verb)
        agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
        doer = subj if subj is not None and subj.dep_ == "nsubj" else _agent_noun(agent)
        actor = head_actor(ctx, doer, voice) if doer is not None else None
        if actor is not None:
            return actor
    return None


def paper_receiver(ctx: Context, paper: Token, voice: Voice) -> str | None:
    """Whom a paper went to: "to X" on it or on the verb that sends it, that verb's indirect object
    ("sent me a memorandum"), the one whose answer "from" him it awaits ("a reply from X to a message
    he had sent"), or the subject of the verb that received it."""
    verb = head_of(paper)
    holders = [(paper, "to"), (verb, "to")]
    if paper.dep_ == "pobj" and verb.lower_ == "to":  # "a reply from X to", "expected a reply from X to"
        above = head_of(verb)
        answers = [above] if above.pos_ == "NOUN" else [c for c in children_of(above) if c.dep_ == "dobj"]
        holders += [(answer, "from") for answer in answers]
    for holder, word in holders:
        for prep in (c for c in children_of(holder) if c.dep_ in {"prep", "dative"} and c.lower_ == word):
            for to in (o for o in children_of(prep) if o.dep_ == "pobj"):
                if actor := head_actor(ctx, to, voice) or possessed_government(ctx, to, voice):
                    return actor
    if paper.dep_ in {"dobj", "nsubjpass"}:
        dative = next((c for c in children_of(verb) if c.dep_ == "dative"), None)
        if dative is not None:
            return head_actor(ctx, dative, voice)
        if verb.lemma_.lower() in ctx.cue("receiving_verbs") and (subj := subject_of(verb)) is not None:
            return head_actor(ctx, subj, voice)
    return None


def _asks_something(ctx: Context, part: Token, voice: Voice) -> bool:
    """Whether a participle says what it asks for: a thing as object ("requesting the release"), "for"
    a thing, or a clause that no other construction already reads as the paper's directive."""
    for child in children_of(part):
        if child.dep_ in {"xcomp", "ccomp"}:
            return participial_directive(ctx, child, voice) is None
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and ctx.refers(child, voice) is None:
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            return True
    return False


def _agent_noun(agent: Token | None) -> Token | None:
    """The noun of a passive's "by" phrase."""
    return next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
