"""The cable parser on short cable-like texts written for these tests, one per variant."""

from datetime import UTC, date, datetime

import pytest

from cables.parsing import (
    CLASSIFICATIONS,
    POST_ORIGINS,
    Paragraph,
    Recipient,
    origin_for_post,
    parse_cable,
    parse_classified_by,
    parse_declassify_on,
    parse_references,
    parse_subject,
    parse_summary,
    parse_tags,
)

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


# --- parse_cable: the whole cable ------------------------------------------------------------


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
    assert parsed.sent_at is None
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


@pytest.mark.parametrize(
    ("line", "reference_id", "origin"),
    [
        ("UNCLAS STATE 012345", "08STATE12345", "Secretary of State"),
        ("UNCLAS SECSTATE 012345", "08STATE12345", "Secretary of State"),
        ("C O N F I D E N T I A L USUN NEW YORK 000258", "08USUNNEWYORK258", "USUN New York"),
        ("UNCLAS RIO DE JANEIRO 000045", "08RIODEJANEIRO45", "Consulate Rio De Janeiro"),
        ("S E C R E T USNATO 000777", "08USNATO777", "Mission USNATO"),
        ("UNCLAS E F T O LONDON 002187", "08EFTOLONDON2187", "Embassy London"),
    ],
    ids=["state", "secstate", "usun", "rio", "usnato", "efto"],
)
def test_reference_id_and_origin_from_the_post(line, reference_id, origin):
    parsed = parse_cable(f"R 010101Z JAN 08\n\n{line}\n\nSUBJECT: X\n\n1. (U) Text.")
    assert (parsed.reference_id, parsed.origin) == (reference_id, origin)


def test_reference_id_from_page_breaks_when_there_is_no_classification_line():
    text = "R 010101Z MAR 09\n\nSUBJECT: X\n\n1. Text.\n\nBOGOTA 00000123 002 OF 003\n\n2. More."
    assert parse_cable(text).reference_id == "09BOGOTA123"


def test_reference_id_from_the_routing_line_and_sender():
    text = "DE RUEHSJ #0042/01 0101010\nR 010101Z MAR 09\nFM AMEMBASSY SAN JOSE\nTO SECSTATE\n"
    parsed = parse_cable(text)
    assert (parsed.reference_id, parsed.origin) == ("09SANJOSE42", "Embassy San Jose")


@pytest.mark.parametrize(
    ("sender", "origin"),
    [
        ("AMCONSUL SHANGHAI", "Consulate Shanghai"),
        ("SECSTATE WASHDC", "Secretary of State"),
        ("USMISSION USUN NEW YORK", "USUN New York"),
        ("USMISSION GENEVA", "US Mission Geneva"),
        ("USEU BRUSSELS", "USEU Brussels"),
        ("AIT TAIPEI", "American Institute Taiwan, Taipei"),
        ("USINT HAVANA", "US Interests Section Havana"),
        ("AMEMBASSY PORT OF SPAIN", "Embassy Port Of Spain"),
    ],
)
def test_origin_from_the_sender(sender, origin):
    text = f"R 010101Z MAR 09\nFM {sender}\nTO SECSTATE WASHDC\n\nUNCLAS SECTION 01 OF 02 X 1\n"
    assert parse_cable(text).origin == origin


