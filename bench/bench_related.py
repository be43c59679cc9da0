"""Related cables: how often they find a cable's citations, and how long the list takes.

    .venv/bin/python bench/bench_related.py recall --database related_dev
    .venv/bin/python bench/bench_related.py latency --database cables_bench --sample 200

`recall` (on the dev corpus, loaded with `manage.py ingest ../shared/corpus/dev`):
for every cable with a citation link to another cable of the corpus, the list is
made with that cable's links hidden, and the cables it cites or that cite it are
looked for in its top 10. Two ways of hiding: `all` leaves every citation signal of
the cable out (only words, entities and tags are left); `one` hides one link at a
time and keeps the others (what co-citation adds when a link is missing).

`latency` (on the benchmark corpus, read only: the connection is read-only and the
search cache is this process's memory): the list for a random sample of cables,
uncached (each made anew), then from the cache, with the corpus statistics (lexeme,
entity and tag counts) already computed; their first computation is timed apart.
A CPU probe (a fixed Python loop) says how busy the machine was, and the count of
Python's full garbage collections during the uncached lists how many of them paid one.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from common import use_database  # noqa: E402


def setup_django(database: str) -> None:
    use_database(database)
    from django.conf import settings

    # Nothing is written to the database measured: its search cache table included.
    settings.CACHES["search"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    import django

    django.setup()
    from django.db.backends.signals import connection_created

    def read_only(sender, connection, **kwargs) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SET default_transaction_read_only = on")

    connection_created.connect(read_only)


def cpu_probe() -> float:
    """Milliseconds for a fixed Python loop: about 50 on an idle core of this machine."""
    started = time.perf_counter()
    total = 0
    for number in range(2_000_000):
        total += number % 7
    return (time.perf_counter() - started) * 1000


def shown_fields() -> tuple[str, ...]:
    """The fields the list shows that this database has (the benchmark corpus may
    predate a column; the list's work is the same)."""
    from django.db import connection

    from cables.models import Cable
    from cables.search import related

    with connection.cursor() as cursor:
        columns = {
            c.name
            for c in connection.introspection.get_table_description(cursor, Cable._meta.db_table)
        }
    return tuple(f for f in related.FIELDS if f == "pk" or f in columns)


def links() -> dict[int, set[int]]:
    """Each cable's citation links to other published cables, either direction."""
    from cables.models import Reference

    linked: dict[int, set[int]] = {}
    rows = Reference.objects.filter(
        cited__isnull=False, cited__published=True, citing__published=True
    )
    for citing, cited in rows.values_list("citing_id", "cited_id"):
        if citing != cited:
            linked.setdefault(citing, set()).add(cited)
            linked.setdefault(cited, set()).add(citing)
    return linked


def recall(limit: int) -> None:
    from cables.models import Cable
    from cables.search.related import related_cables

    linked = links()
    cables = {c.pk: c for c in Cable.objects.filter(pk__in=list(linked))}
    print(f"{len(cables)} cables with {sum(map(len, linked.values()))} link ends")
    found_all = found_one = total = 0
    for pk, targets in sorted(linked.items()):
        cable = cables[pk]
        shown = {row["pk"] for row in related_cables(cable, limit, references=False)}
        found_all += len(targets & shown)
        for target in targets:
            shown = {row["pk"] for row in related_cables(cable, limit, hidden_links={target})}
            found_one += target in shown
        total += len(targets)
    print(
        f"recall@{limit}, every citation signal left out: {found_all / total:.1%}"
        f" ({found_all} of {total})"
    )
    print(
        f"recall@{limit}, the one link hidden, the others kept: {found_one / total:.1%}"
        f" ({found_one} of {total})"
    )


def latency(sample: int, seed: int) -> None:
    from cables.models import Cable
    from cables.search import entity_cable_counts, related
    from cables.search.lexemes import lexeme_frequencies

    related.FIELDS = shown_fields()
    probe_before = statistics.median(cpu_probe() for _ in range(3))
    first_computed = {}
    for name, compute in (
        ("lexemes", lexeme_frequencies),
        ("entities", entity_cable_counts),
        ("tags", related.tag_cable_counts),
    ):
        started = time.perf_counter()
        compute()
        first_computed[name] = (time.perf_counter() - started) * 1000
    top = Cable.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    random.seed(seed)
    fields = ("pk", "reference_id", "subject", "summary", "tag_codes")
    cables = list(
        Cable.objects.filter(pk__in=random.sample(range(1, top + 1), sample), published=True).only(
            *fields
        )
    )
    related.related_cables(cables[0])  # imports and first plans, as a running server has
    uncached, cached = [], []
    full_collections = gc.get_stats()[2]["collections"]
    for cable in cables:
        started = time.perf_counter()
        related.related_to(cable)
        uncached.append((time.perf_counter() - started) * 1000)
    full_collections = gc.get_stats()[2]["collections"] - full_collections
    for cable in cables:
        started = time.perf_counter()
        related.related_to(cable)
        cached.append((time.perf_counter() - started) * 1000)
    probe_after = statistics.median(cpu_probe() for _ in range(3))
    print(f"{Cable.objects.count()} cables; {len(cables)} sampled (seed {seed})")
    print(f"CPU probe: {probe_before:.0f} ms before, {probe_after:.0f} ms after")
    print(
        f"corpus statistics, first computed: {sum(first_computed.values()):.0f} ms ("
        + ", ".join(f"{name} {ms:.0f} ms" for name, ms in first_computed.items())
        + ")"
    )
    print(f"Python's full garbage collections while the lists were made: {full_collections}")
    for label, values in (("uncached", uncached), ("cached", cached)):
        p95 = statistics.quantiles(values, n=20)[-1]
        p50 = statistics.median(values)
        print(f"{label:>9}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(values):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["recall", "latency"])
    parser.add_argument("--database", default="related_dev")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    setup_django(args.database)
    if args.mode == "recall":
        recall(args.limit)
    else:
        latency(args.sample, args.seed)


if __name__ == "__main__":
    main()
