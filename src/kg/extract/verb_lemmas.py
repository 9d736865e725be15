"""Verb forms the model's rule lemmatizer gives to the wrong verb: "hopes", "hoped", "hoping" -> "hop".

The lemmatizer strips an ending and takes the first stem its verb index holds, so where both "hop" and
"hope" are verbs, "hopes" becomes "hop", and every rule that reads the lemma "hope" misses "the
President hopes that ...". English spelling tells the two apart: a stem takes "-es" only after a
sibilant or "o" ("taxes", "goes"), so "hopes" is "hope" + "s"; and a stem of one vowel and one final
consonant doubles it before "-ed" and "-ing" ("hopped", "planning"), so "hoped" and "planing" keep the
"e". For every verb of the lemmatizer's index that ends in "e" and whose stem is also a verb, the
attribute ruler (which runs before the lemmatizer, and whose lemmas the lemmatizer keeps) is given
those forms with their tags; a form that may be either ("routed": "rout" or "route") is left as it
was. The lemmatizer's own exceptions cannot do it: it puts an exception first only where its rules
did not already find it.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language

SIBILANT_OR_O = re.compile(r"(?:s|x|z|ch|sh|o)$")
SINGLE_FINAL_CONSONANT = re.compile(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$")
TAGS = {"s": ("VBZ",), "ed": ("VBD", "VBN"), "ing": ("VBG",)}


def e_verb_forms(verb: str) -> list[tuple[str, str]]:
    """(form, ending) of the inflected forms that belong to ``verb`` (ending in "e"), not to its stem."""
    stem = verb[:-1]
    forms = [] if SIBILANT_OR_O.search(stem) else [(verb + "s", "s")]
    if SINGLE_FINAL_CONSONANT.search(stem):
        forms += [(stem + "ed", "ed"), (stem + "ing", "ing")]
    return forms


def add_verb_lemmas(nlp: Language) -> None:
    """Give the attribute ruler the lemma of each form of ``e_verb_forms`` (where the pipeline has a
    rule lemmatizer and an attribute ruler)."""
    if "lemmatizer" not in nlp.pipe_names or "attribute_ruler" not in nlp.pipe_names:
        return
    lookups: Any = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    verbs = set(lookups.get_table("lemma_index").get("verb", ()))
    ruler: Any = nlp.get_pipe("attribute_ruler")
    for verb in sorted(v for v in verbs if v.endswith("e") and v[:-1] in verbs):
        for form, ending in e_verb_forms(verb):
            for tag in TAGS[ending]:
                ruler.add(patterns=[[{"LOWER": form, "TAG": tag}]], attrs={"LEMMA": verb})
