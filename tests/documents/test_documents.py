"""Tests for the plain-text document reader (kg.documents)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.documents import (
    Document,
    DocumentError,
    PageBreak,
    Span,
    parse_text,
    read_text_document,
)

ROOT = Path(__file__).resolve().parents[2]

DATA = Path(__file__).parents[1] / "data" / "documents"
SEED = ROOT / "seeds" / "frus1969-76v09-d145.txt"
DEV_TEXTS = ROOT.parent / "shared" / "annotation" / "dev" / "texts"

PAGE_MARKER = re.compile(r"\[Page \w+\] ?")


def span_text(doc: Document, span: Span) -> str:
    return doc.text[span.start:span.end]


@pytest.fixture(scope="module")
def seed() -> Document:
    return read_text_document(SEED)


@pytest.fixture(scope="module")
def stimson() -> Document:
    return read_text_document(DATA / "frus1930v01-d51.txt")


@pytest.fixture(scope="module")
def norway() -> Document:
    return read_text_document(DATA / "frus1918Russiav03-d224.txt")


@pytest.fixture(scope="module")
def nicaragua() -> Document:
    return read_text_document(DATA / "frus1894Nicaragua-d36.txt")


# --------------------------------------------------------------------------- head


def test_seed_head(seed: Document) -> None:
    assert seed.id == "frus1969-76v09-d145"
    assert seed.number == "145"
    assert seed.title == (
        "Message From President Nixon to the President’s Assistant for National "
        "Security Affairs (Kissinger) in Paris"
    )
    assert span_text(seed, seed.head) == seed.title
    assert seed.author == "President Nixon"
    assert seed.author_title is None
    assert seed.recipient == "Kissinger"
    assert seed.recipient_title == "President’s Assistant for National Security Affairs"
    assert seed.extra.get("recipient_location") == "Paris"
    assert seed.volume == "frus1969-76v09"
    assert seed.url == "https://history.state.gov/historicaldocuments/frus1969-76v09/d145"
    assert seed.source == str(SEED)


def test_seed_has_no_dateline_or_signature(seed: Document) -> None:
    assert seed.date is None and seed.place is None
    assert seed.signature is None  # "Warm regards." is not a name
    assert span_text(seed, seed.paragraphs[0]) == "Tohak 71. Deliver immediately."
    assert span_text(seed, seed.paragraphs[-1]) == "Warm regards."


def test_office_author_with_signature(stimson: Document) -> None:
    assert stimson.number == "51"
    assert stimson.title == (
        "The Acting Secretary of State to the Chairman of the American Delegation (Stimson)"
    )
    assert stimson.author == "Acting Secretary of State"
    assert stimson.author_title == "Acting Secretary of State"
    assert stimson.recipient == "Stimson"
    assert stimson.recipient_title == "Chairman of the American Delegation"
    assert stimson.place == "Washington"
    assert stimson.date == "1930-03-11"
    assert stimson.date_text == "March 11, 1930—4 p.m."
    assert stimson.signature == "Cotton"
    assert stimson.footnotes == ()


def test_minister_head_and_footnote_markers(norway: Document) -> None:
    assert norway.number == "224"
    assert norway.author == "Secretary of State"
    assert norway.recipient == "Schmedeman"
    assert norway.recipient_title == "Minister in Norway"
    assert (norway.place, norway.date) == ("Washington", "1918-11-02")
    assert norway.signature == "Lansing"
    first, second = norway.footnotes
    assert norway.text[first.marker.start - 4:first.marker.end] == "Owen1"
    assert norway.text[second.marker.start - 13:second.marker.end] == "aide-mémoire,2"
    assert span_text(norway, first.span).startswith("William H. Owen")
    assert span_text(norway, second.span) == "Aide-mémoire of Oct. 10, ante, p. 147."


def test_duplicated_number_and_initials_signature(nicaragua: Document) -> None:
    assert nicaragua.number == "36"
    assert nicaragua.title == "Mr. Gresham to Mr. Baker."
    assert (nicaragua.author, nicaragua.recipient) == ("Mr. Gresham", "Mr. Baker")
    assert nicaragua.author_title is None and nicaragua.recipient_title is None
    assert (nicaragua.place, nicaragua.date) == ("Washington", "1894-04-26")
    assert nicaragua.signature == "W. Q. Gresham"
    assert nicaragua.volume == "frus1894Nicaragua"


@pytest.mark.parametrize(
    "head, expected",
    [
        ("327. Colonel E. M. House to President Wilson",
         ("Colonel E. M. House", None, "President Wilson", None)),
        ("376. The Ambassador in Chile (Collier) to the Secretary of State",
         ("Collier", "Ambassador in Chile", "Secretary of State", "Secretary of State")),
        ("Telegram From the Embassy in Vietnam to the Department of State",
         ("Embassy in Vietnam", "Embassy in Vietnam",
          "Department of State", "Department of State")),
        ("Memorandum From the President’s Assistant for National Security Affairs "
         "(Kissinger) to President Nixon",
         ("Kissinger", "President’s Assistant for National Security Affairs",
          "President Nixon", None)),
        ("Backchannel Message From the Ambassador to Vietnam (Bunker) to the "
         "President’s Assistant for National Security Affairs (Kissinger)",
         ("Bunker", "Ambassador to Vietnam", "Kissinger",
          "President’s Assistant for National Security Affairs")),
        ("119. The Secretary to President Wilson (Close) to the Secretary of State",
         ("Close", "Secretary to President Wilson", "Secretary of State", "Secretary of State")),
        ("12. The Secretary General of the Commission to Negotiate Peace (Grew) to Mr. Henry White",
         ("Grew", "Secretary General of the Commission to Negotiate Peace", "Mr. Henry White", None)),
        ("3. The Commission to Examine the Claims to the Secretary of State",  # a "to" in an office's name
         ("Commission to Examine the Claims", "Commission to Examine the Claims", "Secretary of State",
          "Secretary of State")),
        ("4. The Secretary of State to President Wilson",
         ("Secretary of State", "Secretary of State", "President Wilson", None)),
        ("Telegram 1466 From the Embassy in Turkey to the Department of State",  # an E-series head
         ("Embassy in Turkey", "Embassy in Turkey", "Department of State", "Department of State")),
        # "from" written small, as some E-series heads have it
        ("Memorandum from the President’s Assistant (Kissinger) to Secretary of State Rogers",
         ("Kissinger", "President’s Assistant", "Secretary of State Rogers", "Secretary of State Rogers")),
        ("Memorandum of Conversation", (None, None, None, None)),
        ("8. A decree sent by the council under date of the third moon (May 4) to Governor Sapt at Zenda",
         (None, None, None, None)),  # a date where a name goes: no party
        ("9. The Survey.—Report of Progress to June 30, 1918", (None, None, None, None)),
        ("10. The Consul at Zenda (Sapt) to the Chief of Staff (March)",  # a month alone may be a name
         ("Sapt", "Consul at Zenda", "March", "Chief of Staff")),
        ("Editorial Note", (None, None, None, None)),
        ("Minutes of a Meeting of the Senior Review Group",  # minutes are the meeting body's
         ("Senior Review Group", "Senior Review Group", None, None)),
        ("Minutes of the Daily Meetings of the Zendan Commissioners, Friday, May 3, 1895",
         ("Zendan Commissioners", "Zendan Commissioners", None, None)),
        ("Minutes of Meeting Between the Commissioners and Technical Experts", (None, None, None, None)),
        ("11. Memorandum by the Chief of the Division of Zendan Affairs (Sapt)",  # a memorandum's writer
         ("Sapt", "Chief of the Division of Zendan Affairs", None, None)),
        ("12. Memorandum by the Secretary of State of a Conversation With the Zendan Minister (Tarlenheim)",
         ("Secretary of State", "Secretary of State", None, None)),
        ("13. Memorandum by Mr. Fritz Tarlenheim, of the Division of Zendan Affairs",
         ("Mr. Fritz Tarlenheim", None, None, None)),
        ("14. Memorandum by the Legal Adviser (Sapt) to the Under Secretary of State (Hentzau)",
         ("Sapt", "Legal Adviser", "Hentzau", "Under Secretary of State")),
        ("15. Memorandum of Conversation Between the Secretary of State and the Zendan Minister",
         (None, None, None, None)),  # a conversation's partners: no writer named
        ("7. the Minister in Peru (Poindexter) to the Secretary of State",  # a volume's lower-case typo
         ("Poindexter", "Minister in Peru", "Secretary of State", "Secretary of State")),
        ("46. Message From the Minister in Zenda (Sapt) to the Chief of Staff (March), Washington,"
         " October 22, 19711 2",  # an E-series head's place and day after the recipient: no name
         ("Sapt", "Minister in Zenda", "March", "Chief of Staff")),
        ("118. Backchannel Message From the Minister in Zenda (Sapt) to the White House, March 13,"
         " 1972, 1219Z.",
         ("Sapt", "Minister in Zenda", "White House", "White House")),
        ("238. Ulen & Company to the Department of State",  # a firm's name joined by an ampersand
         ("Ulen & Company", None, "Department of State", "Department of State")),
    ],
)
def test_head_forms(head: str, expected: tuple) -> None:
    doc = parse_text(head + "\n\nSome text.\n", doc_id="x")
    assert (doc.author, doc.author_title, doc.recipient, doc.recipient_title) == expected
    assert doc.title == re.sub(r"^\d+\. ", "", head)


@pytest.mark.parametrize(
    "body, recipient",
    [
        ("TO\n\nThe Secretary of State\n\nThe Secretary of Defense\n\nSUBJECT\n\nPolicy Toward Zenda\n\n"
         "The President has directed that ...", "Secretary of State"),
        ("[Page 1]\n\nNATIONAL SECURITY COUNCIL\n\nTO: The Secretary of Defense\n\nThe Deputy Secretary of"
         " State\n\nSUBJECT: Aid to Zenda\n\nThe President has requested a study.", "Secretary of Defense"),
        ("The President has directed that ...\n\nTO be sent at once.", None),  # no label, a sentence
        ("The Vice President\n\nThe Director, Office of Management and Budget\n\nAid to Zenda\n\nThe "
         "President has decided ...", "Vice President"),  # offices listed with no label
        ("The Situation in Zenda\n\nThe President has decided that the aid will resume.", None),  # a subject
    ],
)
def test_a_memorandums_addressee_block_names_its_recipient(body: str, recipient: str | None) -> None:
    """A head that names no recipient ("National Security Decision Memorandum 341") leaves it to the
    "TO" block, or the offices listed with no label right after the head: the first addressee listed."""
    doc = parse_text("262. National Security Decision Memorandum 341\n\n" + body + "\n", doc_id="x")
    assert doc.recipient == recipient


@pytest.mark.parametrize(
    "line, title",
    [
        ("164. Telegram 1466 From the Embassy in Zenda to the Department of State1 2",
         "Telegram 1466 From the Embassy in Zenda to the Department of State"),
        ("32. Message From the Premier to President Nixon 1", "Message From the Premier to President Nixon"),
        ("4. Message From the Premier to President Nixon 1 2", "Message From the Premier to President Nixon"),
        ("5. Memorandum of Conversation, Zenda, June 1", "Memorandum of Conversation, Zenda, June 1"),
        ("6. Bulletin No. 2", "Bulletin No. 2"),
    ],
)
def test_head_footnote_markers_glued_or_spaced(line: str, title: str) -> None:
    """A head's note marker is cut off, glued to the last word or set apart by a space; a day is kept."""
    assert parse_text(line + "\n\nSome text.\n", doc_id="x").title == title


