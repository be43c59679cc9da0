"""Search benchmark against tantivy: bench_search's query mix, the portal and tantivy interleaved.

    .venv/bin/python bench/bench_search_tantivy.py --database relevance --rounds 2
    .venv/bin/python bench/bench_search_tantivy.py --rounds 3      # cables_bench
    .venv/bin/python bench/bench_search_tantivy.py --limit 5000    # index only 5,000 cables

The published cables are read back from the database in chunks (server-side cursors)
and indexed by tantivy in a directory under /tmp: reference_id, subject, summary and
body (the paragraphs joined, en_stem), and fast fields for the tags, origin,
classification, year and sent_at. Each entry of bench_search.MIX then runs on both,
query by query, alternating which goes first: the portal renders /search/?<query>
through the test client (the search cache cleared first, so the first round is each
search's first time), and tantivy answers the same query translated (BM25, subject
x2.0, summary x1.5, body x1.0, every word required, filters as term and range
queries): the page of 20 hits, the count, and the counts by tag, origin,
classification and year (and month, where the portal's timeline zooms into a year)
through its aggregations. An entry tantivy cannot express is said and skipped.

tantivy does the search alone; the portal's time also holds the page's snippets, tag
definitions and HTML. Prints both per query, their p50 and p95 (first time and
again), the ratios, both index sizes, and how far the two answers agree.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from math import nan
from pathlib import Path

from bench_search import MIX, p95, setup_django
from tantivy_cables import PAGE_SIZE, TantivyCables, Unsupported, build_index


@dataclass
class Timings:
    portal: list[float] = field(default_factory=list)
    tantivy: list[float] = field(default_factory=list)


def portal_request(client, params: str) -> None:
    response = client.get(f"/search/?{params}")
    if response.status_code >= 500:
        raise SystemExit(f"{params}: HTTP {response.status_code}")


def unsupported(engine: TantivyCables) -> dict[str, str]:
    """Label -> why tantivy cannot say it, for the mix entries it cannot."""
    skipped = {}
    for label, params, _ in MIX:
        try:
            engine.translate(params)
        except Unsupported as error:
            skipped[label] = str(error)
    return skipped


def interleaved(engine: TantivyCables, rounds: int, skipped: dict[str, str]) -> list[dict]:
    """Per round, label -> (portal ms, tantivy ms); who goes first alternates by query
    and by round, so neither always meets a warm or a cold machine."""
    from django.test import Client

    client = Client()
    entries = [(label, params) for label, params, _ in MIX if label not in skipped]
    systems = {
        "portal": lambda params: portal_request(client, params),
        "tantivy": engine.answer,
    }
    results = []
    for round_number in range(rounds):
        timings = {label: Timings() for label, _ in entries}
        for number, (label, params) in enumerate(entries):
            for name in sorted(systems, reverse=(number + round_number) % 2 == 1):
                started = time.perf_counter()
                systems[name](params)
                getattr(timings[label], name).append((time.perf_counter() - started) * 1000)
        results.append(timings)
    return results


def portal_answer(params: str) -> tuple[int, bool, list[str]]:
    """(count, exact, reference ids of the page) as the results page has them; the
    counts and best matches come from the search cache the timed runs filled."""
    from django.http import QueryDict

    from cables import search
    from cables.search.form import CableFilter

    cable_filter = CableFilter(QueryDict(params))
    if not cable_filter.is_valid():
        return 0, True, []
    wanted = cable_filter.search
    start = (int(QueryDict(params).get("page", "1")) - 1) * PAGE_SIZE
    with search.index_plans(wanted):
        total, exact, _ = search.summarize(wanted, cable_filter.qs)
        ids = search.page_ids(cable_filter.qs, wanted, start, PAGE_SIZE, exact=exact)
        return total, exact, [cable.reference_id for cable in search.in_order(ids, "reference_id")]


def agreement(engine: TantivyCables, skipped: dict[str, str]) -> dict[str, str]:
    """Label -> the two counts, and how many of the page's 20 both show."""
    agreed = {}
    for label, params, _ in MIX:
        if label in skipped:
            continue
        total, exact, portal_ids = portal_answer(params)
        found = engine.answer(params)
        shared = len(set(portal_ids) & set(found.reference_ids))
        portal_count = f"{total:,}" if exact else f">{total:,}"
        agreed[label] = f"{portal_count:>8} {found.count:>8,}   {shared:>2}/{len(portal_ids):<2}"
    return agreed