@pytest.mark.parametrize(
    ("lines", "classification"),
    [
        ("UNCLAS MOSCOW 000001", "UNCLASSIFIED"),
        ("UNCLAS MOSCOW 000001\n\nSENSITIVE\nSIPDIS", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"),
        ("C O N F I D E N T I A L MOSCOW 000001", "CONFIDENTIAL"),
        ("C O N F I D E N T I A L MOSCOW 000001\n\nNOFORN", "CONFIDENTIAL//NOFORN"),
        ("S E C R E T MOSCOW 000001", "SECRET"),
        ("S E C R E T MOSCOW 000001\n\nSIPDIS\nNOFORN", "SECRET//NOFORN"),
        ("SECRET//NOFORN MOSCOW 000001", "SECRET//NOFORN"),
    ],
)
def test_the_six_classifications(lines, classification):
    parsed = parse_cable(f"R 010101Z MAR 09\n\n{lines}\n\nTAGS: PREL\nSUBJECT: X\n\n1. Y")
    assert parsed.classification == classification
    assert parsed.classification in CLASSIFICATIONS


def test_classification_from_the_routing_header_when_the_line_is_missing():
    text = "ZNY SSSSS ZZH\nO 010101Z MAR 09\nFM AMEMBASSY ROME\n\nTAGS: PREL\n\n1. (S) Text."
    parsed = parse_cable(text)
    assert (parsed.classification, parsed.precedence) == ("SECRET", "IMMEDIATE")


def test_handling_caveats_in_order():
    text = "S E C R E T MOSCOW 000001\n\nNODIS\nSIPDIS\nNOFORN\n\nSUBJECT: X\n\n1. Y"
    assert parse_cable(text).handling == ["NODIS", "SIPDIS", "NOFORN"]


def test_niact_immediate_precedence():
    text = "O 010101Z MAR 09\nFM SECSTATE WASHDC\nTO AMEMBASSY ROME NIACT IMMEDIATE 1234\n"
    parsed = parse_cable(text)
    assert parsed.precedence == "NIACT IMMEDIATE"
    assert parsed.recipients == [Recipient(None, "AMEMBASSY ROME", "NIACT IMMEDIATE")]


def test_a_date_cited_in_the_references_is_not_the_date_sent():
    text = "C O N F I D E N T I A L MOSCOW 000001\n\nREF: SECDEF R162245Z OCT 08\n\n1. Text."
    assert parse_cable(text).sent_at is None


def test_written_date_line_of_extracts():
    text = "Thursday, 04 June 2009, 09:08\nS E C R E T SINGAPORE 000529\nSUBJECT: X\n¶1. Y"
    parsed = parse_cable(text)
    assert parsed.sent_at == datetime(2009, 6, 4, 9, 8, tzinfo=UTC)
    assert parsed.reference_id == "09SINGAPORE529"


def test_paragraph_markings_and_numbers_in_their_variants():
    body = (
        "¶1. (S/NF) One.\n\n2.(C//NF) Two.\n\n3. (SBU) Three.\n\n4. Four has no marking.\n"
        "It runs on.\n\n5.  (U) Five, in 1.4 (b) terms."
    )
    parsed = parse_cable(f"UNCLAS MOSCOW 000001\n\nSUBJECT: X\n\n{body}")
    assert [(p.number, p.marking) for p in parsed.paragraphs] == [
        (1, "S/NF"),
        (2, "C//NF"),
        (3, "SBU"),
        (4, None),
        (5, "U"),
    ]
    assert parsed.paragraphs[3].text == "Four has no marking.\nIt runs on."


def test_unnumbered_body_is_one_paragraph_without_number():
    parsed = parse_cable("UNCLAS MOSCOW 000001\n\nSUBJECT: X\n\nJust a note.\n\nSecond line.")
    assert parsed.paragraphs == [Paragraph(None, None, "Just a note.\n\nSecond line.")]


def test_section_lines_of_multipart_cables_leave_the_body():
    text = (
        "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 000001\n\nSUBJECT: X\n\n"
        "1. (C) First part\n\nC O N F I D E N T I A L SECTION 02 OF 02 MOSCOW 000001\n\n"
        "continues here.\n\nSECTION 02 OF 02\n\n2. (C) Second."
    )
    parsed = parse_cable(text)
    assert parsed.paragraphs[0].text == "First part\n\ncontinues here."
    assert "SECTION" not in parsed.body


@pytest.mark.parametrize(
    "data",
    [None, "", b"", b"\xff\xfe\x00garbage", "\x00\x01", "¶" * 50, "SUBJECT:", "1." * 100],
    ids=["none", "empty", "empty-bytes", "binary", "control", "pilcrows", "bare-key", "dots"],
)
def test_never_raises_and_reports_what_is_missing(data):
    parsed = parse_cable(data)
    assert parsed.reference_id is None
    assert "no reference id found" in parsed.warnings


# --- field functions on fragments ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("TAGS: PREL PGOV ECON", ["PREL", "PGOV", "ECON"]),
        ("TAGS PREL, PGOV, ECON ", ["PREL", "PGOV", "ECON"]),
        ("TAGS: PREL,PGOV;ECON", ["PREL", "PGOV", "ECON"]),
        ("TAGS: PREL PGOV\n   KDEM EG\nSUBJECT: X", ["PREL", "PGOV", "KDEM", "EG"]),
        ("TAGS: PHUM OPRC OPRC IT", ["PHUM", "OPRC", "IT"]),
        ("TAGS: [EAID](#) [ENRG](#)", ["EAID", "ENRG"]),
        ("tags: prel, pgov", ["PREL", "PGOV"]),
        ("E.o. 12958: decl: 01/07/2014 Tags: prel, pgov Subject: x", ["PREL", "PGOV"]),
        (
            "TAGS: OVIP (SMITH, JOHN B.), PREL, \nKN \nSUBJECT: X",
            ["OVIP (SMITH, JOHN B.)", "PREL", "KN"],
        ),
        ("TAGS: OVIP DOE JANE PREL ECON", ["OVIP DOE JANE", "PREL", "ECON"]),
        ("TAGS PREL, OVIP, NATO", ["PREL", "OVIP", "NATO"]),
        ("there are no tags here", []),
    ],
    ids=[
        "colon-spaces",
        "no-colon-commas",
        "semicolons",
        "across-lines",
        "repeats",
        "link-debris",
        "lower-case",
        "run-together",
        "person-in-parentheses",
        "person-words",
        "ovip-alone",
        "none",
    ],
)
def test_parse_tags(text, tags):
    assert parse_tags(text) == tags


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("SUBJECT: A B C\nD E\n\nREF: X", "A B C D E"),
        ("SUBJ: OLD STYLE\n\n1. TEXT", "OLD STYLE"),
        ("SUBJECT: SAME LINE REF: STATE 1234", "SAME LINE"),
        ("SUBJECT: SPANS A\nMOSCOW 00004321 001.2 OF 002\nPAGE BREAK\n\n", "SPANS A PAGE BREAK"),
        ("SUBJECT: (C) MARKED\nClassified By: X Y", "(C) MARKED"),
        ("SUBJECT: TITLE\nCLASSIFIED BY: X Y", "TITLE"),
        ("Tags: prel Subject: run together words", "run together words"),
        ("SUBJECT: MEDIA REACTION --------- SUBJECTS COVERED", "MEDIA REACTION"),
        ("SUBJECT: FIRST\n¶1. (C) Body.", "FIRST"),
        ("no subject here", None),
    ],
    ids=[
        "continuation",
        "subj",
        "trailing-ref",
        "page-break",
        "marking",
        "classified-by",
        "run-together",
        "dashes",
        "paragraph",
        "none",
    ],
)
def test_parse_subject(text, subject):
    assert parse_subject(text) == subject


