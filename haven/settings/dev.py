"""The embedded default for `make run`: SQLite, files and a local key under var/."""

import os

from haven import env, integrations

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = True
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

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Integrations switch on here too when their variable is set, as in production.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = integrations.search_backends(ELASTICSEARCH_URL)
DIRECTORY_SEARCH_ENGINE = "elasticsearch" if ELASTICSEARCH_URL else "database"
CACHES = integrations.redis_cache(os.environ.get("REDIS_URL", ""))
