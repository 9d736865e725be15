"""What a proposal noun names: whether it is a proposal here, how far its noun phrase runs, its
label and number, and who puts it forward."""

from __future__ import annotations

import re

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from .context import (
    Context,
    is_infinitive_to,
    subject_of,
)
from .lexicon import cue, load_lexicon
from .merging import numbered
from .option_citations import cited
from .option_extents import agrees_in_number, glossed_end, trailing_end
from .tokens import children_of, head_of, sentence, subtree_of
from .voices import Voice


def is_proposal(ctx: Context, tok: Token) -> bool:
    """Whether a proposal noun names a proposal here: not an idiom, and a generic head (position,
    treaty, measure) only with a modifier that makes it a concrete one."""
    lemma = tok.lemma_.lower()
    if is_idiom(ctx, tok) or _kind_named(tok) or cited(ctx, tok):
        return False
    if lemma in ctx.cue("generic_option_nouns"):  # "all necessary measures": whatever serves, no course
        return not any(c.lower_ in ctx.cue("open_content_modifiers") for c in children_of(tok)) and any(
            _content(ctx, c) for c in children_of(tok)
        )
    if lemma in ctx.cue("weak_option_nouns"):
        return any(_content(ctx, c) or _identifying(ctx, c) for c in children_of(tok))
    return True


def _kind_named(tok: Token) -> bool:
    """A bare plural ("general guarantees", "agreements to negotiate", "definite plans for ...") names a
    kind of proposal, not one on the table; a determiner, possessor, number or quantifier makes it these."""
    quantifiers = cue("quantifying_adjectives")  # "various arrangements", "several proposals"
    return tok.tag_ == "NNS" and not any(
        c.dep_ in {"det", "poss", "nummod", "predet"} or c.lower_ in quantifiers for c in children_of(tok)
    )


def is_idiom(ctx: Context, tok: Token) -> bool:
    """A proposal noun in an idiom of manner, time, ability, concurrence or office: "on his own
    initiative", "in due course", "in the course of the negotiations", "in a position to", "in
    agreement with you", "the position of Collector of Customs"."""
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "amod" and c.lower_ in ctx.cue("adverbial_modifiers") for c in children_of(tok)):
        return True
    if lemma in ctx.cue("concurrence_nouns") and any(_with_a_person(ctx, c) for c in children_of(tok)):
        return True
    if lemma in ctx.cue("progress_nouns") and any(_progress_of(c) for c in children_of(tok)):
        return True
    if lemma in ctx.cue("capacity_nouns") and head_of(tok).lower_ == "in" and _a_state(tok):
        return True  # "in a position to", "in an anomalous position": where one stands, not a stand taken
    return lemma in ctx.cue("capacity_nouns") and any(_of_an_office(ctx, c) for c in children_of(tok))


def is_holder(ctx: Context, prep: Token) -> bool:
    """ "of the British Government": an "of" naming only whose a proposal is."""
    objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
    of = prep.dep_ == "prep" and prep.lower_ == "of"
    return of and bool(objects) and all(_an_actor(ctx, o) for o in objects)