@pytest.mark.parametrize(
    ("text", "year", "references"),
    [
        (
            "REF: A. (A) MOSCOW 3996\n[1](#)B. (B) MOSCOW 4141",
            2007,
            ["07MOSCOW3996", "07MOSCOW4141"],
        ),
        ("REF: 05 PARIS 5459", 2007, ["05PARIS5459"]),
        ("REF: A. 2007 MANAGUA 2135 B. MANAGUA 12", 2008, ["07MANAGUA2135", "08MANAGUA12"]),
        ("REF: A) TRIPOLI 1060; B) SMITH-JONES EMAIL 12/27/07", 8, ["08TRIPOLI1060"]),
        ("REF: A. SECDEF R162245Z OCT 08 B. STATE 1234", 2008, ["08STATE1234"]),
        (
            "REF: (A) SECSTATE 155973\n\n      (B) SAN JOSE 1549",
            2005,
            ["05STATE155973", "05SANJOSE1549"],
        ),
        (
            "REF: USUN NEW YORK 258, RIO DE JANEIRO 12",
            2008,
            ["08USUNNEWYORK258", "08RIODEJANEIRO12"],
        ),
        ("REF: STATE085363", 2009, ["09STATE85363"]),
        ("REF: 07MOSCOW3996 AND 07 MOSCOW 3996", 2008, ["07MOSCOW3996"]),
        ("REF: TEHRAN 1091: MOSCOW 1603", 1972, ["72TEHRAN1091", "72MOSCOW1603"]),
        ("ref: a. moscow 3996", 2007, ["07MOSCOW3996"]),
        ("REF: A. IIR 6 832 0099 08 B. MEMO OF 12/02/2007", 2007, []),
        ("REF: BOGOTA 3101", None, []),
    ],
    ids=[
        "lettered",
        "two-digit-year",
        "four-digit-year",
        "email",
        "dtg",
        "secstate",
        "multi-word-posts",
        "no-space",
        "canonical-and-repeat",
        "colons",
        "lower-case",
        "not-cables",
        "no-year",
    ],
)
def test_parse_references(text, year, references):
    assert parse_references(text, year) == references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Classified By: Political M/C Jane Q. Roe. Reasons 1.4 (b) and (d).",
            (["Jane Q. Roe"], "Political M/C", "1.4 (b) and (d)"),
        ),
        (
            "CLASSIFIED BY: John T. Doe, A/DCM, U.S. Embassy Tripoli. REASON: 1.4 (b), (d)",
            (["John T. Doe"], "A/DCM", "1.4 (b), (d)"),
        ),
        (
            "Classified By: Classified BY Political Counselor Dan Roe, reason 1.4 (b, d)",
            (["Dan Roe"], "Political Counselor", "1.4 (b, d)"),
        ),
        (
            "Classified by Polcouns Al Doe for reasons 1.4 (b) an\nd (d)",
            (["Al Doe"], "Polcouns", "1.4 (b) and (d)"),
        ),
        (
            "Classified By: DEPUTY CHIEF OF MISSION JOHN K. ROE. REASONS: 1.5 (B AND D)",
            (["JOHN K. ROE"], "DEPUTY CHIEF OF MISSION", "1.5 (B AND D)"),
        ),
        (
            "Classified By: PolOffs John Doe and Jane Roe for reasons 1.4 (b) and (d)",
            (["John Doe", "Jane Roe"], "PolOffs", "1.4 (b) and (d)"),
        ),
        ("CLASSIFIED BY AMBASSADOR. REASON 1.5(B,D).", ([], "AMBASSADOR", "1.5(B,D)")),
        ("no classification authority", ([], None, None)),
    ],
    ids=[
        "title-name",
        "name-then-title",
        "repeated",
        "cut-word",
        "capitals",
        "two",
        "title",
        "none",
    ],
)
def test_parse_classified_by(text, expected):
    names, title, reasons = expected
    found = parse_classified_by(text)
    assert (found, found.title, found.reasons) == (names, title, reasons)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("E.O. 12958: DECL: 08/27/2017", date(2017, 8, 27)),
        ("EO 12958 DECL: 02/22/2020", date(2020, 2, 22)),
        ("E.O. 12958: DECL: 2020/02/23", date(2020, 2, 23)),
        ("E.O. 12958: DECL:  2/3/2028", date(2028, 2, 3)),
        ("E.O. 12958: DECL: 11/29/10 TAGS: PGOV", date(2010, 11, 29)),
        ("e.o. 12958: decl: 01/07/2014 tags: prel", date(2014, 1, 7)),
        ("E.O. 12958: DECL: JUNE 21, 2016", date(2016, 6, 21)),
        ("E.O. 12958: N/A", None),
        ("E.O. 11652: GDS", None),
        ("E.O. 12958: DECL: 1.6X1", None),
        ("E.O. 12958: DECL: OADR", None),
        ("E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009", None),
    ],
    ids=[
        "slashes",
        "eo-no-dots",
        "year-first",
        "single-digits",
        "two-digit-year",
        "lower-case",
        "words",
        "n-a",
        "gds",
        "exemption-code",
        "oadr",
        "declassified",
    ],
)
def test_parse_declassify_on(text, expected):
    assert parse_declassify_on(text) == expected


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (
            "1. (C) SUMMARY: It grew. It will grow. END SUMMARY.\n\n2. (C) X.",
            "It grew. It will grow.",
        ),
        (
            "1. (C) Summary and comment: Fine.\n\n2. (C) Also. End summary and comment.\n\n3. X",
            "Fine.\n\nAlso.",
        ),
        ("BEGIN SUMMARY\n\nTHE SHAH ASKS.\n\nACTION REQUESTED: NONE.", "THE SHAH ASKS."),
        ("-------\nSummary\n-------\n\n1. (SBU) It grew.\n\n2. (U) Next.", "It grew."),
        ("¶1. (S) Summary: one paragraph only.\n¶2. (S) Second.", "one paragraph only."),
        ("(C) SUMMARY. Short. (END SUMMARY)", "Short."),
        ("1. Nothing summarised; end summary", None),
    ],
    ids=["end-marker", "and-comment", "begin", "heading", "no-end", "parenthesised", "none"],
)
def test_parse_summary(text, summary):
    assert parse_summary(text) == summary


