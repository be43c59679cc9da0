"""REF lines of damaged cables: misspelled and short post names, several serials, dashes."""

import pytest

from cables.parsing import parse_cable, parse_references


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        ("A. 09 BRASILA 1234", ["09BRASILIA1234"]),
        ("PHNOM PEN 456", ["10PHNOMPENH456"]),
        ("SANTIAG0 789", ["10SANTIAGO789"]),
        ("0TTAWA 57", ["10OTTAWA57"]),
        ("O4 MADRID 2069", ["04MADRID2069"]),
        ("SECTSTATE 12345", ["10STATE12345"]),
    ],
    ids=["letter-left-out", "letter-lost-at-end", "zero-for-o", "zero-first", "o-for-zero",
         "letter-added"],
)  # fmt: skip
def test_a_damaged_post_name_is_the_post_one_letter_away(line, cited):
    assert parse_references(f"REF: {line}", 2010) == cited


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        ("A. HAGUE 123 B. MEXICO CITY 456", ["10THEHAGUE123", "10MEXICO456"]),
        ("RIO 22", ["10RIODEJANEIRO22"]),
        ("UNESCO PARIS FR 33", ["10UNESCO33"]),
    ],
)
def test_a_post_cited_by_a_short_form_of_its_name(line, cited):
    assert parse_references(f"REF: {line}", 2010) == cited


@pytest.mark.parametrize(
    "line", ["PARA 12", "SEPTEL 34", "ROMEO 5", "E-MAIL 3/4/09", "BANGLE 77", "MOSCOWW STATE"]
)
def test_words_that_are_no_post_are_never_made_one(line):
    assert parse_references(f"REF: {line}", 2010) == []


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        ("A. BRASILIA 2799 AND 2764", ["10BRASILIA2799", "10BRASILIA2764"]),
        ("MOSCOW 1234, 1240", ["10MOSCOW1234", "10MOSCOW1240"]),
        ("06 Paramaribo 38, 06 Paramaribo 29", ["06PARAMARIBO38", "06PARAMARIBO29"]),
        ("08 STATE 12345; 08 STATE 23456", ["08STATE12345", "08STATE23456"]),
        ("STATE 1234, 4 MAY 2009", ["10STATE1234"]),
    ],
)
def test_several_serials_of_one_post(line, cited):
    assert parse_references(f"REF: {line}", 2010) == cited


def test_a_dashed_citation():
    assert parse_references("REF: 10-OTTAWA-57", 2010) == ["10OTTAWA57"]


def test_a_page_break_inside_the_ref_block_is_no_citation_and_does_not_end_it():
    text = (
        "CONFIDENTIAL\n\nPAGE 02        ROME  01196  01 OF 03  211833Z\n"
        "REF: A. ROME 1234\nROME 00001196 002 OF 003\nB. ROME 567\n\n1. TEXT"
    )
    assert parse_references(text, 2002) == ["02ROME1234", "02ROME567"]
    older = "REF: A. ROME 1234\nCONFIDENTIAL\n\nPAGE 02 ROME 01196 01 OF 03 211833Z\nB. ROME 567"
    assert parse_references(older, 2002) == ["02ROME1234", "02ROME567"]


def test_the_cable_never_cites_itself_from_its_own_page_break():
    text = (
        "C O N F I D E N T I A L ROME 001196\n\nE.O. 12958: DECL: 05/12/2012\nTAGS: PREL IT\n"
        "SUBJECT: A VISIT\n\nREF: A. ROME 1100\nROME 00001196 002 OF 003\nB. STATE 4567\n\n"
        "1. (C) Text.\n"
    )
    assert "02ROME1196" not in parse_cable(text).references


@pytest.mark.parametrize("keyword", ["REF(S):", "REFS:", "REFTELS:", "Ref(s):"])
def test_every_spelling_of_the_keyword_opens_the_block(keyword):
    assert parse_references(f"{keyword} A) ROME 1100, B) 01 STATE 4567", 2002) == [
        "02ROME1100",
        "01STATE4567",
    ]


def test_references_run_into_the_tags_or_subject_line_are_read():
    header = "C O N F I D E N T I A L ROME 001196\n\nE.O. 12958: DECL: 05/12/2012\n"
    for fields in (
        "TAGS: PREL IT REF: A. ROME 1100 B. STATE 4567\nSUBJECT: A VISIT\n",
        "TAGS: PREL IT\nSUBJECT: A VISIT REF: A. ROME 1100 B. STATE 4567\n",
    ):
        parsed = parse_cable(header + fields + "\n1. (C) Text.\n")
        assert (parsed.tags, parsed.subject) == (["PREL", "IT"], "A VISIT")
        assert parsed.references == ["02ROME1100", "02STATE4567"]
