"""Verb forms the rule lemmatizer gave to the wrong verb ("hopes" -> "hop"), read by their spelling."""

from __future__ import annotations

from kg.extract import Extractor
from kg.extract.verb_lemmas import e_verb_forms

from .built import ADDRESSEE, SPEAKER, built, instructions_by_verb


def test_a_stem_takes_es_only_after_a_sibilant_and_doubles_one_final_consonant() -> None:
    assert e_verb_forms("hope") == [("hopes", "s"), ("hoped", "ed"), ("hoping", "ing")]
    assert e_verb_forms("route") == [("routes", "s")]  # "routed" may be "rout": left as it was
    assert e_verb_forms("singe") == [("singes", "s")]  # "singing" is "sing"
    assert e_verb_forms("axe") == []  # "axes" may be "ax" + "es"


def test_the_pipeline_reads_hopes_hoped_and_hoping_as_hope(extractor: Extractor) -> None:
    nlp = extractor.nlp
    lemmas = {t.text: t.lemma_ for t in nlp("The President hopes they will come; he hoped and is hoping.")}
    assert (lemmas["hopes"], lemmas["hoped"], lemmas["hoping"]) == ("hope", "hope", "hope")
    assert {t.text: t.lemma_ for t in nlp("He hopped over the fence.")}["hopped"] == "hop"


def test_you_in_a_clause_joined_to_a_hope_is_the_one_spoken_to() -> None:
    ctx, _ = built(
        "It is earnestly hoped that Cuba will favorably consider the matter and you will telegraph the "
        "Department as soon as you receive a reply.",
        {"Cuba": ("cuba", "Government")},
    )
    found = instructions_by_verb(ctx)
    assert found["consider"][1].addressees == ("cuba",)
    assert (found["telegraph"][1].issuer, found["telegraph"][1].addressees) == (SPEAKER, (ADDRESSEE,))
