"""Who holds a judgement and what kind of predicate it is: the holder of a verb of saying, the party
"to" whom a course is acceptable, a disposition of the subject, a thing's capacity, a stated attitude,
an object that is a body of people moved, not a course; what is no stance at all: a forecast, a
judgement of what is said."""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    Context,
    head_actor,
    is_first_person,
    is_infinitive_to,
    is_second_person,
    modals_of,
    subject_of,
)
from .pronouns import party
from .tokens import children_of, head_of, subtree_of
from .voices import Voice


def that_clause(clause: Token) -> bool:
    """Whether a clause opens with the marker "that"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause))


def capacity_of_thing(ctx: Context, pred: Token, head: Token) -> bool:
    """ "The channel is inadequate to carry the water": a predicate with an infinitive whose doer is the
    subject, a thing and no actor, tells what that thing can do, not a course anyone judges; a
    disposition ("the delegation is prepared to") makes its subject a party whether named or not."""
    subj = subject_of(head)
    if (
        subj is None
        or subj.pos_ not in {"NOUN", "PROPN"}
        or any(t.i in ctx.actor_at for t in subtree_of(subj))
    ):
        return False
    if disposition(ctx, pred):
        return False
    return any(
        c.dep_ == "xcomp" and subject_of(c) is None and any(is_infinitive_to(m) for m in children_of(c))
        for c in children_of(pred)
    )


def purpose_of_thing(ctx: Context, verb: Token) -> bool:
    """ "a tariff intended to protect local mills", "the measure is designed to ...": a verb of
    intention in the passive whose bearer is a thing, no actor, tells that thing's purpose, no one's
    stance; so does one joined to such a participle ("a letter addressed to or intended to be ...")."""
    if verb.lemma_.lower() not in ctx.cue("intention_verbs") or verb.tag_ != "VBN":
        return False
    first = verb
    while first.dep_ == "conj" and head_of(first).tag_ == "VBN":
        first = head_of(first)
    if first.dep_ == "acl":
        bearer: Token | None = head_of(first)
    else:
        bearer = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
        if bearer is not None and bearer.tag_ == "WDT" and verb.dep_ == "relcl":
            bearer = head_of(verb)  # "legislation which is intended to ...": the noun the clause describes
    return (
        bearer is not None
        and bearer.pos_ in {"NOUN", "PROPN"}
        and not any(t.i in ctx.actor_at for t in subtree_of(bearer) if t.i <= bearer.i)
    )


def certainty(ctx: Context, pred: Token) -> bool:
    """ "There is little doubt that the decision was brought about by ...", "there is no doubt that it is
    the purpose of this Administration to ...": a doubt denied in an existential sentence, with the
    that-clause it is about, asserts a fact; it takes no stance on a course ("no objection to the plan",
    with no clause, still approves)."""
    if pred.dep_ != "attr" or not any(c.dep_ == "expl" for c in children_of(head_of(pred))):
        return False
    quantity = (c.lower_ for c in children_of(pred) if c.dep_ in {"det", "amod"})
    if not any(q in ctx.cue("negative_determiners") | ctx.cue("minimal_quantities") for q in quantity):
        return False
    return any(
        c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))
        for c in children_of(pred)
    )


def powerless(ctx: Context, verb: Token) -> bool:
    """ "Bolivia could not prevail against its neighbour's navy": what a subject cannot do
    with no object acted on (no object, no passive subject) tells its power, a forecast, no course
    that "cannot be withdrawn" rules out; a verb of stance ("could not approve of") still takes one."""
    if verb.lemma_.lower() in ctx.cue("approve_verbs") | ctx.cue("reject_verbs"):
        return False
    return not any(c.dep_ in {"dobj", "nsubjpass", "xcomp", "ccomp", "attr"} for c in children_of(verb))


def stated_now(verb: Token) -> bool:
    """An attitude is stated in the present ("appreciates", "has highly appreciated"); a past or
    progressive verb ("improved the channel", "is losing the tax") narrates an event, and a modal
    ("shall not grant") prescribes or predicts."""
    if any(c.tag_ == "MD" for c in children_of(verb)):
        return False
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in children_of(verb)
    )


def experiencer(ctx: Context, pred: Token, voice: Voice) -> str | None:
    """The actor a judgement holds for, named by "to": "most acceptable to Honduras"; a noun's "to" names
    what it bears on ("no objection to Peru joining": Peru joins, someone else objects)."""
    if pred.pos_ != "ADJ":
        return None
    for child in children_of(pred):
        if child.dep_ == "prep" and child.lower_ == "to":
            obj = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            actor = head_actor(ctx, obj, voice) if obj is not None else None
            if actor:
                return actor
    return None


def clause_holder(ctx: Context, clause: Token, voice: Voice) -> str | None:
    """The subject of the verb of saying or believing whose complement ``clause`` is; not of a question
    ("do you not think it would be better to ...?" puts the asker's judgement), nor of a passive (its
    subject is the one told). "They contend, and with reason, that it is unfair to ...": a that-clause
    after words set off by commas, which the parser coordinates with the verb, is its complement too."""
    verb = head_of(clause)
    if clause.dep_ == "conj" and verb.dep_ == "ccomp":  # "he said this was distressing and X would be
        return clause_holder(ctx, verb, voice)  # intolerable", "he added that ..., and that the best ..."
    owner = _extraposed_opinion_owner(ctx, clause, voice) or _remark_owner(ctx, clause, voice)
    if owner is not None:
        return owner  # "it was the view of the Government that it would be best to ..."
    holding = ctx.cue("speech_verbs") | ctx.cue("belief_verbs") | ctx.cue("opinion_holding_verbs")
    holding |= ctx.cue("arguing_verbs")
    complement = clause.dep_ == "ccomp" or (clause.dep_ == "conj" and that_clause(clause))
    bearer = _opinion_bearer(ctx, clause)
    if bearer is not None:
        verb = bearer
    elif (
        complement
        and verb.dep_ == "ccomp"
        and verb.lemma_.lower() not in holding
        and _said_of_a_thing(ctx, verb)
    ):
        return clause_holder(ctx, verb, voice)  # "he felt that experience had shown that it would be wiser"
    elif not complement or verb.lemma_.lower() not in holding:
        return None
    subj = subject_of(verb)
    if subj is None or any(c.dep_ == "aux" and c.i < subj.i for c in children_of(verb)):
        return None
    if subj.dep_ == "nsubjpass":  # "that he be told that it would be advisable": he hears it, holds nothing
        return None
    return party(ctx, subj, voice) if subj.pos_ == "PRON" else head_actor(ctx, subj, voice)


def _extraposed_opinion_owner(ctx: Context, clause: Token, voice: Voice) -> str | None:
    """ "It was the view of the Government that it would be best to wait": the that-clause after "it is
    the opinion / view of X" is X's opinion, as the complement of "X thinks" is; the owner is the noun's
    "of" phrase or possessive ("it is our belief that")."""
    verb = head_of(clause)
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in ctx.cue("copulas"):
        return None
    opinions = ctx.cue("opinion_nouns")
    noun = next((c for c in children_of(verb) if c.dep_ == "attr" and c.lemma_.lower() in opinions), None)
    return None if noun is None else _opinion_owner(ctx, noun, voice)


def _remark_owner(ctx: Context, clause: Token, voice: Voice) -> str | None:
    """ "President Boumediene's comment that there would be no need to ...", "the view of the Minister
    that ...": the that-clause of a noun of opinion or remark is its owner's, as the complement of "X
    commented" is."""
    noun = head_of(clause)
    if clause.dep_ != "acl" or noun.lemma_.lower() not in ctx.cue("opinion_nouns") | ctx.cue("remark_nouns"):
        return None
    return _opinion_owner(ctx, noun, voice)


