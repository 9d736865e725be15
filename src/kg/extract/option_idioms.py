"""Proposal nouns in idioms that say why, how or in what accord something was done, not what is on
the table: "at the request of several citizens", "at President Sacasa's request", "except, of course,
where ...", "in substantial agreement with the facts", "his position as a member of the Commission"."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .tokens import children_of, head_of


def in_an_idiom(ctx: Context, tok: Token) -> bool:
    """Whether the proposal noun at ``tok`` is the noun of an idiom of occasion, manner or accord."""
    if _post_held(ctx, tok):
        return True
    if tok.dep_ != "pobj":
        return False
    prep = head_of(tok).lower_
    return (
        (prep in ctx.cue("occasion_prepositions") and _on_someones_word(ctx, tok) and _of_a_clause(tok))
        or (prep == "of" and _adverbial_course(ctx, tok))
        or (prep == "in" and _in_accord(ctx, tok))
    )


def _of_a_clause(noun: Token) -> bool:
    """ "At his request I called": the phrase modifies a clause; "gratified at the suggestion" is a
    feeling about the proposal, which stays one."""
    return head_of(head_of(noun)).pos_ not in {"ADJ", "NOUN"}


def _on_someones_word(ctx: Context, noun: Token) -> bool:
    """ "at his request", "at the suggestion of the Minister": on whose word something was done; a
    request that says what it asks ("at the request that the troops withdraw") still names a course."""
    if noun.lemma_.lower() not in ctx.cue("occasion_nouns"):
        return False
    return not any(_says_what(c) for c in children_of(noun))


def _says_what(child: Token) -> bool:
    """A that- or to-clause or a "for" phrase says what is asked; a clause the parser hung on the noun
    without either ("at his request I called on him") is the sentence going on."""
    if child.dep_ == "prep":  # "of my assuming the duties": an act, not whose word
        return child.lower_ != "of" or any(t.tag_ == "VBG" for t in children_of(child))
    if child.dep_ not in {"acl", "relcl", "ccomp"}:
        return False
    return child.left_edge.lower_ in {"that", "to"} or any(c.dep_ == "mark" for c in children_of(child))


def _adverbial_course(ctx: Context, noun: Token) -> bool:
    """ "of course": a bare "course" after "of" (no determiner, modifier or "of" phrase) is the adverb;
    the clause the parser may hang on it ("of course, where it is required") is not its content."""
    named = {"det", "poss", "amod", "compound", "nummod", "prep"}
    return noun.lemma_.lower() in ctx.cue("progress_nouns") and not any(
        c.dep_ in named for c in children_of(noun)
    )


def _in_accord(ctx: Context, noun: Token) -> bool:
    """ "in substantial agreement with the facts", "in agreement with your views": being in agreement
    with something is concurring with it, not an agreement on the table ("an agreement with Chile")."""
    return noun.lemma_.lower() in ctx.cue("concurrence_nouns") and any(
        c.dep_ == "prep" and c.lower_ in ctx.cue("agreement_with") for c in children_of(noun)
    )


def _post_held(ctx: Context, noun: Token) -> bool:
    """ "his judicial position as a member of the Commission": a position "as" someone is the post or
    capacity held, not a stand taken ("our position as set forth in the note" is one)."""
    if noun.lemma_.lower() not in ctx.cue("capacity_nouns"):
        return False
    after = noun.right_edge.i + 1  # the parser may hang "as a member" on the verb
    near = [*children_of(noun), *(c for c in children_of(head_of(noun)) if c.i == after)]
    as_ = [c for c in near if c.dep_ == "prep" and c.lower_ == "as"]
    return any(o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} for a in as_ for o in children_of(a))
