"""Synthetic diplomatic cables for demos and benchmarks.

``write_cables(n, out_dir, seed)`` writes ``n`` cables in the layout of the
2010-2011 release (routing header, spaced classification line, TAGS, SUBJECT,
REF, numbered paragraphs, page breaks, signer) as ``out_dir/<year>/<id>.txt``.
The text is written from templates in ``synthetic.vocabulary``; people,
parties and companies are a fixed fictional cast (``WORLD``), so names recur
across cables, and cables cite earlier generated cables to form threads.

Generation happens in two steps. ``plan_cables`` (``synthetic.plan``) decides,
in date order, what every cable is (id, date, post, classification, topic,
people, references): this is small and sequential. ``render_cable``
(``synthetic.render``, with the sentences from ``synthetic.prose``) turns one
plan into text with its own random stream, so rendering can be spread over
processes and still give byte-identical output for a given (n, seed). This
module writes the files and is the generator's public entry point.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from synthetic.plan import WORLD, CablePlan, plan_cables
from synthetic.render import render_cable

__all__ = [
    "WORLD",
    "CablePlan",
    "GenerationResult",
    "plan_cables",
    "render_cable",
    "write_cables",
]


@dataclass(frozen=True)
class GenerationResult:
    count: int
    total_bytes: int
    out_dir: Path


def _cable_path(out_dir: Path, plan: CablePlan) -> Path:
    return out_dir / str(plan.sent_at.year) / f"{plan.reference_id}.txt"


def _write_chunk(args: tuple[Path, int, list[CablePlan]]) -> tuple[int, int]:
    out_dir, seed, plans = args
    written = 0
    for plan in plans:
        data = render_cable(plan, seed).encode("utf-8")
        _cable_path(out_dir, plan).write_bytes(data)
        written += len(data)
    return len(plans), written


def _chunks(
    out_dir: Path, seed: int, plans: list[CablePlan], size: int
) -> Iterator[tuple[Path, int, list[CablePlan]]]:
    for start in range(0, len(plans), size):
        yield out_dir, seed, plans[start : start + size]


def write_cables(
    n: int,
    out_dir: Path | str,
    seed: int = 1,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> GenerationResult:
    """Write n cables to out_dir/<year>/<reference id>.txt; same (n, seed), same bytes."""
    out_dir = Path(out_dir)
    plans = plan_cables(n, seed)
    for year in sorted({plan.sent_at.year for plan in plans}):
        (out_dir / str(year)).mkdir(parents=True, exist_ok=True)
    # Small chunks keep both processes busy on small runs; large ones keep overhead low.
    size = max(50, min(1000, n // (4 * workers)))
    chunks = _chunks(out_dir, seed, plans, size)
    done = total_bytes = 0
    if workers > 1 and n > size:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = list(_report(pool.imap(_write_chunk, chunks), n, progress))
    else:
        results = list(_report(map(_write_chunk, chunks), n, progress))
    for count, size in results:
        done += count
        total_bytes += size
    return GenerationResult(count=done, total_bytes=total_bytes, out_dir=out_dir)


def _report(
    results: Iterable[tuple[int, int]], n: int, progress: Callable[[int, int], None] | None
) -> Iterator[tuple[int, int]]:
    done = 0
    for count, size in results:
        done += count
        if progress is not None:
            progress(done, n)
        yield count, size
