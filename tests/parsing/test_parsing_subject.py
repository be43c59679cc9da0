"""The SUBJECT of damaged headers: page breaks, e-mail style routing, fields run in."""

import pytest

from cables.parsing import parse_subject


@pytest.mark.parametrize(
    "text",
    [
        "SUBJECT: TALKS ON THE\nCONFIDENTIAL\n\nPAGE 02        ROME  01196  01 OF 03  211833Z\n"
        "BUDGET\n\n1. TEXT",
        "SUBJECT: TALKS ON THE\nROME 00001196 002 OF 003\nBUDGET\n\n1. TEXT",
        "SUBJECT: TALKS ON THE CONFIDENTIAL PAGE 02 ROME 01196 01 OF 03 211833Z BUDGET\n\n1. X",
        "SUBJECT: TALKS ON THE BUDGET ROME 00001196 001.2 OF 002\n\n1. TEXT",
        "SUBJECT: TALKS ON THE BUDGET NEW DELHI 00002591 001.2 OF 003\n\n1. TEXT",
    ],
    ids=["older-page-break", "page-line", "run-in-page-head", "run-in-page-line", "two-words"],
)
def test_page_breaks_inside_a_subject_are_left_out(text):
    assert parse_subject(text) == "TALKS ON THE BUDGET"


def test_a_subject_ending_with_a_post_name_keeps_it():
    assert parse_subject("SUBJECT: NEW CONSULATE IN NEW DELHI\n\n1. X") == (
        "NEW CONSULATE IN NEW DELHI"
    )


def test_an_email_style_header_gives_the_subject_without_its_routing_words():
    text = "Subject: TRIPOLI 00000063 P CO 28-JAN-09 RISKY BUSINESS? A VISIT\n\n1. Text"
    assert parse_subject(text) == "RISKY BUSINESS? A VISIT"


@pytest.mark.parametrize(
    "after",
    [
        "Ref(s): A. STATE 1234 B. ROME 12",
        "Ref: A) STOCKHOLM 733, B) STOCKHOLM 676",
        "REFTEL: HARARE 6584",
        "This is an action request. Please see paragraph 4.",
    ],
)
def test_fields_run_in_after_the_subject_are_not_part_of_it(after):
    assert parse_subject(f"SUBJECT: A VISIT TO ROME {after}\n\n1. Text") == "A VISIT TO ROME"