@pytest.mark.parametrize(
    "dateline, place, date",
    [
        ("London, September 3, 1919.", "London", "1919-09-03"),
        ("Paris, December 7, 1972.", "Paris", "1972-12-07"),
        ("[Washington,] January 3, 1925", "Washington", "1925-01-03"),
        ("March 3, 1919", None, "1919-03-03"),
        ("Washington, December 1972.", "Washington", "1972-12"),
        ("Washington, 1925.", "Washington", "1925"),
        ("Department of State, Washington, April 26, 1894.", "Washington", "1894-04-26"),
        ("Legation of the United States, Caracas, May 2, 1895. (Received May 20.)", "Caracas", "1895-05-02"),
        ("Minister of the United States to Peru, Lima, June 9, 1896.", "Lima", "1896-06-09"),
    ],
)
def test_datelines(dateline: str, place: str | None, date: str) -> None:
    doc = parse_text(f"1. A to B\n\n{dateline}\n\nBody text.\n", doc_id="x")
    assert (doc.place, doc.date) == (place, date)


# --------------------------------------------------------------------------- text


def test_canonical_text_is_raw_minus_page_markers(seed: Document) -> None:
    raw = SEED.read_text(encoding="utf-8")
    assert seed.text == PAGE_MARKER.sub("", raw)
    assert "[Page" not in seed.text
    assert "He is, frankly, shocked" in seed.text