def test_origin_table_covers_the_release_posts():
    assert len(POST_ORIGINS) >= 250
    assert origin_for_post("MOSCOW") == "Embassy Moscow"
    assert origin_for_post("SECSTATE") == "Secretary of State"
    assert origin_for_post("RIODEJANEIRO") == "Consulate Rio De Janeiro"
    assert origin_for_post("NOWHERE") is None


@pytest.mark.parametrize(
    ("ending", "signer"),
    [
        ("the board met.\n\nBURNS", "BURNS"),
        ("the board met.\nVan Voorst", "Van Voorst"),
        ("the board met. End Comment. BRUSH", "BRUSH"),
        ("the board met. End Comment. Scobey", "Scobey"),
        ('the board met.\n\nWARE "\n', "WARE"),
        ("the board met.\nSIMONS\n\n=========CABLE ENDS=========", "SIMONS"),
        ("the board met.\nTUTTLE 0 02/26/2008", "TUTTLE"),
        ("Website: XXXXXXXXXXXX ******** ERELI", "ERELI"),
        ("the board met with the President of\nFrance", None),
        ("the board met.\n\nEND SUMMARY", None),
        ("the board met.", None),
    ],
    ids=[
        "own-line",
        "two-words",
        "end-of-line",
        "mixed-case-end-of-line",
        "stray-quote",
        "banner",
        "stamp",
        "after-redaction",
        "wrapped-sentence",
        "not-a-name",
        "none",
    ],
)
def test_signer(ending, signer):
    parsed = parse_cable(f"UNCLAS MOSCOW 000001\n\nSUBJECT: X\n\n1. (U) {ending}")
    assert parsed.signer == signer


