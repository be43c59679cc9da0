"""Finding the right cable: exact phrases, proximity and BM25 ranking, as users see them."""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest

from cables import search
from cables.search import ranking
from cables.search.query import parse_query
from tests.factories import ingest, make_cable

pytestmark = pytest.mark.django_db

QUOTE = "Part of this distancing has been the result of the election."
# The same content word, without the quoted words around it in this order.
SHARES_THE_WORD = "The distancing of the party has been noted; the result is this."


def shown(client, q: str, **params) -> list[str]:
    """The reference ids listed on the search page, top to bottom."""
    response = client.get("/search/", {"q": q, **params})
    assert response.status_code == 200, response.content.decode()[:2000]
    return re.findall(r'<span class="ref">([^<]+)</span>', response.content.decode())


def api(client, q: str) -> dict:
    response = client.get("/api/search", {"q": q})
    assert response.status_code == 200, response.content.decode()[:2000]
    return response.json()


def streamed(response) -> str:
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode()


def when(year: int) -> datetime:
    return datetime(year, 3, 1, 12, tzinfo=UTC)


# Exact phrases


def test_a_phrase_with_stop_words_finds_its_cable_and_not_those_sharing_its_content_word(client):
    make_cable("08PARIS1", paragraphs=[SHARES_THE_WORD], sent_at=when(2009))
    make_cable("08PARIS2", paragraphs=["Unrelated.", QUOTE], sent_at=when(2005))
    make_cable("08PARIS3", paragraphs=["Their distancing has been the talk of Paris."])
    phrase = '"of this distancing has been the"'

    assert shown(client, phrase) == ["08PARIS2"]
    assert sorted(shown(client, "distancing")) == ["08PARIS1", "08PARIS2", "08PARIS3"]
    found = api(client, phrase)
    assert found["count"] == 1 and [r["reference_id"] for r in found["results"]] == ["08PARIS2"]
    assert found["facets"]["years"] == [{"year": 2005, "count": 1}]
    rows = list(csv.reader(io.StringIO(streamed(client.get("/search/export.csv", {"q": phrase})))))
    assert [row[0] for row in rows[1:]] == ["08PARIS2"]
    exported = json.loads(streamed(client.get("/search/export.json", {"q": phrase})))
    assert [record["reference_id"] for record in exported] == ["08PARIS2"]
    feed = ET.fromstring(client.get("/search/feed.atom", {"q": phrase}).content)
    assert len(feed.findall("{http://www.w3.org/2005/Atom}entry")) == 1


def test_a_phrase_ignores_case_punctuation_and_line_breaks_between_its_words(client):
    make_cable("08PARIS1", paragraphs=["PART OF THIS\nDISTANCING -- has been, the result."])
    make_cable("08PARIS2", paragraphs=["Part of this redistancing has been the result."])
    assert shown(client, '"of this distancing has been the"') == ["08PARIS1"]


def test_a_phrase_in_the_subject_or_summary_is_found_too(client):
    make_cable("08PARIS1", subject="THE END OF THE AFFAIR", paragraphs=["Nothing."])
    make_cable("08PARIS2", summary="It was the end of the affair.", paragraphs=["Nothing."])
    make_cable("08PARIS3", paragraphs=["The affair: no end in sight."])
    assert sorted(shown(client, '"the end of the affair"')) == ["08PARIS1", "08PARIS2"]


def test_an_excluded_phrase_with_stop_words_removes_only_the_cables_holding_it(client):
    make_cable("08PARIS1", paragraphs=[QUOTE])
    make_cable("08PARIS2", paragraphs=[SHARES_THE_WORD])
    assert shown(client, 'distancing -"this distancing has been"') == ["08PARIS2"]


def test_a_phrase_of_stop_words_only_gets_a_clear_message(client):
    make_cable("08PARIS1", paragraphs=["To be or not to be, that is the question."])
    response = client.get("/search/", {"q": '"to be or not to be"'})
    assert response.status_code == 400
    assert "too common or too short to be indexed" in response.content.decode()
    response = client.get("/api/search", {"q": '"to be or not to be"'})
    assert response.status_code == 400 and "too common" in response.json()["detail"]


def test_an_exact_phrase_is_marked_alone_in_snippets_and_on_the_cable_page(client):
    text = "The prime minister met a minister of prime importance."
    make_cable("08PARIS1", paragraphs=[text])

    [result] = api(client, '"prime minister"')["results"]
    html = result["snippets"][0]["snippet_html"]
    assert "<mark>prime minister</mark> met a minister of prime importance" in html
    assert html.count("<mark>") == 1
    page = client.get("/cable/08PARIS1/", {"q": '"prime minister" importance'}).content.decode()
    assert (
        "<p>The <mark>prime minister</mark> met a minister of prime <mark>importance</mark>.</p>"
        in page
    )


