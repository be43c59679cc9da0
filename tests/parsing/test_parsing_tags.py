"""The TAGS field on fragments of cable text: clean lines and the release's damaged ones."""

import pytest

from cables.parsing import parse_cable, parse_tags
from cables.parsing.tags import CLASSIFICATIONS, known_codes, split_run_together

HEADER = "C O N F I D E N T I A L ROME 001196\n\nE.O. 12958: DECL: 05/12/2018\n"


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
        ("TAGS PREL, OVIP, NATO", ["PREL", "OVIP", "NATO"]),
        ("there are no tags here", []),
    ],
    ids=[
        "colon-spaces",
        "no-colon-commas",
        "semicolons",
        "across-lines",
        "repeats-count-once",
        "link-debris",
        "lower-case",
        "run-together-header",
        "ovip-alone",
        "none",
    ],
)
def test_tags_of_clean_lines(text, tags):
    assert parse_tags(text) == tags


@pytest.mark.parametrize(
    "keyword", ["TAG:", "TAG", "TAS:", "TABS:", "TGS:", "TAGES:", "TAGS,", "TAGS;", "TAGS"]
)
def test_a_misspelled_or_damaged_keyword_still_opens_the_tags(keyword):
    text = f"{HEADER}{keyword} PREL, PGOV IT\nSUBJECT: A VISIT\n"
    assert parse_tags(text) == ["PREL", "PGOV", "IT"]


def test_the_keyword_run_into_the_eo_line_loses_its_first_letter():
    text = "E.O. 12958: DECL: 12/31/2017 AGS: ECON EFIN BR\nSUBJECT: BUDGET\n"
    assert parse_tags(text) == ["ECON", "EFIN", "BR"]


def test_codes_on_the_line_after_the_eo_line_are_tags_without_a_keyword():
    text = f"{HEADER}PREL PGOV IZ\nSUBJECT: A VISIT\n\n1. (C) Text.\n"
    assert parse_tags(text) == ["PREL", "PGOV", "IZ"]
    assert parse_cable(text).tags == ["PREL", "PGOV", "IZ"]


def test_words_after_the_eo_line_are_not_taken_for_tags():
    text = f"{HEADER}CLASSIFIED BY AMBASSADOR FOR REASONS 1.4 B\nSUBJECT: A VISIT\n"
    assert parse_tags(text) == []
    assert parse_tags(f"{HEADER}SUBJECT: A VISIT\n\n1. THE MINISTER SAID\n") == []


@pytest.mark.parametrize(
    ("code", "pieces"),
    [
        ("ETRDEINVPGOVCS", ["ETRD", "EINV", "PGOV", "CS"]),
        ("PGOVLO", ["PGOV", "LO"]),
        ("EINDETRD", ["EIND", "ETRD"]),
        ("KWMNCS", ["KWMN", "CS"]),
    ],
)
def test_codes_run_together_are_split_into_known_codes(code, pieces):
    assert parse_tags(f"TAGS: PREL {code}") == ["PREL", *pieces]


@pytest.mark.parametrize("token", ["UNESCO", "MOPPS", "UNDESCO", "AFGHANISTAN", "USISUS"])
def test_only_a_split_into_known_codes_with_a_subject_code_is_made(token):
    # A known code, typos, a word and a chain of two-letter codes stay as written.
    assert split_run_together(token) is None


def test_a_page_break_inside_the_tags_block_yields_no_tags():
    text = (
        f"{HEADER}TAGS: PREL, PGOV,\nCONFIDENTIAL\n\n"
        "PAGE 02        ROME  01196  01 OF 03  211833Z\nIT, FR\nSUBJECT: A VISIT\n"
    )
    assert parse_tags(text) == ["PREL", "PGOV", "IT", "FR"]
    run_in = "TAGS: PREL CONFIDENTIAL PAGE 02 ROME 01196 01 OF 03 211833Z IT\nSUBJECT: X"
    assert parse_tags(run_in) == ["PREL", "IT"]
    newer = "TAGS: PREL, PGOV,\nROME 00001196 002 OF 003\nIT\nSUBJECT: X"
    assert parse_tags(newer) == ["PREL", "PGOV", "IT"]


