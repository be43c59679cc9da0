"""Counts kept until the corpus changes: the cache key carries the corpus version.

With streaming replicas (portal.replicas) a request reads the corpus from one replica,
which may be behind the primary, while the cache table lives on the primary, shared by
every worker. So the version in the key is the one of the database the answer is
computed on, read there first: a replica that is behind stores its answer under its own
older version, which only requests reading that same older corpus ask for, and never
under the primary's newer one. (The version read on the primary and the answer computed
on a replica would put a replica's stale answer under the new version, and every
reader would get it until the next write.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.core.cache import caches

from portal.replicas import read_connection

search_cache = caches["search"]

# No model: a one-row table the migrations made with the triggers that raise it
# (cables_corpus_version, docs/database.md).
CORPUS_VERSION_TABLE = "cables_corpus_version"


T = TypeVar("T")


def corpus_version() -> int:
    """Raised by a trigger on every write to the corpus (the cables_corpus_version
    table and its triggers, docs/database.md); as the database this request reads
    from has it, a replica's as far as it has replayed the primary's writes."""
    connection = read_connection()
    table = connection.ops.quote_name(CORPUS_VERSION_TABLE)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT version FROM {table} WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else 0


def kept_until_the_corpus_changes(name: str, compute: Callable[[], T]) -> T:
    """`compute()`, remembered under `name` until the next write to the corpus.

    For counts over the whole corpus or over a search's matches, which take from a
    tenth of a second to a second at full size. The key carries the corpus version,
    which every write raises, so nothing stale is ever served. The version is read
    before `compute()` runs and on the database it runs on, so an answer is never
    older than the version it is stored under.
    """
    key = f"{name}:{corpus_version()}"
    value = search_cache.get(key)
    if value is None:
        value = compute()
        search_cache.set(key, value)
    return value
