"""Decision memoranda that put the recommended course in the paragraphs after a lead ending in a colon
("I recommend that:", "Recommendation:", "I therefore recommend as follows:"), each a paragraph of its
own ("That you approve the attached instructions.", "You authorize Lodge to seek another session.").
The course is the recommender's instruction to the addressee, not one the addressee has yet given. The
same walk back to a lead finds the directed lists ("The President has instructed that:") and the decided
ones ("The President has decided:", "authorizes:") of decision memoranda."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .context import Context, is_negated, is_second_person, modals_of, subject_of
from .tokens import children_of, head_of, sentence

#: how many paragraphs of a list a lead may govern
MAX_ITEMS = 8
#: the most tokens a list label ("1.", "(b)", with the line break after it) has
LABEL_TOKENS = 6
#: what opens a paragraph of a list that has no number
LIST_MARKS = frozenset({"—", "–", "-", "•"})


def recommended_lead(ctx: Context, root: Token) -> Token | None:
    """The recommending word of the lead whose list this sentence root is an item of."""
    words = lead_words(root, _item_clause)
    return _lead_word(ctx, words, _opens_with_that(root)) if words else None


def directed_lead(ctx: Context, root: Token) -> Token | None:
    """The directive verb of a lead "The President has instructed that:" whose list this sentence root is
    an item of, each item a clause in the mandative subjunctive with its own doer ("1. Ambassador Tasca
    tell Prime Minister Papadopoulos that ...")."""
    words = lead_words(root, _directed_item) if list_item(root) else None
    if not words or len(words) < 3 or words[-2].lower_ != "that":
        return None
    verb = next((t for t in (words[-3], head_of(words[-2])) if t.pos_ == "VERB"), None)
    lemma = verb.lemma_.lower() if verb is not None else ""
    if lemma not in ctx.cue("reported_directive_verbs") or lemma in ctx.cue("recommending_words"):
        return None
    return verb


def deciding_lead(ctx: Context, root: Token, is_item: Callable[[Token], bool]) -> Token | None:
    """The verb of deciding or approving of the lead whose list this sentence root is an item of: "The
    President has decided (that):", "authorizes:", "has approved the following:", "has decided, in
    principle, that we should:"."""
    words = lead_words(root, is_item)
    main = [t for t in words or () if t.dep_ == "ROOT" or head_of(t).dep_ == "ROOT"]
    verbs = [t for t in main if t.pos_ == "VERB" and _decides(ctx, t)]
    return verbs[-1] if verbs and not is_negated(verbs[-1]) else None


def _decides(ctx: Context, verb: Token) -> bool:
    """A verb of deciding ("has decided:"), or a light verb whose object is a decision ("has made the
    following decisions:")."""
    if verb.lemma_.lower() in ctx.cue("deciding_lead_verbs"):
        return True
    objects = (c for c in children_of(verb) if c.dep_ == "dobj")
    made = verb.lemma_.lower() in ctx.cue("deciding_light_verbs")
    return made and any(o.lemma_.lower() in ctx.cue("resolve_nouns") for o in objects)


def decided_item(ctx: Context, root: Token) -> Token | None:
    """The lead that decides or approves, with no object of its own, whose list this paragraph with no
    subject is an item of; no paragraph up to the lead is a name ("Henry A. Kissinger", a copy's
    addressee)."""
    if not list_item(root) or stated_course(root):
        return None
    lead = deciding_lead(ctx, root, lambda item: item.i not in ctx.actor_at)
    return lead if lead is not None and not names_its_object(lead) else None


def stated_course(root: Token) -> bool:
    """A clause with its own subject: "Air defense should be emphasized", "NSDM 129 continues in effect"."""
    subj = subject_of(root)
    return root.pos_ in {"VERB", "AUX"} and subj is not None and subj.i < root.i


def names_its_object(lead: Token) -> bool:
    """ "The President approves the plan:" names what it approves; "approves (the following):" and
    "decided that we should:" leave it to the list."""
    colon = next((t.i for t in sentence(lead) if t.text == ":"), len(lead.doc))
    kids = children_of(lead)
    listed = {"following", "that"}  # "that" misread
    named = any(c.dep_ == "dobj" and c.lower_ not in listed and not _following(c) for c in kids)
    return named or any(c.dep_ == "ccomp" and c.right_edge.i < colon - 1 for c in kids)


def _following(noun: Token) -> bool:
    """ "the following decisions": a noun that leaves its content to the list."""
    return any(c.lower_ == "following" for c in children_of(noun))


def _is_colon(tok: Token) -> bool:
    """A colon, with a note's number printed against it or not ("decisions:3", "negotiators:2", which
    the tokenizer may split)."""
    if tok.text.isdigit() and tok.i > 0 and tok.nbor(-1).text == ":" and not tok.nbor(-1).whitespace_:
        return True
    return tok.text == ":" or (tok.text[:1] == ":" and tok.text[1:].isdigit())


def lead_words(root: Token, is_item: Callable[[Token], bool]) -> list[Token] | None:
    """The words of the lead ending in a colon that this sentence root's paragraph is an item of, past
    labels ("1.") and the items before it."""
    if root.dep_ != "ROOT" or not is_item(root):
        return None
    start = sentence(root).start
    if not _colon_before(root.doc, start):
        return None  # no lead within reach: most paragraphs
    for _ in range(3 * MAX_ITEMS):
        if start == 0:
            return None
        prev = sentence(root.doc[start - 1])
        words = [t for t in prev if not t.is_space]
        item = numbered(prev)
        if words and _is_colon(words[-1]) and not item:
            return words
        listed = _is_label(words) or is_item(prev.root) or item or not _opens_paragraph(prev)
        if not words or not listed or (not item and _announces_a_list(words)):
            return None
        start = prev.start
    return None


def _announces_a_list(words: list[Token]) -> bool:
    """ "... directed the preparation of the following documents, to be submitted by July 7.": the lead
    of another list, which its items follow ("Following his return, ..." announces none; a numbered item
    may have a list of its own)."""
    return any(w.lower_ == "following" and w.i > 0 and w.doc[w.i - 1].lower_ == "the" for w in words)


def _colon_before(doc: Doc, start: int) -> bool:
    """Whether one of the sentences a lead may be, before ``start``, ends in a colon."""
    for _ in range(3 * MAX_ITEMS):
        if start == 0:
            return False
        prev = sentence(doc[start - 1])
        end = prev.end - 1
        while end > prev.start and doc[end].is_space:
            end -= 1
        if _is_colon(doc[end]):
            return True
        start = prev.start
    return False


def list_item(root: Token) -> bool:
    """A sentence that may be an item of a list: one that opens its paragraph (after a dash, a bullet or
    a number, "1.", or none); a later sentence of a paragraph is none (the cheap test before the walk)."""
    sent = sentence(root)
    first = next((t for t in sent if not t.is_space), root)
    return first.text in LIST_MARKS or _opens_paragraph(sent) or numbered(sent)


def numbered(sent: Span) -> bool:
    """A sentence right after a list label ("1.", "(b)"): the start of a numbered item, however parsed."""
    if sent.start == 0:
        return False
    label = sentence(sent.doc[sent.start - 1])
    if len(label) > LABEL_TOKENS:
        return False  # most sentences: no label, and no list of their words to make
    words = [t for t in label if not t.is_space]
    return bool(words) and _is_label(words) and _set_apart(label)


def _set_apart(label: Span) -> bool:
    """A label stands apart from the word before it; a note's number is printed against it ("China.3")."""
    before = label.doc[label.start - 1] if label.start > 0 else None
    return before is None or before.is_space or bool(before.whitespace_)


def _opens_paragraph(sent: Span) -> bool:
    """The sentence starts a line: a later sentence of one item's paragraph does not."""
    return sent.start == 0 or "\n" in sent.doc[sent.start - 1].text


def _lead_word(ctx: Context, words: list[Token], that_item: bool) -> Token | None:
    """The word of a lead that recommends; a list "as follows:" of bare that-clauses recommends too
    ("The decisions before you are as follows: That I be authorized to ...")."""
    found = next((t for t in words if t.lemma_.lower() in ctx.cue("recommending_words")), None)
    if found is None and that_item:
        return next((t for t in words if t.lemma_.lower() in ctx.cue("list_leads") and _as_clause(t)), None)
    return found


def _as_clause(verb: Token) -> bool:
    """ "as follows", not "to the following effect"."""
    return verb.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(verb))


