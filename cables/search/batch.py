"""Batch search: which lines of a list (names, companies, queries) the corpus holds.

Each line is one query in the search box's syntax, validated by the search form
(CableFilter) and matched by `matching`, as the search page does, then only counted:
how many cables, the first and last dates, the three origins that sent most of them.

A line that uses none of the syntax is a name and is searched as one quoted phrase
(`uses_syntax`): `Alexei Miller` is `"Alexei Miller"`, never cables with Alexei in one
paragraph and some other Miller in another.

A line found in many cables (SAMPLED_ABOVE) is counted, as the search page's facets
are, on the facet sample (one cable in FACET_SAMPLE) and marked approximate: its count
and origins are estimates, its first and last dates those of the sampled cables.
Exactly, a phrase found in 170,000 cables takes six seconds at full size, its sample a
third of one.

A batch is kept in the search cache: its lines under its key (a hash of them, which
its address shows), and its results in parts of PART_SIZE lines, each under the key
and the corpus version, as search counts are. So its page, its CSV and the API answer
again without counting, until the corpus changes; then they count afresh.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

from django.db import OperationalError
from django.db.models import QuerySet

from cables.models import FACET_SAMPLE, CableSample, DatePrecision
from cables.search.cache import corpus_version, search_cache
from cables.search.counts import two_figures
from cables.search.filtering import matching, published_cables
from cables.search.form import CableFilter
from cables.search.query import FIELDS
from cables.search.ranking import index_plans
from portal.replicas import read_connection

MAX_LINES = 1000
# Lines counted per request of the page's progress: a second or two at full size.
PART_SIZE = 25
# The lines of a batch stay addressable this long (its results only while the corpus
# is unchanged, and at most the search cache's timeout).
LINES_KEPT_SECONDS = 30 * 24 * 3600
TOP_ORIGINS = 3
# A line the sample shows in this many cables or more is counted on the sample alone
# (125 sampled cables, a standard error of 9%). Lower than the search page's 12,000
# (counts.summarize): exactly, a phrase with a stop word found in 8,000 cables takes
# 12 s at full size, its sample under one, and a list holds many such names.
SAMPLED_ABOVE = 2_000

# What makes a line a query rather than a name: a double quote, a field term such as
# tag: or entity:, an -excluded word, a prefix*, or OR between words (in capitals only,
# as the query parser reads it: "Bank of Georgia or Tbilisi" is a name).
SYNTAX = re.compile(rf'"|(?:^|\s)(?:{"|".join(FIELDS)}):|(?:^|\s)-\S|\S\*(?:\s|$)', re.IGNORECASE)
OR_OPERATOR = re.compile(r"(?:^|\s)OR(?:\s|$)")


def uses_syntax(line: str) -> bool:
    """Whether the line is written in the query syntax; otherwise it is one name."""
    return bool(SYNTAX.search(line) or OR_OPERATOR.search(line))


def as_query(line: str) -> str:
    """The query a line is searched as: itself in the syntax, else one quoted phrase."""
    return line if uses_syntax(line) else f'"{line}"'


def clean_lines(text: str) -> list[str]:
    """The text's lines to search (`clean_line`), empty lines left out."""
    lines = (clean_line(line) for line in text.replace("\r", "\n").split("\n"))
    return [line for line in lines if line]


def clean_line(line: str) -> str:
    """The line with control characters made spaces and blanks collapsed."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in line).split())


KEY = re.compile(r"[0-9a-f]{24}")


def batch_key(lines: list[str]) -> str:
    """The batch's name in its address: the same lines, the same key."""
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:24]


def keep_lines(lines: list[str]) -> str:
    """Remember the lines under their key, and return it."""
    key = batch_key(lines)
    search_cache.set(f"batch-lines:{key}", lines, LINES_KEPT_SECONDS)
    return key


def kept_lines(key: str) -> list[str] | None:
    return search_cache.get(f"batch-lines:{key}")


