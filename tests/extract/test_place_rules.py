"""Places: a name used only to say where something is, goes or comes from is no actor; built Docs of
invented sentences (no trained model)."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Span as SpacySpan

from kg.documents import Span
from kg.documents.text import parse_text
from kg.extract.actor_names import Cluster, MentionIndex
from kg.extract.lexicon import load_lexicon
from kg.extract.places import in_dateline

from .built import built

GOING = "The cruiser sailed to Zenda and the envoy left Strelsau, but Ruritania sent a note to Tarlenheim."
COORDINATED = "The troops marched to Zenda and Strelsau."
PERSON_ON_A_PLACE = "He met the consul at Zenda and Sapt."
TITLE = "We met in Upper Zenda and returned to the President."
PART = "The rebels burned the outskirts of Zenda."
BESIDE = "The consul met him at Strelsau, Ruritania."
ORIGIN = "Mr. Sapt of Strelsau wrote that the Republics of Zenda would object."
TITLES = (
    "He sent the Ruritanian text of the Zendan treaty, and the Ruritanian envoy is on his way to Strelsau."
)


def kept(
    sentence: str,
    word: str,
    kind: str = "Government",
    labels: dict[str, str] | None = None,
    every: bool = False,
    aliases: tuple[str, ...] = (),
) -> bool:
    """Whether a cluster made of the first mention ``word`` of ``sentence`` (or of ``every`` one) is kept
    as an actor."""
    ctx, _ = built(sentence)
    sdoc = ctx.sdoc
    if labels:
        sdoc.ents = [SpacySpan(sdoc, t.i, t.i + 1, label=labels[t.text]) for t in sdoc if t.text in labels]
    index = MentionIndex(load_lexicon(), None, sdoc, [])  # type: ignore[arg-type]
    c = Cluster(key=word.lower(), name=word, kind=kind)
    for alias in aliases:
        c.add(alias, None)
    for tok in [t for t in sdoc if t.text == word][: None if every else 1]:
        c.add(word, Span(tok.idx, tok.idx + len(tok.text)))
        index.token_actor[tok.i] = c.key
    return index._keep(c)


def test_a_name_gone_to_or_left_is_a_place_but_one_sent_something_is_a_party() -> None:
    assert not kept(GOING, "Zenda")  # "sailed to Zenda": a verb of going, no object of its own
    assert not kept(GOING, "Strelsau")  # "left Strelsau": a verb whose object is a place
    assert kept(GOING, "Tarlenheim")  # "sent a note to Tarlenheim": sent to whoever governs there
    assert kept(GOING, "Ruritania")


def test_a_name_coordinated_with_a_place_is_a_place_unless_the_tagger_names_a_person() -> None:
    assert not kept(COORDINATED, "Strelsau", labels={"Zenda": "GPE", "Strelsau": "GPE"})
    assert kept(PERSON_ON_A_PLACE, "Sapt", "Person", labels={"Zenda": "GPE", "Sapt": "PERSON"})


def test_a_name_that_begins_a_place_name_is_a_place_and_a_title_gone_to_still_acts() -> None:
    assert not kept(TITLE, "Upper")  # "in Upper Zenda": part of the name of where they met
    assert kept(TITLE, "President", "Person")  # "returned to the President": a person, not a place


def test_the_place_a_part_or_a_person_is_of_is_a_place_but_not_the_state_an_office_is_of() -> None:
    assert not kept(PART, "Zenda")  # "the outskirts of Zenda"
    assert not kept("The residents of Zenda protested.", "Zenda")  # the residents act where they live
    assert not kept(BESIDE, "Ruritania", labels={"Strelsau": "GPE", "Ruritania": "GPE"})  # set beside a place
    labels = {"Sapt": "PERSON", "Strelsau": "GPE", "Republics": "PERSON", "Zenda": "GPE"}
    assert not kept(ORIGIN, "Strelsau", labels=labels)  # "Mr. Sapt of Strelsau": where he is from
    assert kept(ORIGIN, "Zenda", labels=labels)  # "the Republics of Zenda", even where tagged a person


def test_a_name_met_only_in_a_treatys_title_or_as_a_language_is_no_actor() -> None:
    assert not kept(TITLES, "Zendan")  # "the Zendan treaty"
    assert not kept(TITLES, "Ruritanian")  # "the Ruritanian text": a language
    assert kept(TITLES, "Ruritanian", every=True)  # and "the Ruritanian envoy"
    assert not kept(TITLES, "Strelsau")  # "on his way to Strelsau"


def test_a_treatys_title_is_no_actor_where_the_name_is_found_with_its_article() -> None:
    ctx, _ = built("He read the Zenda treaty to them.")
    index = MentionIndex(load_lexicon(), None, ctx.sdoc, [])  # type: ignore[arg-type]
    c = Cluster(key="zenda", name="Zenda", kind="Government")
    c.add("Zenda", Span(8, 17))  # "the Zenda": its root is the article, which the parser hangs on "treaty"
    assert ctx.sdoc.text[8:17] == "the Zenda"
    assert not index._keep(c)


LETTER = (
    "1. Mr. Sapt to Mr. Rassendyll\n\nStrelsau, May 2, 1894.\n\nSir: I inclose a letter from Zenda.\n\n"
    "Mr. Tarlenheim to Mr. Sapt.\n\nForeign Office, Zenda, Ruritania, May 1, 1894.\n\n"
    "Sir: Ruritania will object.\n\n"
    "Zenda: May 3.\n"
)


def test_a_place_in_an_enclosures_dateline_is_no_mention_but_an_office_there_and_the_body_are() -> None:
    doc = parse_text(LETTER, doc_id="x")
    sdoc = spacy.blank("en")(doc.text)
    index = MentionIndex(load_lexicon(), doc, sdoc, [])

    def dated(word: str, nth: int, label: str = "GPE") -> bool:
        start = [m.start() for m in re.finditer(word, doc.text)][nth]
        span = sdoc.char_span(start, start + len(word), label=label)
        assert span is not None
        return in_dateline(index, span)

    assert dated("Ruritania", 0)  # "Foreign Office, Zenda, Ruritania, May 1, 1894."
    assert not dated("Ruritania", 1)  # "Ruritania will object."
    assert not dated("Foreign Office", 0, "ORG")  # who wrote the enclosure
    assert not dated("Zenda", 2)  # "Zenda: May 3.": no dateline


FEATURES = "The rebels crossed into the Zenda territory and raided the Ruritanian coast."
FEATURE_NOT = "The Zenda Government protested and the Ruritanian delegates objected."


def test_a_name_on_a_stretch_of_land_or_water_is_a_place_but_on_a_government_or_people_a_party() -> None:
    assert not kept(FEATURES, "Zenda")  # "the Zenda territory"
    assert not kept(FEATURES, "Ruritanian")  # "the Ruritanian coast"
    assert kept(FEATURE_NOT, "Zenda")  # "the Zenda Government"
    assert kept(FEATURE_NOT, "Ruritanian")  # "the Ruritanian delegates"
    assert not kept("After the treaty ends, the Canal would be open to all shipping.", "Canal", kind="Person")


def test_a_place_name_that_another_name_of_its_state_calls_an_institution_still_acts() -> None:
    assert not kept(GOING, "Zenda")
    assert kept(GOING, "Zenda", aliases=("Republic of Zenda",))  # merged with "the Republic of Zenda"


def test_a_plural_acronym_counts_things_not_a_party() -> None:
    sentence = "The Zendans moved their SAMs to the border."
    assert not kept(sentence, "SAMs", kind="Organization")  # the object of "moved", yet a weapon
    assert kept(sentence, "Zendans", kind="Group")