def test_a_phrase_with_stop_words_is_marked_whole(client):
    make_cable("08PARIS1", paragraphs=[QUOTE])
    [result] = api(client, '"of this distancing has been the"')["results"]
    html = result["snippets"][0]["snippet_html"]
    assert "Part <mark>of this distancing has been the</mark> result of the election" in html
    assert html.count("<mark>") == 1


def test_stop_words_typed_without_quotes_are_left_out(client):
    make_cable("08PARIS1", paragraphs=["Prisoners of conscience were released."])
    make_cable("08PARIS2", paragraphs=["Prisoners were released."])
    assert shown(client, "prisoners of conscience") == ["08PARIS1"]
    assert shown(client, "prisoners of the conscience") == ["08PARIS1"]


def test_words_with_punctuation_inside_are_found_as_the_cables_write_them(client):
    make_cable("09HARARE1", subject="ZIM NOTES 11-09-2009", paragraphs=["A/S Carson came."])
    make_cable("09HARARE2", subject="ZIM NOTES 11-10-2009", paragraphs=["The update/farewell."])
    assert shown(client, "zim notes 11-09-2009") == ["09HARARE1"]
    assert shown(client, '"notes 11-09-2009"') == ["09HARARE1"]
    assert shown(client, "a/s carson") == ["09HARARE1"]
    assert shown(client, "update/farewell") == ["09HARARE2"]
    # Typed without the punctuation: the parser wrote S-300 and 10-20 as signed numbers.
    make_cable("09MOSCOW1", paragraphs=["To resettle 10-20 families near the S-300 site."])
    assert shown(client, '"resettle 10 20 families"') == ["09MOSCOW1"]
    assert shown(client, '"near the s 300 site"') == ["09MOSCOW1"]


def test_a_phrase_is_found_across_hyphens_and_abbreviations_written_without_them(client):
    make_cable("08PARIS1", paragraphs=["A history of boom-bust cycles in the U.S. economy."])
    make_cable("08PARIS2", paragraphs=["Boom and bust: a history of cycles."])
    assert shown(client, '"history of boom bust cycles"') == ["08PARIS1"]
    assert shown(client, '"history of boom-bust cycles"') == ["08PARIS1"]
    assert shown(client, '"in the u s economy"') == ["08PARIS1"]


def test_a_phrase_matches_its_words_in_their_english_forms_side_by_side(client):
    make_cable("08PARIS1", paragraphs=["The prime ministers met in Paris."])
    [result] = api(client, '"prime minister"')["results"]
    assert "<mark>prime ministers</mark> met in Paris" in result["snippets"][0]["snippet_html"]


# Written for this test: a sentence broken by the release's page-break line.
BROKEN_BY_A_PAGE = """C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 004322

E.O. 12958: DECL: 08/27/2017
TAGS: PREL RS
SUBJECT: RIVER BOARD MEETS

Classified By: Political M/C Jane Q. Roe. Reasons 1.4 (b) and (d).

1. (C) The chairman said that the board would
MOSCOW 00004322 002 OF 002
meet again in the spring.
"""


def test_a_phrase_across_a_page_break_line_is_found_and_marked(client, tmp_path):
    (tmp_path / "cable.txt").write_text(BROKEN_BY_A_PAGE)
    ingest(tmp_path)
    make_cable("07MOSCOW1", paragraphs=["The board would rather meet in the autumn."])
    assert shown(client, '"the board would meet again"') == ["07MOSCOW4322"]
    page = client.get("/cable/07MOSCOW4322/", {"q": '"board would meet again"'})
    marked = re.findall(r"<mark>(.*?)</mark>", page.content.decode(), re.S)
    assert "board would meet again" in [" ".join(m.split()) for m in marked]


# Proximity


def test_near_finds_the_words_within_the_distance_in_either_order(client):
    make_cable("08PARIS1", paragraphs=["The gas pipeline opened."])
    make_cable("08PARIS2", paragraphs=["The pipeline for the gas opened."])
    make_cable("08PARIS3", paragraphs=["Gas was cheap; years later, far to the east, a pipeline."])
    assert sorted(shown(client, '"gas pipeline"~3')) == ["08PARIS1", "08PARIS2"]
    assert sorted(shown(client, '"gas pipeline"~12')) == ["08PARIS1", "08PARIS2", "08PARIS3"]
    assert shown(client, '"gas pipeline"~3 -"pipeline for"') == ["08PARIS1"]


def test_near_wider_than_allowed_is_refused_with_a_message(client):
    response = client.get("/search/", {"q": '"gas pipeline"~500'})
    assert response.status_code == 400
    assert "too wide: at most ~50 words apart" in response.content.decode()


# Ranking


def test_a_body_match_with_the_word_five_times_ranks_above_one_with_it_once(client):
    # The same distinct words, so the same length; the newer holds the word once.
    make_cable("08PARIS1", paragraphs=["Harvest gas bread gas river gas stone gas cloud gas."])
    make_cable("09PARIS1", paragraphs=["Harvest gas bread river stone cloud."], sent_at=when(2009))
    assert shown(client, "gas") == ["08PARIS1", "09PARIS1"]