def _opinion_owner(ctx: Context, noun: Token, voice: Voice) -> str | None:
    """The owner of an opinion noun: its possessive ("our belief") or "of" phrase ("the view of X")."""
    for child in children_of(noun):
        if child.dep_ == "poss":
            return party(ctx, child, voice)
        if child.dep_ == "prep" and child.lower_ == "of":
            owner = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            return head_actor(ctx, owner, voice) if owner is not None else None
    return None


def _said_of_a_thing(ctx: Context, verb: Token) -> bool:
    """ "experience had shown that ...", "the facts prove that ...": a clause whose subject is a thing, no
    party, states what that thing shows; whoever holds the clause it is in holds what it shows."""
    subj = subject_of(verb)
    return (
        subj is not None
        and subj.dep_ == "nsubj"
        and subj.pos_ == "NOUN"
        and not any(t.i in ctx.actor_at for t in subtree_of(subj))
    )


def _opinion_bearer(ctx: Context, clause: Token) -> Token | None:
    """ "The Commission is of the opinion that it would be unwise to ...": the clause of an opinion noun
    after "of" and a copula is held by the copula's subject, as the complement of "believes" is."""
    noun = head_of(clause)
    if clause.dep_ != "acl" or noun.dep_ != "pobj" or noun.lemma_.lower() not in ctx.cue("opinion_nouns"):
        return None
    prep = head_of(noun)
    copula = head_of(prep)
    return copula if prep.lower_ == "of" and copula.lemma_.lower() in ctx.cue("copulas") else None


