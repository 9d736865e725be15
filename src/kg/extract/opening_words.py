"""A common word that opens its sentence, which the tagger took for a one-word name.

A sentence's first word is capitalised whatever it is, so the entity tagger may read a verb or a common
noun there as an organization ("Postpone Turkish matters until ...", "[Communicated to Minister X ...]").
Such a word is no party: it is one token, tagged an organization, a word of the English dictionary
(WordNet's index of nouns, verbs and adjectives, which the model's lemmatizer carries), no word of the actors
lexicon, and the document never capitalises it where no sentence opens.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import import_module
from pathlib import Path

from spacy.lookups import Lookups
from spacy.tokens import Span as SpacySpan

from .lexicon import Lexicon
from .tokens import opens_sentence, parse_table

WORD_CLASSES = ("noun", "verb", "adj")
ACTOR_WORD_LISTS = (
    "government_words",
    "organization_words",
    "group_words",
    "person_titles",
    "collective_heads",
)


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The lower-case nouns, verbs and adjectives of the model's lemmatizer tables (the model named as
    ``load_pipeline`` names it; none where no such package is installed)."""
    from . import DEFAULT_MODELS, MODEL_ENV

    names = [os.environ[MODEL_ENV]] if os.environ.get(MODEL_ENV) else list(DEFAULT_MODELS)
    packages = [p for p in map(_package_path, names) if p is not None]
    found = sorted(packages[0].glob("*/lemmatizer/lookups")) if packages else []
    if not found:
        return frozenset()
    index = Lookups().from_disk(found[0]).get_table("lemma_index")
    return frozenset(w for cls in WORD_CLASSES if cls in index for w in index[cls] if w.islower())


def _package_path(name: str) -> Path | None:
    try:
        return Path(next(iter(import_module(name).__path__)))
    except ImportError:
        return None


def in_dictionary(low: str) -> bool:
    """Whether ``low`` or the stem of its past or plural form ("communicated", "reports") is a word."""
    forms = [low]
    if low.endswith("ed"):
        forms += [low[:-1], low[:-2]]
    elif low.endswith("s"):
        forms.append(low[:-1])
    return any(f in dictionary_words() for f in forms)


def opening_common_word(ent: SpacySpan, lex: Lexicon) -> bool:
    """Whether ``ent`` is one dictionary word at a sentence's opening, capitalised nowhere else."""
    if len(ent) != 1 or ent.label_ != "ORG":
        return False
    tok = ent[0]
    text = tok.text
    if not (text.isalpha() and text[:1].isupper() and text[1:].islower()):
        return False  # "NATO", "GOI": an acronym is a name
    if not opens_sentence(tok, frozenset()) or not in_dictionary(text.lower()):
        return False
    if any(text.lower() in lex.words("actors", name) for name in ACTOR_WORD_LISTS):
        return False  # "Congress", "Cabinet": an institution's name
    texts = parse_table(ent.doc).texts
    return not any(
        texts[i] == text and not opens_sentence(ent.doc[i], frozenset())
        for i in range(len(texts))
        if i != tok.i
    )