def test_a_phrase_held_twice_ranks_above_its_words_held_often_apart(client):
    # Both hold the phrase; the newer holds its words more often, but apart.
    make_cable(
        "08PARIS1",
        paragraphs=["An action request came. Then another action request came, as noted."],
    )
    make_cable(
        "09PARIS1",
        paragraphs=["Action taken, action noted, an action request; request after request."],
        sent_at=when(2009),
    )
    assert shown(client, '"action request"') == ["08PARIS1", "09PARIS1"]
    # The same words unquoted are scored one by one: the newer holds them more often.
    assert shown(client, "action request") == ["09PARIS1", "08PARIS1"]


def test_the_rarer_word_weighs_more(client):
    for serial in range(6):
        make_cable(f"07PARIS{serial}", paragraphs=["Gas again."])
    make_cable("08PARIS1", paragraphs=["Gas, gas and gas; zinc."])
    make_cable("08PARIS2", paragraphs=["Zinc, zinc and zinc; gas."])
    assert shown(client, "gas zinc") == ["08PARIS2", "08PARIS1"]


def test_the_same_count_in_a_shorter_cable_ranks_higher(client):
    long = "Gas. " + " ".join(f"word{n}" for n in range(200))
    make_cable("08PARIS1", paragraphs=[long], sent_at=when(2009))
    make_cable("08PARIS2", paragraphs=["Gas. Short note."], sent_at=when(2005))
    assert shown(client, "gas") == ["08PARIS2", "08PARIS1"]


def test_a_subject_match_outweighs_the_same_word_once_in_the_body(client):
    make_cable("08PARIS1", subject="NOTES", paragraphs=["Pipeline notes."], sent_at=when(2009))
    make_cable("08PARIS2", subject="PIPELINE", paragraphs=["Notes."], sent_at=when(2005))
    assert shown(client, "pipeline") == ["08PARIS2", "08PARIS1"]


def test_a_subject_holding_the_words_as_typed_ranks_first(client):
    # Typed as the subject has them, stop words included; the other cable has the
    # words the index keeps more often, out of that order.
    make_cable("08PARIS1", subject="RELEASE OF THE PRISONERS", paragraphs=["A report."])
    make_cable("08PARIS2", subject="PRISONERS: RELEASE, RELEASE", paragraphs=["Prisoners."])
    assert shown(client, "release of the prisoners") == ["08PARIS1", "08PARIS2"]
    assert shown(client, "prisoners release") == ["08PARIS2", "08PARIS1"]


def test_past_the_matches_bm25_orders_come_the_rest_in_tiers_on_every_page(monkeypatch):
    """With more matches than RERANK, the best by the tiers are ordered by BM25 and
    the others follow in the tiers' order: the same whether the page is cut from one
    ORDER BY (counted exactly) or taken tier by tier."""
    monkeypatch.setattr(ranking, "RERANK", 3)
    body_only = ["Gas prices rose again."]
    make_cable("01MOSCOW1", subject="GAS TALKS", sent_at=when(2001))
    make_cable("03MOSCOW1", subject="GAS DEAL", sent_at=when(2003))
    make_cable("07MOSCOW1", subject="ENERGY", summary="Gas, gas and more gas.", sent_at=when(2007))
    make_cable("02MOSCOW1", subject="ENERGY", summary="Gas.", sent_at=when(2002))
    make_cable("05MOSCOW1", paragraphs=body_only, sent_at=when(2005))
    make_cable("06MOSCOW1", paragraphs=body_only, sent_at=when(2006))
    make_cable("04MOSCOW1", paragraphs=body_only, sent_at=when(2004))
    wanted = search.Search(query=parse_query("gas"))
    # The tiers' first three (subject matches, then the most-mentioning summary) by
    # BM25; then the other summary match, then the body-only matches newest first.
    relevance = [
        "07MOSCOW1",
        "03MOSCOW1",
        "01MOSCOW1",
        "02MOSCOW1",
        "06MOSCOW1",
        "05MOSCOW1",
        "04MOSCOW1",
    ]

    def page(start, size, *, exact):
        cables = search.search_cables(wanted)
        ids = search.page_ids(cables, wanted, start, size, exact=exact)
        return [cable.reference_id for cable in search.in_order(ids, "reference_id")]

    assert page(0, 10, exact=True) == relevance
    for size in (1, 2, 3):
        for start in range(len(relevance) + 1):
            assert page(start, size, exact=False) == relevance[start : start + size], (start, size)


def test_sorting_by_date_ignores_relevance(client):
    make_cable("08PARIS1", paragraphs=["Gas gas gas gas."], sent_at=when(2005))
    make_cable("09PARIS1", paragraphs=["Gas once."], sent_at=when(2009))
    assert shown(client, "gas", sort="newest") == ["09PARIS1", "08PARIS1"]
    assert shown(client, "gas", sort="oldest") == ["08PARIS1", "09PARIS1"]
