"""Batch search's counting: which lines are names, and what each line finds."""

from datetime import UTC, datetime

import pytest

from cables.models import DatePrecision
from cables.search import batch
from tests.factories import make_cable


@pytest.mark.parametrize(
    "line",
    ["Gazprom", "Alexei Miller", "Bank of Georgia or Tbilisi", "AT&T", "Coca-Cola", "O'Brien"],
)
def test_a_line_without_the_syntax_is_searched_as_one_phrase(line):
    assert not batch.uses_syntax(line)
    assert batch.as_query(line) == f'"{line}"'


@pytest.mark.parametrize(
    "line",
    [
        '"Alexei Miller" Gazprom',
        "tag:ENRG Gazprom",
        'entity:"Vladimir Putin"',
        "Gazprom OR Rosneft",
        "Gazprom -Rosneft",
        "gazpro*",
        "Origin:moscow pipeline",
    ],
)
def test_a_line_in_the_syntax_is_searched_as_written(line):
    assert batch.uses_syntax(line)
    assert batch.as_query(line) == line


def test_lines_are_cleaned_and_empty_ones_left_out():
    assert batch.clean_lines("  Gazprom \r\n\n\tAlexei   Miller\x00\n \n") == [
        "Gazprom",
        "Alexei Miller",
    ]


@pytest.mark.django_db
def test_a_name_counts_the_cables_holding_it_side_by_side():
    make_cable(
        "08MOSCOW1",
        paragraphs=["Alexei Miller of Gazprom spoke."],
        sent_at=datetime(2008, 5, 2, tzinfo=UTC),
    )
    make_cable(
        "09KYIV2",
        paragraphs=["Alexei said Miller was away."],
        origin="Embassy Kyiv",
        sent_at=datetime(2009, 1, 3, tzinfo=UTC),
    )
    make_cable(
        "07MOSCOW3",
        paragraphs=["Gazprom and Alexei Miller."],
        sent_at=datetime(2007, 2, 1, tzinfo=UTC),
    )
    row = batch.count_line("Alexei Miller", 1)
    assert row["query"] == '"Alexei Miller"'
    assert (row["count"], row["exact"], row["error"]) == (2, True, "")
    assert (row["first_date"], row["last_date"]) == ("2007-02-01", "2008-05-02")
    assert row["origins"] == [{"origin": "Embassy Moscow", "count": 2}]


@pytest.mark.django_db
def test_a_year_only_cable_outside_the_dated_ones_gives_its_year_alone():
    make_cable(
        "05ROME1",
        paragraphs=["Gazprom"],
        sent_at=datetime(2005, 1, 1, tzinfo=UTC),
        date_precision=DatePrecision.YEAR,
    )
    make_cable("08ROME2", paragraphs=["Gazprom"], sent_at=datetime(2008, 7, 9, tzinfo=UTC))
    make_cable(
        "08ROME3",
        paragraphs=["Gazprom"],
        sent_at=datetime(2008, 1, 1, tzinfo=UTC),
        date_precision=DatePrecision.YEAR,
    )
    row = batch.count_line("Gazprom", 1)
    assert (row["first_date"], row["last_date"]) == ("2005", "2008-07-09")


@pytest.mark.django_db
def test_an_invalid_line_gets_the_search_form_s_message_and_no_count():
    row = batch.count_line("from:2009 to:2008", 7)
    assert row["line"] == 7
    assert row["count"] is None
    assert row["error"] == "The from: date is after the to: date."
    assert "too common or too short" in batch.count_line("The Who", 1)["error"]


@pytest.mark.django_db
def test_results_are_kept_until_the_corpus_changes():
    make_cable("08MOSCOW1", paragraphs=["Gazprom"])
    key = batch.keep_lines(["Gazprom"])
    assert batch.kept_lines(key) == ["Gazprom"]
    assert batch.lines_to_count(key, ["Gazprom"]) == 1
    assert batch.batch_results(key, ["Gazprom"])[0]["count"] == 1
    assert batch.lines_to_count(key, ["Gazprom"]) == 0
    make_cable("08MOSCOW2", paragraphs=["Gazprom again"])
    assert batch.lines_to_count(key, ["Gazprom"]) == 1
    assert batch.batch_results(key, ["Gazprom"])[0]["count"] == 2