def _item_clause(root: Token) -> bool:
    """A "That ..." clause standing alone, or the addressee's bare verb ("You authorize ..."), in the
    mandative subjunctive."""
    if not mandative(root):
        return False
    return _opens_with_that(root) or (is_second_person(subject_of(root)) and root.tag_ in {"VB", "VBP"})


def _directed_item(root: Token) -> bool:
    """A mandative clause with a subject of its own: "Ambassador Tasca tell ...", "the line be taken"."""
    subj = subject_of(root)
    return mandative(root) and subj is not None and subj.i < root.i


def mandative(verb: Token) -> bool:
    """The mandative subjunctive ("that you approve", "that the reply be sent"): no modal, no tense of a
    statement ("That they will withdraw", "That the Government had sent troops": statements reported)."""
    if modals_of(verb) or verb.tag_ not in {"VB", "VBP", "VBN"}:
        return False
    auxiliaries = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]
    return all(c.lower_ == "be" for c in auxiliaries) and (verb.tag_ == "VBN") == bool(auxiliaries)


def _opens_with_that(root: Token) -> bool:
    """The sentence opens with the root's own "That"."""
    first = next((t for t in sentence(root) if not t.is_space), root)
    return first.lower_ == "that" and any(c.dep_ == "mark" and c.i == first.i for c in children_of(root))


def _is_label(words: list[Token]) -> bool:
    """A list label alone: "1.", "(a)"."""
    return len(words) <= 4 and all(t.is_punct or t.like_num or len(t.text) == 1 for t in words)


def recommender(ctx: Context, lead: Token, speaker: str | None) -> str | None:
    """Who recommends: the lead's subject if it names an actor, else the speaker ("Recommendation:",
    "It is recommended:")."""
    subj = subject_of(lead)
    if subj is None or subj.dep_ != "nsubj" or subj.lower_ == "it":
        return speaker
    voice = ctx.voice(lead)
    return (ctx.refers(subj, voice) if voice is not None else None) or speaker


def recommended_away(found: list[tuple[Token, str, str | None]]) -> set[int]:
    """The directives inside a recommended paragraph given by another issuer than the recommender
    (rule, issuer by verb): "You authorize Lodge to seek ..." recommends; the addressee has not yet told
    Lodge anything."""
    roots = {tok.i: issuer for tok, rule, issuer in found if rule == "recommended_paragraph"}
    return {
        tok.i
        for tok, rule, issuer in found
        if rule != "recommended_paragraph"
        and sentence(tok).root.i in roots
        and issuer not in {None, roots[sentence(tok).root.i]}
    }
