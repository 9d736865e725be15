"""Actors on real FRUS sentences."""

from __future__ import annotations

from .helpers import construction, quote


def test_they_resolves_to_the_nearest_government(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor,
        "The Japanese Government presented its terms on Monday. "
        "They have rejected the proposal of the Chinese delegates.",
    )
    rejections = [d for d in ex.decisions if d.stance == "reject"]
    assert rejections and rejections[0].actor == "japan"


def test_a_treaty_is_not_an_actor(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "Costa Rica has since denounced the Washington Treaty.")
    assert not [a for a in ex.actors if "Treaty" in a.name]
    assert [d.stance for d in ex.decisions] == ["reject"]


def test_a_surname_alone_is_the_titled_person(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The Ambassador in France (Wilson) reports that President Wilson has approved the plan.",
        head="1. The Secretary of State to President Wilson",
    )
    assert len([a for a in ex.actors if "Wilson" in a.name]) == 1


def test_a_for_line_names_the_real_recipient(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "25. For Miller. Your 46. We think you should refuse to sign the convention.",
        head="203. The Acting Secretary of State to the Minister in the Netherlands (Diekema)",
    )
    miller = next(a for a in ex.actors if a.name == "Miller")
    assert miller.role == "recipient"
    assert [i.addressees for i in ex.instructions] == [(miller.key,)]


def test_a_forwarded_message_speaks_with_its_sender_voice(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor,
        "The President has asked that I forward to you the following message:\n\n"
        "“I have read the reports of the private talks with care. Habib should avoid any reiteration "
        "of our position.”",
        head="109. Backchannel Message From the President’s Assistant for National Security Affairs "
        "(Kissinger) to the Head of the Delegation to the Paris Peace Talks on Vietnam (Lodge)",
    )
    (order,) = [i for i in ex.instructions if "reiteration" in quote(doc, i)]
    assert "President" in next(a for a in ex.actors if a.key == order.issuer).aliases


def test_coordinated_governments_are_separate_actors_and_colleagues_a_group(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The British, French and Italian Governments have rejected the proposal. "
        "You should consult your colleagues before replying.",
    )
    names = {a.name for a in ex.actors}
    assert {"Great Britain", "France", "Italy"} <= names
    assert not [n for n in names if "Governments" in n]
    assert any(a.kind == "Group" and "colleagues" in a.name for a in ex.actors)


def test_a_reply_relayed_after_a_colon_speaks_with_its_sender_voice(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor,
        "42. Your 114. Following reply from the President: “I hope that you will press the matter "
        "very earnestly and very promptly.”",
        head="214. The Secretary of State to the Special Representative (House)",
    )
    (press,) = [i for i in ex.instructions if "press the matter" in quote(doc, i)]
    actors = {a.key: a for a in ex.actors}
    assert "President" in actors[press.issuer].aliases and actors[press.addressees[0]].name == "House"


def test_an_aide_is_not_the_one_he_serves(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The President asks that you hold the conference in Paris.",
        head="119. The Secretary to President Wilson (Close) to the Secretary of State",
    )
    close = next(a for a in ex.actors if a.name == "Close")
    assert close.role == "author" and "the President" not in close.aliases
    assert [i.issuer for i in ex.instructions] == [next(a.key for a in ex.actors if "President" in a.name)]


def test_a_message_sent_by_no_one_named_speaks_with_the_writer_voice(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor,
        "The following telegram has been sent to Admiral Latimer at Corinto: “Commandant and Governor "
        "have just begged me to transmit their request to you to come immediately. They hope you will "
        "land marines.”",
        head="277. The Consul at Ceiba (Waller) to the Secretary of State",
    )
    (landing,) = [i for i in ex.instructions if "land marines" in quote(doc, i)]
    names = {a.key: a.name for a in ex.actors}
    assert names[landing.issuer] == "Commandant" and "Latimer" in names[landing.addressees[0]]


