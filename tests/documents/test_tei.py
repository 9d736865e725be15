"""Tests for the TEI reader (kg.documents.tei) on small TEI fixtures modelled on the
FRUS volumes of history.state.gov, on broken and hostile XML, and on real volumes."""
from __future__ import annotations

import contextlib
import re
import socket
import threading
from pathlib import Path

import pytest

from kg.documents import (
    DOCUMENT_SUFFIXES,
    Document,
    DocumentError,
    Span,
    read_documents,
    read_tei_volume,
    read_text_document,
)

ROOT = Path(__file__).resolve().parents[2]
TEI = Path(__file__).parents[1] / "data" / "tei"
TEXTS = Path(__file__).parents[1] / "data" / "documents"
CORPUS = ROOT.parent / "shared" / "corpus" / "frus"
PAGE_MARKER = re.compile(r"\[Page \w+\] ?")


def span_text(doc: Document, span: Span) -> str:
    return doc.text[span.start:span.end]


def read_all(path: Path) -> list[Document | DocumentError]:
    return list(read_tei_volume(path))


@pytest.fixture(scope="module")
def volume() -> dict[str, Document]:
    items = read_all(TEI / "frus1918Test.xml")
    assert all(isinstance(d, Document) for d in items), items
    return {d.id.rsplit("-", 1)[1]: d for d in items}  # type: ignore[union-attr]


# --------------------------------------------------------------------------- one volume


def test_documents_in_order_with_volume_ids_and_pages(volume: dict[str, Document]) -> None:
    assert list(volume) == ["d1", "d2", "d3", "d4"]
    d1 = volume["d1"]
    assert d1.id == "frus1918Test-d1"
    assert d1.volume == "frus1918Test"
    assert d1.url == "https://history.state.gov/historicaldocuments/frus1918Test/d1"
    assert d1.source == f"{TEI / 'frus1918Test.xml'}#d1"


def test_text_is_laid_out_like_the_text_format(volume: dict[str, Document]) -> None:
    d1 = volume["d1"]
    assert d1.text == (
        "1. The Secretary of State to the Minister in Norway (Schmedeman)\n\n"
        "Washington, November 2, 1918, 6 p.m.\n\n"
        "545. For Owen1 from War Trade Board:\n\n"
        "We desire you to study this entire situation at Archangel and report to us as "
        "promptly as possible your views.\n\n"
        "The Norwegian Government regret for important reasons:\n\n"
        "1. fish shall be measured in export weight;\n\n"
        "2. copper may be given as ore.\n\n"
        "Lansing\n\n"
        "  1. William H. Owen, War Trade Board representative at Stockholm.\n"
        "  Source: File No. 103.96/1445a\n"
        "  Source: [Telegram—Extract]"
    )
    assert [span_text(d1, p) for p in d1.paragraphs][0] == "Washington, November 2, 1918, 6 p.m."
    assert span_text(d1, d1.paragraphs[-1]) == "Lansing"
    assert d1.body == Span(d1.paragraphs[0].start, d1.paragraphs[-1].end)


def test_head_parties_and_dateline(volume: dict[str, Document]) -> None:
    d1, d2 = volume["d1"], volume["d2"]
    assert (d1.number, d1.title) == ("1", "The Secretary of State to the Minister in Norway (Schmedeman)")
    assert span_text(d1, d1.head) == d1.title
    assert (d1.author, d1.author_title) == ("Secretary of State", "Secretary of State")
    assert (d1.recipient, d1.recipient_title) == ("Schmedeman", "Minister in Norway")
    assert (d1.place, d1.date, d1.date_text) == ("Washington", "1918-11-02", "November 2, 1918, 6 p.m.")
    assert (d2.author, d2.author_title) == ("Schmedeman", "Minister in Norway")
    assert (d2.recipient, d2.recipient_title) == ("Secretary of State", "Secretary of State")
    assert (d2.place, d2.date, d2.date_text) == ("Christiania", "1918-11-04", "November 4, 1918")
    assert d2.title.endswith("to the Secretary of State")  # the head's note marker is left out


