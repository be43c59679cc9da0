"""A first load into an empty corpus, without the indexes and checks that slow each row.

Building a GIN index from all the rows at once costs a fraction of adding each row's
entries as it arrives, and checking a foreign key over a whole table is one join
instead of a look-up for every row: PostgreSQL's own advice for populating a
database. When the corpus is empty, ingest sets these aside (the full-text and
trigram indexes of the cables and paragraphs, the foreign keys of the tables it
fills) and makes them again at the end. What is set aside is written down in the
same transaction that drops it (SetAside), so a run killed half-way leaves a record,
and the next ingest (or `migrate`, before it changes any) makes them again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction

from cables.models import Cable, CableSample, CableTag, Mention, Paragraph, Reference, SetAside

# GIN indexes on these tables, and the foreign keys of these, are set aside. Names
# unquoted: they are compared with the catalog's, not written into SQL.
INDEXED_TABLES = tuple(model._meta.db_table for model in (Cable, Paragraph, CableSample))
CHECKED_TABLES = tuple(model._meta.db_table for model in (Paragraph, Mention, CableTag, Reference))
# Memory for each index build: the larger, the fewer passes over the rows.
BUILD_MEMORY = "256MB"
# Taken while setting aside or making again, so two ingests starting together on an
# empty corpus do not both drop (or both make) the same index.
LOCK_KEY = 0x636162  # "cab"


@contextmanager
def without_slow_indexes() -> Iterator[bool]:
    """Within: the slow indexes and checks are set aside if the corpus was empty
    (yields True then). After, even after an error or Ctrl-C: made again."""
    restore()
    emptied = set_aside_if_empty()
    try:
        yield emptied
    finally:
        restore()


def restore(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Make again what an earlier load set aside; return their names, in order."""
    made = []
    with transaction.atomic(using), connections[using].cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])
        cursor.execute(f"SET LOCAL maintenance_work_mem = '{BUILD_MEMORY}'")
        for item in SetAside.objects.using(using).order_by("pk"):
            cursor.execute(item.definition)
            made.append(item.name)
            item.delete()
    return made


def set_aside_if_empty() -> bool:
    """If the corpus has no cable, drop the GIN indexes of INDEXED_TABLES and the foreign
    keys of CHECKED_TABLES, each written down in SetAside in the same transaction for
    `restore` to make again; return whether anything was set aside."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])
        if Cable.objects.exists():
            return False
        cursor.execute(
            """
            SELECT index.relname, pg_get_indexdef(index.oid), 'DROP INDEX ' || index.oid::regclass
            FROM pg_index
            JOIN pg_class AS index ON index.oid = pg_index.indexrelid
            JOIN pg_am ON pg_am.oid = index.relam
            WHERE pg_am.amname = 'gin' AND pg_index.indrelid::regclass::text = ANY(%s)
            UNION ALL
            SELECT conname,
                   format('ALTER TABLE %%s ADD CONSTRAINT %%I %%s',
                          conrelid::regclass, conname, pg_get_constraintdef(oid)),
                   format('ALTER TABLE %%s DROP CONSTRAINT %%I', conrelid::regclass, conname)
            FROM pg_constraint
            WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s)
            ORDER BY 1
            """,
            [list(INDEXED_TABLES), list(CHECKED_TABLES)],
        )
        rows = cursor.fetchall()
        for name, definition, drop in rows:
            SetAside.objects.create(name=name, definition=definition)
            cursor.execute(drop)
    return bool(rows)