def _of_an_office(ctx: Context, prep: Token) -> bool:
    """ "the position of Collector of Customs": the post someone holds."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(c.dep_ == "pobj" and (_an_actor(ctx, c) or c.pos_ == "PROPN") for c in children_of(prep))
    )


def _a_state(position: Token) -> bool:
    """ "in a position to act", "placed in the position of being held responsible": a state one is
    in; "in our position" may still be the stand a government holds, and "in the position of carrying
    on our work up to an arbitrary day" names the course it comes to."""
    children = children_of(position)
    if any(map(_infinitive, children)):
        return True
    acts = [g for c in children if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pcomp"]
    active = any(g.tag_ == "VBG" and g.lemma_ != "be" for g in acts)
    return not active and not any(c.dep_ == "poss" for c in children)


def _infinitive(clause: Token) -> bool:
    return clause.dep_ in {"acl", "relcl"} and any(is_infinitive_to(c) for c in children_of(clause))


def _with_a_person(ctx: Context, prep: Token) -> bool:
    """ "with you", "with General Secretary Brezhnev": agreeing with someone, not a treaty with a state."""
    if prep.dep_ != "prep" or prep.lower_ not in ctx.cue("agreement_with"):
        return False
    for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
        key = ctx.actor_at.get(obj.i)
        if obj.pos_ == "PRON" or obj.ent_type_ == "PERSON" or (ctx.kinds or {}).get(key or "") == "Person":
            return True
    return False


def _progress_of(prep: Token) -> bool:
    """ "the course of the negotiations", "of negotiations", "the course of pending legislation": what
    runs its course; "a course of action", "the course of conduct", "of making ..." name a course taken."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(head_of(prep)))
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            c.dep_ == "pobj"
            and c.tag_ != "VBG"
            and (
                c.tag_ == "NNS"
                or any(d.dep_ in {"det", "poss"} for d in children_of(c))
                or (definite and c.lemma_.lower() not in cue("conduct_nouns"))
            )
            for c in children_of(prep)
        )
    )


def _content(ctx: Context, child: Token) -> bool:
    """A complement that says what the proposal is: "to cover transfer of ...", "for adjournment",
    "which you approved", a number ("step (2)"); not an "of" naming whose it is ("the position of
    Collector of Customs", "the agreement of his superior officer")."""
    if child.dep_ in {"acl", "relcl"} or (child.dep_ in {"nummod", "appos"} and number_of(child.text)):
        return True
    if child.dep_ != "prep" or child.lower_ not in ctx.cue("option_prepositions"):
        return False
    objects = [c for c in children_of(child) if c.dep_ in {"pobj", "pcomp"}]
    return any(not _an_actor(ctx, o) for o in objects)


def _identifying(ctx: Context, child: Token) -> bool:
    """A modifier that tells one proposal from another: whose ("our position", "the Austrian treaty"),
    which ("the first course", "US 2-2 position", "draft agreement", "some arbitral agreement"); a
    participle ("the differing positions", "negotiated settlement") only says what befell it."""
    if child.dep_ in {"poss", "compound", "nummod"}:
        return True
    if child.dep_ == "prep" and child.lower_ in ctx.cue("party_prepositions"):
        return True  # "the commercial agreement between the United States and Guatemala"
    extent = ctx.cue("extent_adjectives")  # "the final agreement", "a complete settlement": how far
    return child.dep_ == "amod" and child.tag_ not in {"VBN", "VBG"} and child.lower_ not in extent


def _an_actor(ctx: Context, tok: Token) -> bool:
    """A person, government or place named as the holder of a proposal, not its content."""
    return (
        tok.i in ctx.actor_at
        or tok.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"}
        or tok.lemma_.lower() in ctx.lex.words("actors", "person_titles")
    )


RELATIVE_CLAUSE_LIMIT = 20  # tokens: a longer relative clause tells more than it names


def noun_phrase(tok: Token) -> tuple[int, int]:
    """The noun with its modifiers and complements: a short relative clause ("any alternative plan
    which this Government might suggest") and coordinated numbers ("Articles 1 and 2") belong to it."""
    keep = [tok.i]
    for child in children_of(tok):
        if child.dep_ == "relcl" and _relative_clause(child):
            keep.extend(t.i for t in subtree_of(child))
            continue
        if child.dep_ == "conj" and number_of(child.text) is not None:
            keep.extend(t.i for t in children_of(tok) if t.dep_ == "cc" and t.i < child.i)
            keep.extend(t.i for t in subtree_of(child))
            continue
        if child.dep_ in {"relcl", "punct", "cc", "conj"} and child.i > tok.i:
            continue
        if child.dep_ == "appos" and child.i > tok.i + 8:
            continue
        choice = child.dep_ == "det" and child.lower_ in cue("distributive_determiners")
        if child.dep_ == "preconj" or choice:
            continue  # "neither the Roumanian treaty nor ...", "neither proposal": the course, not the choice
        keep.extend(t.i for t in subtree_of(child))
    start, end = min(keep), max(keep)
    sdoc = tok.doc
    end = glossed_end(tok, trailing_end(tok, _hung_on_the_verb(tok, _further_that_clauses(tok, end))))
    end = next((t.i - 1 for t in sdoc[tok.i + 1 : end + 1] if t.text == ":"), end)  # a list follows
    while end > start and sdoc[end].is_punct and sdoc[end].text not in {")"}:
        end -= 1
    if end - start > 30:
        end = start + 30
    return start, end


def _further_that_clauses(tok: Token, end: int) -> int:
    """ "an agreement that the soldiers be removed, and that not more than fifty be quartered": a
    that-clause coordinated with the noun's own says more of what it holds (the parser hangs it on
    the main verb)."""
    if not any(c.dep_ in {"acl", "relcl"} and c.left_edge.lower_ == "that" for c in children_of(tok)):
        return end
    sdoc = tok.doc
    while True:
        i = end + 1 + (end + 1 < len(sdoc) and sdoc[end + 1].text == ",")
        if i + 1 >= len(sdoc) or sdoc[i].lower_ not in cue("coordinators") or sdoc[i + 1].lower_ != "that":
            return end
        verb = head_of(sdoc[i + 1])
        if sdoc[i + 1].dep_ != "mark" or verb.dep_ != "conj" or verb.i <= i + 1:
            return end
        end = verb.right_edge.i


def _hung_on_the_verb(tok: Token, end: int) -> int:
    """ "objected to the committee for the conversion of duties", "approved the appointment of a
    committee to coordinate ...": an "of"/"for" phrase, a gerund phrase or a to-clause right after a
    verb's object that the parser hung on the verb completes the object."""
    if tok.dep_ not in {"dobj", "pobj"}:
        return end
    verb = (
        head_of(head_of(tok)) if tok.dep_ == "pobj" and head_of(head_of(tok)).pos_ == "VERB" else head_of(tok)
    )
    nxt = next((c for c in children_of(verb) if c.left_edge.i == end + 1), None)
    if nxt is None:
        return end
    if _addressed_proposal(tok, nxt):  # "made proposition to Swedish delegates to purchase all ore"
        after = next((c for c in children_of(verb) if c.left_edge.i == nxt.right_edge.i + 1), None)
        if after is not None and after.dep_ in {"advcl", "xcomp"} and is_infinitive_to(after.left_edge):
            return after.right_edge.i
    attached = nxt.lower_ in cue("attached_prepositions") or _gerund_object(nxt) or _degree(nxt)
    attached = attached or _party(tok, nxt) or _topic(tok, nxt)
    clause = nxt.dep_ in {"advcl", "xcomp"} and is_infinitive_to(nxt.left_edge)
    if (nxt.dep_ == "prep" and attached) or clause:
        return nxt.right_edge.i
    return end


def _addressed_proposal(proposal: Token, nxt: Token) -> bool:
    """ "a proposition to the Swedish delegates": whom a proposal is made to, which the parser hung
    on the verb of making it."""
    return proposal.lemma_.lower() in cue("option_nouns") and (
        nxt.dep_ == "dative" or (nxt.dep_ == "prep" and nxt.lower_ in cue("addressee_prepositions"))
    )


def _degree(prep: Token) -> bool:
    """ "offer a reduction of the duty to five cents per pound": a preposition of degree with an amount
    says how far the course goes ("offer it to the Minister" names whom it goes to)."""
    amounts = (c for c in children_of(prep) if c.dep_ == "pobj")
    return prep.lower_ in cue("degree_prepositions") and any(
        a.like_num or any(n.dep_ == "nummod" for n in children_of(a)) for a in amounts
    )


def _party(instrument: Token, prep: Token) -> bool:
    """ "denounced our agreements with the various associations": the parties of a treaty or agreement."""
    return instrument.lemma_.lower() in cue("instrument_nouns") and prep.lower_ in cue("instrument_parties")


def _topic(proposal: Token, prep: Token) -> bool:
    """ "rejected our formula on the demilitarized zone": what a proposal is about; not when or why
    the verb's act was done ("on Tuesday", "on the ground that ...")."""
    if proposal.lemma_.lower() not in cue("option_nouns") or prep.lower_ not in cue("topic_prepositions"):
        return False
    objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
    return bool(objects) and not any(
        o.ent_type_ in {"DATE", "TIME"} or o.lemma_.lower() in cue("reason_nouns") for o in objects
    )


def _gerund_object(prep: Token) -> bool:
    """ "the moral support of the United States in maintaining the constitutional order": a preposition
    with a gerund says what the object is for ("by leaving on Tuesday" says how it was done)."""
    gerunds = (c for c in children_of(prep) if c.dep_ == "pcomp" and c.tag_ == "VBG")
    return prep.lower_ in cue("gerund_purpose_prepositions") and any(gerunds)


def _relative_clause(clause: Token) -> bool:
    """A short relative clause with its relative word, or with a gap where one was left out ("the
    proposal we have been considering"); not a clause the parser hung on the noun ("a draft treaty
    he said yes")."""
    words = list(subtree_of(clause))
    if len(words) > RELATIVE_CLAUSE_LIMIT:
        return False
    relatives = cue("relative_pronouns")
    if any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} or t.lower_ in relatives for t in words if t.i < clause.i):
        return agrees_in_number(head_of(clause), clause)  # "the agreement which were sent": another noun's
    return not any(c.dep_ in {"dobj", "nsubjpass", "ccomp", "intj"} for c in children_of(clause))