def test_repeated_number_and_empty_head(volume: dict[str, Document]) -> None:
    d3, d4 = volume["d3"], volume["d4"]
    assert d3.text.startswith("3. No. 3. Mr. Gresham to Mr. Baker.\n\n")
    assert d3.title == "Mr. Gresham to Mr. Baker."
    assert (d3.author, d3.recipient) == ("Gresham", "Baker")  # as the persName mark-up names them
    assert d3.place == "Washington"  # "Department of State" is an institution, not a place
    assert d3.signature is None  # "[File copy not signed]"
    assert d4.title == "" and d4.head == Span(2, 2) and d4.text.startswith("4.\n\n")
    assert d4.signature == "Theodore Roosevelt"


def test_date_range_from_frus_attributes(volume: dict[str, Document]) -> None:
    assert (volume["d2"].date_min, volume["d2"].date_max) == (
        "1918-11-04T00:00:00-05:00", "1918-11-04T23:59:59-05:00")
    assert volume["d1"].date_min is volume["d1"].date_max is None


def test_footnotes_markers_and_source_notes(volume: dict[str, Document]) -> None:
    d1, d2 = volume["d1"], volume["d2"]
    note, source, telegram = d1.footnotes
    assert note.number == "1" and span_text(d1, note.marker) == "1"
    assert d1.text[note.marker.start - 4:note.marker.end] == "Owen1"
    assert span_text(d1, note.span) == "William H. Owen, War Trade Board representative at Stockholm."
    assert (source.number, source.marker, span_text(d1, source.span)) == (
        "source", None, "File No. 103.96/1445a")
    assert (telegram.number, span_text(d1, telegram.span)) == ("source-2", "[Telegram—Extract]")
    # Notes are numbered 1, 2, … per document (print numbers them per page); the head's
    # note marker is glued to the head line; an enclosure's source note is listed too.
    assert [n.number for n in d2.footnotes] == ["1", "2", "source", "source-2"]
    assert d2.footnotes[0].marker.start == d2.head.end
    assert span_text(d2, d2.footnotes[3].span) == "[Enclosure]"
    for doc in volume.values():
        for footnote in doc.footnotes:
            assert doc.body is None or footnote.span.start > doc.body.end


def test_page_breaks_inside_and_between_paragraphs(volume: dict[str, Document]) -> None:
    d1 = volume["d1"]
    assert [p.number for p in d1.pages] == ["12", "13"]
    assert d1.text[d1.pages[0].offset:].startswith("as possible your views.")
    assert d1.text[d1.pages[1].offset:].startswith("The Norwegian Government")
    assert volume["d3"].pages == ()  # page 14 begins between documents


def test_signature_is_the_documents_own(volume: dict[str, Document]) -> None:
    d2 = volume["d2"]
    assert d2.signature == "A. G. Schmedeman"  # not the enclosure's "Thomas Clerk", nor the office
    assert "Fish\t48,000 tons\n\nCopper ore\t300 tons" in d2.text
    assert "\n\nRespectfully,\n\nA. G. Schmedeman. Minister in Norway\n\n" in d2.text


def test_persons_are_linked_to_the_persons_list(volume: dict[str, Document]) -> None:
    d1 = volume["d1"]
    found = [(span_text(d1, m.span), m.person.id, m.person.name, m.role) for m in d1.persons]
    assert found == [
        ("Schmedeman", "p_SAG1", "Schmedeman, Albert G.", "recipient"),
        ("Owen", "p_OWH1", "Owen, William H.", None),
        ("Lansing", "p_LR1", "Lansing, Robert", None),
        ("William H. Owen", "p_OWH1", "Owen, William H.", None),  # in the footnote
    ]
    owen = d1.persons[1].person
    assert owen.volume == "frus1918Test"
    assert owen.description == "representative at Stockholm of the War Trade Board."
    assert volume["d2"].persons[0].role == "author"
    assert owen == volume["d2"].persons[1].person  # one person across the volume


