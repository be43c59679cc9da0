"""Reads from PostgreSQL streaming replicas, writes to the primary (DATABASE_REPLICA_URLS).

Each request reads from one database, chosen as it starts (ReplicaMiddleware):
- a public page or API call (GET, HEAD or OPTIONS, outside the admin, nobody signed
  in) reads from the next usable replica in turn, or from the primary when none is;
- any other request reads from the primary: a curator sees their own change at once,
  and the admin and anything that writes never read a copy that may be behind.
Outside requests (ingest, migrations, every manage.py command) all is on the primary.
Whatever the request, every write, the two cache tables (rate-limit counters and the
search cache), sessions, users and django-axes's records of sign-ins are on the
primary (PrimaryReplicaRouter), and so is every read inside a transaction on the
primary. No router sees raw SQL: the public pages' code that runs it takes
`read_connection()`, for the corpus's tables and for the text search functions alone
(the lexemes of a typed word, ts_headline's snippets) alike, so a replica takes all of
a public page's reads; the rest (ingest, curation, the admin) uses
`django.db.connection`, the primary's.

A replica that cannot be reached, or is more than REPLICA_MAX_LAG_S behind the primary,
is skipped for REPLICA_RETRY_S, then tried again. Each worker process logs a skipped
replica once, and once more when it serves again. A replica that fails during a
request (stopped, say) is confirmed down and the request is answered again from the
next database, so its reader gets the page, not a 503. A streamed export already
under way cannot be answered again: its download breaks off, as with the primary.

With no replicas configured every request reads from the primary, as before.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import math
import os
import time
from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.core.signals import request_finished
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

logger = logging.getLogger(__name__)

_read_alias: ContextVar[str] = ContextVar("portal_read_alias", default=DEFAULT_DB_ALIAS)
# A request's replica failure, handed from the view's error handling to ReplicaMiddleware.
_failure: ContextVar[Exception | None] = ContextVar("portal_replica_failure", default=None)
_answering_again: ContextVar[bool] = ContextVar("portal_answering_again", default=False)

# Always on the primary, whatever the request: the cache tables (django_cache: the
# rate-limit counters and the search cache, docs/database.md), and what a sign-in reads
# and writes (sessions, users, django-axes's attempts), so it never misses a fresh row.
PRIMARY_ONLY_APPS = frozenset({"django_cache", "sessions", "auth", "axes", "admin"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# How often each worker asks a replica how far behind it is.
LAG_CHECK_S = 1.0

# How far behind the primary a replica is, in seconds. Caught up with all it received
# while streaming: 0, however long ago the primary last wrote. Otherwise the age of the
# last transaction it replayed (too much, after a quiet spell: it is then skipped a
# moment, never used stale). A server not in recovery is a primary: never behind.
LAG_SQL = """
SELECT CASE
    WHEN NOT pg_is_in_recovery() THEN 0
    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
         AND EXISTS (SELECT FROM pg_stat_wal_receiver) THEN 0
    ELSE coalesce(
        extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8, 'Infinity'
    )
END
"""


def read_alias() -> str:
    """The database reads go to now: the request's, but the primary outside requests
    and inside a transaction on the primary (a writer reads its own rows)."""
    if connections[DEFAULT_DB_ALIAS].in_atomic_block:
        return DEFAULT_DB_ALIAS
    return _read_alias.get()


def read_connection() -> BaseDatabaseWrapper:
    """The connection reads go to now (read_alias), for raw SQL, which no router sees."""
    return connections[read_alias()]


def on_replica() -> bool:
    return _read_alias.get() != DEFAULT_DB_ALIAS


class PrimaryReplicaRouter:
    """Writes, migrations and the PRIMARY_ONLY_APPS on the primary; other reads where
    reads go now (read_alias), as raw SQL's do."""

    def db_for_read(self, model, **hints) -> str:
        if model._meta.app_label in PRIMARY_ONLY_APPS:
            return DEFAULT_DB_ALIAS
        return read_alias()

    def db_for_write(self, model, **hints) -> str:
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints) -> bool:
        return True  # every database holds the same rows

    def allow_migrate(self, db: str, app_label: str, model_name=None, **hints) -> bool:
        return db == DEFAULT_DB_ALIAS  # replicas copy the primary's schema


def replica_lag(alias: str, measure: bool) -> float:
    """Seconds the replica is behind (0 when not `measure`d); DatabaseError when it
    cannot be reached. Taking a cursor runs Django's health check of a kept
    connection, which reconnects one the server dropped."""
    with connections[alias].cursor() as cursor:
        if not measure:
            return 0.0
        cursor.execute(LAG_SQL)
        row = cursor.fetchone()
    return float(row[0]) if row else math.inf


def replica_answers(alias: str) -> bool:
    """Whether the replica answers a new connection now (after a failure in a request)."""
    connection = connections[alias]
    with contextlib.suppress(DatabaseError):  # a broken one: the new one below counts
        connection.close()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        return False


