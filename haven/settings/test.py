"""Settings for pytest: fast hasher, plain static files, local-memory cache, immediate tasks."""

import os

from cryptography.fernet import Fernet

from haven import env

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
# pragma: allowlist nextline secret
SECRET_KEY = "insecure-test-only-key-not-used-anywhere-else"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": env.database()}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tasks run as they are enqueued, so a test sees their effect; tests of the worker
# itself switch to the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# A fresh key per test run: nothing encrypted in tests outlives it.
FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
INQUIRY_HASH_KEYS = [Fernet.generate_key().decode()]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
# whitenoise serves the source folder directly; tests never run collectstatic.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
WAGTAILADMIN_BASE_URL = "http://testserver"
# The page and fragment caches are off so tests see every render; tests that are about them
# switch them on.
HAVEN_PAGE_CACHE_SECONDS = 0
HAVEN_FRAGMENT_CACHE_SECONDS = 0
# Related reading is lexical here; tests about embeddings turn them on (the model then loads
# once per test run).
RELATED_EMBEDDINGS = False
# Other tests sign in with force_login and no authenticator; tests/security turns this on.
HAVEN_REQUIRE_TWO_FACTOR = False
# Search counts are written at once here, not batched (search/querylog.py).
SEARCH_QUERY_LOG_FLUSH_SECONDS = 0