def test_a_ship_a_message_is_sent_to_is_addressed_and_they_are_the_parties_named_together(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor,
        "The cruiser Galveston left Ceiba yesterday. The following telegram has been sent to United States "
        "Ship Denver: “Commandant and Governor have just begged me to transmit their request to you to come "
        "immediately. They declare American lives are in jeopardy; they hope you will land marines.”",
        head="277. The Consul at Ceiba (Waller) to the Secretary of State",
    )
    names = {a.key: a.name for a in ex.actors}
    assert "United States Ship Denver" in names.values() and "Galveston" not in " ".join(names.values())
    (landing,) = [i for i in ex.instructions if "land marines" in quote(doc, i)]
    assert names[landing.issuer] == "Commandant"
    assert names[landing.addressees[0]] == "United States Ship Denver"


def test_the_government_of_a_country_is_that_country(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The Government of the United States accepts the credentials of General Alfaro as sufficient "
        "for the talks on the return of the Ecuadorian Government to Quito.",
    )
    assert [(d.stance, d.actor) for d in ex.decisions] == [("approve", "united-states")]
    assert not [a for a in ex.actors if "Government" in a.aliases]


def test_a_letter_greeting_is_the_recipient_and_its_close_no_one(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "Dear Mr. Secretary: The Navy Department has approved the plan of the Board.\n\n"
        "Very Sincerely Yours,",
        head="12. The Secretary of the Navy (Hale) to the Secretary of State",
    )
    names = [a.name for a in ex.actors]
    assert not [n for n in names if "Dear" in n or "Yours" in n]
    recipient = next(a for a in ex.actors if a.role == "recipient")
    assert "Mr. Secretary" in recipient.aliases


def test_publications_and_figured_lists_are_no_actors(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "For the debate, see Congressional Record, vol. 80, p. 1201, and H. Rept. No. 12. "
        "See Foreign Relations, 1925, vol. I, p. 12. The Department issued Press Releases on the subject.\n\n"
        "Tonnage: Verona 4,208, Kalmar 2,417, Narva 3,905, Minsk 3,212.",
    )
    names = [a.name for a in ex.actors]
    assert not [n for n in names if set(n.split()) & {"Record", "Rept", "Relations", "Releases"}]
    assert not [n for n in names if any(ch.isdigit() for ch in n)]


def test_a_name_run_into_a_parenthesis_keeps_what_precedes_it(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The telegram of the American Chargé (Norris) was read to the Council. "
        "The American Mission [Commission] at Constantinople has rejected the plan.",
    )
    assert not [a for a in ex.actors if "(" in a.name or "[" in a.name]


def test_full_powers_are_an_envoy_authority_not_states(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The delegates exchanged their full powers, which were found in due form. "
        "The naval powers then signed the protocol.",
    )
    names = [a.name for a in ex.actors]
    assert "full powers" not in names and "naval powers" in names


def test_a_signature_with_another_name_is_not_the_author(extractor):  # type: ignore[no-untyped-def]
    body = "Sir: I transmit herewith a copy of the note of the Spanish Minister.\n\nI have, etc.,"
    _, ex = construction(extractor, body, head="12. Mr. Hale to Mr. Olney")
    author = next(a for a in ex.actors if a.role == "author")
    assert "Kellogg" not in author.aliases  # the helper's document ends with the signature "Kellogg"
    _, ex = construction(extractor, body, head="12. Mr. Kellogg to Mr. Olney")
    assert "Kellogg" in next(a for a in ex.actors if a.role == "author").aliases


def test_offices_of_two_countries_are_two_actors(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The Peruvian Minister for Foreign Affairs met the Chilean Minister for Foreign Affairs at noon. "
        "The Peruvian Minister of Foreign Affairs then rejected the proposal.",
    )
    ministers = [a for a in ex.actors if "Minister" in a.name]
    assert len(ministers) == 2
    assert {" ".join(a.aliases).split()[0] for a in ministers} == {"Peruvian", "Chilean"}


def test_a_greeting_of_colleagues_is_no_group(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "Gentlemen and Dear Colleagues: In accordance with the wish of the conference, the committee on "
        "claims has been asked to draw up a table of the sums claimed.",
    )
    assert not [a for a in ex.actors if "Dear" in a.name]