def disposition(ctx: Context, pred: Token) -> bool:
    """A predicate of the subject's disposition or state ("willing", "convinced", "embarrassed")
    judges its complement, never its subject."""
    return (
        pred.lemma_.lower() in ctx.cue("disposition_predicates")
        or pred.tag_ == "VBN"
        or (pred.pos_ == "ADJ" and pred.lower_.endswith("ed"))
    )


def moves_a_body(ctx: Context, target: Token) -> bool:
    """ "Peru will withdraw its troops", "drop the delegates at Tampico": a verb whose object is a body
    of people (a collective noun of the actor lexicon, plural as written) moves it; no course is taken
    or refused."""
    if target.dep_ not in {"dobj", "pobj"} or target.pos_ != "NOUN":
        return False
    return any(target.lower_ in ctx.lex.words("actors", words) for words in ctx.cue("actor_noun_lists"))


def moves_its_object(ctx: Context, verb: Token) -> bool:
    """ "to withdraw the troops": a verb of stance whose object is a body of people acts, takes no stance."""
    return any(c.dep_ == "dobj" and moves_a_body(ctx, c) for c in children_of(verb))


def set_off_copula(ctx: Context, pred: Token) -> Token | None:
    """ "Probing re a change seemed, on second thought, unwise", "It would seem to me inadvisable to ...":
    the predicate adjective after a phrase set off by commas, or after the pronoun of the one it seems to,
    which the parser hung on that phrase's noun; the copula it completes, which has no complement of its
    own."""
    noun = head_of(pred)
    if pred.dep_ not in {"amod", "appos"} or pred.pos_ != "ADJ" or not 0 < noun.i < pred.i:
        return None
    experiencer = noun.pos_ == "PRON" and noun.i == pred.i - 1
    if not experiencer and (noun.i == pred.i - 1 or pred.doc[pred.i - 1].text != ","):
        return None
    prep = head_of(noun)
    verb = head_of(prep)
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or verb.lemma_.lower() not in ctx.cue("copulas"):
        return None
    filled = any(c.dep_ in {"acomp", "attr", "oprd", "xcomp"} for c in children_of(verb))
    return None if filled or prep.i < verb.i else verb


def foreseen(ctx: Context, target: Token) -> bool:
    """ "some fear that similar action may be taken", "fearful that some development may intervene":
    a feeling about what may happen, a that-clause under a modal of prediction, is a forecast of an
    event, not a stance on a course; "hope that we can continue" (ability) still wants a course."""
    predicting = ctx.cue("hedge_modals") | ctx.cue("future_modals")
    return that_clause(target) and bool(modals_of(target) & predicting)


