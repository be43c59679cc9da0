"""Batch search benchmark: 1,000 lines of names and queries, counted as the page and the API do.

    .venv/bin/python bench/bench_batch.py --database cables_bench
    .venv/bin/python bench/bench_batch.py --lines 300 --seed 2

The lines are what a reporter's list holds: people, organizations and places the
corpus names (drawn from its entities, rare and common alike), names it does not
hold (a given name and a surname of two different people), and a tenth of queries
in the syntax (a name with a tag or dates, entity:, OR, a prefix, origin:).

Through the real URLconf (Django's test client, no network), as the browser does:
the form's POST, the page, then each part of 25 lines as batch.js fetches them;
then the same lines through POST /api/batch with nothing kept; then both again,
kept. The database is only read: the search cache, where batches are kept, is
the process's memory for the run, and the rate limits are off.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from common import use_database  # noqa: E402

KINDS = (("person", 0.55), ("organization", 0.05), ("place", 0.10))
ABSENT_SHARE = 0.20  # the rest, a tenth, are queries in the syntax
ORIGIN_WORDS = ("moscow", "baghdad", "tokyo", "state", "kabul", "paris")


def setup_django(database: str) -> None:
    use_database(database)
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["RATELIMIT_ENABLE"] = "false"  # measure the counting, not the limiter
    import django
    from django.core.management import call_command

    import portal.settings

    # Read-only: the batches are kept in this process's memory, not the database's cache.
    portal.settings.CACHES["search"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }
    django.setup()
    call_command("collectstatic", interactive=False, verbosity=0)  # pages need the manifest


def make_lines(count: int, seed: int) -> tuple[list[str], dict[str, int]]:
    """`count` lines, shuffled, and how many of each kind."""
    from cables.models import Entity

    rng = random.Random(seed)
    visible = Entity.objects.filter(hidden=False, merged_into__isnull=True)
    names = {
        kind: list(visible.filter(kind=kind).order_by("name").values_list("name", flat=True))
        for kind, _ in KINDS
    }
    people = [name for name in names["person"] if " " in name]
    mix: dict[str, list[str]] = {}
    for kind, share in KINDS:
        mix[kind] = rng.sample(names[kind], min(len(names[kind]), round(count * share)))
    known = set(names["person"])
    absent: set[str] = set()
    while len(absent) < round(count * ABSENT_SHARE):
        name = f"{rng.choice(people).split()[0]} {rng.choice(people).split()[-1]}"
        if name not in known:
            absent.add(name)
    mix["absent"] = sorted(absent)
    queries = count - sum(len(lines) for lines in mix.values())
    mix["query"] = [_query(rng, people, names["organization"]) for _ in range(queries)]
    lines = [line for lines in mix.values() for line in lines]
    rng.shuffle(lines)
    return lines, {kind: len(lines) for kind, lines in mix.items()}


def _query(rng: random.Random, people: list[str], organizations: list[str]) -> str:
    person, other = rng.choice(people), rng.choice(people)
    return rng.choice(
        [
            f'"{person}" tag:PREL',
            f'entity:"{person}"',
            f"{person.split()[-1]} OR {other.split()[-1]}",
            f'"{rng.choice(organizations)}" from:2005 to:2008',
            f'"{person}" origin:{rng.choice(ORIGIN_WORDS)}',
            f"{person.split()[-1][:5]}*",
        ]
    )


def run_page(client, lines: list[str]) -> tuple[float, list[float], str]:
    """The browser's way: the form, the page, each part. (seconds, part times, key)."""
    started = time.perf_counter()
    response = client.post("/batch/", {"lines": "\n".join(lines)})
    if response.status_code != 302:
        raise SystemExit(f"the form answered {response.status_code}")
    page = response["Location"]
    html = client.get(page).content.decode()
    parts = re.findall(r'<tbody data-part="(\d+)" data-pending>', html)
    timings = []
    for part in parts:
        part_started = time.perf_counter()
        answer = client.get(f"{page}part/{part}/")
        if answer.status_code != 200:
            raise SystemExit(f"part {part} answered {answer.status_code}")
        timings.append(time.perf_counter() - part_started)
    return time.perf_counter() - started, timings, page.strip("/").split("/")[-1]


def run_api(client, lines: list[str]) -> tuple[float, list[dict]]:
    started = time.perf_counter()
    response = client.post("/api/batch", json.dumps(lines), content_type="application/json")
    if response.status_code != 200:
        raise SystemExit(f"the API answered {response.status_code}: {response.content[:300]}")
    return time.perf_counter() - started, response.json()


def report_rows(rows: list[dict]) -> None:
    counted = [row for row in rows if not row["error"]]
    found = [row for row in counted if row["count"]]
    sampled = [row for row in counted if not row["count_exact"]]
    print(
        f"  {len(rows)} lines: {len(found)} found, {len(counted) - len(found)} not found, "
        f"{len(rows) - len(counted)} invalid; {len(sampled)} counted on the sample"
    )
    for row in sorted(counted, key=lambda row: -(row["count"] or 0))[:5]:
        approx = "" if row["count_exact"] else "≈"
        print(f"    {approx}{row['count']:>8,}  {row['query']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="cables_bench")
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    setup_django(args.database)
    from django.core.cache import caches
    from django.test import Client

    from cables.models import Cable

    client = Client()
    print(f"{Cable.objects.count():,} cables in {args.database}")
    lines, mix = make_lines(args.lines, args.seed)
    print("Lines: " + ", ".join(f"{n} {kind}" for kind, n in mix.items()))
    client.get("/batch/")  # templates and URL patterns compiled, as in a running server

    seconds, parts, key = run_page(client, lines)
    print(f"\nPage, counted part by part: {seconds:.1f} s for {len(lines)} lines")
    print(
        f"  {len(parts)} parts of 25 lines: median {statistics.median(parts):.2f} s, "
        f"p95 {statistics.quantiles(parts, n=20)[-1]:.2f} s, max {max(parts):.2f} s"
    )

    caches["search"].clear()  # nothing kept: the API counts every line again
    seconds, rows = run_api(client, lines)
    print(f"\nAPI, one request, nothing kept: {seconds:.1f} s")
    report_rows(rows)

    started = time.perf_counter()
    client.get(f"/batch/{key}/")
    client.get(f"/batch/{key}/batch.csv")
    kept_api, _ = run_api(client, lines)
    kept = time.perf_counter() - started
    print(f"\nKept: the page, its CSV and the API again in {kept * 1000:.0f} ms")
    print(f"  (the API alone {kept_api * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
