"""The search box's query syntax (cables/search/query.py): pure parsing, no database."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cables.search.query import MAX_QUERY_LENGTH, MAX_TERMS, ParsedQuery, Term, parse_query

COUNTRY_TAGS_THAT_ARE_STOP_WORDS = ["IN", "IS", "IT", "NO", "AS", "TO", "SO", "BY", "AM", "BE"]
COUNTRY_TAGS_THAT_ARE_STOP_WORDS += ["AT", "ON"]


def test_words_are_joined_by_and():
    assert parse_query("sco expansion").groups == [[Term("sco")], [Term("expansion")]]


def test_quoted_words_are_a_phrase():
    assert parse_query('"peace mission" sco').groups == [
        [Term("peace mission", "phrase")],
        [Term("sco")],
    ]


def test_an_unclosed_quote_still_makes_a_phrase():
    assert parse_query('"peace mission').groups == [[Term("peace mission", "phrase")]]


def test_or_joins_the_words_around_it_into_alternatives():
    query = parse_query("gas iran OR india OR pakistan")
    assert query.groups == [[Term("gas")], [Term("iran"), Term("india"), Term("pakistan")]]


def test_lowercase_or_is_an_ordinary_word():
    assert parse_query("iran or india").groups == [[Term("iran")], [Term("or")], [Term("india")]]


def test_or_with_nothing_before_or_after_is_ignored():
    assert parse_query("OR iran OR").groups == [[Term("iran")]]


def test_minus_excludes_a_word_or_a_phrase():
    query = parse_query('sanctions -iran -"nuclear program"')
    assert query.groups == [
        [Term("sanctions")],
        [Term("iran", negated=True)],
        [Term("nuclear program", "phrase", negated=True)],
    ]


def test_a_query_of_only_exclusions_has_no_text():
    assert not parse_query("-iran -nato").has_text
    assert parse_query("-iran nato").has_text


def test_a_trailing_star_makes_a_prefix():
    assert parse_query("embass*").groups == [[Term("embass", "prefix")]]


def test_punctuated_words_become_phrases_of_their_parts():
    assert parse_query("U.S. e-mail").groups == [
        [Term("U S", "phrase")],
        [Term("e mail", "phrase")],
    ]


def test_words_lists_only_the_positive_terms_for_highlighting():
    assert parse_query('gas "peace mission" -nato embass*').words == [
        "gas",
        "peace mission",
        "embass",
    ]


@pytest.mark.parametrize("code", COUNTRY_TAGS_THAT_ARE_STOP_WORDS)
def test_country_tags_that_are_stop_words_are_kept_as_tags(code):
    assert parse_query(f"tag:{code.lower()}").tags == [code]


@pytest.mark.parametrize("code", COUNTRY_TAGS_THAT_ARE_STOP_WORDS)
def test_a_bare_country_tag_stays_a_search_word(code):
    assert parse_query(f"gas {code}").groups == [[Term("gas")], [Term(code)]]


def test_field_terms_are_taken_out_of_the_words():
    query = parse_query(
        "gas tag:prel tag:IN origin:moscow classification:secret "
        "from:2007-01-01 to:2008-12-31 entity:Putin"
    )
    assert query.groups == [[Term("gas")]]
    assert query.tags == ["PREL", "IN"]
    assert query.origins == ["moscow"]
    assert query.classifications == ["SECRET"]
    assert query.entities == ["Putin"]
    assert (query.date_from, query.date_to) == (date(2007, 1, 1), date(2008, 12, 31))
    assert query.errors == []


def test_field_names_are_case_insensitive():
    assert parse_query("TAG:PREL Origin:Moscow").tags == ["PREL"]
    assert parse_query("TAG:PREL Origin:Moscow").origins == ["Moscow"]


def test_a_quoted_field_value_may_contain_spaces():
    query = parse_query('entity:"Vladimir Putin" origin:"Embassy Moscow"')
    assert query.entities == ["Vladimir Putin"]
    assert query.origins == ["Embassy Moscow"]


def test_id_is_the_exact_cable_id_in_capitals():
    query = parse_query("id:07moscow4185")
    assert query.reference_id == "07MOSCOW4185"
    assert query.groups == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from:2007", date(2007, 1, 1)),
        ("from:2007-06", date(2007, 6, 1)),
        ("from:2007-6-5", date(2007, 6, 5)),
        ("to:2008", date(2008, 12, 31)),
        ("to:2008-02", date(2008, 2, 29)),
        ("to:2007-02", date(2007, 2, 28)),
        ("to:2008-12", date(2008, 12, 31)),
        ("to:2008-06-15", date(2008, 6, 15)),
    ],
)
def test_partial_dates_mean_the_start_or_the_end_of_the_period(text, expected):
    query = parse_query(text)
    assert (query.date_from or query.date_to) == expected
    assert query.errors == []


@pytest.mark.parametrize("value", ["2007-13-45", "2007-02-30", "yesterday", "07-01-01", "0000"])
def test_a_bad_date_is_reported_not_raised(value):
    query = parse_query(f"gas from:{value}")
    assert query.errors == [f"from:{value} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)."]
    assert query.date_from is None
    assert query.groups == [[Term("gas")]]


def test_a_to_date_at_the_end_of_time_is_reported_not_raised():
    assert parse_query("to:9999-12").errors == [
        "to:9999-12 is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)."
    ]


def test_from_after_to_is_reported():
    assert parse_query("from:2009 to:2008").errors == ["The from: date is after the to: date."]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('tag:""', "tag: needs a value, e.g. tag:PREL."),
        ("tag:", "tag: needs a value, e.g. tag:PREL."),
        ("gas origin:", "origin: needs a value, e.g. origin:moscow."),
        ("id: 07MOSCOW4185", "id: needs a value, e.g. id:07MOSCOW4185."),
        ("entity:", 'entity: needs a value, e.g. entity:"Vladimir Putin".'),
    ],
)
def test_a_field_without_a_value_is_reported(text, message):
    assert parse_query(text).errors == [message]


@pytest.mark.parametrize("text", ["-tag:PREL", "-origin:moscow", '-entity:"Vladimir Putin"'])
def test_a_field_cannot_be_excluded_and_says_so(text):
    query = parse_query(f"gas {text}")
    assert query.errors == [f"{text} cannot be excluded: only words and phrases can (e.g. -nato)."]
    assert (query.tags, query.origins, query.entities) == ([], [], [])


def test_an_unknown_field_is_searched_as_words():
    assert parse_query("http://example.com").groups == [[Term("http example com", "phrase")]]


def test_a_query_longer_than_the_limit_is_refused_with_its_length():
    query = parse_query("a" * 10_000)
    assert query.errors == ["The query is too long (10,000 characters; at most 1,000)."]
    assert query.groups == []
    assert parse_query("a" * MAX_QUERY_LENGTH).errors == []


def test_too_many_terms_are_reported_and_cut():
    query = parse_query(" ".join(f"word{i}" for i in range(MAX_TERMS + 5)))
    assert query.errors == [f"Too many search terms (at most {MAX_TERMS})."]
    assert len(query.groups) == MAX_TERMS


def test_control_characters_separate_words():
    assert parse_query("gas\x00prices\x1b").groups == [[Term("gas")], [Term("prices")]]


def test_punctuation_alone_is_no_term():
    assert parse_query('* - " "" ! -* ()').groups == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_without_raising(raw):
    query = parse_query(raw)
    assert isinstance(query, ParsedQuery)
    assert all(isinstance(message, str) for message in query.errors)
    assert all(term.text.strip() for group in query.groups for term in group)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["tag:", "from:", "to:", "id:", "origin:", "-", '"', "OR", "*"]),
            st.text(alphabet='0123456789-:"*abcINOR ', max_size=12),
        ),
        max_size=12,
    ).map("".join)
)
def test_query_syntax_fragments_parse_without_raising(raw):
    query = parse_query(raw)
    assert all(group for group in query.groups)


def test_a_phrase_with_a_tilde_and_a_number_is_words_near_each_other():
    assert parse_query('"gas pipeline"~5').groups == [[Term("gas pipeline", "near", distance=5)]]
    assert parse_query('-"gas pipeline"~2').groups == [
        [Term("gas pipeline", "near", negated=True, distance=2)]
    ]


def test_a_single_word_with_a_tilde_is_a_phrase_and_too_wide_a_distance_an_error():
    assert parse_query('"gas"~5').groups == [[Term("gas", "phrase")]]
    assert parse_query('"gas pipeline"~51').errors == [
        '"gas pipeline"~51 is too wide: at most ~50 words apart.'
    ]
