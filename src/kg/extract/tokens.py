"""Facts of the parse that spaCy computes anew on every access, computed once per document.

``Token.sent`` walks its sentence's boundaries on each call, ``Token.children`` and ``doc[i]``
make a new ``Token`` object for every token they return, and ``Token.pos_``/``dep_`` look the
label up again; the finders ask for these at nearly every token, so each document keeps a
``ParseTable`` in ``user_data`` (the same place as the other per-document facts).

The table hands out the same ``Token`` object for a token each time (spaCy makes a new one on
every access), so ``head_of(tok) is tok`` tells a root; tokens compare by position with ``==``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterator
from functools import cached_property

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token


class ParseTable:
    """One document's tokens, their texts, children and sentences, each listed the first time asked."""

    def __init__(self, sdoc: SpacyDoc) -> None:
        self.sdoc = sdoc
        self.subtrees: dict[int, tuple[Token, ...]] = {}
        self._at_words: dict[object, frozenset[int]] = {}
        self._columns: dict[str, tuple[list[int], dict[int, str]]] = {}
        self._places: dict[str, list[int]] | None = None

    @cached_property
    def tokens(self) -> list[Token]:
        return list(self.sdoc)

    @cached_property
    def texts(self) -> list[str]:
        return self._decoded("ORTH", str)

    @cached_property
    def offsets(self) -> list[int]:
        """Every token's character offset (``tok.idx``)."""
        return self._flags("IDX")

    @cached_property
    def punct(self) -> list[int]:
        """Whether each token is punctuation (``tok.is_punct``), as 0 or 1."""
        return self._flags("IS_PUNCT")

    @cached_property
    def space(self) -> list[int]:
        """Whether each token is white space (``tok.is_space``), as 0 or 1."""
        return self._flags("IS_SPACE")

    def _flags(self, attr: str) -> list[int]:
        return self.sdoc.to_array(attr).tolist() if len(self.sdoc) else []

    @cached_property
    def text(self) -> str:
        """``Doc.text``: every token's text and the space after it (one space at most: spaCy's own rule)."""
        spaces = self.sdoc.to_array("SPACY").tolist() if len(self.sdoc) else []
        return "".join([w + " " if space else w for w, space in zip(self.texts, spaces, strict=True)])

    @cached_property
    def lowers(self) -> list[str]:
        """Every token's text in lower case (``tok.lower_``)."""
        return self._decoded("LOWER", str)

    @cached_property
    def lemmas(self) -> list[str]:
        """Every token's lemma in lower case (``tok.lemma_.lower()``)."""
        return self._decoded("LEMMA", str.lower)

    @cached_property
    def tags(self) -> list[str]:
        """Every token's fine-grained tag (``tok.tag_``)."""
        return self._decoded("TAG", str)

    @cached_property
    def entity_types(self) -> list[str]:
        """Every token's named-entity type, "" outside an entity (``tok.ent_type_``)."""
        return self._decoded("ENT_TYPE", str)

    def _decoded(self, attr: str, form: Callable[[str], str]) -> list[str]:
        """A string column (``tok.lower_``, ``tok.pos_`` ...) in the given form."""
        ids, words = self._column(attr, form)
        return [words[h] for h in ids]

    def _column(self, attr: str, form: Callable[[str], str]) -> tuple[list[int], dict[int, str]]:
        """A column's hashes (or symbol ids: a part of speech) and each distinct one decoded, once (a
        ``Token`` property decodes it again at every token)."""
        found = self._columns.get(attr)
        if found is None:
            ids = self.sdoc.to_array(attr).tolist() if len(self.sdoc) else []
            strings = self.sdoc.vocab.strings
            found = self._columns[attr] = (ids, {h: form(strings[h]) for h in set(ids)})
        return found

    def places(self, gated: frozenset[str]) -> dict[str, list[int]]:
        """Where each of the ``gated`` words stands, as written (lower case) or as lemma: the index the
        word gates read, listed on the first call (``gated`` is every word a gate names, the same at
        every call). Only the distinct words of the text are looked up, and only their tokens listed."""
        if self._places is None:
            found: defaultdict[str, list[int]] = defaultdict(list)
            for attr, form in (("LOWER", str), ("LEMMA", str.lower)):
                ids, words = self._column(attr, form)
                wanted = {h for h, word in words.items() if word in gated}
                for i in [i for i, h in enumerate(ids) if h in wanted] if wanted else ():
                    found[words[ids[i]]].append(i)
            self._places = found
        return self._places

    def at_words(self, key: object, words: frozenset[str], gated: frozenset[str]) -> frozenset[int]:
        """The tokens that are one of ``words`` (some of the ``gated`` words, see ``places``) as written
        or as lemma, found once per ``key``."""
        found = self._at_words.get(key)
        if found is None:
            places = self.places(gated)
            few, many = (words, places) if len(words) < len(places) else (places, words)  # look the few up
            found = self._at_words[key] = frozenset(i for w in few if w in many for i in places[w])
        return found

    @cached_property
    def gates(self) -> list[tuple[str, str]]:
        """Every token's (part of speech, dependency label): what the finders' gates read."""
        return list(zip(self._decoded("POS", str), self._decoded("DEP", str), strict=True))

    @cached_property
    def by_pos(self) -> dict[str, list[int]]:
        """Where each part of speech stands, in text order."""
        found: dict[str, list[int]] = {}
        for i, (pos, _) in enumerate(self.gates):
            found.setdefault(pos, []).append(i)
        return found

    @cached_property
    def heads(self) -> list[int]:
        """Every token's head, by index (a root is its own head)."""
        return [i + offset for i, offset in enumerate(self.sdoc.to_array("HEAD").astype("int64").tolist())]

    @cached_property
    def children(self) -> list[tuple[Token, ...]]:
        tokens = self.tokens
        kids: list[list[Token]] = [[] for _ in tokens]
        for i, head in enumerate(self.heads):
            if head != i:
                kids[head].append(tokens[i])
        return [tuple(k) for k in kids]

    @cached_property
    def sentences(self) -> tuple[list[SpacySpan], list[int]]:
        sents = list(self.sdoc.sents)
        index = [0] * len(self.sdoc)
        for n, sent in enumerate(sents):
            index[sent.start : sent.end] = [n] * (sent.end - sent.start)
        return sents, index


