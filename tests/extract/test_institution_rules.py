"""Actors named by common nouns ("the boundary commission") and words that name none ("Lieut."),
on written-down parses."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.vocab import Vocab

from kg.documents import Span, parse_text
from kg.extract.actor_names import slug
from kg.extract.actors import ActorFinder
from kg.extract.lexicon import load_lexicon
from kg.extract.registry import get
from kg.extract.voices import text_regions

from .built import built
from .test_other_rules import message


def test_an_acting_institution_noun_is_an_actor_but_a_course_or_a_back_reference_is_not() -> None:
    # "Your colleagues and the boundary commission have reported to the Department. The Government
    # objected to the international commission for the tariff. The said commission met. A commission
    # has been appointed."
    doc, sdoc = message("institutions.json")
    finder = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc))
    get("actors", "institution_noun").func(finder)
    found = {c.name: c.kind for c in finder.clusters.values()}
    assert found == {"boundary commission": "Organization"}


def test_a_rank_or_name_suffix_the_tagger_took_for_a_name_is_no_actor() -> None:
    # "The Commissioners heard Mr. Herter. Lieut. A. A. Berle, Jr., requested that the Commissioners
    # reconsider their decision." (the tagger reads "Lieut" as a person and "Jr." as a place)
    doc, sdoc = message("name_affixes.json")
    finder = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc))
    get("actors", "named_entity").func(finder)
    names = {c.name for c in finder.clusters.values()}
    assert "A. A. Berle" in names and not names & {"Lieut", "Jr", "Jr."}


def _finder_with(text: str, names: dict[str, str]) -> ActorFinder:
    """A finder over ``text`` holding one cluster per name (name -> kind), each mentioned where the
    text first has it."""
    doc = parse_text(text, doc_id="m", source="m.txt")
    finder = ActorFinder(load_lexicon(), doc, Doc(Vocab(), words=["x"]), text_regions(doc))
    for name, kind in names.items():
        start = text.index(name)
        finder._cluster(slug(name), name, kind).add(name, Span(start, start + len(name)))
    return finder


def test_a_bare_head_noun_is_the_one_actor_it_heads_and_stays_apart_when_two_or_deictic() -> None:
    one = _finder_with(
        "The International Joint Commission met. The Commission agreed. Premier Chou En-lai spoke to "
        "the Premier of it.",
        {
            "International Joint Commission": "Organization",
            "Commission": "Organization",
            "Chou En-lai": "Person",
            "Premier": "Person",
        },
    )
    get("actors", "same_name").func(one)
    assert {c.name: sorted(c.aliases) for c in one.clusters.values()} == {
        "International Joint Commission": ["Commission", "International Joint Commission"],
        "Chou En-lai": ["Chou En-lai", "Premier"],
    }
    two = _finder_with(
        "The Boundary Commission and the Claims Commission met. The Commission agreed. President "
        "Sacasa wrote to the President.",
        {
            "Boundary Commission": "Organization",
            "Claims Commission": "Organization",
            "Commission": "Organization",
            "Sacasa": "Person",
            "President": "Person",
        },
    )
    get("actors", "same_name").func(two)
    assert len(two.clusters) == 5  # which commission is unsaid; "the President" is the writer's own


def test_a_capital_only_named_as_a_place_is_no_actor_but_the_source_of_a_message_is() -> None:
    # "The Minister arrived at Lima on Tuesday. He wired from Santiago that he was well. We are awaiting
    # word from Quito about the treaty. Instructions were sent from Caracas."
    doc, sdoc = message("capitals.json")
    actors, _ = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc)).find()
    names = {a.name for a in actors}
    assert {"Ecuador", "Venezuela"} <= names and not names & {"Peru", "Lima", "Chile", "Santiago"}


def test_names_in_a_citation_of_a_file_or_book_are_no_actors() -> None:
    # "Smith met Semenov in Vienna and Semenov agreed (Memoirs of Dean Acheson, p. 62)." and a footnote
    # "Smith sent a full report in telegram 1253, April 11. (Ibid., Box 882, SALT talks (Helsinki), Vol. 17)"
    doc, sdoc = message("citations.json")
    actors, _ = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc)).find()
    names = {a.name for a in actors}
    assert {"Smith", "Semenov"} <= names and not names & {"Dean Acheson", "Ibid", "SALT", "Helsinki", "Vol"}


def test_our_government_of_a_letter_from_a_foreign_mission_is_that_mission_s_country() -> None:
    # "Legation of the Republic of Nicaragua, Washington, ...  Our Government has ordered that the governor
    # be put on trial, and the Government of the United States has been informed."
    doc, sdoc = message("mission_dateline.json")
    actors, _ = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc)).find()
    owner = next(a.name for a in actors if "Our Government" in a.aliases)
    assert owner == "Nicaragua"


def test_a_name_with_a_serial_number_cites_a_telegram_and_names_no_party() -> None:
    # "In consonance with White House 2165, I wish to emphasize that Thieu must agree. After reading
    # Saigon 1629 and Hakto 46, Bunker met Thieu."
    doc, sdoc = message("message_references.json")
    actors, _ = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc)).find()
    names = {a.name for a in actors}
    assert {"Thieu", "Bunker"} <= names and not names & {"White House", "South Vietnam", "Saigon 1629"}


def test_a_name_the_tagger_missed_where_one_is_told_is_the_person_of_that_name() -> None:
    # "In his memoirs, Kissinger explained that he instructed Rush to postpone his May 19 meeting with
    # Bahr and Falin." in a message to "the Ambassador to Germany (Rush)"; the tagger tags no "Rush"
    doc, sdoc = message("untagged_name.json")
    finder = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc))
    for name in ("head_line", "named_entity", "same_name"):
        get("actors", name).func(finder)
    told = next(t for t in sdoc if t.text == "Rush" and t.dep_ == "dobj")
    assert finder.clusters[finder.token_actor[told.i]].role == "recipient"
    assert not any(finder.token_actor.get(t.i) for t in sdoc if t.text == "explained")


TITLED_OFFICES = (
    "The Minister of the Interior wrote to the Minister of the United States and to the Admiralty."
)


def test_an_office_of_an_institution_after_an_article_is_part_of_the_title_but_a_country_is_not() -> None:
    ctx, _ = built(TITLED_OFFICES)
    sdoc = ctx.sdoc
    finder = ActorFinder(load_lexicon(), None, sdoc, [])  # type: ignore[arg-type]
    words = [t.text for t in sdoc]
    interior = SpacySpan(sdoc, words.index("Interior"), words.index("Interior") + 1, label="ORG")
    states = SpacySpan(sdoc, words.index("United"), words.index("States") + 1, label="GPE")
    admiralty = SpacySpan(sdoc, words.index("Admiralty"), words.index("Admiralty") + 1, label="ORG")
    assert finder._part_of_title(interior)  # "the Minister of the Interior": the office
    assert not finder._part_of_title(states)  # "the Minister of the United States": a state he serves
    assert not finder._part_of_title(admiralty)  # "to the Admiralty": no title before it