def test_a_telegram_word_is_no_actor(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "Subj: Arms for the Government of Chile. The Minister asked for Quote more aircraft Unquote "
        "and Amb Lopez repeated it.",
    )
    names = {a.name for a in ex.actors}
    assert not names & {"Subj", "Quote", "Unquote", "Amb"}
    assert any("Lopez" in n for n in names)
    _, ex = construction(extractor, "The Minister has accepted the proposal.\nRepeated to Managua.")
    assert "Repeated" not in {a.name for a in ex.actors}  # a telegram's routing line, not a group


def test_a_people_adjective_modifying_a_thing_is_no_actor(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The Congressional situation and the South American trade worry the Secretary, "
        "but the Communists have rejected the plan.",
    )
    names = {a.name for a in ex.actors}
    assert not names & {"Congressional", "South American"}
    assert "Communists" in names


def test_a_first_name_alone_is_the_one_person_it_begins(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "Premier Chou En-lai received the delegation on Monday. Chou said that the talks would continue.",
    )
    assert [a.name for a in ex.actors if "Chou" in a.name] == ["Chou En-lai"]  # a family name first
    _, ex = construction(
        extractor,
        "Alex Johnson and Alex Porter met the Foreign Minister on Monday. "
        "Later Alex said that the talks would continue.",
    )
    assert "Alex" in [a.name for a in ex.actors]  # the first word of two names: whose, the text does not say


def test_a_name_written_after_a_person_s_title_is_a_person(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "We have had no word from Thieu since Monday. Tell President Thieu that we expect his answer.",
    )
    assert {a.kind for a in ex.actors if "Thieu" in a.name} == {"Person"}
    _, ex = construction(extractor, "The Embassy has seen a general SALT approach in the press.")
    assert all(a.kind != "Person" for a in ex.actors if a.name == "SALT")  # "general" in lower case: no title


def test_a_people_adjective_before_a_thing_s_noun_makes_no_state_an_actor(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The Legation learns that the Norwegian steamers now lying in Danish ports will sail next week.",
    )
    names = {a.name for a in ex.actors}
    assert not names & {"Norway", "Denmark"}  # whose the ships and the ports are: no party
    assert "Legation" in names
    _, ex = construction(
        extractor,
        "The Italian Minister called this morning. The Swedish delegates have accepted the Danish proposal, "
        "and Portuguese cooperation is assured.",
    )
    names = {a.name for a in ex.actors}
    assert {"Denmark", "Portugal", "Swedish delegates", "Italian Minister"} <= names  # who proposes, acts
    _, ex = construction(extractor, "The Board will bring the neutral tonnage into the Allied market.")
    assert "Allied" not in {a.name for a in ex.actors}  # the tagger's ORG adjective, before a thing


def test_an_office_named_by_its_title_last_is_a_person(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The Naval Attaché called this morning. The American Chargé at Zenda has asked for instructions.",
    )
    kinds = {a.name: a.kind for a in ex.actors}
    assert kinds.get("Naval Attaché") == "Person"  # the tagger's ORG: a title last, every word capitalised
    assert kinds.get("American Chargé") == "Person"


def test_a_town_said_more_often_where_than_who_is_no_actor(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The commander wired that communications with Rama were cut and that the troops had reached the town "
        "of Rama and occupied Rama.",
    )
    assert "Rama" not in {a.name for a in ex.actors}  # one "with", two places: a town
    _, ex = construction(
        extractor,
        "The commander wired that Rama had refused the demand and that Rama would protest to the consul "
        "at Rama.",
    )
    assert "Rama" in {a.name for a in ex.actors}  # two who, one where: a party


def test_a_people_s_press_is_a_group_and_its_dispatches_are_things(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "The Italian press has bitterly attacked the plan of the Minister.")
    assert {a.name: a.kind for a in ex.actors}.get("Italian press") == "Group"
    _, ex = construction(
        extractor, "Spanish press dispatches report that the Minister has left for the frontier."
    )
    assert not {a.name for a in ex.actors} & {"Spanish press", "Spain"}  # "press" modifies "dispatches"


