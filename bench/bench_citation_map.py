"""Citation map benchmark: the time to build a cable page's map, on well-cited cables.

    DATABASE_URL=postgres://postgres@%2Fwork%2Fmain%2F.pgdata/cables_bench \
        .venv/bin/python bench/bench_citation_map.py --sample 200 --rounds 3

Reads only (every connection is set read-only; a database loaded before the newest
migrations is read through a temporary view adding their columns). The sample is
`--sample` published cables cited by at least `--min-cited` others, in a fixed
pseudo-random order. For
each: the map alone (its queries, the layout and the rendered SVG and list, as the
page includes it), then the whole cable page through the real URLconf. The first
round reads from disk what the cache does not hold; later rounds show it warm.
Prints p50 and p95 (milliseconds) and the nodes drawn.
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


def setup_django() -> None:
    if not os.environ.get("DATABASE_URL"):
        raise SystemExit("Set DATABASE_URL to the benchmark database (it is only read).")
    os.environ.setdefault("SECRET_KEY", "bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["RATELIMIT_ENABLE"] = "false"
    import django

    django.setup()
    from django.conf import settings
    from django.db.backends.signals import connection_created

    # The page's {% static %} without a collected manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }

    def read_only(sender, connection, **kwargs) -> None:
        with connection.cursor() as cursor:
            _columns_of_newer_migrations(cursor)
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    connection_created.connect(read_only, weak=False)


# Columns later migrations added, with the value they give a cable loaded before them.
NEWER_COLUMNS = {"date_precision": "'full'::varchar(4)", "parser_version": "1::smallint"}


def _columns_of_newer_migrations(cursor) -> None:
    """A database loaded before the newest migrations, and not to be written, is read
    through a temporary view of cables_cable adding their columns: the session's own
    (PostgreSQL looks up temporary relations first), gone when it ends, no row written."""
    cursor.execute(
        "SELECT column_name FROM information_schema.columns"
        " WHERE table_schema = 'public' AND table_name = 'cables_cable'"
    )
    present = {row[0] for row in cursor.fetchall()}
    missing = [f"{value} AS {name}" for name, value in NEWER_COLUMNS.items() if name not in present]
    if missing:
        columns = ", ".join(missing)
        cursor.execute(
            f"CREATE TEMPORARY VIEW cables_cable AS SELECT *, {columns} FROM public.cables_cable"
        )


def sample(size: int, min_cited: int, seed: int) -> list[int]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT r.cited_id FROM cables_reference r
            JOIN cables_cable c ON c.id = r.cited_id AND c.published
            GROUP BY r.cited_id HAVING count(*) >= %s
            ORDER BY hashtext(r.cited_id::text || %s) LIMIT %s
            """,
            [min_cited, str(seed), size],
        )
        return [row[0] for row in cursor.fetchall()]


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (
        f"p50 {statistics.median(ordered):6.1f} ms   p95 {p95:6.1f} ms   max {ordered[-1]:6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--min-cited", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    setup_django()
    from django.template.loader import render_to_string
    from django.test import Client

    from cables.models import Cable
    from cables.web.citation_map import map_of

    ids = sample(args.sample, args.min_cited, args.seed)
    cables = list(Cable.objects.filter(pk__in=ids).defer("original_text"))
    print(f"{len(cables)} cables cited by at least {args.min_cited} others")
    client = Client()
    for round_number in range(1, args.rounds + 1):
        map_times, page_times, sizes = [], [], []
        for cable in cables:
            started = time.perf_counter()
            drawn = map_of(cable)
            render_to_string(
                "cables/includes/citation_map.html", {"citation_map": drawn, "cable": cable}
            )
            map_times.append((time.perf_counter() - started) * 1000)
            sizes.append(drawn["count"] if drawn else 1)
            started = time.perf_counter()
            response = client.get(f"/cable/{cable.reference_id}/")
            page_times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, cable.reference_id
        load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
        print(f"round {round_number} (load average {load})")
        print(f"  map alone   {percentiles(map_times)}")
        print(f"  whole page  {percentiles(page_times)}")
        print(
            f"  nodes drawn: median {statistics.median(sizes):.0f}, max {max(sizes)}, "
            f"{sum(size >= 60 for size in sizes)} maps at the cap of 60"
        )


if __name__ == "__main__":
    main()
