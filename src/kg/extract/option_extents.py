"""How far a named course runs past what the parser hung on its noun: the modifiers of a gerund or a
participle that the parser attached to a verb higher up ("our standing by until the treaty is
signed", "the agreement reached between the Presidents in their conversations at Cape Haitian")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from ..documents import Span
from .context import char_span, trim_marker
from .lexicon import cue, load_lexicon
from .model import Option
from .subjects import SUBJECTS
from .tokens import children_of, head_of, sentence, subtree_of

TRAILING_LIMIT = 30  # tokens a trailing modifier may add to a course


def trailing_end(tok: Token, end: int) -> int:
    """The last token of the course named at ``tok`` (its noun phrase ending at ``end``), with the
    modifiers after it that the parser hung on a word above it but that describe it."""
    if _gerund(tok):
        return _extend(tok, end, _gerund_modifier)
    if _ends_in_participle(tok, end):
        return _extend(tok, end, _participle_modifier)
    return _extend(tok, end, _set_off_participle)


def action_noun(tok: Token) -> bool:
    """A noun that names an act: a nominalization of a verb (removal, postponement, withdrawal)."""
    lemma = tok.lemma_.lower()
    return lemma in load_lexicon().cues["nominalizations"].values() or lemma.endswith(
        tuple(cue("action_suffixes"))
    )


def bare_act(tok: Token) -> bool:
    """ "press for arbitration", "the desire for withdrawal": a singular act noun with no determiner
    names the act itself, not one named before."""
    return tok.tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in children_of(tok))


def names_a_course(tok: Token) -> bool:
    """A noun that is itself the course (an act, a gerund, a proposal), not a shell for one ("the
    fact that ...", "the news that ...")."""
    return action_noun(tok) or _gerund(tok) or tok.lemma_.lower() in cue("option_nouns")


def _gerund(tok: Token) -> bool:
    """ "our standing", "your repeating pertinent telegrams": a possessed gerund names an act, even
    where the tagger made it a noun or an adjective of its object."""
    owned = any(c.dep_ == "poss" for c in children_of(tok))
    if tok.tag_ == "VBG" or (owned and tok.tag_ == "NN" and tok.lower_.endswith("ing")):
        return True
    return owned and any(c.dep_ == "amod" and c.tag_ == "VBG" and c.i < tok.i for c in children_of(tok))


def _ends_in_participle(tok: Token, end: int) -> bool:
    """ "the agreement reached between X and Y", "measures you have taken": the phrase ends in a
    participle or relative clause of the noun."""
    clauses = (c for c in children_of(tok) if c.dep_ in {"acl", "relcl"} and c.i > tok.i)
    return any(c.right_edge.i == end and c.tag_ in {"VBN", "VBD", "VBG"} for c in clauses)


def _extend(tok: Token, end: int, describes: Callable[[Token, bool], bool]) -> int:
    """Take, one after the other, the constituents that start right after the phrase, hang on a word
    above ``tok`` and describe the course; stop at the first that does not."""
    above = {t.i for t in tok.ancestors}
    sdoc = tok.doc
    limit = min(len(sdoc), end + 1 + TRAILING_LIMIT, sentence(tok).end)
    while end + 1 < limit:
        first = end + 1
        comma = sdoc[first].text == ","
        part = _constituent(sdoc[first + comma] if first + comma < limit else None, above)
        if part is None or not describes(part, comma):
            return end
        last = _before_a_break(part)
        if last >= limit:
            return end
        end = last
    return end


def _before_a_break(part: Token) -> int:
    """The constituent's last token, or the one before a comma inside it where a clause with its own
    subject ends ("until the treaty is signed, particularly as ...": what follows gives a reason)."""
    if part.dep_ != "advcl" or not any(c.dep_ in SUBJECTS for c in children_of(part)):
        return part.right_edge.i  # "as reported in your May 18, noon, with ...": commas of its own
    comma = next((t.i for t in subtree_of(part) if t.i > part.i and t.text in {",", ";"}), None)
    return comma - 1 if comma is not None else part.right_edge.i


def _constituent(first: Token | None, above: set[int]) -> Token | None:
    """The largest constituent that begins at ``first`` and hangs on one of the words ``above``."""
    if first is None:
        return None
    node = first
    while head_of(node).i != node.i and head_of(node).i not in above and head_of(node).left_edge.i == first.i:
        node = head_of(node)
    return node if head_of(node).i in above and node.left_edge.i == first.i else None


def _gerund_modifier(part: Token, comma: bool) -> bool:
    """After a gerund: its particle, prepositional phrases and adverbs ("standing by", "repeating
    telegrams to the Embassy for its information"), and a time clause ("until the treaty is signed")."""
    if comma:
        return False
    if part.dep_ in {"prt", "prep", "advmod", "npadvmod"}:
        return True
    marks = [c.lower_ for c in children_of(part) if c.dep_ == "mark"]
    return part.dep_ == "advcl" and bool(marks) and marks[0] in cue("course_time_marks")


def _participle_modifier(part: Token, comma: bool) -> bool:
    """After a participle: where and when it was done ("in their conversations at Cape Haitian",
    "on July 5"), and, after a comma, an "as" clause that says how it stands ("as reported in your
    telegram", "as originally provided")."""
    if comma:
        marks = [c.lower_ for c in children_of(part) if c.dep_ == "mark"]
        as_clause = bool(marks) and marks[0] in cue("comparative_as")
        return part.dep_ == "advcl" and part.tag_ == "VBN" and as_clause
    return part.dep_ == "prep" and part.lower_ in cue("setting_prepositions")


def _set_off_participle(part: Token, comma: bool) -> bool:
    """ "a proposal for adjournment, clearly emanating from another government": a participle set off
    by a comma, with no subject or subordinator of its own, describes the noun before it; one of saying
    or thinking ("..., stating that ...", "..., hoping that ...") tells what the subject did."""
    own = any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in children_of(part))
    lemma = part.lemma_.lower()
    doing = any(lemma in cue(name) for name in ("speech_verbs", "cognition_verbs", "belief_verbs"))
    return comma and part.dep_ == "advcl" and part.tag_ in {"VBG", "VBN"} and not own and not doing


