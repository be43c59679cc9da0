"""The cables in a tantivy index, and bench_search's query strings translated into it.

For bench_search_tantivy.py: the same fields as the portal searches (subject, summary,
body with en_stem; tags, origin, classification, year and sent_at as fast fields), and
each query string of the results page as a tantivy query with its aggregations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from urllib.parse import parse_qs

import tantivy
from bench_relevance import FIELD_BOOSTS, log

# As the portal's results page: cables.web.views.PAGE_SIZE, and search.facets' limits.
PAGE_SIZE = 20
TAG_LIMIT = 25
ORIGIN_LIMIT = 20
CHUNK = 2000
WRITER_HEAP = 500_000_000
# The results page's parameters that the mix uses; any other is reported, not guessed.
PARAMETERS = {"q", "tag", "tag_mode", "origin", "classification", "date_from", "date_to"}
PARAMETERS |= {"year", "sort", "page"}
# The search box: field:value, "a phrase", or a word (elect* a prefix), each maybe -excluded.
TOKEN = re.compile(
    r'(?P<neg>-)?(?:(?P<field>[a-z]+):(?P<value>\S+)|"(?P<phrase>[^"]*)"|(?P<word>\S+))'
)
WORD = re.compile(r"[^\W_]+")
NANOSECONDS = 1_000_000_000
Occur = tantivy.Occur


class Unsupported(Exception):
    """A part of a portal query that has no tantivy translation here."""


@dataclass
class Translated:
    query: tantivy.Query
    order: str = "relevance"  # or "newest", "oldest"
    offset: int = 0
    zoom_year: int | None = None  # the portal counts by month inside this year


@dataclass
class Answer:
    reference_ids: list[str]
    count: int
    facets: dict


def published_cables(limit: int | None) -> Iterator[tuple[tuple, str]]:
    """(cable row, body) of each published cable by id, streamed: the paragraphs are
    read in the same order alongside and joined to their cable's body."""
    from cables.models import Cable, Paragraph

    cables = Cable.objects.filter(published=True).order_by("pk")
    paragraphs = Paragraph.objects.order_by("cable_id", "position")
    if limit:
        last = list(cables.values_list("pk", flat=True)[limit - 1 : limit])
        if last:
            cables = cables.filter(pk__lte=last[0])
            paragraphs = paragraphs.filter(cable_id__lte=last[0])
    fields = ("pk", "reference_id", "subject", "summary", "tag_codes", "origin")
    rows = cables.values_list(*fields, "classification", "sent_at").iterator(chunk_size=CHUNK)
    texts = paragraphs.values_list("cable_id", "text").iterator(chunk_size=CHUNK)
    pending = next(texts, None)
    for row in rows:
        body = []
        while pending is not None and pending[0] <= row[0]:  # an unpublished cable's: skipped
            if pending[0] == row[0]:
                body.append(pending[1])
            pending = next(texts, None)
        yield row, "\n\n".join(body)


def schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("reference_id", stored=True, tokenizer_name="raw")
    for name in FIELD_BOOSTS:
        builder.add_text_field(name, tokenizer_name="en_stem")
    for name in ("tags", "origin", "classification"):
        builder.add_text_field(name, fast=True, tokenizer_name="raw")
    builder.add_integer_field("year", fast=True)
    builder.add_date_field("sent_at", fast=True)
    return builder.build()


def document(row: tuple, body: str) -> tantivy.Document:
    _, reference_id, subject, summary, tag_codes, origin, classification, sent_at = row
    doc = tantivy.Document()
    doc.add_text("reference_id", reference_id)
    doc.add_text("subject", subject)
    doc.add_text("summary", summary)
    doc.add_text("body", body)
    for code in tag_codes.split("\n"):  # models.TAG_SEPARATOR
        if code:
            doc.add_text("tags", code)
    doc.add_text("origin", origin)
    doc.add_text("classification", classification)
    if sent_at is not None:
        doc.add_integer("year", sent_at.astimezone(UTC).year)
        doc.add_date("sent_at", sent_at)
    return doc


def build_index(path: Path, limit: int | None) -> tantivy.Index:
    from django.db import transaction

    index = tantivy.Index(schema(), path=str(path), reuse=False)
    writer = index.writer(heap_size=WRITER_HEAP, num_threads=1)  # a shared 2-core machine
    count = 0
    with transaction.atomic():  # so the cursors stream, instead of being held whole
        for row, body in published_cables(limit):
            writer.add_document(document(row, body))
            count += 1
            if count % 20_000 == 0:
                log(f"  {count} cables indexed")
    writer.commit()
    writer.wait_merging_threads()  # no merge left running into the timings
    index.reload()
    return index


