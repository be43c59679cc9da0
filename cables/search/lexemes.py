"""How many published cables hold each lexeme of the search vectors: the rarity of a
cable's words, for related cables (search.related).

Counted with `ts_stat` over the facet sample (one cable in FACET_SAMPLE, scaled up)
once it is large enough, else over every published cable. At 251,287 cables that
takes about two seconds, so the counts are kept until the corpus changes: in the
search cache, shared by the server's processes, and in each process's memory, so a
page does not unpickle tens of thousands of counts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from cables.models import FACET_SAMPLE, Cable, CableSample
from cables.search.cache import corpus_version, search_cache
from portal.replicas import read_connection

# Below this many sampled cables every published cable is counted (quick at that size).
SAMPLED_FROM = 1000


@dataclass(frozen=True)
class LexemeFrequencies:
    documents: int  # published cables
    counts: dict[str, int]  # lexeme -> cables holding it (in the sample: sampled ones)
    scale: int  # 1 when every cable was counted, else FACET_SAMPLE
    # Tells this computation from another made under the same corpus version (one
    # inside a transaction that was rolled back, whose version number comes again).
    stamp: str = field(default_factory=lambda: uuid.uuid4().hex)

    def count(self, lexeme: str) -> int:
        """The cables holding `lexeme` (estimated when sampled). A lexeme the sample
        lacks is taken to be in half as many cables as one sampled cable stands for."""
        found = self.counts.get(lexeme)
        if found is None:
            return max(self.scale // 2, 1)
        return found * self.scale


_kept: dict[int, LexemeFrequencies] = {}


def lexeme_frequencies() -> LexemeFrequencies:
    """The lexemes' counts of cables, computed once per corpus version.

    The process's copy is used while the search cache holds its stamp: a small value,
    read on each call in place of the counts themselves.
    """
    version = corpus_version()
    key = f"lexeme-frequencies:{version}"
    stamp = search_cache.get(f"{key}:stamp")
    kept = _kept.get(version)
    if kept is not None and stamp == kept.stamp:
        return kept
    found = search_cache.get(key) if stamp is not None else None
    if found is None or found.stamp != stamp:
        found = _count()
        search_cache.set(key, found)
        search_cache.set(f"{key}:stamp", found.stamp)
    _kept.clear()  # only the current version is asked for again
    _kept[version] = found
    return found


def _count() -> LexemeFrequencies:
    # Where the request reads, as corpus_version() was read: a replica's counts are
    # kept under its own version.
    connection = read_connection()
    cables = connection.ops.quote_name(Cable._meta.db_table)
    sample = connection.ops.quote_name(CableSample._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {cables} WHERE published")
        documents = cursor.fetchone()[0]
        cursor.execute(f"SELECT count(*) FROM {sample} WHERE published")
        sampled = cursor.fetchone()[0] >= SAMPLED_FROM
        table = sample if sampled else cables
        # ts_stat takes its query as text; the table name is ours, not the user's.
        cursor.execute(
            "SELECT word, ndoc FROM ts_stat(%s) WHERE word !~ '[0-9]'",
            [f"SELECT search_vector FROM {table} WHERE published AND search_vector IS NOT NULL"],
        )
        counts = dict(cursor.fetchall())
    return LexemeFrequencies(documents, counts, FACET_SAMPLE if sampled else 1)
