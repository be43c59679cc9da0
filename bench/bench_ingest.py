"""Ingest benchmark: generated cables end to end (parse, entities, indexes), and the dev corpus.

    .venv/bin/python bench/bench_ingest.py                   # 251,287 generated cables
    .venv/bin/python bench/bench_ingest.py --cables 20000    # a quicker run
    .venv/bin/python bench/bench_ingest.py --dev-only        # ../shared/corpus/dev only

Each run ingests into a fresh database (`cables_bench`, or --database) on the embedded PostgreSQL
and prints cables per second and the peak memory of the ingest processes.
"""

from __future__ import annotations

import argparse
import os
import sys

from common import OUT, REPO, bench_database_url, manage, run_measured

DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"


def generated_corpus(cables: int, seed: int, database: str) -> str:
    folder = OUT / f"generated-{cables}-{seed}"
    marker = folder / ".complete"
    if not marker.exists():
        url = bench_database_url(database)
        manage(
            "generate_cables",
            str(cables),
            "--out",
            str(folder),
            "--seed",
            str(seed),
            database_url=url,
        )
        marker.touch()
    return str(folder)


def ingest(path: str, cables: int, workers: int, label: str, database: str) -> None:
    url = bench_database_url(database)
    manage("migrate", "-v0", database_url=url)
    manage("createcachetable", database_url=url)
    env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": os.environ.get("SECRET_KEY", "bench")}
    command = [
        sys.executable,
        str(REPO / "manage.py"),
        "ingest",
        path,
        "--workers",
        str(workers),
        "--no-progress",
    ]
    seconds, peak = run_measured(command, env)
    print(
        f"{label}: {cables} documents in {seconds:.1f} s = {cables / seconds:.0f} cables/s, "
        f"peak memory of the ingest processes {peak / 2**20:.0f} MiB (workers={workers})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cables", type=int, default=251_287)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dev-only", action="store_true")
    parser.add_argument("--database", default="cables_bench", help="dropped and made anew")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if DEV_CORPUS.is_dir():
        files = sum(
            1 for p in DEV_CORPUS.rglob("*") if p.is_file() and p.suffix in {".txt", ".csv"}
        )
        ingest(str(DEV_CORPUS), files, args.workers, "dev corpus", args.database)
    if not args.dev_only:
        folder = generated_corpus(args.cables, args.seed, args.database)
        ingest(folder, args.cables, args.workers, "generated corpus", args.database)


if __name__ == "__main__":
    main()