TABLE = "kg_table"  # the table's key in ``Doc.user_data``


def parse_table(sdoc: SpacyDoc) -> ParseTable:
    """The document's table, made the first time a finder asks."""
    table: ParseTable | None = sdoc.user_data.get(TABLE)
    if table is None:
        table = sdoc.user_data[TABLE] = ParseTable(sdoc)
    return table


def drop_parse_table(sdoc: SpacyDoc) -> None:
    """Forget the document's table (its tokens refer back to the document)."""
    sdoc.user_data.pop(TABLE, None)


def sentence(tok: Token) -> SpacySpan:
    """``tok.sent``."""
    sents, index = parse_table(tok.doc).sentences
    return sents[index[tok.i]]


def head_of(tok: Token) -> Token:
    """``tok.head`` (the same ``Token`` object each time it is asked for)."""
    table = tok.doc.user_data.get(TABLE) or parse_table(tok.doc)  # the table made, without a call
    return table.tokens[table.heads[tok.i]]


def children_of(tok: Token) -> tuple[Token, ...]:
    """``tok.children``: its syntactic children in text order."""
    return (tok.doc.user_data.get(TABLE) or parse_table(tok.doc)).children[tok.i]


def subtree_of(tok: Token) -> tuple[Token, ...]:
    """``tok.subtree``: the token and all its descendants in text order, listed once per token."""
    table = parse_table(tok.doc)
    found = table.subtrees.get(tok.i)
    return found if found is not None else _subtree(table, tok.i)


def _subtree(table: ParseTable, i: int) -> tuple[Token, ...]:
    """Left children's subtrees, the token, right children's subtrees (``Token.subtree``'s order);
    every subtree on the way is kept too, so each token's is listed once."""
    found = table.subtrees.get(i)
    if found is None:
        words: list[Token] = []
        own: Token | None = table.tokens[i]
        for kid in table.children[i]:
            if kid.i > i and own is not None:
                words.append(own)
                own = None
            words.extend(_subtree(table, kid.i))
        if own is not None:
            words.append(own)
        found = table.subtrees[i] = tuple(words)
    return found


def noun_chunks_headed(sdoc: SpacyDoc, heads: Collection[str]) -> Iterator[SpacySpan]:
    """``sdoc.noun_chunks`` that hold one of ``heads`` (lower case), in text order, and maybe others.

    spaCy's chunker makes a ``Token`` of every word of the text it is given; a chunk lies within its
    sentence (it is a word's left subtree, and the parse ends at each sentence) and each chunk starts
    after the one before, so only the sentences with such a word are read, each up to its last one."""
    table = parse_table(sdoc)
    sents, index = table.sentences
    last = {index[i]: i for i, low in enumerate(table.lowers) if low in heads}  # the last one of each
    chunker = sdoc.noun_chunks_iterator  # type: ignore[attr-defined]  # the language's chunker
    for n in sorted(last):
        for start, end, label in chunker(sents[n]):
            if start > last[n]:
                break
            yield SpacySpan(sdoc, start, end, label=label)


def span_text(span: SpacySpan) -> str:
    """``Span.text``, cut from the document's text (``Span.text`` makes a ``Token`` of every word)."""
    return parse_table(span.doc).text[span.start_char : span.end_char]


def count_texts(sdoc: SpacyDoc, start: int, end: int, text: str) -> int:
    """How many of the tokens ``start..end-1`` are ``text``."""
    return parse_table(sdoc).texts[start:end].count(text)


def opens_sentence(tok: Token, leads: frozenset[str]) -> bool:
    """Whether only ``leads`` ("please", "also") or punctuation come before ``tok`` in its sentence."""
    return all(t.lower_ in leads or t.is_punct for t in tok.doc[sentence(tok).start : tok.i])


def opens_quotation(tok: Token) -> bool:
    """The first word of a quotation after a colon ("was received from him: “Tell Gibson ..."), which
    the parser puts in one sentence with the frame before it."""
    return tok.i > 1 and tok.doc[tok.i - 1].is_quote and tok.doc[tok.i - 2].text == ":"
