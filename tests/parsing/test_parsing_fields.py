"""The field functions (parse_subject, parse_references, ...) on fragments
of cable text, and the table of posts' origins."""

from datetime import date

import pytest

from cables.parsing import (
    POST_ORIGINS,
    origin_for_post,
    parse_declassify_on,
    parse_references,
    parse_subject,
    parse_summary,
)


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


@pytest.mark.parametrize("year", [2007, 7, "07", "2007"])
def test_the_cable_year_may_be_given_in_any_form(year):
    assert parse_references("REF: MOSCOW 3996", year) == ["07MOSCOW3996"]


def test_a_year_that_is_not_one_is_no_year():
    assert parse_references("REF: MOSCOW 3996", "soon") == []


def test_missions_cited_by_their_short_names():
    text = "REF: A. UNVIE 00266 B. USUN 123 C. USEU BRUSSELS 45 D. AIT TAIPEI 9"
    assert parse_references(text, 2009) == [
        "09UNVIEVIENNA266",
        "09USUNNEWYORK123",
        "09USEUBRUSSELS45",
        "09AITTAIPEI9",
    ]


def test_citations_wrapped_across_lines():
    text = "REF: A. 03 KUALA\nLUMPUR 965 B. SECDEF R 121709Z JUL 04 C. 04\nMADRID 2069 D. STATE\n77"
    assert parse_references(text, 2005) == [
        "03KUALALUMPUR965",
        "04MADRID2069",
        "05STATE77",
    ]


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


def test_a_repeated_eo_line_gives_the_date_the_first_one_lacks():
    text = "E.O. 12958: DECL: 08...\n\nE.O. 12958: DECL: 08/11/2018\nTAGS: PREL"
    assert parse_declassify_on(text) == date(2018, 8, 11)


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
