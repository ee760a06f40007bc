"""The embedded default for `make run`: SQLite, files and a local key under var/."""

import os

from haven import env, integrations

from .base import *  # noqa: F403
from .base import VAR_DIR

# Off for `make run`: its error pages are the public ones, crisis line included. `make dev`
# sets HAVEN_DEBUG=1 for Django's debug pages (which still hide what was typed: core/errors.py).
DEBUG = env.as_bool("HAVEN_DEBUG", False)
# No nginx in front: Django serves uploaded images itself (haven/urls.py).
HAVEN_SERVE_MEDIA = True
# A dev-only key, kept out of git, made on first run.
SECRET_KEY = env.local_fernet_key(VAR_DIR / "dev-secret.key")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": env.database()}

if os.environ.get("FIELD_ENCRYPTION_KEYS"):
    FIELD_ENCRYPTION_KEYS = env.fernet_keys()
else:
    FIELD_ENCRYPTION_KEYS = [env.local_fernet_key(VAR_DIR / "field-encryption.key")]
if os.environ.get("INQUIRY_HASH_KEYS"):
    INQUIRY_HASH_KEYS = env.fernet_keys("INQUIRY_HASH_KEYS")
else:
    INQUIRY_HASH_KEYS = [env.local_fernet_key(VAR_DIR / "inquiry-hash.key")]

# load_demo seeds thirty fictional inquiries into an empty inbox (admissions/demo_inquiries.py).
ADMISSIONS_DEMO_INQUIRIES = True

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Integrations switch on here too when their variable is set, as in production.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = integrations.search_backends(ELASTICSEARCH_URL)
DIRECTORY_SEARCH_ENGINE = "elasticsearch" if ELASTICSEARCH_URL else "database"
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = integrations.cache_settings(REDIS_URL)
# Without Redis the worker's purges (a scheduled publish, say) cannot reach runserver's own
# memory, so pages are held only briefly, as in production without Redis.
HAVEN_PAGE_CACHE_SECONDS = 300 if REDIS_URL else 10
HAVEN_FRAGMENT_CACHE_SECONDS = 300 if REDIS_URL else 10
