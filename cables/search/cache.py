"""Counts kept until the corpus changes: the cache key carries the corpus version."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.core.cache import caches
from django.db import connection

search_cache = caches["search"]

# No model: a one-row table the migrations made with the triggers that raise it
# (cables_corpus_version, docs/database.md).
CORPUS_VERSION_TABLE = "cables_corpus_version"


T = TypeVar("T")


def corpus_version() -> int:
    """Raised by a trigger on every write to the corpus (the cables_corpus_version
    table and its triggers, docs/database.md)."""
    table = connection.ops.quote_name(CORPUS_VERSION_TABLE)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT version FROM {table} WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else 0


def kept_until_the_corpus_changes(name: str, compute: Callable[[], T]) -> T:
    """`compute()`, remembered under `name` until the next write to the corpus.

    For counts over the whole corpus or over a search's matches, which take from a
    tenth of a second to a second at full size. The key carries the corpus version,
    which every write raises, so nothing stale is ever served.
    """
    key = f"{name}:{corpus_version()}"
    value = search_cache.get(key)
    if value is None:
        value = compute()
        search_cache.set(key, value)
    return value