def test_page_breaks(seed: Document) -> None:
    assert [p.number for p in seed.pages] == ["533", "534"]
    assert seed.text[seed.pages[0].offset:].startswith("frankly, shocked")
    assert seed.text[seed.pages[1].offset:].startswith("to hammer away")


def test_page_marker_at_line_end_and_crlf_bom() -> None:
    doc = parse_text("\ufeff1. A to B\r\n\r\nEnd of page [Page 7]\r\nnext line.\r\n", doc_id="x")
    assert doc.text == "1. A to B\n\nEnd of page\nnext line.\n"
    assert doc.pages == (PageBreak("7", doc.text.index("\nnext")),)


def test_page_marker_inside_a_sentence_keeps_the_words_apart() -> None:
    doc = parse_text("1. A to B\n\nYou would of course [Page 441]counter the allegation.\n", doc_id="x")
    assert "of course counter the allegation" in doc.text
    assert doc.text[doc.pages[0].offset:].startswith("counter")


def test_seed_footnotes(seed: Document) -> None:
    assert [f.number for f in seed.footnotes] == ["1", "2", "3"]
    for note in seed.footnotes:
        assert note.marker is not None
        assert span_text(seed, note.marker) == note.number
    one, two, three = seed.footnotes
    assert seed.text[one.marker.start - 5:one.marker.end] == "Paris1"
    assert one.marker.start == seed.head.end  # head marker is kept out of the head
    assert seed.text[two.marker.start - 7:two.marker.end] == "message2"
    assert seed.text[three.marker.start - 5:three.marker.end] == "them.3"
    assert span_text(seed, one.span).startswith("Source: National Archives")
    assert span_text(seed, two.span) == "Document 144."
    assert span_text(seed, three.span).startswith("In message Hakto 18")
    assert span_text(seed, three.span).endswith("December 3–13, 1972)")