def option_label(sdoc: SpacyDoc, tok: Token, start: int, end: int) -> str:
    label = _plain_label(sdoc, tok, start, end)
    paren = next((t.i for t in sdoc[tok.i + 1 : min(end + 10, sentence(tok).end)] if t.text == "("), None)
    after = sdoc[paren : paren + 4] if paren is not None else sdoc[0:0]
    if not numbered(label) and len(after) >= 3 and after[1].lemma_.lower() in cue("option_label_nouns"):
        number = _option_number(after[1])
        if number is not None:  # "our minimum position (option 1)", "... which you approved (option 1)"
            return f"{after[1].lemma_.capitalize()} {_numeral(number)} ({label})"
    return label


def _plain_label(sdoc: SpacyDoc, tok: Token, start: int, end: int) -> str:
    number = _option_number(tok)
    if number is not None:
        return f"{tok.lemma_.capitalize()} {_numeral(number)}"
    mods = [c for c in children_of(tok) if c.dep_ in {"amod", "compound"} and c.i < tok.i]
    if mods or _hyphenated(tok):
        return _modified_label(tok, mods)
    return course_label(sdoc, start, end)


def course_label(sdoc: SpacyDoc, start: int, end: int) -> str:
    """A course named by an act ("an immediate hearing of their claim"): its words without the article
    or possessive, since the act alone ("immediate hearing") does not say which course it is."""
    first = start + 1 if end > start and sdoc[start].lower_ in cue("articles_possessives") else start
    return re.sub(r"(?<=[a-z])\d{1,2}$", "", clause_label(sdoc, first, end))


