"""Django's database cache with an atomic incr(), shared by every gunicorn worker.

Rate limiting counts requests with cache.add() then cache.incr(). Django's
DatabaseCache increments by a read then a write, so two workers counting the
same client at once could both write the same number. Here the row is locked
first (SELECT ... FOR UPDATE), so concurrent increments queue up and none is
lost. No other server (memcached, Redis) is needed: PostgreSQL is already there.
"""

from __future__ import annotations

from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import connections, router, transaction


class DatabaseCache(DjangoDatabaseCache):
    def incr(self, key, delta: int = 1, version: int | None = None) -> int:
        stored_key = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        table = connection.ops.quote_name(self.cache_model_class._meta.db_table)
        with transaction.atomic(using=db), connection.cursor() as cursor:
            cursor.execute(f"SELECT 1 FROM {table} WHERE cache_key = %s FOR UPDATE", [stored_key])
            return super().incr(key, delta, version)
