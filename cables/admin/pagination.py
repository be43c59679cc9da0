"""Admin lists of very large tables, counted from the planner's estimate."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import QuerySet
from django.utils.functional import cached_property

# Below this many rows an exact count is cheap, and the estimate may be stale.
ESTIMATE_ABOVE = 50_000


def estimated_rows(table: str) -> int:
    """PostgreSQL's estimate of a table's rows (from the last VACUUM or ANALYZE)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [table])
        row = cursor.fetchone()
    return row[0] if row else -1


class EstimatedCountPaginator(Paginator):
    """Counts exactly when a filter or search narrows the list; estimates the whole table."""

    @cached_property
    def count(self) -> int:
        rows = self.object_list
        if isinstance(rows, QuerySet) and not rows.query.where:
            estimate = estimated_rows(rows.model._meta.db_table)
            if estimate > ESTIMATE_ABOVE:
                return estimate
        return super().count
