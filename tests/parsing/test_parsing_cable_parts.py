"""What parse_cable finds in each part of short cable-like texts: reference ids and
origins, classifications and caveats, precedence, dates, paragraphs, the signer."""

from datetime import UTC, datetime

import pytest

from cables.parsing import CLASSIFICATIONS, Paragraph, Recipient, parse_cable


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


def test_routing_header_after_the_classification_line():
    text = (
        "UNCLASSIFIED   STATE   00100153\nO 251814Z SEP 09\nFM SECSTATE WASHDC\n"
        "TO RUEHTRO/AMEMBASSY TRIPOLI IMMEDIATE 9888\n\nUNCLAS STATE 100153\n\nSUBJECT: X\n\n1. Y"
    )
    parsed = parse_cable(text)
    assert parsed.reference_id == "09STATE100153"
    assert parsed.recipients == [Recipient("RUEHTRO", "AMEMBASSY TRIPOLI", "IMMEDIATE")]
    assert parsed.precedence == "IMMEDIATE"


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


def test_limited_official_use_reads_as_for_official_use_only():
    parsed = parse_cable("R 281848Z DEC 76\n\nLIMITED OFFICIAL USE ROME 01234\n\nSUBJ: X\n\n1. Y")
    assert parsed.classification == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    assert parsed.reference_id == "76ROME1234"


def test_a_sensitive_subject_is_not_a_caveat():
    text = "UNCLAS TRIPOLI 000638\n\nSIPDIS\n\nSUBJECT: TIME SENSITIVE ISSUES\n\n1. (U) Text."
    parsed = parse_cable(text)
    assert parsed.classification == "UNCLASSIFIED"
    assert parsed.handling == ["SIPDIS"]


def test_niact_immediate_precedence():
    text = "O 010101Z MAR 09\nFM SECSTATE WASHDC\nTO AMEMBASSY ROME NIACT IMMEDIATE 1234\n"
    parsed = parse_cable(text)
    assert parsed.precedence == "NIACT IMMEDIATE"
    assert parsed.recipients == [Recipient(None, "AMEMBASSY ROME", "NIACT IMMEDIATE")]


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


def test_a_date_cited_in_the_references_is_not_the_date_sent():
    text = "C O N F I D E N T I A L MOSCOW 000001\n\nREF: SECDEF R162245Z OCT 08\n\n1. Text."
    assert parse_cable(text).sent_at is None


def test_written_date_line_of_extracts():
    text = "Thursday, 04 June 2009, 09:08\nS E C R E T SINGAPORE 000529\nSUBJECT: X\n¶1. Y"
    parsed = parse_cable(text)
    assert parsed.sent_at == datetime(2009, 6, 4, 9, 8, tzinfo=UTC)
    assert parsed.reference_id == "09SINGAPORE529"


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


def test_release_markings_and_summary_with_comment():
    text = (
        "S E C R E T MOSCOW 000001\n\nSUBJECT: X\n\n"
        "1. (S/REL TO USA, GBR) SUMMARY/COMMENT: Shared. END SUMMARY/COMMENT.\n\n2. (S / NF) Y."
    )
    parsed = parse_cable(text)
    assert [p.marking for p in parsed.paragraphs] == ["S/REL TO USA, GBR", "S/NF"]
    assert parsed.summary == "Shared."


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


@pytest.mark.parametrize(
    "data",
    [None, "", b"", b"\xff\xfe\x00garbage", "\x00\x01", "¶" * 50, "SUBJECT:", "1." * 100],
    ids=["none", "empty", "empty-bytes", "binary", "control", "pilcrows", "bare-key", "dots"],
)
def test_never_raises_and_reports_what_is_missing(data):
    parsed = parse_cable(data)
    assert parsed.reference_id is None
    assert "no reference id found" in parsed.warnings