def test_classified_by_is_the_list_of_names_with_title_and_reasons():
    found = parse_classified_by("Classified By: Ambassador John Roe, reasons 1.4 (b) and (d)")
    assert found == ["John Roe"] and found.names == ["John Roe"]
    assert (found.title, found.reasons) == ("Ambassador", "1.4 (b) and (d)")


def test_paragraphs_glued_onto_the_last_header_line_come_apart():
    glued = " ".join(
        f"{n}. (C) Sentence number {n} of the body, long enough to matter." for n in (1, 2, 3)
    )
    text = (
        "C O N F I D E N T I A L TRIPOLI 000453\n\nSUBJECT: X\n\n"
        f"CLASSIFIED BY: John Roe, CDA. REASON: 1.4 (b), (d) {glued * 3}"
    )
    parsed = parse_cable(text)
    assert parsed.reasons == "1.4 (b), (d)"
    assert [p.number for p in parsed.paragraphs][:3] == [1, 2, 3]


def test_a_marked_paragraph_after_the_references_is_not_a_reference():
    text = (
        "UNCLAS MANAMA 000963\n\nSUBJECT: X\n\nREF: STATE 146857\n\n"
        "(U) Pol/Econ Chief delivered reftel points to the ministry on October 21 and the "
        "delegation said it would support the candidate in the coming vote.\n\nROE"
    )
    parsed = parse_cable("R 010101Z OCT 07\n\n" + text)
    assert parsed.reference_text == "REF: STATE 146857"
    assert parsed.references == ["07STATE146857"]
    assert parsed.paragraphs[0].text.startswith("(U) Pol/Econ Chief")


