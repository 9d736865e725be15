"""Actors named by a common noun, found through the verbs only an agent can head.

"The Commissioners requested that ...", "Commandant and Governor have begged me to ...", "the powers
agreeing to ...": only someone asks, orders, authorizes, accepts or refuses, so the noun subject of
such a verb names an actor, as does the object a verb of directing tells to act ("ordered the garrison
to surrender"), and its other mentions in the document ("the Commissioners felt that they could not
approve ...") are that actor too. A message or an instrument that "requests" is not one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..documents import Span
from .tokens import children_of, head_of

if TYPE_CHECKING:
    from .actors import ActorFinder

MODIFIERS = {"compound", "amod", "nmod"}
PARTY_DEPS = {"dobj", "dative", "pobj"}  # where a name is one told or written to
SUBJECT_DEPS = {"nsubj", "nsubjpass"}  # where it is one who acts


def agent_mentions(finder: ActorFinder) -> None:
    """Each new agent phrase becomes an actor; then every other mention of the same words joins it."""
    named: dict[str, str] = {}
    for words in _agent_phrases(finder):
        root = words[-1]
        plural = root.tag_ in {"NNS", "NNPS"}
        kind = finder._kind_of_name(words.text, default="Group" if plural else "Person")
        c = finder._cluster(finder._key_for(words.text, kind), words.text, kind)
        _mention(finder, c.key, words)
        named[words.text.lower()] = c.key
    roots = {finder.sdoc.vocab.strings[phrase.split()[-1]] for phrase in named}
    for root in _tokens_with(finder, "LOWER", roots) if named else []:
        words = _phrase(root)
        key = named.get(words.text.lower())
        if key is not None and _unclaimed(finder, root) and finder._in_regions(root.idx):
            _mention(finder, key, words)


def institution_mentions(finder: ActorFinder) -> None:
    """ "the boundary commission", "the Peruvian delegation": an organization named by its head noun
    (commission, delegation, company ...) and a modifier that names it, not one that points back
    ("the said commission") or a sort ("a commission"), is an actor where it acts: as a subject ("an
    international commission for the tariff" objected to is a course, an option)."""
    strings = finder.sdoc.vocab.strings
    heads = {strings.add(w) for w in finder.lex.actors["organization_words"]}
    pointing = finder.lex.words("cues", "anaphoric_modifiers")
    for root in _tokens_with(finder, "LOWER", heads):
        if root.pos_ != "NOUN" or not _acting(root) or not _unclaimed(finder, root):
            continue
        if not finder._in_regions(root.idx):
            continue
        words = _phrase(root)
        det = next((c for c in children_of(root) if c.dep_ == "det"), None)
        if len(words) == 1 or det is None or det.lower_ != "the" or any(t.lower_ in pointing for t in words):
            continue
        c = finder._cluster(finder._key_for(words.text, "Organization"), words.text, "Organization")
        _mention(finder, c.key, words)


def _acting(root: Token) -> bool:
    """The subject of a verb, or a noun coordinated with one ("Your colleagues and the boundary
    commission have reported")."""
    while root.dep_ == "conj" and head_of(root).i != root.i:
        root = head_of(root)
    return root.dep_ == "nsubj"


def _tokens_with(finder: ActorFinder, attr: str, values: set[int]) -> list[Token]:
    """The tokens whose ``attr`` (a hash) is one of ``values``, found on the doc's array: a Python pass
    over every token of every document costs more than all the rest of this construction."""
    column = finder.sdoc.to_array(attr).tolist()
    return [finder.sdoc[i] for i, value in enumerate(column) if value in values]


def _agent_phrases(finder: ActorFinder) -> list[SpacySpan]:
    strings = finder.sdoc.vocab.strings
    acting, directing = finder.words("agent_only_verbs"), finder.words("directing_verbs")
    speaking = finder.lex.words("cues", "speech_verbs")
    verbs = {strings.add(v) for v in acting | directing | speaking}
    found: list[SpacySpan] = []
    for verb in _tokens_with(finder, "LEMMA", verbs):
        if verb.pos_ != "VERB" or not finder._in_regions(verb.idx):
            continue
        lemma = verb.lemma_.lower()
        subj = nearest_subject(verb) if lemma in acting else None  # not a heading run into the sentence
        subj = subj if subj is not None or lemma not in speaking else _speaking_name(verb)
        agent = passive_agent(verb) if lemma in acting else None
        directed = directed_object(verb) if lemma in directing else None
        directed = directed if directed is not None and _agentive(finder, directed) else None
        for head in (h for h in (subj, agent, directed) if h is not None and _worded(h)):
            found.extend(_phrase(root) for root in [head, *head.conjuncts] if _unclaimed(finder, root))
    return found


def _worded(tok: Token) -> bool:
    """A word with letters: a stray "." the parser made a subject names no one."""
    return any(ch.isalpha() for ch in tok.text)


def _speaking_name(verb: Token) -> Token | None:
    """ "Allende declared:", "Torrijos told the press": a name the tagger left untagged that is the
    subject of a verb of saying names the one who speaks (a common noun may name a paper: "the report
    says")."""
    subj = nearest_subject(verb)
    if subj is None or subj.pos_ != "PROPN" or subj.dep_ != "nsubj" or subj.ent_type_:
        return None
    return subj


def passive_agent(verb: Token) -> Token | None:
    """ "the commission was unanimously accepted by the conference": the noun of a passive's "by", who
    did what only an agent does, as much as the subject of the active; only where the act is told as
    done, with no modal or negation ("cannot be repudiated by the authorities, whatever they may be",
    "will be ratified by the required number of countries" name no one who acted), and not a part or a
    number of others ("the majority of the powers")."""
    helpers = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass", "neg"}]
    told_as_done = not any(c.tag_ == "MD" or c.dep_ == "neg" for c in helpers)
    if not told_as_done or not any(c.dep_ == "auxpass" for c in helpers):
        return None
    by = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
    noun = next((o for o in children_of(by) if o.dep_ == "pobj"), None) if by is not None else None
    if noun is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
        return None
    return noun


def directed_object(verb: Token) -> Token | None:
    """ "ordered the garrison at León to surrender its arms", "asked the consuls to report": the object
    of a verb of directing that an infinitive follows is the one directed, an agent too."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in children_of(verb)):
        return None  # "whose removal you were directed to demand": the passive's subject is directed
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
    act = next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.i > verb.i), None)
    if obj is None or act is None or obj.i > act.i or any(c.dep_ == "poss" for c in children_of(obj)):
        return None
    return obj if any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(act)) else None


def _agentive(finder: ActorFinder, noun: Token) -> bool:
    """A noun that can name one told to act: a plural ("the consuls"), a person's word ("commander"),
    a body or a unit ("the delegation", "the garrison"), a name after a title; not an act ("urging the
    appointment of Commissioners to discuss ...")."""
    lemma, words = noun.lemma_.lower(), finder.lex.actors
    if noun.pos_ == "PROPN":  # "requested General Summerall to report": a name the tagger missed, titled
        titles = finder.titles | finder.words("rank_words")
        return any(c.dep_ == "compound" and c.lower_.rstrip(".") in titles for c in noun.lefts)
    kinds = ("organization_words", "party_nouns", "person_titles", "collective_heads", "group_words")
    if noun.tag_ == "NNS" or any(lemma in words[kind] or noun.lower_ in words[kind] for kind in kinds):
        return True
    if any(lemma.endswith(s) for s in finder.lex.words("cues", "action_suffixes")):
        return False  # "appointment", "removal": an act, though "-ent" or "-al" may end a person's word
    return any(lemma.endswith(s) and len(lemma) > len(s) + 3 for s in words["person_suffixes"])


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the one nearest before it: a heading the parser ran into the sentence
    ("Special Train for President The Commissioners approved the payment", "Appointment of Members If
    the Committee thought it desirable, the Commissioners did not object") hangs as a first subject."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if len(subjects) > 1 and before else next(iter(subjects), None)


def _unclaimed(finder: ActorFinder, root: Token) -> bool:
    """A noun no other construction took, that names no actor inside it ("the British, French and
    Italian Governments" are found apiece; "the Government of Chile" is Chile), is no message or
    instrument, and is not "my Government" (whose it is depends on who speaks: ``Context.refers``)."""
    things = finder.archive_words | finder.instrument_words | finder.lex.words("cues", "message_nouns")
    return not (
        root.i in finder.token_actor
        or root.pos_ not in {"NOUN", "PROPN"}
        or root.lower_ in things
        or any(t.i in finder.token_actor for t in root.lefts)
        or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(root))
        or any(_names_an_actor(finder, c) for c in children_of(root) if c.lower_ in finder.words("office_of"))
    )


def _names_an_actor(finder: ActorFinder, preposition: Token) -> bool:
    return any(o.dep_ == "pobj" and o.i in finder.token_actor for o in children_of(preposition))


def _phrase(root: Token) -> SpacySpan:
    """The head noun with the modifiers before it that name it ("Swedish delegates")."""
    first = min([root, *(t for t in root.lefts if t.dep_ in MODIFIERS)])
    return root.doc[first.i : root.i + 1]


def _mention(finder: ActorFinder, key: str, words: SpacySpan) -> None:
    finder.clusters[key].add(words.text, Span(words.start_char, words.end_char), True)
    for t in words:
        finder.token_actor[t.i] = key


def untagged_names(finder: ActorFinder) -> None:
    """A name the tagger read as no entity where it is one told or written to ("he instructed Rush to
    ...", "Deliver to General Scowcroft") or one who acts ("the Commissioners felt that ...") is the
    actor whose one-word name it is, where the document names it elsewhere (a title is no name)."""
    names = {
        alias: c.key
        for c in finder.clusters.values()
        for alias in (c.name, *c.aliases)
        if " " not in alias and alias[:1].isupper() and alias.lower() not in finder.titles
    }
    for tok in finder.capitalised() if names else ():
        deps = PARTY_DEPS | SUBJECT_DEPS
        dated = tok.dep_ == "compound" and tok.head.ent_type_ == "DATE"  # "When I saw Shah Dec 9 he ..."
        party = tok.pos_ == "PROPN" and (tok.dep_ in deps or dated) and tok.i not in finder.token_actor
        if party and tok.text in names and finder._in_regions(tok.idx):
            finder.token_actor[tok.i] = names[tok.text]