def test_markers_skip_ordinary_numbers() -> None:
    raw = ("1. A to B\n\nOn October 26, 1972 we had 8 months and No. 1 left; "
           "see telegram1 and the note.2\n\n  1. First.\n  2. Second.\n")
    doc = parse_text(raw, doc_id="x")
    first, second = doc.footnotes
    assert doc.text[first.marker.start - 8:first.marker.end] == "telegram1"
    assert doc.text[second.marker.start - 5:second.marker.end] == "note.2"


def test_source_lines_are_notes_as_the_tei_reader_writes_them() -> None:
    """kg writes a volume document's archival source notes as indented "Source:" lines after the
    numbered notes; read back as text they are notes again, not a paragraph of the body."""
    raw = ("12. A to B\n\nThe proposal is unacceptable.1\n\nKellogg\n\n  1. Not printed.\n"
           "  Source: File No. 711.00/12: Telegram\n  Source: [Paraphrase]\n")
    doc = parse_text(raw, doc_id="x")
    assert [span_text(doc, p) for p in doc.paragraphs] == ["The proposal is unacceptable.1", "Kellogg"]
    assert [(n.number, span_text(doc, n.span)) for n in doc.footnotes] == [
        ("1", "Not printed."), ("source", "File No. 711.00/12: Telegram"), ("source-2", "[Paraphrase]")]
    assert doc.footnotes[0].marker is not None and doc.footnotes[1].marker is None