class TantivyCables:
    """The cables in tantivy, and the portal's query strings translated for it."""

    def __init__(self, index: tantivy.Index) -> None:
        self.index = index
        self.schema = index.schema
        self.searcher = index.searcher()

    def answer(self, params: str) -> Answer:
        wanted = self.translate(params)
        order = {"newest": tantivy.Order.Desc, "oldest": tantivy.Order.Asc}.get(wanted.order)
        if order is None:
            result = self.searcher.search(wanted.query, PAGE_SIZE, offset=wanted.offset)
        else:
            result = self.searcher.search(
                wanted.query, PAGE_SIZE, offset=wanted.offset, order_by_field="sent_at", order=order
            )
        ids = [self.searcher.doc(address)["reference_id"][0] for _, address in result.hits]
        facets = self.searcher.aggregate(wanted.query, aggregations(wanted.zoom_year))
        return Answer(ids, result.count, facets)  # type: ignore[attr-defined]  # not in the stubs

    def translate(self, params: str) -> Translated:
        given = parse_qs(params)
        if unknown := set(given) - PARAMETERS:
            raise Unsupported(f"parameters {sorted(unknown)}")
        clauses, filters = self.box(given.get("q", [""])[0])
        filters += self.form_filters(given)
        if not any(occur == Occur.Must for occur, _ in clauses):
            clauses.append((Occur.Must, tantivy.Query.all_query()))
        # Filters narrow, they do not score: BM25 comes from the words alone.
        clauses += [(Occur.Must, tantivy.Query.const_score_query(f, 0.0)) for f in filters]
        sort = given.get("sort", ["relevance"])[0]
        if sort == "relevance" and not has_text(given):
            sort = "newest"  # the portal's order without words
        page = int(given.get("page", ["1"])[0])
        return Translated(
            tantivy.Query.boolean_query(clauses), sort, (page - 1) * PAGE_SIZE, zoom_year(given)
        )

    def box(self, raw: str) -> tuple[list[tuple[tantivy.Occur, tantivy.Query]], list]:
        """The search box: its words as scored clauses, its field:value as filters."""
        groups: list[list[tantivy.Query]] = []
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        filters: list[tantivy.Query] = []
        pending_or = False
        for match in TOKEN.finditer(raw):
            if match["field"]:
                if match["neg"]:
                    raise Unsupported(f"{match[0]}: the portal refuses it too")
                filters.append(self.box_filter(match["field"], match["value"]))
            elif match["word"] == "OR" and not match["neg"]:
                pending_or = bool(groups)
                continue
            elif match["neg"]:
                clauses.append((Occur.MustNot, self.text(match)))
            elif pending_or:
                groups[-1].append(self.text(match))
            else:
                groups.append([self.text(match)])
            pending_or = False
        for group in groups:
            either = tantivy.Query.boolean_query([(Occur.Should, q) for q in group])
            clauses.append((Occur.Must, group[0] if len(group) == 1 else either))
        return clauses, filters

    def text(self, match: re.Match) -> tantivy.Query:
        """A word, phrase or prefix in any of the fields, each field with its boost."""
        written = match["phrase"] if match["phrase"] is not None else match["word"]
        if written.endswith("*") and match["phrase"] is None:
            prefix = written[:-1].lower()
            if not WORD.fullmatch(prefix):
                raise Unsupported(f"the prefix {written}")
            # Lowercased, not stemmed: PostgreSQL stems a prefix, tantivy matches its terms.
            # A phrase prefix of one word is a prefix query (a regex took 30 times longer).
            return tantivy.Query.boolean_query(
                [
                    (Occur.Should, tantivy.Query.boost_query(self.prefix(name, prefix), boost))
                    for name, boost in FIELD_BOOSTS.items()
                ]
            )
        words = WORD.findall(written)
        if not words:
            raise Unsupported(f"{written!r} holds no word")
        # Quoted, so nothing is read as tantivy's syntax; one word is a term query.
        return self.index.parse_query(
            f'"{" ".join(words)}"', list(FIELD_BOOSTS), field_boosts=FIELD_BOOSTS
        )

    def prefix(self, name: str, prefix: str) -> tantivy.Query:
        return tantivy.Query.phrase_prefix_query(self.schema, name, [prefix])

    def box_filter(self, name: str, value: str) -> tantivy.Query:
        if name == "tag":
            return tantivy.Query.term_query(self.schema, "tags", value.upper())
        if name == "origin":
            return self.origin(value)
        if name == "classification":  # the broad level: secret is SECRET and SECRET//...
            pattern = f"{re.escape(value.upper())}(//.*)?"
            return tantivy.Query.regex_query(self.schema, "classification", pattern)
        if name in ("from", "to"):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                raise Unsupported(f"{name}:{value} (only YYYY-MM-DD here)") from None
            return self.dates(day, None) if name == "from" else self.dates(None, day)
        raise Unsupported(f"{name}: (no {name} in the index)")

    def origin(self, value: str) -> tantivy.Query:
        """The portal's origin filter: the name, or any origin holding it, any case.

        The origins holding it are looked up in the term dictionary (a few hundred
        names): a regex `(?i).*name.*` took ten times longer to compile than this."""
        wanted = value.casefold()
        names = [name for name, _ in self.searcher.terms_with_prefix("origin", "")]
        held = [name for name in names if wanted in name.casefold()]
        return tantivy.Query.term_set_query(self.schema, "origin", held)

    def dates(self, first: date | None, last: date | None) -> tantivy.Query:
        """Sent on `first` or later, and before the day after `last`, in UTC."""
        lower = midnight(first) if first else None
        upper = midnight(last + timedelta(days=1)) if last else None
        return tantivy.Query.range_query(
            self.schema,
            "sent_at",
            tantivy.FieldType.Date,
            lower,
            upper,
            include_upper=upper is None,
        )

    def form_filters(self, given: dict[str, list[str]]) -> list[tantivy.Query]:
        filters = []
        tags = [code.upper() for code in given.get("tag", [])]
        if tags and given.get("tag_mode") == ["all"]:
            filters += [tantivy.Query.term_query(self.schema, "tags", code) for code in tags]
        elif tags:
            filters.append(tantivy.Query.term_set_query(self.schema, "tags", tags))
        if origins := given.get("origin"):
            either = [(Occur.Should, self.origin(value)) for value in origins]
            filters.append(tantivy.Query.boolean_query(either))
        if classifications := given.get("classification"):
            exact = tantivy.Query.term_set_query(self.schema, "classification", classifications)
            filters.append(exact)
        first, last = given.get("date_from"), given.get("date_to")
        if first or last:
            filters.append(
                self.dates(
                    date.fromisoformat(first[0]) if first else None,
                    date.fromisoformat(last[0]) if last else None,
                )
            )
        if year := given.get("year"):
            filters.append(
                tantivy.Query.range_query(
                    self.schema, "year", tantivy.FieldType.Integer, int(year[0]), int(year[0])
                )
            )
        return filters


def midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def has_text(given: dict[str, list[str]]) -> bool:
    """The search box holds a word or phrase to find, not only field:value."""
    tokens = TOKEN.finditer(given.get("q", [""])[0])
    return any(not m["field"] and not m["neg"] and m["word"] != "OR" for m in tokens)


def zoom_year(given: dict[str, list[str]]) -> int | None:
    """The year the portal's timeline shows by month: a chosen year, or a date range
    inside one (Search.zoom_year)."""
    if year := given.get("year"):
        return int(year[0])
    first, last = given.get("date_from"), given.get("date_to")
    if first and last and first[0][:4] == last[0][:4]:
        return int(first[0][:4])
    return None


def aggregations(year: int | None) -> dict:
    """The portal's facets, Elasticsearch-style: by tag, origin, classification, year,
    and by month inside the zoomed year."""
    facets: dict = {
        "tags": {"terms": {"field": "tags", "size": TAG_LIMIT}},
        "origins": {"terms": {"field": "origin", "size": ORIGIN_LIMIT}},
        "classifications": {"terms": {"field": "classification", "size": 100}},
        "years": {"terms": {"field": "year", "size": 1000}},
    }
    if year:
        starts = [datetime(year + m // 12, m % 12 + 1, 1, tzinfo=UTC) for m in range(13)]
        edges = [int(start.timestamp()) * NANOSECONDS for start in starts]  # dates: ns
        ranges = [{"from": a, "to": b} for a, b in pairwise(edges)]
        facets["months"] = {"range": {"field": "sent_at", "ranges": ranges}}
    return facets