def course_span(sdoc: SpacyDoc, start: int, end: int) -> Span:
    """The text of a course from token ``start`` to ``end``, with the rest of a list it begins."""
    return trim_marker(sdoc, char_span(sdoc, start, serial_end(sdoc, start, end)))


def serial_end(sdoc: SpacyDoc, start: int, end: int) -> int:
    """ "a resolution calling for a cease fire, the withdrawal of all forces, and a decision to begin
    talks"; "to offer a new formula, say that ..., and indicate that ...": where the parser broke a
    list of three, the second and third items ("B, and C") after the course's comma hang on a word
    outside it; they are the rest of the course's list. Named proposals in a list ("the Austrian
    treaty, the Hungarian treaty, and ...") are one option each, and a participle after a comma
    ("..., emphasizing ...") tells how, not what."""
    if end + 2 >= len(sdoc) or sdoc[end + 1].text != "," or sdoc[end].is_punct:
        return end
    rest = _constituent_at(sdoc[end + 2])
    if rest is None or start <= head_of(rest).i <= end or not _heads_a_pair(rest):
        return end
    if not any(_same_list(t, rest, start, end) for t in sdoc[start : end + 1] if t.right_edge.i == end):
        return end
    stop = rest.right_edge.i
    while stop > end and sdoc[stop].is_punct:
        stop -= 1
    return stop if stop - start <= SERIAL_LIMIT else end


SERIAL_LIMIT = 60  # tokens a course with its list may span


def _constituent_at(first: Token) -> Token | None:
    """The largest constituent that begins at ``first``, or ``first`` itself where the parser hung the
    words before it on it ("is to offer a formula, say ...": "say" made the sentence's root)."""
    node = first
    while head_of(node).i != node.i and head_of(node).left_edge.i == first.i:
        node = head_of(node)
    return node if node.left_edge.i == first.i or node is first else None


def _heads_a_pair(tok: Token) -> bool:
    """ "B, and C": a plain conjunction and a conjunct after the word, in its phrase."""
    after = [t for t in subtree_of(tok) if t.i > tok.i]
    plain = [t.i for t in after if t.dep_ == "cc" and t.lower_ not in cue("adversatives")]
    return bool(plain) and any(t.dep_ == "conj" and t.i > plain[0] for t in after)


def _same_list(item: Token, rest: Token, start: int, end: int) -> bool:
    """Whether ``rest`` continues the list whose item ``item`` ends the course: verbs of one form with
    no subject of their own, or nouns inside the course (not the course's own head); a gerund
    ("accepted applying the revenues to the loans, agreed to accept bonds") goes on only with gerunds."""
    if {item.pos_, rest.pos_} <= {"VERB", "AUX"}:
        participle = {"VBG", "VBN", "VBD"}
        same_form = (item.tag_ in participle) == (rest.tag_ in participle)
        same_form = same_form and (item.tag_ == "VBG") == (rest.tag_ == "VBG")
        return same_form and not any(c.dep_ in SUBJECTS for c in children_of(rest))
    nouns = {"NOUN", "PROPN"}
    return item.pos_ in nouns and rest.pos_ in nouns and start <= head_of(item).i <= end


def one_of_a_series(verb: Token, subj: Token, start: int, end: int) -> tuple[int, int]:
    """ "That is to say, no arms should be shipped to Peru unless ...; no arms should be shipped to
    Chile ...": rules in a series split by semicolons are each a rule, from its own subject."""
    semicolons = [t.i for t in verb.doc[start : end + 1] if t.text == ";"]
    if not semicolons:
        return start, end
    before = [i + 1 for i in semicolons if i < subj.i]
    after = [i - 1 for i in semicolons if i > verb.i]
    return max([start, subj.left_edge.i, *before]), min([end, *after])