def test_cross_references(volume: dict[str, Document]) -> None:
    assert volume["d2"].references == (
        "frus1918Test-d4",          # <ref target="#d4">; "#d99" is no document of the volume
        "frus1918Russiav02-d5",     # <ref target="frus1918Russiav02#d5">
        "frus1918Test-d3",          # <ref target="#pg_14">: d3 is dated April 26, as the note says
        "frus1918Test-d1",          # "Your 545, November 2": the telegram d1 opens with 545.
    )
    assert volume["d1"].references == ()


# --------------------------------------------------------------------------- what fails


def test_broken_documents_cost_only_themselves() -> None:
    path = TEI / "frus1918Broken.xml"
    items = read_all(path)
    assert [type(i).__name__ for i in items] == [
        "Document", "DocumentError", "Document", "DocumentError", "Document"]
    entity, unclosed = str(items[1]), str(items[3])
    assert entity == f"{path}:13:38: document d2: not well-formed XML (undefined entity)"
    assert unclosed.startswith(f"{path}:23:") and "document d4" in unclosed and "mismatched tag" in unclosed
    assert [d.id for d in items if isinstance(d, Document)] == [
        "frus1918Broken-d1", "frus1918Broken-d3", "frus1918Broken-d5"]
    assert items[2].text == ("3. The Secretary of State to the Ambassador in France (Sharp)\n\n"
                             "Your telegram was received.")


def test_well_formed_documents_that_cannot_be_read() -> None:
    path = TEI / "frus1918Faulty.xml"
    items = read_all(path)
    assert [getattr(i, "id", None) for i in items] == [
        "frus1918Faulty-d1", None, None, None, "frus1918Faulty-d5"]
    assert [str(e) for e in items if isinstance(e, DocumentError)] == [
        f"{path}:9: document n=2: no xml:id, so the document cannot be named",
        f"{path}:13: document d1: another document has the same xml:id; only the first is read",
        f"{path}:17: document d4: no text besides the head",
    ]


def test_malformed_volume_is_one_error_with_position() -> None:
    path = TEI / "malformed-header.xml"
    (error,) = read_all(path)
    assert isinstance(error, DocumentError)
    assert str(error) == f"{path}:5:50: not well-formed XML (mismatched tag)"