def part_count(lines: list[str]) -> int:
    return -(-len(lines) // PART_SIZE)


def part_lines(lines: list[str], part: int) -> list[str]:
    return lines[part * PART_SIZE : (part + 1) * PART_SIZE]


def _part_key(key: str, part: int, version: int) -> str:
    return f"batch:{key}:{part}:{version}"


def kept_parts(key: str, lines: list[str], version: int) -> dict[int, list[dict]]:
    """The parts of the batch counted already at this corpus version, by number."""
    names = {_part_key(key, part, version): part for part in range(part_count(lines))}
    found = search_cache.get_many(list(names))
    return {names[name]: rows for name, rows in found.items()}


def count_part(key: str, lines: list[str], part: int, version: int) -> list[dict]:
    """Count one part's lines and keep the result until the corpus changes."""
    start = part * PART_SIZE
    rows = [count_line(line, start + n + 1) for n, line in enumerate(part_lines(lines, part))]
    search_cache.set(_part_key(key, part, version), rows)
    return rows


def batch_results(key: str, lines: list[str]) -> list[dict]:
    """Every line's result: the parts kept, and the others counted now."""
    version = corpus_version()
    parts = kept_parts(key, lines, version)
    for part in range(part_count(lines)):
        if part not in parts:
            parts[part] = count_part(key, lines, part, version)
    return [row for part in sorted(parts) for row in parts[part]]


def lines_to_count(key: str, lines: list[str]) -> int:
    """How many of the batch's lines are not counted at this corpus version yet."""
    parts = kept_parts(key, lines, corpus_version())
    return sum(len(part_lines(lines, p)) for p in range(part_count(lines)) if p not in parts)


def count_line(line: str, number: int) -> dict:
    """One line's result: its count, first and last dates, top origins, or its error."""
    query = as_query(line)
    row: dict = {"line": number, "text": line, "query": query, "error": ""}
    row.update(count=None, exact=True, first_date=None, last_date=None, origins=[])
    filterset = CableFilter({"q": query})
    if not filterset.is_valid():
        row["error"] = " ".join(str(m) for messages in filterset.errors.values() for m in messages)
        return row
    wanted = filterset.search
    try:
        # A text search runs in a transaction of its own (index_plans): a line cancelled
        # by the statement timeout spoils no other.
        with index_plans(wanted):
            row.update(_counted(wanted))
    except OperationalError:
        row["error"] = "This line took too long to count: add a word, a tag or a date to it."
    return row


def _counted(wanted) -> dict:
    """The counts on the sample when it shows very many matches, else exact."""
    sampled = _by_origin(matching(CableSample.objects.filter(published=True), wanted))
    if sum(n for n, *_ in sampled.values()) * FACET_SAMPLE >= SAMPLED_ABOVE:
        return _summary(sampled, scale=FACET_SAMPLE)
    return _summary(_by_origin(matching(published_cables(), wanted)), scale=1)


def _by_origin(cables: QuerySet) -> dict[str, tuple]:
    """{origin: (count, first full date, last full date, first year-only, last year-only)}
    of the matching cables, in one statement."""
    sql, params = (
        cables.order_by().values("origin", "sent_at", "date_precision").query.sql_with_params()
    )
    year = DatePrecision.YEAR.value
    with read_connection().cursor() as cursor:
        cursor.execute(
            f"""
            SELECT origin, count(*),
                min(sent_at) FILTER (WHERE date_precision <> %s),
                max(sent_at) FILTER (WHERE date_precision <> %s),
                min(sent_at) FILTER (WHERE date_precision = %s),
                max(sent_at) FILTER (WHERE date_precision = %s)
            FROM ({sql}) AS matches GROUP BY origin
            """,
            [year, year, year, year, *params],
        )
        return {origin: tuple(rest) for origin, *rest in cursor.fetchall()}


def _summary(by_origin: dict[str, tuple], *, scale: int) -> dict:
    def scaled(count: int) -> int:
        return two_figures(count * scale) if scale > 1 else count

    values = by_origin.values()
    top = sorted(by_origin.items(), key=lambda item: (-item[1][0], item[0]))[:TOP_ORIGINS]
    return {
        "count": scaled(sum(count for count, *_ in values)),
        "exact": scale == 1,
        "first_date": _bound([v[1] for v in values], [v[3] for v in values], first=True),
        "last_date": _bound([v[2] for v in values], [v[4] for v in values], first=False),
        "origins": [{"origin": origin, "count": scaled(v[0])} for origin, v in top],
    }


def _bound(full: list, year_only: list, *, first: bool) -> str | None:
    """The first (or last) date as ISO YYYY-MM-DD, or only YYYY where a cable known only
    by its year lies in an earlier (later) year than every dated one: then its date
    within the year is unknown, and 1 January would claim more than the text says."""
    pick = min if first else max
    dated = pick((d for d in full if d is not None), default=None)
    by_year = pick((d for d in year_only if d is not None), default=None)
    if by_year is not None and (
        dated is None or (by_year.year < dated.year if first else by_year.year > dated.year)
    ):
        return str(by_year.year)
    return _day(dated) if dated is not None else None


def _day(moment: datetime) -> str:
    return moment.astimezone(UTC).date().isoformat()