def clause_label(sdoc: SpacyDoc, start: int, end: int) -> str:
    """A course put as a clause, labelled by its first words ("This Government could not properly
    intervene in the dispute"), whole where it is short, without the stop that ends its sentence."""
    return " ".join(sdoc[start : end + 1].text.split()[:LABEL_WORDS]).rstrip(".,;:")


LABEL_WORDS = 12  # a course named by its noun phrase keeps its extent ("reduction of the duty ... per pound")


def _modified_label(tok: Token, mods: list[Token]) -> str:
    """The head noun with its adjectives and noun modifiers, a hyphenated word whole ("the Chilean
    counter-proposal", "the most-favored-nation clause"), not cut at its hyphens."""
    words: set[int] = set()
    for word in [*mods, tok]:
        first, last = _hyphen_word(word)
        words.update(range(first, last + 1))
    for i in sorted(words):  # a modifier of a modifier: "Chilean" of "counter-", "Roumanian" of "minorities"
        words.update(c.i for c in children_of(tok.doc[i]) if c.dep_ in {"amod", "compound"} and c.i < tok.i)
    doc = tok.doc
    label = "".join(doc[i].text + (doc[i].whitespace_ if i + 1 in words else " ") for i in sorted(words))
    return re.sub(r"(?<=[a-z])\d{1,2}$", "", label.strip())


def _hyphen_word(tok: Token) -> tuple[int, int]:
    """The tokens of the hyphenated word that ``tok`` is part of: joined by a hyphen, no space between."""
    doc, first, last = tok.doc, tok.i, tok.i
    while first > 0 and not doc[first - 1].whitespace_ and "-" in (doc[first - 1].text, doc[first].text):
        first -= 1
    while last + 1 < len(doc) and not doc[last].whitespace_ and "-" in (doc[last].text, doc[last + 1].text):
        last += 1
    return first, last


def _hyphenated(tok: Token) -> bool:
    return _hyphen_word(tok) != (tok.i, tok.i)


def _numeral(number: int) -> str:
    roman = load_lexicon().cues["roman_numerals"]
    return roman[number - 1] if 0 < number <= len(roman) else str(number)


def number_of(text: str) -> int | None:
    """1 for "1", "I" or "(i)"; None for other words."""
    roman = load_lexicon().cues["roman_numerals"]
    text = text.strip("()")
    if text.isdigit() and len(text) <= 4:
        return int(text)
    return roman.index(text.upper()) + 1 if text.upper() in roman else None


def _option_number(tok: Token) -> int | None:
    ordinals = load_lexicon().cues["ordinals"]
    for child in children_of(tok):
        if child.dep_ in {"nummod", "appos", "compound", "npadvmod"} and child.i > tok.i:
            number = number_of(child.text)
            if number is not None:
                return number
        if child.dep_ == "amod" and ordinals.get(child.lower_):
            return int(ordinals[child.lower_])
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return number_of(nxt.text) if nxt is not None and len(nxt.text) <= 4 else None


def proposer(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """Who puts a proposal forward: its possessor ("our position"), an actor adjective ("the Argentine
    formula"), an agent ("submitted by Prince Ching"), or the subject of a verb of proposing whose
    object it is ("Chile proposes the following terms")."""
    for child in children_of(tok):
        if child.dep_ == "poss":
            return ctx.refers(child, voice)
    for mod in tok.doc[tok.left_edge.i : tok.i]:  # "the Chilean counter-proposal": any modifier before it
        if mod.dep_ == "amod" and mod.i in ctx.actor_at:
            return ctx.actor_at[mod.i]
    for t in subtree_of(tok):
        if t.dep_ == "agent" or (t.dep_ == "poss" and head_of(t).lemma_.lower() in cue("message_nouns")):
            for s in subtree_of(t):
                actor = ctx.refers(s, voice)
                if actor:
                    return actor
    if tok.dep_ == "dobj" and head_of(tok).lemma_.lower() in ctx.cue("proposing_verbs"):
        subj = subject_of(head_of(tok))
        return ctx.refers(subj, voice) if subj is not None else None
    return None