@pytest.mark.parametrize("content, problem", [
    (b"", "no element found"),
    (b"\x00\x01binary", "not well-formed"),
    (b"plain text, not XML\n", "syntax error"),
    (b'<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>',
     "no TEI documents"),
])
def test_files_that_are_no_volume(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "volume.xml"
    path.write_bytes(content)
    (error,) = read_all(path)
    assert isinstance(error, DocumentError)
    assert str(error).startswith(f"{path}:") and problem in str(error) and "\n" not in str(error)


def test_truncated_volume_keeps_the_documents_before_the_cut(tmp_path: Path) -> None:
    data = (TEI / "frus1918Broken.xml").read_bytes()
    path = tmp_path / "truncated.xml"
    path.write_bytes(data[:data.index(b"Your telegram")])
    items = read_all(path)
    assert [getattr(i, "id", None) for i in items] == ["frus1918Broken-d1", None, None]
    assert "document d2" in str(items[1]) and "document d3" in str(items[2])


def test_missing_file(tmp_path: Path) -> None:
    (error,) = read_all(tmp_path / "missing.xml")
    assert isinstance(error, DocumentError) and "cannot read file" in str(error)


# --------------------------------------------------------------------------- hostile XML


@pytest.mark.parametrize("name, declared", [
    ("billion-laughs.xml", "<!DOCTYPE TEI>"),
    ("external-entity-file.xml", "<!DOCTYPE TEI>"),
    ("external-entity-http.xml", "<!DOCTYPE TEI>"),
    ("external-dtd.xml", '<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/tei_all.dtd">'),
])
def test_hostile_xml_is_refused_before_anything_expands(name: str, declared: str) -> None:
    path = TEI / name
    (error,) = read_all(path)
    message = str(error)
    assert isinstance(error, DocumentError)
    assert message.startswith(f"{path}:2:")
    assert f"refused: a document type declaration ({declared})" in message
    assert "lol" not in message and "root:" not in message and len(message) < 300


def test_external_entity_is_never_fetched(tmp_path: Path) -> None:
    """A server the entity points at never sees a connection."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.5)
    port = server.getsockname()[1]
    hits: list[object] = []

    def accept() -> None:
        with contextlib.suppress(OSError):
            hits.append(server.accept())

    thread = threading.Thread(target=accept)
    thread.start()
    path = tmp_path / "fetch.xml"
    path.write_text((TEI / "external-entity-http.xml").read_text().replace(
        "127.0.0.1:9", f"127.0.0.1:{port}"))
    (error,) = read_all(path)
    thread.join()
    server.close()
    assert isinstance(error, DocumentError) and not hits


# --------------------------------------------------------------------------- dispatch


def test_read_documents_picks_the_reader_by_suffix(tmp_path: Path) -> None:
    assert {".txt", ".xml"} == DOCUMENT_SUFFIXES
    tei = list(read_documents(TEI / "frus1918Test.xml"))
    assert [d.id for d in tei] == [f"frus1918Test-d{i}" for i in range(1, 5)]  # type: ignore[union-attr]
    (text,) = read_documents(TEXTS / "frus1930v01-d51.txt")
    assert isinstance(text, Document) and text.id == "frus1930v01-d51"
    (empty,) = read_documents(tmp_path / "missing.txt")  # errors are yielded, never raised
    assert isinstance(empty, DocumentError)


# --------------------------------------------------------------------------- real volumes


def _corpus_volume(name: str) -> Path:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{path} is not here")
    return path


def test_a_real_volume_reads_completely() -> None:
    path = _corpus_volume("frus1894Nicaragua.xml")
    items = read_all(path)
    expected = len(re.findall(rb'<div\b[^>]*type="document"', path.read_bytes()))
    assert len(items) == expected == 138
    errors = [str(e) for e in items if isinstance(e, DocumentError)]
    assert all(isinstance(d, Document) for d in items), errors
    for doc in items:
        assert doc.id and doc.title and doc.text.strip() and doc.body is not None
        assert doc.text[doc.head.start:doc.head.end] == doc.title
        for note in doc.footnotes:
            assert note.marker is None or span_text(doc, note.marker) == note.number


@pytest.mark.parametrize("volume_name, text_name", [
    ("frus1894Nicaragua.xml", "frus1894Nicaragua-d36.txt"),
    ("frus1918Russiav03.xml", "frus1918Russiav03-d224.txt"),
])
def test_same_document_same_text_in_both_formats(volume_name: str, text_name: str) -> None:
    """The TEI document and its text export get the same id, text and metadata (the
    export leaves out the archival source notes the TEI reader appends)."""
    from_text = read_text_document(TEXTS / text_name)
    from_tei = next(d for d in read_tei_volume(_corpus_volume(volume_name))
                    if isinstance(d, Document) and d.id == from_text.id)
    sources = [n for n in from_tei.footnotes if n.number.startswith("source")]
    cut = min((n.span.start - len("  Source: ") for n in sources), default=len(from_tei.text))
    assert from_tei.text[:cut].rstrip("\n") == from_text.text.rstrip("\n")
    for field in ("number", "title", "head", "place", "date", "signature", "url", "volume"):
        assert getattr(from_tei, field) == getattr(from_text, field), field
    numbered = [n for n in from_tei.footnotes if n not in sources]
    assert numbered == list(from_text.footnotes)