def judges_saying(ctx: Context, pred: Token, target: Token) -> bool:
    """ "Safe to say that ...", "glad to discuss with you", "glad to inform you of ...", "unfortunate to
    report ...": a judgement of what is said, told or reported, no course; nor is a feeling about news
    heard or learnt ("pleased to learn of the progress", "astounded to hear of"); but advice to say
    something ("better to say at the conference that ...") proposes a statement to make."""
    said = ctx.cue("saying_verbs") | ctx.cue("speech_verbs") | ctx.cue("informing_verbs")
    said |= ctx.cue("news_verbs") | ctx.cue("opinion_stating_verbs")  # "appropriate to stress once more that"
    saying = target.pos_ == "VERB" and target.lemma_.lower() in said
    return saying and pred.lemma_.lower() not in ctx.cue("advice_predicates")


def result_clause(ctx: Context, pred: Token, target: Token) -> bool:
    """ "I was so alarmed that I asked the consul to call": the that-clause after "so" / "such" tells
    what the feeling led to, not a course the feeling judges."""
    return that_clause(target) and any(c.lower_ in ctx.cue("degree_marks") for c in children_of(pred))


def left_open(ctx: Context, head: Token) -> bool:
    """ "such use as you may see fit to make of it", "any suggestion which the Department might see fit to
    make": a judgement under "may" in a relative or "as" clause leaves the choice to someone, no stance
    taken; "any indication that proposals might be acceptable" (a noun's content) still judges."""
    describing = any(  # a relative pronoun or "as", not the "that" of a noun's content clause
        c.tag_ in {"WDT", "WP"} or (c.dep_ == "mark" and c.lower_ in ctx.cue("as_clause_marks"))
        for c in children_of(head)
    )
    return describing and bool(modals_of(head) & ctx.cue("open_choice_modals"))


def in_descriptive_clause(ctx: Context, head: Token) -> bool:
    """A judgement inside a time, comparison or purpose clause ("as his pledges were positive",
    "when there are real doubts", "so that they may have sufficient opportunity") tells the
    circumstance of another statement, not a stance."""
    marked = [c for c in children_of(head) if c.dep_ in {"mark", "advmod"} and c.i < head.i]
    marks = {c.lower_ for c in marked} | {c.nbor(-1).lower_ for c in marked if c.i > 0}
    reason = ctx.cue("reason_marks") - ctx.cue("descriptive_marks")  # "inasmuch as X has expressed": a fact
    descriptive = head.dep_ == "advcl" and marks & ctx.cue("descriptive_marks") and not marks & reason
    return bool(descriptive) or supposed_outcome(ctx, head)


def supposed_outcome(ctx: Context, head: Token) -> bool:
    """ "Otherwise there would no longer be any security", "otherwise we shall be placed in an
    embarrassing position and will not be able to conclude": what follows "otherwise" (if the case
    before is not met) is the outcome of a condition, supposed, not a stance; "unless otherwise
    instructed" (after its verb) is a manner."""
    node = head
    for _ in range(3):
        if any(
            c.dep_ == "advmod" and c.lower_ in ctx.cue("consequence_adverbs")
            for c in children_of(node)
            if c.i < node.i
        ):
            return True
        if node.dep_ != "conj":
            return False
        node = head_of(node)
    return False


def wished_clause(ctx: Context, pred: Token, head: Token) -> Token | None:
    """ "It would be helpful if the proceedings could be postponed": after an "it" that stands for
    nothing, a hypothetical judgement's "if" clause is what is judged (the clause "it" anticipates),
    as in "I should be glad if you would ..."; one whose doer is named, not the speaker, is a request to
    that doer instead ("if the Embassy could obtain ..."), and one with neither object nor passive
    subject tells an event, not a course ("if the talks broke down")."""
    subj = subject_of(head)
    if subj is None or subj.lower_ != "it" or not modals_of(head) & ctx.cue("conditional_modals"):
        return None
    if head.lemma_.lower() not in ctx.cue("copulas") or pred.dep_ not in {"acomp", "attr"}:
        return None
    for clause in (c for c in children_of(head) if c.dep_ == "advcl" and c.i > pred.i):
        if any(m.dep_ == "mark" and m.lower_ == "if" for m in children_of(clause)):
            acted_on = any(c.dep_ in {"dobj", "nsubjpass", "xcomp"} for c in children_of(clause))
            doer = subject_of(clause)
            own = doer is None or doer.dep_ == "nsubjpass" or is_first_person(doer)  # no one else to act
            return clause if acted_on and own else None
    return None