def test_head_line_of_a_number_alone_reads_as_an_untitled_document() -> None:
    """A volume document may have no head text; kg writes it as "32." alone, and reading it back
    gives the number and an empty title, as the TEI reader does, instead of rejecting the file."""
    doc = parse_text("32.\n\n[Handed to the Secretary.]\n\nThe note is acceptable.\n", doc_id="x")
    assert (doc.number, doc.title, doc.head) == ("32", "", Span(3, 3))
    assert [span_text(doc, p) for p in doc.paragraphs][-1] == "The note is acceptable."


def test_body_and_paragraph_spans(seed: Document) -> None:
    assert seed.body.start == seed.paragraphs[0].start
    assert seed.body.end == seed.paragraphs[-1].end
    assert seed.body.end < seed.footnotes[0].span.start
    assert len(seed.paragraphs) == 15
    for span in seed.paragraphs:
        assert seed.head.end < span.start < span.end <= len(seed.text)
        text = span_text(seed, span)
        assert text == text.strip() and "\n\n" not in text


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t\n", "empty"),
        ("binary.txt", b"1. A to B\n\x00\x01\x02", "binary"),
        ("latin1.txt", "1. Caf\u00e9 to B\n".encode("latin-1"), "not UTF-8 text (byte 0xe9"),
        ("garbage.txt", b"%%%% 12345 ####\n\nSome text.\n", "no recognisable head line"),
    ],
)
def test_bad_input(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as info:
        read_text_document(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message


def test_missing_file_is_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="missing.txt"):
        read_text_document(tmp_path / "missing.txt")


# --------------------------------------------------------------------------- dev set


@pytest.mark.parametrize(
    "path",
    sorted(DEV_TEXTS.glob("*.txt")) if DEV_TEXTS.is_dir() else [],
    ids=lambda p: p.stem,
)
def test_dev_texts_parse_within_bounds(path: Path) -> None:
    doc = read_text_document(path)
    n = len(doc.text)
    assert doc.id == path.stem and doc.number and doc.title
    assert 0 <= doc.head.start < doc.head.end <= n
    assert doc.paragraphs and doc.body is not None
    for span in (*doc.paragraphs, *(f.span for f in doc.footnotes)):
        assert 0 <= span.start < span.end <= n
    for note in doc.footnotes:
        if note.marker is not None:
            assert span_text(doc, note.marker) == note.number
            assert note.marker.end <= doc.body.end
    for page in doc.pages:
        assert 0 <= page.offset <= n
    assert doc.text == PAGE_MARKER.sub("", path.read_text(encoding="utf-8"))


def test_a_copy_cut_after_a_sentence_s_first_word_has_no_signature() -> None:
    """A stored page that stops at "The" of the next sentence: no one signed "The"."""
    text = "1. The Secretary of State to the Embassy in Turkey\n\nYou should see Ecevit.\n\nThe\n"
    assert parse_text(text, doc_id="x").signature is None
    assert parse_text(text.replace("The\n", "Kissinger\n"), doc_id="x").signature == "Kissinger"


def test_the_signature_is_read_past_a_line_listing_the_attachments() -> None:
    """ "R.T. Kennedy" then "Attachments": the letter is Kennedy's; no one is called "Attachments"."""
    body = "Recommend you approve the message.\n\nR.T. Kennedy\n\nAttachments\n"
    text = "231. Memorandum From Kennedy to Kissinger\n\n" + body
    assert parse_text(text, doc_id="x").signature == "R.T. Kennedy"


@pytest.mark.parametrize(
    "last, signature",
    [
        ("Brent Scowcroft 2", "Brent Scowcroft"),  # the page's footnote number, spaced
        ("L. Brezhnev4", "L. Brezhnev"),  # or printed against the name
        ("Richard Nixon END QUOTE", "Richard Nixon"),  # a quoted letter's close, then the telegram's mark
        ("Article 2", None),  # a heading with its number is no name
    ],
)
def test_a_signature_is_read_past_a_footnote_number_and_a_quotations_close(last: str, signature: str) -> None:
    text = f"231. Memorandum From Kennedy to Kissinger\n\nRecommend you approve the message.\n\n{last}\n"
    assert parse_text(text, doc_id="x").signature == signature
