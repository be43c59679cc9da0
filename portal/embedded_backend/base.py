"""Django's PostgreSQL backend for the embedded server, which starts at the first connection.

Importing the settings starts nothing: `manage.py help`, `check`, `makemigrations
--check` and a test collection never touch the server. Where the server's socket
is (`embedded_db` may move it to a shorter path) is known once it runs, so the
host and port are filled in here, when Django first connects.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from django.db.backends.postgresql import base

from portal import embedded_db


@cache
def _running_server() -> dict[str, str]:
    """Once per process: every later connection reuses the running server."""
    return embedded_db.ensure_running()


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self) -> dict[str, Any]:
        server = _running_server()
        # In the shared settings dict: code that reads connection.settings_dict (a
        # DATABASE_URL for a child process) sees where the server is.
        self.settings_dict["HOST"] = server["HOST"]
        self.settings_dict["PORT"] = server["PORT"]
        return super().get_connection_params()