def summary_line(title: str, portal: list[float], found: list[float]) -> None:
    p50s = statistics.median(portal), statistics.median(found)
    p95s = p95(portal), p95(found)
    print(
        f"{title:<40} p50 {p50s[0]:7.1f} / {p50s[1]:6.1f} ms ({p50s[0] / p50s[1]:5.1f}x)"
        f"   p95 {p95s[0]:7.1f} / {p95s[1]:6.1f} ms ({p95s[0] / p95s[1]:5.1f}x)"
        f"   {len(portal)} requests each"
    )


def report(first: dict[str, Timings], again: list[dict], agreed: dict[str, str]) -> None:
    print(
        f"\n{'query':<28} {'first time (ms)':>17} {'again, median (ms)':>20}"
        f"   {'count: portal tantivy  same page'}"
    )
    print(f"{'':<28} {'portal':>8} {'tantivy':>8} {'portal':>10} {'tantivy':>9}")
    for label, timing in first.items():
        portal = statistics.median([v for r in again for v in r[label].portal] or [nan])
        found = statistics.median([v for r in again for v in r[label].tantivy] or [nan])
        print(
            f"{label:<28} {timing.portal[0]:8.1f} {timing.tantivy[0]:8.1f} "
            f"{portal:10.1f} {found:9.1f}   {agreed[label]}"
        )
    print(
        "(count: the portal's stops at 10,000, shown >10,000; same page: the cables both\n"
        "show on the page asked for. tantivy's first time is that query's first run on an\n"
        "index just written, its files in the page cache.)"
    )
    print("\nportal / tantivy (ratio: how many times tantivy is faster)")
    summary_line("first time each search is seen", *flatten([first]))
    if again:
        summary_line("the same searches again", *flatten(again))


def flatten(rounds: list[dict]) -> tuple[list[float], list[float]]:
    timings = [t for r in rounds for t in r.values()]
    return [v for t in timings for v in t.portal], [v for t in timings for v in t.tantivy]


def sizes(path: Path) -> None:
    from django.db import connection

    from cables.models import Cable, CableSample, Paragraph

    tables = [model._meta.db_table for model in (Cable, Paragraph, CableSample)]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sum(pg_total_relation_size(t::regclass)), sum(pg_indexes_size(t::regclass)),"
            " pg_database_size(current_database()) FROM unnest(%s::text[]) AS t",
            [tables],
        )
        total, indexes, database = cursor.fetchone()
    on_disk = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    megabytes = 1024 * 1024
    print(
        f"\nIndex sizes: tantivy {on_disk / megabytes:,.0f} MB (stored: reference_id only); "
        f"portal {', '.join(tables)} with their indexes and TOAST {total / megabytes:,.0f} MB "
        f"(of which indexes {indexes / megabytes:,.0f} MB; texts and vectors are in the "
        f"tables), database {database / megabytes:,.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="cables_bench")
    parser.add_argument("--rounds", type=int, default=5, help="Repeated rounds after the first.")
    parser.add_argument("--limit", type=int, help="Index only the first N published cables.")
    args = parser.parse_args()
    setup_django(args.database)
    from django.core.cache import caches
    from django.test import Client

    from cables.models import Cable

    published = Cable.objects.filter(published=True).count()
    path = Path(tempfile.mkdtemp(prefix="bench-tantivy-", dir="/tmp"))
    try:
        started = time.perf_counter()
        engine = TantivyCables(build_index(path, args.limit))
        indexed = engine.searcher.num_docs
        print(
            f"{published} published cables in {args.database}; tantivy indexed {indexed} in "
            f"{time.perf_counter() - started:.0f} s ({engine.searcher.num_segments} segments)"
        )
        if indexed < published:
            print("  (--limit: tantivy holds fewer cables than the portal searches)")
        skipped = unsupported(engine)
        for label, reason in skipped.items():
            print(f"Skipped, not expressible in tantivy: {label}: {reason}")
        print(
            "Not expressed: the portal's spelling suggestion for a search without results "
            "(tantivy only finds no hits); snippets and HTML are the portal's alone."
        )
        caches["search"].clear()  # so the first round really is the first time
        Client().get("/search/?q=harvest")  # templates and URL patterns, outside the timings
        engine.answer("q=harvest")
        first, *again = interleaved(engine, 1 + args.rounds, skipped)
        report(first, again, agreement(engine, skipped))
        sizes(path)
    finally:
        shutil.rmtree(path, ignore_errors=True)


if __name__ == "__main__":
    main()
