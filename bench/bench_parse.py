"""Parser throughput: every cable of ../shared/corpus/dev parsed on one core.

    .venv/bin/python bench/bench_parse.py                 # 5 runs of 3 passes each
    .venv/bin/python bench/bench_parse.py --runs 9 --passes 1

Prints cables per second (median of the runs). Files are read into memory first, so
only ``parse_cable`` (from bytes, as the ingest gives it) is timed.
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

from cables.parsing import parse_cable  # noqa: E402

DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"


def load() -> list[bytes]:
    return [path.read_bytes() for path in sorted(DEV_CORPUS.glob("*/*.txt"))]


def one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--passes", type=int, default=3, help="parses of the corpus per run")
    args = parser.parse_args()
    if not DEV_CORPUS.is_dir():
        sys.exit(f"../shared/corpus is absent: {DEV_CORPUS}")
    pinning = one_core()
    load_average = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    cables = load()
    for data in cables:  # warm up: compile the regular expressions
        parse_cable(data)
    wall, cpu = [], []
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        for _ in range(args.passes):
            for data in cables:
                parse_cable(data)
        count = len(cables) * args.passes
        wall.append(count / (time.perf_counter() - start))
        cpu.append(count / (time.process_time() - start_cpu))
    print(f"{len(cables)} cables x {args.passes} passes x {args.runs} runs, {pinning}")
    print(f"load average before the runs: {load_average}")
    print(f"wall clock: {', '.join(f'{rate:,.0f}' for rate in wall)} cables/s")
    print(f"CPU time:   {', '.join(f'{rate:,.0f}' for rate in cpu)} cables/s")
    # CPU time counts only this process's time on its core, so other work on a shared
    # machine does not lower it; the wall-clock figure is the one to quote on an idle one.
    print(
        f"median: {statistics.median(wall):,.0f} cables/s (wall clock), "
        f"{statistics.median(cpu):,.0f} cables/s (CPU time)"
    )


if __name__ == "__main__":
    main()
