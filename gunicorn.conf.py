"""gunicorn settings for the portal (read from the working directory by `gunicorn`)."""

import os

# A web request never holds a database connection for long: runaway searches are
# cancelled and answered with a clear 503 (portal.middleware). Set before the
# workers import the Django settings.
os.environ.setdefault("STATEMENT_TIMEOUT_MS", "10000")

wsgi_app = "portal.wsgi"
bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
# Exports stream for a while; anything else that takes this long is stuck.
timeout = 120
graceful_timeout = 30
accesslog = "-"
max_requests = 2000
max_requests_jitter = 200
# No control socket: by default every gunicorn of this user shares one path in the home
# folder, and two checkouts served at once would take it from each other.
control_socket_disable = True