def test_limited_official_use_reads_as_for_official_use_only():
    parsed = parse_cable("R 281848Z DEC 76\n\nLIMITED OFFICIAL USE ROME 01234\n\nSUBJ: X\n\n1. Y")
    assert parsed.classification == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    assert parsed.reference_id == "76ROME1234"


def test_a_sensitive_subject_is_not_a_caveat():
    text = "UNCLAS TRIPOLI 000638\n\nSIPDIS\n\nSUBJECT: TIME SENSITIVE ISSUES\n\n1. (U) Text."
    parsed = parse_cable(text)
    assert parsed.classification == "UNCLASSIFIED"
    assert parsed.handling == ["SIPDIS"]


@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        ("Classified By: Pol Counselor Lisa Roe, 1.4(b),(d)", "1.4(b),(d)"),
        ("Classified By: Charge J. Robert Doe per 1.5 (b) and (d).", "1.5 (b) and (d)"),
    ],
    ids=["comma", "per"],
)
def test_reasons_without_the_word_reason(text, reasons):
    assert parse_classified_by(text).reasons == reasons


def test_a_repeated_eo_line_gives_the_date_the_first_one_lacks():
    text = "E.O. 12958: DECL: 08...\n\nE.O. 12958: DECL: 08/11/2018\nTAGS: PREL"
    assert parse_declassify_on(text) == date(2018, 8, 11)


def test_routing_header_after_the_classification_line():
    text = (
        "UNCLASSIFIED   STATE   00100153\nO 251814Z SEP 09\nFM SECSTATE WASHDC\n"
        "TO RUEHTRO/AMEMBASSY TRIPOLI IMMEDIATE 9888\n\nUNCLAS STATE 100153\n\nSUBJECT: X\n\n1. Y"
    )
    parsed = parse_cable(text)
    assert parsed.reference_id == "09STATE100153"
    assert parsed.recipients == [Recipient("RUEHTRO", "AMEMBASSY TRIPOLI", "IMMEDIATE")]
    assert parsed.precedence == "IMMEDIATE"


@pytest.mark.parametrize("year", [2007, 7, "07", "2007"])
def test_the_cable_year_may_be_given_in_any_form(year):
    assert parse_references("REF: MOSCOW 3996", year) == ["07MOSCOW3996"]


def test_a_year_that_is_not_one_is_no_year():
    assert parse_references("REF: MOSCOW 3996", "soon") == []


def test_office_distribution_block_is_not_addressees_and_precedence_from_the_to_line():
    text = (
        "291359Z Nov 00\n\n  CONFIDENTIAL     PTQ1859\n\n"
        "PAGE 01  HARARE  06677  01 OF 03  291400Z\n"
        "INFO  LOG-00   NP-00    AID-00\n      CTME-00  DINT-00    /012W\n"
        "FM AMEMBASSY HARARE\nTO SECSTATE WASHDC IMMEDIATE 7738\nINFO NSC WASHDC IMMEDIATE\n\n"
        "C O N F I D E N T I A L SECTION 01 OF 03 HARARE 006677\n\nSUBJECT: X\n\n1. (C) Y."
    )
    parsed = parse_cable(text)
    assert parsed.reference_id == "00HARARE6677"
    assert parsed.info_recipients == [Recipient(None, "NSC WASHDC", "IMMEDIATE")]
    assert parsed.precedence == "IMMEDIATE"


