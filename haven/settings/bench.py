"""Benchmarks: production-like (DEBUG off, template caching), on their own database under
var/bench/ (or DATABASE_URL), so a benchmark never touches the `make run` data."""

import os

from haven import env

from .dev import *  # noqa: F403
from .dev import VAR_DIR

DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": env.database()}
else:
    (VAR_DIR / "bench").mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            # BENCH_DATABASE gives a benchmark a file of its own (bench/load.py uses "load").
            "NAME": VAR_DIR / "bench" / f"{env.optional('BENCH_DATABASE', 'haven')}.sqlite3",
            "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
        }
    }
# Benchmarks seed thousands of pages; the work the worker would do is run explicitly.
TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

# bench/load.py serves this site with gunicorn: these let it switch on the page cache and the
# real task queue (its worker runs beside gunicorn) without a settings module of its own.
HAVEN_PAGE_CACHE_SECONDS = env.as_int(
    "HAVEN_PAGE_CACHE_SECONDS", globals().get("HAVEN_PAGE_CACHE_SECONDS", 0)
)
HAVEN_FRAGMENT_CACHE_SECONDS = env.as_int(
    "HAVEN_FRAGMENT_CACHE_SECONDS", globals().get("HAVEN_FRAGMENT_CACHE_SECONDS", 300)
)
if env.as_bool("BENCH_TASK_WORKER"):
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# wrk posts thousands of inquiries from one address; production keeps its limit of a few.
INQUIRY_RATE_LIMIT = 10**9
