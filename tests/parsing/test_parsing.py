"""The cable parser on whole cables: one written for these tests, the same in the layouts
and encodings the release's copies come in, and extracts, older and damaged cables."""

from datetime import UTC, date, datetime

import pytest

from cables.parsing import Paragraph, Recipient, parse_cable

# A cable in the release's text layout, made up for these tests.
CABLE = """VZCZCXRO1234
PP RUEHDBU
DE RUEHMO #4321/01 2391401
ZNY CCCCC ZZH
P 271401Z AUG 07
FM AMEMBASSY MOSCOW
TO RUEHC/SECSTATE WASHDC PRIORITY 3267
INFO RUCNCIS/CIS COLLECTIVE PRIORITY
RUEKJCS/SECDEF WASHDC PRIORITY

C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 004321

SIPDIS

SIPDIS

E.O. 12958: DECL: 08/27/2017
TAGS: [PREL](#) [PGOV](#) [RS](#)
SUBJECT: RIVER BOARD: NO NEW MEMBERS, BUT MORE
WATER PROJECTS

REF: A. (A) MOSCOW 3001
[1](#)B. (B) 06 MOSCOW 12

MOSCOW 00004321 001.2 OF 002

Classified By: Political M/C Jane Q. Roe. Reasons 1.4 (b) and (d).

[1](#)1. (C) SUMMARY: The river board will not grow this year. Its members
prefer small projects. END SUMMARY.

Board Politics

[1](#)2. (SBU) The chairman said new members bring new problems.

13. (C) A scraped page turned the pilcrow of this paragraph into a one.

MOSCOW 00004321 002.2 OF 002

14. (C) Work resumes in the spring.

Roe"""


@pytest.fixture(scope="module")
def cable():
    return parse_cable(CABLE)


def test_reference_id_comes_from_the_classification_line(cable):
    assert cable.reference_id == "07MOSCOW4321"


def test_sent_at_is_the_date_time_group_in_utc(cable):
    assert cable.sent_at == datetime(2007, 8, 27, 14, 1, tzinfo=UTC)


def test_origin_classification_and_handling(cable):
    assert cable.origin == "Embassy Moscow"
    assert cable.classification == "CONFIDENTIAL"
    assert cable.handling == ["SIPDIS"]


def test_precedence_and_addressees(cable):
    assert cable.precedence == "PRIORITY"
    assert cable.recipients == [Recipient("RUEHC", "SECSTATE WASHDC", "PRIORITY")]
    code, name, precedence = cable.info_recipients[1]
    assert (code, name, precedence) == ("RUEKJCS", "SECDEF WASHDC", "PRIORITY")


def test_header_fields(cable):
    assert cable.declassify_on == date(2017, 8, 27)
    assert cable.tags == ["PREL", "PGOV", "RS"]
    assert cable.subject == "RIVER BOARD: NO NEW MEMBERS, BUT MORE WATER PROJECTS"
    assert cable.references == ["07MOSCOW3001", "06MOSCOW12"]
    assert cable.reference_text.startswith("REF: A. (A) MOSCOW 3001")
    assert cable.classified_by == ["Jane Q. Roe"]
    assert cable.classified_by_title == "Political M/C"
    assert cable.reasons == "1.4 (b) and (d)"


def test_summary_signer_and_no_warnings(cable):
    expected = "The river board will not grow this year. Its members prefer small projects."
    assert cable.summary == expected
    assert cable.signer == "Roe"
    assert cable.warnings == []


def test_paragraphs_are_numbered_with_their_markings(cable):
    assert [(p.number, p.marking) for p in cable.paragraphs] == [
        (1, "C"),
        (2, "SBU"),
        (3, "C"),
        (4, "C"),
    ]
    number, marking, text = cable.paragraphs[1]
    assert text.startswith("The chairman said") and "Board Politics" not in text
    assert cable.paragraphs[0].text.endswith("Board Politics")


def test_page_breaks_and_header_noise_leave_the_body(cable):
    assert "001.2 OF 002" not in cable.body and "002.2 OF 002" not in cable.body
    assert "SIPDIS" not in cable.body
    assert not any("OF 002" in p.text for p in cable.paragraphs)
    assert cable.header.startswith("VZCZCXRO1234") and cable.header.endswith("WASHDC PRIORITY")


def test_paragraphs_and_fields_support_attribute_and_tuple_access(cable):
    paragraph = cable.paragraphs[0]
    assert isinstance(paragraph, Paragraph)
    number, marking, text = paragraph
    assert (number, marking, text) == (paragraph.number, paragraph.marking, paragraph.text)


