"""Search benchmark: server-side latency of a fixed query mix, against the naive ILIKE way.

    .venv/bin/python bench/bench_search.py --database cables_bench   # after bench_ingest.py
    .venv/bin/python bench/bench_search.py --rounds 5

Each query goes through the real URLconf (Django's test client, no network) and
renders the full results page: count, facets, timeline, snippets. The naive mix
runs the same words as `original_text ILIKE '%word%'` with the same page size and count.
Prints p50 and p95 per mix and per query (milliseconds).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from common import use_database  # noqa: E402

# (label, query string for /search/, words for the naive ILIKE version)
MIX = [
    ("very common word", "q=government", ["government"]),
    ("common word", "q=minister", ["minister"]),
    ("rare word", "q=desalination", ["desalination"]),
    ("two words", "q=budget+deficit", ["budget", "deficit"]),
    ("phrase", "q=%22prime+minister%22", ["prime minister"]),
    ("prefix", "q=elect*", ["elect"]),
    ("OR", "q=pipeline+OR+refinery", ["pipeline"]),
    ("exclusion", "q=election+-fraud", ["election"]),
    ("tag filter alone", "tag=PREL", []),
    ("stop-word country tag", "tag=IN", []),
    ("tag in the query box", "q=tag:PHUM", []),
    ("all of two tags", "tag=PREL&tag=PGOV&tag_mode=all", []),
    ("date range", "date_from=2008-01-01&date_to=2008-06-30", []),
    ("year", "year=2009", []),
    ("origin", "origin=Embassy+Moscow", []),
    ("classification", "q=classification:secret", []),
    ("word + tag", "q=sanctions&tag=IR", ["sanctions"]),
    ("word + date range", "q=parliament&date_from=2007-01-01&date_to=2007-12-31", ["parliament"]),
    ("word + origin + newest", "q=visit&origin=Embassy+Paris&sort=newest", ["visit"]),
    (
        "phrase + classification",
        "q=%22human+rights%22+classification:confidential",
        ["human rights"],
    ),
    ("page 50 of a broad query", "q=government&page=50", ["government"]),
    ("newest of everything", "sort=newest", []),
    ("no results, suggestion", "q=goverment", ["goverment"]),
]


def setup_django(database: str) -> None:
    use_database(database)
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["RATELIMIT_ENABLE"] = "false"  # measure the searches, not the limiter
    import django
    from django.core.management import call_command

    django.setup()
    call_command("collectstatic", interactive=False, verbosity=0)  # pages need the manifest


def time_portal(rounds: int) -> dict[str, list[float]]:
    from django.test import Client

    client = Client()
    timings: dict[str, list[float]] = {label: [] for label, _, _ in MIX}
    for _ in range(rounds):
        for label, params, _ in MIX:
            started = time.perf_counter()
            response = client.get(f"/search/?{params}")
            timings[label].append((time.perf_counter() - started) * 1000)
            if response.status_code >= 500:
                raise SystemExit(f"{label}: HTTP {response.status_code}")
    return timings


def time_naive(rounds: int) -> dict[str, list[float]]:
    """The same words the naive way: ILIKE over the text, newest first, 20 rows and a count."""
    from django.db import connection

    from cables.models import Cable

    table = connection.ops.quote_name(Cable._meta.db_table)
    timings: dict[str, list[float]] = {}
    for label, _, words in MIX:
        if not words:
            continue
        where = " AND ".join(["original_text ILIKE %s"] * len(words))
        params = [f"%{w}%" for w in words]
        timings[label] = []
        for _ in range(rounds):
            started = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT count(*) FROM {table} WHERE published AND {where}", params)
                cursor.execute(
                    f"SELECT reference_id, subject FROM {table} WHERE published AND {where} "
                    "ORDER BY sent_at DESC NULLS LAST, id LIMIT 20",
                    params,
                )
                cursor.fetchall()
            timings[label].append((time.perf_counter() - started) * 1000)
    return timings


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def report(title: str, timings: dict[str, list[float]]) -> None:
    every = [v for values in timings.values() for v in values]
    print(
        f"\n{title}: p50 {statistics.median(every):.0f} ms, p95 {p95(every):.0f} ms "
        f"over {len(every)} requests"
    )
    for label, values in timings.items():
        print(
            f"  {label:<28} median {statistics.median(values):7.1f} ms   max {max(values):7.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="cables_bench")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--naive-rounds", type=int, default=2)
    args = parser.parse_args()
    setup_django(args.database)
    from django.core.cache import caches
    from django.test import Client

    from cables.models import Cable

    caches["search"].clear()  # so the first round really is the first time

    print(f"{Cable.objects.count()} cables in {args.database}")
    # A running server has compiled its templates and URL patterns already: one search
    # outside the mix does that here, so the first query of the mix is not charged
    # with it (about 120 ms).
    Client().get("/search/?q=harvest")
    first = time_portal(1)  # each search seen for the first time: nothing remembered
    report("Portal, first time each search is seen (count and facets computed)", first)
    portal = time_portal(args.rounds)
    report("Portal, the same searches again (count and facets remembered)", portal)
    if args.naive_rounds:
        naive = time_naive(args.naive_rounds)
        report("Naive ILIKE (count + first page only)", naive)
        shared = [label for label in naive]
        ratio = statistics.median(
            [statistics.median(naive[k]) for k in shared]
        ) / statistics.median([statistics.median(portal[k]) for k in shared])
        print(f"\nMedian over the text queries: naive / portal = {ratio:.1f}x")


if __name__ == "__main__":
    main()
