"""The Classified By line on fragments: the person's name only, titles and offices aside."""

import pytest

from cables.parsing import parse_cable, parse_classified_by


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


def test_classified_by_is_the_list_of_names_with_title_and_reasons():
    found = parse_classified_by("Classified By: Ambassador John Roe, reasons 1.4 (b) and (d)")
    assert found == ["John Roe"] and found.names == ["John Roe"]
    assert (found.title, found.reasons) == ("Ambassador", "1.4 (b) and (d)")


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


@pytest.mark.parametrize(
    ("line", "names", "title"),
    [
        ("THEODORE ROE - REASON 1.5 (B)(D)", ["THEODORE ROE"], None),
        ("THEODORE ROE - AMBASSADOR. REASON: 1.5 (B)", ["THEODORE ROE"], "AMBASSADOR"),
        ("AMB. JOHN DOE -- 1.4(D)", ["JOHN DOE"], "AMB."),
        (
            "AMBASSADOR TO SUDAN TIMOTHY ROE. REASON: 1.5 (B,D)",
            ["TIMOTHY ROE"],
            "AMBASSADOR TO SUDAN",
        ),
        (
            "Ambassador to the Holy See Mary Roe, reasons 1.4 (d)",
            ["Mary Roe"],
            "Ambassador to the Holy See",
        ),
        (
            "CONSUL GENERAL IN ISTANBUL JOHN DOE. REASON 1.4 (B)",
            ["JOHN DOE"],
            "CONSUL GENERAL IN ISTANBUL",
        ),
        (
            "CONSUL GENERAL IN ZANZIBARIA JOHN R. DOE. REASON 1.4 (B)",
            ["JOHN R. DOE"],
            "CONSUL GENERAL IN ZANZIBARIA",
        ),
        (
            "MINISTER-COUNSELOR FOR POLITICAL AFFAIRS JOHN DOE FOR REASONS 1.4 (B)",
            ["JOHN DOE"],
            "MINISTER-COUNSELOR FOR POLITICAL AFFAIRS",
        ),
        (
            "EMBASSY KABUL POLITICAL COUNSELOR JANE ROE, 1.4 (B)",
            ["JANE ROE"],
            "EMBASSY KABUL POLITICAL COUNSELOR",
        ),
        ("DAS JOHN DOE, EUR. REASON 1.4 (B)", ["JOHN DOE"], "DAS"),
        ("ADCM JOHN DOE, REASONS 1.4 (B) AND (D)", ["JOHN DOE"], "ADCM"),
        (
            "POLCHIEF JOHN DOE AND POLOFF JANE ROE. REASON 1.4(D)",
            ["JOHN DOE", "JANE ROE"],
            "POLCHIEF",
        ),
    ],
)
def test_the_name_is_the_person_only(line, names, title):
    found = parse_classified_by(f"Classified By: {line}")
    assert (found.names, found.title) == (names, title)


def test_a_cable_stores_the_name_and_the_title_apart():
    text = (
        "C O N F I D E N T I A L KHARTOUM 000123\n\nE.O. 12958: DECL: 05/12/2018\n"
        "TAGS: PREL SU\nSUBJECT: A VISIT\n\nClassified By: CDA TO SUDAN ALBERTO M. ROE -\n"
        "REASON 1.4 (B) AND (D)\n\n1. (C) Text.\n"
    )
    parsed = parse_cable(text)
    assert (parsed.classified_by, parsed.classified_by_title) == (
        ["ALBERTO M. ROE"],
        "CDA TO SUDAN",
    )
    assert parsed.reasons == "1.4 (B) AND (D)"
