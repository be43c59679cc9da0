"""The summary of damaged and older cables: labels, markings and headings left out."""

import pytest

from cables.parsing import parse_cable, parse_summary

HEADER = (
    "C O N F I D E N T I A L MOSCOW 001234\n\nE.O. 12958: DECL: 05/12/2018\nTAGS: PREL RS\n"
    "SUBJECT: A VISIT\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "1. (C) SUMMARY (C): The minister said yes. END SUMMARY.\n\n2. Text",
        "1. SUMMARY: (SBU) The minister said yes.\n\n2. Text.",
        "1. (U) Summary. Summary: The minister said yes.\n\n2. Text",
        "1. (C) Summary and background: The minister said yes. End Summary.\n2. Text",
        "1. (C) Summary -- The minister said yes. End Summary.\n",
        "-------\nSUMMARY\n-------\n\n1. (C) The minister said yes.\n\n-------\nCOMMENT\n-------\n",
        "Summary\n- - - - -\n¶1. (C) The minister said yes. End Summary.\n¶2. (C) More.",
    ],
    ids=["marking-after-word", "marking-after-colon", "said-twice", "and-background", "dashes",
         "dashed-heading", "spaced-dashes"],
)  # fmt: skip
def test_the_summary_has_no_label_or_marking(text):
    assert parse_summary(text) == "The minister said yes."


def test_a_summary_run_into_the_classified_by_paragraph_is_found():
    text = HEADER + (
        "Classified By: Ambassador John Doe, reasons 1.4 (b) and (d). Summary: The minister "
        "said yes. End Summary.\n\n2. (C) Text.\n"
    )
    assert parse_cable(text).summary == "The minister said yes."


def test_a_summary_heading_at_the_end_of_the_classified_by_line_is_found():
    text = HEADER + (
        "CLASSIFIED BY: Jane Roe, Polchief. REASON: 1.4 (b), (d) Summary\n-------\n"
        "¶1. (C) The minister said yes.\n¶2. (C) He said more. End Summary.\n¶3. (C) Text.\n"
    )
    assert parse_cable(text).summary == "The minister said yes.\n\nHe said more."