def holder_start(ctx: Context, head: Token, first: int) -> int:
    """ "Governor Harding and I both concluded after conferring, that it would be best to ...": a
    judgement held by the subject of a verb of opinion states that subject's stance, from the subject."""
    verb = head_of(head)
    if head.dep_ != "ccomp" or verb.i > head.i or verb.lemma_.lower() not in ctx.cue("opinion_holding_verbs"):
        return first
    subj = subject_of(verb)
    return min(first, min(t.i for t in subtree_of(subj))) if subj is not None and subj.i < verb.i else first


def expected_of_addressee(ctx: Context, head: Token) -> bool:
    """ "expressed the hope that you would be ready to be called upon": what the addressee "would" be
    ready or willing to do is expected of the addressee (an instruction of the one who hopes), not the
    addressee's stance stated (GUIDELINES: an expectation of a stance counts only where asserted)."""
    subj = subject_of(head)
    return is_second_person(subj) and bool(modals_of(head) & ctx.cue("conditional_modals"))


def foretold(ctx: Context, head: Token, actor: str, voice: Voice) -> bool:
    """ "She felt that the Senate would not ratify the pact", "it was his opinion that Chile would be
    ready to sign": a stance under a modal of prediction, in what one party feels, is convinced of or
    holds as its opinion, about ANOTHER party is a forecast of that party's stance, no stance taken
    (GUIDELINES: "we believe they would accept", "there is no doubt that they would accept"); "we feel that
    we could not accept" states our own.
    A holder no actor stands for ("my informant felt that ...") holds a forecast of a party named."""
    if head.dep_ not in {"ccomp", "acl"} or not modals_of(head) & ctx.cue("predictive_modals"):
        return False
    holder = _forecast_holder(ctx, head_of(head)) if head.dep_ == "ccomp" else None
    if holder is None and not _undoubted(ctx, head_of(head)):
        return False
    party_holding = party(ctx, holder, voice) if holder is not None else None
    if party_holding is not None:
        return party_holding != actor
    named = subject_of(head)
    return named is not None and named.i in ctx.actor_at


def _undoubted(ctx: Context, noun: Token) -> bool:
    """ "There is no doubt that X would ...": a conviction no one is named as holding."""
    negative = any(c.lower_ in ctx.cue("negative_determiners") for c in children_of(noun) if c.dep_ == "det")
    return noun.lemma_.lower() in ctx.cue("doubt_verbs") and negative


def _forecast_holder(ctx: Context, governor: Token) -> Token | None:
    """Who feels, is convinced or holds the opinion that a clause states: the subject of a verb or
    participle of conviction ("felt", "was convinced"), or the owner of an opinion noun after "be"
    ("it was his opinion that"); none in a question."""
    if governor.lemma_.lower() in ctx.cue("forecast_holding_words") | ctx.cue("belief_verbs"):
        bearer = head_of(governor) if governor.dep_ == "acomp" else governor  # "we are sure that"
        subj = subject_of(bearer)
        if subj is None or any(c.dep_ == "aux" and c.i < subj.i for c in children_of(bearer)):
            return None  # "do you not think it would be better to ...?": the asker's own judgement
        return subj
    if governor.lemma_.lower() not in ctx.cue("copulas"):
        return None
    for noun in (c for c in children_of(governor) if c.dep_ == "attr"):
        poss = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
        if noun.lemma_.lower() in ctx.cue("opinion_nouns") and poss is not None:
            return poss
    return None