def test_bytes_in_windows_1252_with_crlf_and_latin1_pilcrow():
    raw = CABLE.replace("[1](#)", "\xb6").replace("\n", "\r\n").encode("cp1252")
    parsed = parse_cable(raw)
    assert parsed.reference_id == "07MOSCOW4321"
    assert [p.number for p in parsed.paragraphs] == [1, 2, 3, 4]
    assert "\r" not in parsed.body


def test_utf8_bytes_with_line_separators_and_no_break_spaces():
    text = CABLE.replace("\n", "\u2028").replace("TAGS: ", "TAGS:\u00a0")
    parsed = parse_cable(text.encode("utf-8"))
    assert parsed.tags == ["PREL", "PGOV", "RS"]
    assert parsed.subject == "RIVER BOARD: NO NEW MEMBERS, BUT MORE WATER PROJECTS"


def test_utf8_with_one_broken_byte_stays_utf8():
    data = "UNCLAS MOSCOW 000001\n\nSUBJECT: ÉLYSÉE’S “PLAN”\n\n1. (U) Ça va.".encode() + b"\xff"
    assert parse_cable(data).subject == "ÉLYSÉE’S “PLAN”"


def test_views_of_bytes_are_text_too():
    assert parse_cable(memoryview(CABLE.encode())).reference_id == "07MOSCOW4321"


def test_stray_markup_and_entities_do_not_disturb_it():
    text = CABLE.replace("SUBJECT:", "<strong>SUBJECT:</strong>").replace(
        "The chairman said", "The chairman&#39;s aide said R&D; <<Volga>> is first.<br>"
    )
    parsed = parse_cable(text)
    assert parsed.subject == "RIVER BOARD: NO NEW MEMBERS, BUT MORE WATER PROJECTS"
    assert "The chairman's aide said R&D; <<Volga>> is first." in parsed.paragraphs[1].text


def test_whole_web_page_of_the_release():
    header, body = CABLE.split("\n\nC O N F", 1)
    page = (
        "<html><body><table class='cable'><tr><td><a>07MOSCOW4321</a></td>"
        "<td><a>2007-08-27 14:14</a></td><td><a>2010-12-01</a></td>"
        "<td><a title='secret'>CONFIDENTIAL</a></td><td><a>Embassy Moscow</a></td></tr></table>"
        f"<code><pre>{header.replace(chr(10), '&#x000A;')}</pre></code>"
        f"<code><pre>C O N F{body.replace(chr(10), '&#x000A;')}</pre></code></body></html>"
    )
    parsed = parse_cable(page)
    assert (parsed.reference_id, parsed.origin) == ("07MOSCOW4321", "Embassy Moscow")
    assert parsed.tags == ["PREL", "PGOV", "RS"]
    assert parsed.sent_at == datetime(2007, 8, 27, 14, 1, tzinfo=UTC)


def test_cables_csv_row_gives_the_release_metadata():
    header, body = CABLE.split("\n\nC O N F", 1)
    row = (
        '"7","8/27/2007 14:01","07MOSCOW4321","Embassy Moscow","CONFIDENTIAL",'
        f'"07MOSCOW3001,06MOSCOW12","{header}","C O N F{body.replace(chr(34), chr(92) + chr(34))}"'
    )
    parsed = parse_cable(row)
    assert parsed.reference_id == "07MOSCOW4321"
    assert parsed.classification == "CONFIDENTIAL"
    assert parsed.subject == "RIVER BOARD: NO NEW MEMBERS, BUT MORE WATER PROJECTS"
    assert [p.number for p in parsed.paragraphs] == [1, 2, 3, 4]


def test_tab_separated_dump_with_line_continuations():
    header, body = CABLE.split("\n\nC O N F", 1)
    row = (
        "12\t2007-08-27 14:01:00\t07MOSCOW4321\tEmbassy Moscow\tCONFIDENTIAL//NOFORN\t\t"
        + header.replace("\n", "\\\n")
        + "\tC O N F"
        + body.replace("\n", "\\\n")
    )
    parsed = parse_cable(row)
    assert parsed.classification == "CONFIDENTIAL//NOFORN"
    assert parsed.tags == ["PREL", "PGOV", "RS"]
    assert parsed.signer == "Roe"