class ReplicaPool:
    """Which replica serves the next request, in this worker process."""

    def __init__(
        self,
        aliases: list[str],
        max_lag: float,
        retry_after: float,
        lag: Callable[[str, bool], float] = replica_lag,
        answers: Callable[[str], bool] = replica_answers,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.aliases = aliases
        self.max_lag = max_lag
        self.retry_after = retry_after
        self._lag = lag
        self._answers = answers
        self._clock = clock
        self._turn = itertools.count()
        self._skipped_until: dict[str, float] = {}
        self._measured_at: dict[str, float] = {}

    def choose(self) -> str:
        """The next usable replica in turn; the primary when none is."""
        start = next(self._turn)
        for step in range(len(self.aliases)):
            alias = self.aliases[(start + step) % len(self.aliases)]
            if self._usable(alias):
                return alias
        return DEFAULT_DB_ALIAS

    def confirm_failure(self, alias: str, error: Exception) -> bool:
        """After a query failed on `alias`: whether the replica is down (then skipped)."""
        if self._answers(alias):
            return False
        self._skip(alias, f"it failed during a request ({_first_line(error)})")
        return True

    def _usable(self, alias: str) -> bool:
        now = self._clock()
        if now < self._skipped_until.get(alias, -math.inf):
            return False
        measure = now - self._measured_at.get(alias, -math.inf) >= LAG_CHECK_S
        try:
            lag = self._lag(alias, measure)
        except DatabaseError as error:
            self._skip(alias, f"it cannot be reached ({_first_line(error)})")
            return False
        if measure:
            self._measured_at[alias] = now
        if lag > self.max_lag:
            behind = (
                "it has replayed no transaction yet"
                if math.isinf(lag)
                else f"it is {lag:.0f} s behind the primary (REPLICA_MAX_LAG_S is {self.max_lag:g})"
            )
            self._skip(alias, behind)
            return False
        if self._skipped_until.pop(alias, None) is not None:
            logger.warning("Replica %s serves reads again in process %d.", alias, os.getpid())
        return True

    def _skip(self, alias: str, why: str) -> None:
        if alias not in self._skipped_until:
            logger.warning(
                "Replica %s skipped in process %d: %s. Its reads go to another replica or "
                "the primary; it is tried again every %g s.",
                alias,
                os.getpid(),
                why,
                self.retry_after,
            )
        self._skipped_until[alias] = self._clock() + self.retry_after
        self._measured_at.pop(alias, None)  # measured anew when it is tried again


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


_pool: ReplicaPool | None = None


def pool() -> ReplicaPool:
    global _pool
    if _pool is None:
        _pool = ReplicaPool(
            settings.DATABASE_REPLICAS, settings.REPLICA_MAX_LAG_S, settings.REPLICA_RETRY_S
        )
    return _pool


def reads_from_primary(request: HttpRequest) -> bool:
    """Whether the request must see the primary: it may write, it is the admin's, or a
    curator is signed in (and must see their own change at once)."""
    if request.method not in SAFE_METHODS or request.path_info.startswith(reverse("admin:index")):
        return True
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False  # nobody signed in, known without reading a session
    user = getattr(request, "user", None)
    try:
        return bool(user and user.is_authenticated)
    except DatabaseError:
        return True  # the session could not be read: the view answers 503 from the primary


def take_failure(error: Exception) -> bool:
    """Called with a database error that ended a view: whether this request reads from
    a replica, whose middleware then answers it again elsewhere (and logs)."""
    if not on_replica():
        return False
    _failure.set(error)
    return True


def answering_again() -> bool:
    """Whether the request is being answered a second time, after its replica failed."""
    return _answering_again.get()


def _read_from_the_primary(**kwargs) -> None:
    # At the response's close, after a streamed export has read its last row.
    _read_alias.set(DEFAULT_DB_ALIAS)
    _answering_again.set(False)


class ReplicaMiddleware:
    """Chooses the database each request reads from, and answers a request again from
    another database when a query failed on its replica (portal.middleware hands the
    error over through take_failure)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        request_finished.connect(_read_from_the_primary, dispatch_uid="portal.replicas")

    def __call__(self, request: HttpRequest) -> HttpResponse:
        _answering_again.set(False)
        if not settings.DATABASE_REPLICAS or reads_from_primary(request):
            _read_alias.set(DEFAULT_DB_ALIAS)
            return self.get_response(request)
        alias = pool().choose()
        # At most one attempt per replica, then the primary's answer, whatever it is.
        for _ in range(len(settings.DATABASE_REPLICAS)):
            if alias == DEFAULT_DB_ALIAS:
                break
            _read_alias.set(alias)
            _failure.set(None)
            response = self.get_response(request)
            failure = _failure.get()
            if failure is None:
                return response
            _answering_again.set(True)
            if pool().confirm_failure(alias, failure):
                alias = pool().choose()
            else:
                # It answers: a conflict with its replay cancelled the query, say. If the
                # primary failed instead, its own answer says so below.
                logger.warning(
                    "A request reading from replica %s failed (%s); it is answered again "
                    "from the primary.",
                    alias,
                    _first_line(failure),
                )
                alias = DEFAULT_DB_ALIAS
        _read_alias.set(DEFAULT_DB_ALIAS)
        return self.get_response(request)