def test_numbers_date_time_groups_and_header_words_are_never_tags():
    assert parse_tags("TAGS: PREL 05 0012 AND OF 211833Z SECRET NOFORN PGOV") == ["PREL", "PGOV"]
    assert parse_tags("TAGS: PREL PGOV REF A. STATE 1234") == ["PREL", "PGOV"]


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("PREL, IS, ISRAELI PALESTINIAN AFFAIRS", ["PREL", "IS", "ISRAELI PALESTINIAN AFFAIRS"]),
        ("PHUM, HUMAN RIGHTS", ["PHUM", "HUMAN RIGHTS"]),
        ("CVIS COUNTRY CLEARANCE", ["CVIS", "COUNTRY CLEARANCE"]),
        (
            "PGOV PREL IT ITALY NATIONAL ELECTIONS",
            ["PGOV", "PREL", "IT", "ITALY NATIONAL ELECTIONS"],
        ),
        ("PGOV OFDA MEETINGS WITH AMBASSADOR", ["PGOV", "OFDA", "MEETINGS WITH AMBASSADOR"]),
        ("ETRD ETC PREL", ["ETRD", "ETC", "PREL"]),
    ],
)
def test_words_typed_as_a_tag_are_one_tag(line, tags):
    assert parse_tags(f"TAGS: {line}\nSUBJECT: X") == tags


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("OVIP (CLINTON, HILLARY) PREL", ["OVIP", "CLINTON, HILLARY", "PREL"]),
        ("OVIP CLINTON HILLARY PREL", ["OVIP", "CLINTON, HILLARY", "PREL"]),
        ("OVIP CLINTON, HILLARY R., PREL", ["OVIP", "CLINTON, HILLARY R.", "PREL"]),
        ("OVIP (SMITH, JOHN B.), PREL, KN", ["OVIP", "SMITH, JOHN B.", "PREL", "KN"]),
        ("ECON XK OVIP DOE JANE PGOV", ["ECON", "XK", "OVIP", "DOE, JANE", "PGOV"]),
        ("OVIP ( DOE , JANE ) PREL", ["OVIP", "DOE, JANE", "PREL"]),
    ],
)
def test_a_person_after_ovip_becomes_ovip_and_the_person(line, tags):
    assert parse_tags(f"TAGS: {line}\nSUBJECT: X") == tags


def test_one_person_in_any_spelling_is_one_tag():
    spellings = ["OVIP (DOE, JANE)", "OVIP DOE JANE", "OVIP DOE, JANE", "ovip (doe, jane)"]
    assert {parse_tags(f"TAGS: {s} PREL")[1] for s in spellings} == {"DOE, JANE"}


def test_a_typo_of_a_known_code_is_kept_as_written_and_flagged():
    text = f"{HEADER}TAGS: PREL, MOPPS, UNDESCO, PREL\nSUBJECT: A VISIT\n\n1. (C) Text.\n"
    parsed = parse_cable(text)
    assert parsed.tags == ["PREL", "MOPPS", "UNDESCO"]
    assert "TAGS: MOPPS is not a known code (one letter from MOPS)" in parsed.warnings
    assert "TAGS: UNDESCO is not a known code (one letter from UNESCO)" in parsed.warnings
    assert not any("PREL" in warning for warning in parsed.warnings)


def test_the_glossary_knows_the_codes_the_rules_rely_on():
    assert {"PREL", "OVIP", "MOPS", "UNESCO", "IT", "CS"} <= known_codes()
    assert not {"CONFIDENTIAL", "PAGE"} & known_codes()
    assert "CONFIDENTIAL" in CLASSIFICATIONS