def test_partial_extract_without_routing_header():
    text = (
        "This record is a partial extract of the original cable. The full text of the "
        "original cable is not available.\n\n091553Z May 05\n\nS E C R E T  ROME 001593\n\n"
        "SIPDIS\n\nEO 12958 DECL: 05/08/2015\nTAGS PREL, MOPS, IT\n"
        "SUBJECT: TALKS ON THE BRIDGE\nREF: ROME 1506\n\n"
        "Classified By: DCM John Doe, reasons 1.4 b and d.\n\n"
        "¶1. (S) The talks went well.\n"
    )
    parsed = parse_cable(text)
    assert parsed.reference_id == "05ROME1593"
    assert parsed.sent_at == datetime(2005, 5, 9, 15, 53, tzinfo=UTC)
    assert (parsed.origin, parsed.classification) == ("Embassy Rome", "SECRET")
    assert parsed.references == ["05ROME1506"]
    assert parsed.paragraphs == [Paragraph(1, "S", "The talks went well.")]


def test_dateless_extract_takes_its_year_from_the_declassification_date():
    text = (
        "This record is a partial extract of the original cable.\n\n"
        "C O N F I D E N T I A L MADRID 000109\n\nE.O. 12958: DECL: 01/11/2015\n"
        "TAGS: PREL SP\nSUBJECT: NO DECISION YET\n\n¶1. (C) Text.\n"
    )
    parsed = parse_cable(text)
    assert (parsed.sent_at, parsed.sent_at_precision) == (datetime(2005, 1, 1, tzinfo=UTC), "year")
    assert parsed.reference_id == "05MADRID109"
    assert any("inferred" in warning for warning in parsed.warnings)


def test_older_cable_with_classification_at_the_end():
    text = (
        "P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC PRIORITY\n"
        "INFO USCINCSO\nAMEMBASSY LIMA\n\n"
        "E.O. 11652: GDS\nTAGS EFIS, PBTS, AR\nSUBJ: FISHING LIMITS\n\n"
        "1. PRESS REPORTS CONFIRM NEW LAW.\n\n2. NAVY AGREES.\n\nSMITH\n\nCONFIDENTIAL\n"
    )
    parsed = parse_cable(text)
    assert parsed.sent_at == datetime(1966, 12, 28, 18, 48, tzinfo=UTC)
    assert parsed.origin == "Embassy Buenos Aires"
    assert parsed.classification == "CONFIDENTIAL"
    assert parsed.precedence == "PRIORITY"
    assert parsed.info_recipients == [
        Recipient(None, "USCINCSO", None),
        Recipient(None, "AMEMBASSY LIMA", None),
    ]
    assert parsed.declassify_on is None
    assert parsed.tags == ["EFIS", "PBTS", "AR"]
    assert parsed.subject == "FISHING LIMITS"
    assert [p.number for p in parsed.paragraphs] == [1, 2]


def test_headers_run_together_on_one_line():
    text = (
        "Cable dated:2006-02-07T22:12:00C O N F I D E N T I A L SANTO DOMINGO 000409SIPDIS"
        "E.O. 12958: DECL: 02/07/2016 Tags: prel, dr Subject: duvalier's return\n\n"
        "¶1. (C) Text one.\n¶2. (C) Text two.\n"
    )
    parsed = parse_cable(text)
    assert parsed.reference_id == "06SANTODOMINGO409"
    assert parsed.sent_at == datetime(2006, 2, 7, 22, 12, tzinfo=UTC)
    assert parsed.tags == ["PREL", "DR"]
    assert parsed.subject == "duvalier's return"
    assert parsed.declassify_on == date(2016, 2, 7)
    assert [p.number for p in parsed.paragraphs] == [1, 2]


def test_lower_case_cable():
    text = CABLE.lower()
    parsed = parse_cable(text)
    assert parsed.reference_id == "07MOSCOW4321"
    assert parsed.classification == "CONFIDENTIAL"
    assert parsed.tags == ["PREL", "PGOV", "RS"]
    assert parsed.subject == "river board: no new members, but more water projects"
    assert parsed.references == ["07MOSCOW3001", "06MOSCOW12"]


def test_cable_cut_short_keeps_what_it_has():
    parsed = parse_cable(CABLE[: CABLE.index("SUBJECT:") + 20])
    assert parsed.reference_id == "07MOSCOW4321"
    assert parsed.tags == ["PREL", "PGOV", "RS"]
    assert parsed.subject == "RIVER BOARD"
    assert parsed.paragraphs == []