def test_release_markings_and_summary_with_comment():
    text = (
        "S E C R E T MOSCOW 000001\n\nSUBJECT: X\n\n"
        "1. (S/REL TO USA, GBR) SUMMARY/COMMENT: Shared. END SUMMARY/COMMENT.\n\n2. (S / NF) Y."
    )
    parsed = parse_cable(text)
    assert [p.marking for p in parsed.paragraphs] == ["S/REL TO USA, GBR", "S/NF"]
    assert parsed.summary == "Shared."


@pytest.mark.parametrize(
    ("line", "sent_at"),
    [
        ("Cable dated:2005-11-16T09:53:00", datetime(2005, 11, 16, 9, 53, tzinfo=UTC)),
        ("HOAGLAND NNNN\t2005-10-20\tSUBJECT", datetime(2005, 10, 20, tzinfo=UTC)),
        ("date: 4/11/2002 20:44", datetime(2002, 4, 11, 20, 44, tzinfo=UTC)),
        ("TELEGRAM                June 03, 2003", datetime(2003, 6, 3, tzinfo=UTC)),
    ],
    ids=["iso-stamp", "iso-date", "csv-stamp", "telegram"],
)
def test_other_date_lines_when_there_is_no_date_time_group(line, sent_at):
    parsed = parse_cable(f"{line}\n\nUNCLAS MOSCOW 000001\n\nSUBJECT: X\n\n1. (U) Y.")
    assert parsed.sent_at == sent_at


def test_missions_cited_by_their_short_names():
    text = "REF: A. UNVIE 00266 B. USUN 123 C. USEU BRUSSELS 45 D. AIT TAIPEI 9"
    assert parse_references(text, 2009) == [
        "09UNVIEVIENNA266",
        "09USUNNEWYORK123",
        "09USEUBRUSSELS45",
        "09AITTAIPEI9",
    ]


def test_utf8_with_one_broken_byte_stays_utf8():
    data = "UNCLAS MOSCOW 000001\n\nSUBJECT: ÉLYSÉE’S “PLAN”\n\n1. (U) Ça va.".encode() + b"\xff"
    assert parse_cable(data).subject == "ÉLYSÉE’S “PLAN”"


def test_views_of_bytes_are_text_too():
    assert parse_cable(memoryview(CABLE.encode())).reference_id == "07MOSCOW4321"


def test_citations_wrapped_across_lines():
    text = "REF: A. 03 KUALA\nLUMPUR 965 B. SECDEF R 121709Z JUL 04 C. 04\nMADRID 2069 D. STATE\n77"
    assert parse_references(text, 2005) == [
        "03KUALALUMPUR965",
        "04MADRID2069",
        "05STATE77",
    ]


def test_page_heads_and_page_markings_of_older_telegrams_leave_the_body():
    text = (
        "C O N F I D E N T I A L SECTION 01 OF 02 VATICAN 003692\n\nSUBJECT: X\n\n"
        "1. (C) THE ARCHBISHOP SAID THE\n                 CONFIDENTIAL\n"
        "PAGE 02  VATICA 03692 01 OF 02 261100Z CHURCHES ARE UNDER STRESS.\n\n"
        "2. (C) HE ADDED MORE.\nCONFIDENTIAL\nPAGE 03  VATICA 03692 01 OF 02 261100Z\n"
    )
    parsed = parse_cable(text)
    assert [p.text for p in parsed.paragraphs] == [
        "THE ARCHBISHOP SAID THE\nCHURCHES ARE UNDER STRESS.",
        "HE ADDED MORE.",
    ]
