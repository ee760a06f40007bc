"""Production: everything comes from the environment (listed in site/env.example).

A missing or malformed variable stops the process with one line naming it.
"""

from haven import env, integrations

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env.required("SECRET_KEY")
if len(SECRET_KEY) < 50:
    raise env.EnvError("SECRET_KEY", "must be at least 50 random characters")
ALLOWED_HOSTS = env.as_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise env.EnvError("ALLOWED_HOSTS", "is not set (comma-separated host names)")
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS if host != "*"]
WAGTAILADMIN_BASE_URL = env.optional("WAGTAILADMIN_BASE_URL", CSRF_TRUSTED_ORIGINS[0])

DATABASES = {"default": env.database("DATABASE_URL")}

REDIS_URL = env.optional("REDIS_URL")
CACHES = integrations.cache_settings(REDIS_URL)

ELASTICSEARCH_URL = env.optional("ELASTICSEARCH_URL")
WAGTAILSEARCH_BACKENDS = integrations.search_backends(ELASTICSEARCH_URL)
DIRECTORY_SEARCH_ENGINE = "elasticsearch" if ELASTICSEARCH_URL else "database"

if env.optional("EMAIL_URL"):
    globals().update(env.email("EMAIL_URL"))
else:
    # No SMTP configured: notifications are written as files for the worker's host to collect.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
DEFAULT_FROM_EMAIL = env.optional("DEFAULT_FROM_EMAIL", "Haven <no-reply@haven.invalid>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

FIELD_ENCRYPTION_KEYS = env.fernet_keys("FIELD_ENCRYPTION_KEYS")
INQUIRY_HASH_KEYS = env.required("INQUIRY_HASH_KEYS").split(",")
INQUIRY_RETENTION_DAYS = env.as_int("INQUIRY_RETENTION_DAYS", 180)
INQUIRY_RETENTION_OPEN_DAYS = env.as_int("INQUIRY_RETENTION_OPEN_DAYS", 365)

RECAPTCHA_PUBLIC_KEY = env.optional("RECAPTCHA_PUBLIC_KEY")
RECAPTCHA_PRIVATE_KEY = env.optional("RECAPTCHA_PRIVATE_KEY")
if bool(RECAPTCHA_PUBLIC_KEY) != bool(RECAPTCHA_PRIVATE_KEY):
    raise env.EnvError("RECAPTCHA_PRIVATE_KEY", "and RECAPTCHA_PUBLIC_KEY must be set together")
RECAPTCHA_REQUIRED_SCORE = env.as_float("RECAPTCHA_REQUIRED_SCORE", 0.5)

MEDIA_ROOT = env.optional("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405
STATIC_ROOT = env.optional("STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405

# HTTPS is terminated by nginx, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# ...and appends the visitor's address to X-Forwarded-For: one proxy (core/client_address.py).
HAVEN_PROXY_COUNT = env.as_int("HAVEN_PROXY_COUNT", 1)
SECURE_SSL_REDIRECT = env.as_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.as_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# The admin's address: somewhere less guessable than /admin/ if you like ("staff-7f3a/").
WAGTAIL_ADMIN_PATH = env.optional("WAGTAIL_ADMIN_PATH", "admin/")
if not WAGTAIL_ADMIN_PATH.endswith("/") or WAGTAIL_ADMIN_PATH.startswith("/"):
    raise env.EnvError("WAGTAIL_ADMIN_PATH", "must look like staff/ (no leading slash, one after)")
# Without Redis each process keeps its own page cache and a purge reaches only the process
# that published, so pages live briefly there; with Redis every process sees the purge.
HAVEN_PAGE_CACHE_SECONDS = env.as_int("HAVEN_PAGE_CACHE_SECONDS", 300 if REDIS_URL else 10)
HAVEN_FRAGMENT_CACHE_SECONDS = env.as_int("HAVEN_FRAGMENT_CACHE_SECONDS", 300 if REDIS_URL else 10)