def in_series(verb: Token, subj: Token) -> bool:
    """A clause the parser hung on the one before it as an adverbial is a rule of the series when no
    subordinator of its own introduces it: one found before a semicolon that precedes its subject
    belongs to the clause before ("no arms ... unless under a permit ...; no arms should be ...")."""
    doc = verb.doc
    marks = [c for c in children_of(verb) if c.dep_ == "mark"]
    return all(any(t.text == ";" for t in doc[m.i : subj.i]) for m in marks) and any(
        t.text == ";" for t in doc[verb.left_edge.i : subj.i]
    )


def extraposed_content(target: Token) -> Token | None:
    """ "It was also agreed that the soldiers should be retired": an empty "it" stands for the clause
    after its verb, not for a course named before."""
    verb = head_of(target)
    if target.lower_ != "it" or target.dep_ not in SUBJECTS:
        return None
    return next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i > verb.i), None)


def with_course(options: list[Option], option: Option, sdoc: SpacyDoc | None = None) -> list[Option]:
    """A course a later construction reads inside an option already made is that option; one that
    starts inside it and runs on past its end is a fuller mention of the same course, which replaces
    it (an option is named at its most descriptive mention), and so is one that only adds a word or
    two before it ("to have agreement closed in Washington" over "agreement closed in Washington")."""
    start, end = option.span.start, option.span.end
    if any(o.span.start <= start and end <= o.span.end for o in options):
        return options
    kept = [o for o in options if not o.span.start <= start < o.span.end < end]
    if sdoc is not None:
        kept = [o for o in kept if o.span.end != end or not 0 < _words_between(sdoc, start, o.span.start) < 3]
    return [*kept, option]


def _words_between(sdoc: SpacyDoc, start: int, end: int) -> int:
    """How many words lie between two character offsets (none where ``end`` comes first)."""
    return len([t for t in sdoc if start <= t.idx < end and not t.is_punct]) if start < end else 0


def agrees_in_number(noun: Token, clause: Token) -> bool:
    """A relative clause whose relative word is its subject and whose finite verb is plural ("which
    were sent", "that are") belongs to a plural noun, one with a singular verb to a singular noun; a
    clause that disagrees was hung on the wrong noun ("the lists in the agreement which were sent")."""
    if not any(c.dep_ in SUBJECTS and c.tag_ == "WDT" for c in children_of(clause)):
        return True
    plural, singular = cue("plural_finite_be"), cue("singular_finite_be")
    verbs = (clause, *children_of(clause))
    finite = [t for t in verbs if t.tag_ in {"VBZ", "VBP"} or t.lower_ in plural or t.lower_ in singular]
    if not finite:
        return True
    plural_verb = finite[0].tag_ == "VBP" or finite[0].lower_ in plural
    return plural_verb == (noun.tag_ in {"NNS", "NNPS"})


GLOSS_LIMIT = 12  # tokens: a longer parenthesis is an aside, not a gloss


def glossed_end(tok: Token, end: int) -> int:
    """ "ABM Article III (levels and character of sites)": a parenthesis closing the name of a numbered
    provision or option that says what it covers belongs to it, closing bracket and all; one citing a
    paper or a date ("(see telegram No. 132)", "(Consulate's 98, May 28)") or stating something (a
    verb) is an aside, cut off."""
    lexicon = load_lexicon()
    roman = lexicon.cues["roman_numerals"]
    numbers = [c for c in children_of(tok) if c.i > tok.i and (c.text.isdigit() or c.text.upper() in roman)]
    sdoc = tok.doc
    opening = next((t.i for t in sdoc[tok.i + 1 : min(end + 2, len(sdoc))] if t.text == "("), None)
    if not numbers or opening is None:
        return end
    close = next((t.i for t in sdoc[opening + 1 : opening + 1 + GLOSS_LIMIT] if t.text == ")"), None)
    if close is None or close < end:
        return end
    citing = lexicon.actors["citation_verbs"]
    if any(t.like_num or t.pos_ in {"VERB", "AUX"} or t.lower_ in citing for t in sdoc[opening + 1 : close]):
        return opening - 1
    return close


def point_apart(verb: Token, child: Token) -> bool:
    """ "(2) relations should be restored; (3) the question will be discussed": a coordinated clause
    with its own subject (and the conjunction before it) is a point of its own, even after a verb
    with no complement that would share the next one's."""
    if child.dep_ == "cc":
        child = next((c for c in children_of(verb) if c.dep_ == "conj" and c.i > child.i), child)
    return child.dep_ == "conj" and any(a.dep_ in SUBJECTS for a in children_of(child))