def test_a_qualified_office_is_not_the_author_who_holds_the_bare_title(extractor):  # type: ignore[no-untyped-def]
    head = "12. The Minister in Ecuador (Dodge) to the Secretary of State"
    doc, ex = construction(extractor, "The Minister of Foreign Affairs agreed with my proposal.", head=head)
    approvals = [d for d in ex.decisions if d.stance == "approve"]
    assert approvals and approvals[0].actor != next(a.key for a in ex.actors if a.role == "author")
    assert any(a.name == "Minister of Foreign Affairs" for a in ex.actors)
    _, ex = construction(extractor, "The Minister approved my proposal.", head=head)
    assert [d.actor for d in ex.decisions] == [next(a.key for a in ex.actors if a.role == "author")]


def test_a_state_written_in_initials_is_that_government_and_no_pronoun(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The US supports the Lebanese proposal. HMG has rejected the Soviet draft. Let us accept the draft.",
        head="12. Telegram From the Department of State to the Embassy in Lebanon",
    )
    kinds = {a.name: a.kind for a in ex.actors}
    assert kinds.get("US") == "Government" and kinds.get("HMG") == "Government"
    deciders = [(d.actor, d.stance) for d in ex.decisions]
    assert ("us", "approve") in deciders and ("hmg", "reject") in deciders
    assert not any(a.name.lower() == "us" and a.name != "US" for a in ex.actors)  # "us" stays a pronoun


def test_a_telegram_s_title_without_article_is_an_actor_and_a_salutation_is_not(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "Sir: We can make no move until President acts. Secretary read from the text of the proposal.",
        head="12. Telegram From the Department of State to the Embassy in Lebanon",
    )
    assert {"President", "Secretary"} <= {a.name for a in ex.actors}
    assert not [a for a in ex.actors if a.name == "Sir"]


def test_a_possessive_s_clitic_begins_no_name(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "Subject: Secretary’s Response to Personal Message from Ian Smith. The Secretary will reply.",
        head="12. Telegram From the Department of State to the Embassy in South Africa",
    )
    assert not [a for a in ex.actors if a.name.startswith(("’", "'"))]


def test_the_vice_president_is_not_the_president(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor,
        "The President has directed that the Vice President attend the conference.",
        head="1. Memorandum From the President's Assistant (Kissinger) to the Vice President",
    )
    presidents = [a for a in ex.actors if a.name.endswith("President")]
    assert len(presidents) == 2
    vice = next(a for a in presidents if a.name.startswith("Vice"))
    assert not any(alias.lower() in {"president", "the president"} for alias in vice.aliases)


def test_a_named_program_is_not_an_actor(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor, "The President has approved in principle the five-year Korea Modernization Program."
    )
    assert not [a for a in ex.actors if "Program" in a.name]
    assert [d.stance for d in ex.decisions] == ["approve"]


def test_a_bare_verb_opening_its_sentence_is_no_part_of_a_name(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(
        extractor, "Modify the Foreign Assets Control regulations to permit general licenses for food."
    )
    assert not [a for a in ex.actors if a.name.startswith("Modify")]


def test_a_questions_auxiliary_is_no_part_of_a_name(extractor):  # type: ignore[no-untyped-def]
    body = (  # frus1917Supp02v02-d78, a telegram of the Ambassador in France
        "2459. Consul General Marseilles has received letter from Carl Grubnau & Son of Philadelphia to the "
        "effect that Waters Ricodeau & Co. of Marseilles have been advised by the Ministry of Blockade to "
        "suspend commercial relations with the said firm pending decision of the defense as to trade "
        "relations with firms previously carried on the French black list. Does Department desire that the "
        "matter be submitted to the French Government with a view to having this restriction withdrawn as "
        "regards Grubnau & Son?"
    )
    head = "12. The Ambassador in France (Sharp) to the Secretary of State"
    _, ex = construction(extractor, body, head=head)
    assert not [a for a in ex.actors if a.name.startswith("Does")]
