"""Words that look like requests but direct no one: an offer of the subject's own act ("His Majesty's
Government would be glad to consult with them", "we should be ready to discuss it"), a courtesy that asks
leave to speak ("allow me to refer again to ...", "permit me to add that ...", "forgive my blunt
presentation"), a clause read across a quotation's colon, the introducing report hung on the message's
own verb or the message's words hung on the report ("The President telegraphed the following message:
'I desire to extend ...'"), and a clause opened by its own "should" ("but should either party be
prevented ..."), a condition by inversion. The guidelines count an offer as an option and a decision, never an
instruction; a wish to learn or receive ("would be glad to learn whether ...", "glad to be informed") and
the "if" of "would be glad if you would ..." still ask."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_question, is_second_person
from .tokens import children_of, head_of, subtree_of

#: the quotation marks that open a quoted message after its colon
OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "``"})


def not_asked(ctx: Context, tok: Token) -> bool:
    """Any of this module's readings on the verb ``tok`` (which is then no directive)."""
    return (
        offered_act(ctx, tok)
        or leave_to_speak(ctx, tok)
        or pardon_asked(ctx, tok)
        or across_quote(tok)
        or inverted_clause(ctx, tok)
    )


def offered_act(ctx: Context, tok: Token) -> bool:
    """ "would be glad to consult with them", "would be very glad to consider them", "will be ready to
    discuss": a gladness or readiness whose active to-infinitive is the subject's own act offers that act;
    a verb of learning or receiving ("glad to learn whether", "glad to have your views"), a passive
    ("glad to be informed") or an infinitive with its own clause ("glad to see the troops withdrawn")
    asks, and is left as it is."""
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
    if tok.lemma_.lower() != "be" or subj is None or is_second_person(subj):
        return False  # "You will be ready to sail", "I beg you to be pleased to bring ...": the reader acts
    readiness = ctx.cue("request_predicates") | ctx.cue("readiness_predicates")
    glad = [c for c in children_of(tok) if c.dep_ == "acomp" and c.lemma_.lower() in readiness]
    acts = [v for g in glad for v in children_of(g) if v.dep_ == "xcomp" and v.pos_ in {"VERB", "AUX"}]
    return any(_own_act(ctx, verb) for verb in acts)


def _own_act(ctx: Context, verb: Token) -> bool:
    """An active infinitive whose doer can only be the glad subject: no verb of learning, no passive, no
    clause or second doer of its own."""
    kids = children_of(verb)
    learning = ctx.cue("learning_verbs")
    if verb.lemma_.lower() in learning or any(c.dep_ == "aux" and c.lemma_.lower() in learning for c in kids):
        return False  # "glad to learn whether ...", "glad to have brought to its attention all shipments"
    if verb.lemma_.lower() in ctx.cue("attempt_verbs"):  # "glad to try to reach him": the act tried
        tried = [c for c in kids if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
        return len(tried) == 1 and _own_act(ctx, tried[0])
    return not any(c.dep_ in {"auxpass", "nsubjpass", "ccomp", "xcomp", "oprd", "nsubj"} for c in kids)


def leave_to_speak(ctx: Context, tok: Token) -> bool:
    """ "I beg you to allow me to refer again to ...", "Permit me to add that ...": a leave asked for the
    writer ("me") to say, add or recall something is the writer's courtesy before his own words, not an
    act asked of the reader ("permit me to go to the capital" asks, and is left as it is)."""
    verb, leave = tok, head_of(tok)
    if tok.lemma_.lower() in ctx.cue("leave_verbs"):  # the rule fired on "allow" itself
        leave = tok
        verb = next((c for c in children_of(tok) if c.dep_ in {"ccomp", "xcomp"}), tok)
    if leave is verb or leave.lemma_.lower() not in ctx.cue("leave_verbs"):
        return False
    if verb.lemma_.lower() not in ctx.cue("speech_verbs") | ctx.cue("courtesy_speech_verbs"):
        return False
    doers = [c for c in (*children_of(verb), *children_of(leave)) if c.dep_ in {"nsubj", "dobj"}]
    return any(d.lower_ == "me" for d in doers)


def pardon_asked(ctx: Context, tok: Token) -> bool:
    """ "Forgive my very direct presentation", "you will forgive me if I urge ...": pardon asked for
    the writer or the writer's words is a courtesy, no act asked."""
    if tok.lemma_.lower() not in ctx.cue("pardon_verbs"):
        return False
    objects = [c for c in children_of(tok) if c.dep_ == "dobj"]
    owned = [p for o in objects for p in children_of(o) if p.dep_ == "poss"]
    mine = ctx.cue("first_person") | ctx.cue("first_plural")
    return any(o.lower_ in mine for o in (*objects, *owned))


def across_quote(tok: Token) -> bool:
    """A complement or conjunct and its head on the two sides of a colon that opens a quotation: the
    parser hung the report ("The President telegraphed the following message") on the message's own
    verb ("I desire ..."), or the message's first words on the verb that introduces it ("I am requested
    to transmit the following message: 'Appreciating ...'"); neither directs the other."""
    if tok.dep_ not in {"ccomp", "xcomp", "conj", "advcl"}:
        return False
    head = head_of(tok)
    lo, hi = sorted((tok.i, head.i))
    doc = tok.doc
    return any(
        doc[i].text == ":" and i + 1 < hi and doc[i + 1].text in OPENING_QUOTES for i in range(lo + 1, hi)
    )


def inverted_clause(ctx: Context, tok: Token) -> bool:
    """ "..., but should either party be prevented from carrying out its terms, ...": a clause whose own
    "should" (or "had", "were") stands before its subject is a condition by inversion, no directive; a
    question ("Should we tell him?") asks the reader, and is left as it is."""
    subj = next((c for c in children_of(tok) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or is_question(tok):
        return False
    auxes = [c for c in children_of(tok) if c.dep_ in {"aux", "auxpass"} and c.i < subj.i]
    if not auxes or auxes[0].lower_ not in ctx.cue("inversion_auxes"):
        return False
    before = [t for t in subtree_of(tok) if t.i < auxes[0].i]
    return all(t.dep_ in {"cc", "punct"} for t in before)  # "Under no circumstances should we": no condition


def stated_position(ctx: Context, wish: Token) -> bool:
    """ "Our basic position remains that we would welcome any settlement ...": a wish given as what a
    position or policy is states that stance and asks no one."""
    holder = head_of(wish)
    if wish.dep_ == "acl":  # "the position that we would welcome ..."
        return holder.lemma_.lower() in ctx.cue("position_nouns")
    subj = next((c for c in children_of(holder) if c.dep_ == "nsubj"), None)
    linking = holder.lemma_.lower() in ctx.cue("copulas") | {"remain"}
    return wish.dep_ in {"ccomp", "attr"} and linking and subj is not None and (
        subj.lemma_.lower() in ctx.cue("position_nouns")
    )
