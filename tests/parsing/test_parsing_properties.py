"""Properties of the parser on generated input: it never raises, and loses no word.

``PARSER_EXAMPLES=3000 pytest tests/test_parsing_properties.py`` searches harder.
"""

import os
import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cables.parsing import ParsedCable, parse_cable

FAST = settings(
    max_examples=int(os.environ.get("PARSER_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

_WORD = re.compile(r"\w+")


def _words(text: str) -> Counter:
    return Counter(word.casefold() for word in _WORD.findall(text))


def assert_no_word_lost(parsed: ParsedCable) -> None:
    """Every word of the body is in a paragraph's text, number or marking.

    The one word a paragraph may change is its number, where a scraped "¶4." that reads
    "14." is taken for paragraph 4.
    """
    found: Counter[str] = Counter()
    for number, marking, text in parsed.paragraphs:
        found += _words(text) + _words(marking or "") + Counter([str(number)] if number else [])
    missing = _words(parsed.body) - found
    assert all(word.isdigit() for word in missing), missing
    assert sum(missing.values()) <= len(parsed.paragraphs), missing


@FAST
@given(st.text())
def test_any_text_parses_without_raising(text):
    parsed = parse_cable(text)
    assert isinstance(parsed, ParsedCable)
    assert_no_word_lost(parsed)


@FAST
@given(st.binary())
def test_any_bytes_parse_without_raising(data):
    assert isinstance(parse_cable(data), ParsedCable)


# Words that cannot be taken for header keywords (REF, TAGS, SUBJECT, E.O. ...).
VOCABULARY = [
    "the",
    "minister",
    "said",
    "Moscow",
    "1.4",
    "(b)",
    "talks",
    "on",
    "March",
    "2009,",
    "water",
    "board",
    "x-ray",
    "don't",
    '"quoted"',
    "USD",
    "5.2",
    "percent",
    "--",
    "Ivanov",
]
words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12).map(" ".join)
markings = st.sampled_from(["", "(C) ", "(S/NF) ", "(SBU) ", "(U) ", "(C//NF) ", "(s) "])
paragraph_starts = st.builds(
    "{}{}.{}{}".format,
    st.sampled_from(["", "¶", "  ", "[1](#)"]),
    st.integers(min_value=1, max_value=30),
    st.sampled_from([" ", "  ", ""]),
    markings,
)
NOISE = [
    "MOSCOW 00001234 002.2 OF 003",
    "C O N F I D E N T I A L SECTION 02 OF 03 MOSCOW 001234",
    "SIPDIS",
]
body_lines = st.one_of(
    words,
    st.builds("{}{}".format, paragraph_starts, words),
    st.just(""),
    st.sampled_from(NOISE),
    st.just("-------"),
    st.just("Heading Words"),
)
HEADER = (
    "P 271401Z AUG 07\nFM AMEMBASSY MOSCOW\nTO RUEHC/SECSTATE WASHDC PRIORITY 1\n\n"
    "C O N F I D E N T I A L SECTION 01 OF 03 MOSCOW 001234\n\nSIPDIS\n\n"
    "E.O. 12958: DECL: 08/27/2017\nTAGS: PREL PGOV\nSUBJECT: GENERATED BODIES\n\n"
)


@FAST
@given(st.lists(body_lines, max_size=40).map("\n".join), st.sampled_from(["\n", "\r\n"]))
def test_paragraphs_together_hold_every_word_of_the_body(body, line_end):
    parsed = parse_cable((HEADER + body).replace("\n", line_end).encode("utf-8"))
    assert parsed.reference_id == "07MOSCOW1234"
    assert parsed.subject == "GENERATED BODIES"
    assert_no_word_lost(parsed)
    # The body is the text after the header without its page breaks, section lines and
    # caveats ("[1](#)" is a scraped pilcrow, not a word).
    kept = [line for line in body.split("\n") if line.strip() not in NOISE]
    expected = _words("\n".join(kept).replace("[1](#)", "¶"))
    assert _words(parsed.body) == expected
