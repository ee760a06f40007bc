"""Settings every Haven process shares. dev, test and production build on these."""

from pathlib import Path

from haven import integrations

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "haven"
# Everything the running site writes (database, media, mail, local key) lives here, ignored by git.
VAR_DIR = BASE_DIR / "var"

INSTALLED_APPS = [
    "core",  # shared by every app; connects the cache and visibility signals (core/apps.py)
    "accounts",
    "home",
    "articles",
    "directory",
    "search",
    "admissions",
    "editorial",  # clinical review workflow, review due, content checks, policy pages
    "wagtail.contrib.settings",
    "wagtail.locales",  # Settings > Locales
    "wagtail.contrib.simple_translation",  # "Translate" on a page: copies it into a locale
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django_recaptcha",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",  # backup codes (accounts/backup_codes.py)
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First, so everything after it (rate limit, lockout) sees the visitor, not the proxy.
    "core.client_address.ProxiedClientAddressMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache, so cached pages get the headers too.
    "core.security.SecurityHeadersMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the URL (/es/...), never from a header (core/i18n.py).
    "core.i18n.PathLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.site_lookup.KnownSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "haven.urls"
WSGI_APPLICATION = "haven.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.haven",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": VAR_DIR / "haven.sqlite3",
        "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out login before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "America/New_York"
USE_I18N = True
# English at /, Spanish under /es/ (haven/urls.py); each has its own page tree in Wagtail.
LANGUAGES = [("en", "English"), ("es", "Spanish")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]  # locale/es/LC_MESSAGES/django.po, compiled by make
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = integrations.cache_settings("")

# Background work (search index, related articles, directory sync, notifications) runs in
# the worker: `manage.py db_worker`. Editors and visitors never wait on it.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = "Haven <no-reply@haven.invalid>"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Haven"
WAGTAIL_ADMIN_PATH = "admin/"  # production reads WAGTAIL_ADMIN_PATH
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatar requests to an outside service
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no call to an outside service at run time
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_FINDERS = []  # embeds would call outside services; none are configured

# Elasticsearch is off unless ELASTICSEARCH_URL is set (see production.py and dev.py).
ELASTICSEARCH_URL = ""
DIRECTORY_SEARCH_ENGINE = "database"
# Directory freshness: verified within this many days is "verified recently"; older than
# DIRECTORY_OUT_OF_DATE_DAYS leaves the public results (the page stays, with a banner).
DIRECTORY_VERIFIED_RECENTLY_DAYS = 90
DIRECTORY_OUT_OF_DATE_DAYS = 365
# "Get directions" on a program: a plain link, so nothing from the maps site loads until the
# person follows it. {address} is replaced by the program's address, URL-encoded.
DIRECTORY_DIRECTIONS_URL = "https://www.openstreetmap.org/directions?to={address}"
DIRECTORY_DIRECTIONS_SITE = "OpenStreetMap"  # named beside the link: it leaves Haven

# Inquiries: personal fields are encrypted with these keys (first encrypts, all decrypt).
FIELD_ENCRYPTION_KEYS: list[str] = []
INQUIRY_HASH_KEYS: list[str] = []
# Retention (admissions/retention.py): ended inquiries, days after they ended; the others,
# days after they arrived.
INQUIRY_RETENTION_DAYS = 180
INQUIRY_RETENTION_OPEN_DAYS = 365
# Thirty fictional inquiries from load_demo: on only in the embedded default (dev.py).
ADMISSIONS_DEMO_INQUIRIES = False

# reCAPTCHA is used only when both keys are configured.
RECAPTCHA_PUBLIC_KEY = ""
RECAPTCHA_PRIVATE_KEY = ""
RECAPTCHA_REQUIRED_SCORE = 0.5

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        # Request bodies are never logged; django.request logs only method, path and status.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django_tasks": {"level": "WARNING"},
    },
}

# --- Hardening (core/security.py, core/page_cache.py, accounts/) ---
from datetime import timedelta  # noqa: E402

from core.security import PUBLIC_DIRECTIVES, with_media_origin  # noqa: E402

# Content-Security-Policy for public pages; the admin's policy is in core/security.py.
# No page asks for these; django-permissions-policy refuses a misspelt feature name at start-up.
PERMISSIONS_POLICY = {
    feature: [] for feature in ("browsing-topics", "camera", "geolocation", "microphone", "payment")
}
PERMISSIONS_POLICY["interest-cohort"] = []  # FLoC's name, for browsers that still know it

CONTENT_SECURITY_POLICY = {"DIRECTIVES": with_media_origin(PUBLIC_DIRECTIVES, MEDIA_URL)}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
DEFAULT_EXCEPTION_REPORTER_FILTER = "core.errors.ReporterFilter"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override it with SAMEORIGIN

# Login throttling (django-axes): 5 wrong passwords for one username from one address (an
# IPv6 client's /64) lock that pair out for 15 minutes. Only a counter under a hashed key is
# kept, in the counters cache (haven/integrations.py), and it expires with the lock;
# successful sign-ins are not logged.
# Reverse proxies in front of Haven that append to X-Forwarded-For
# (core/client_address.py); 0: none.
HAVEN_PROXY_COUNT = 0
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_CACHE = "counters"
AXES_CLIENT_IP_CALLABLE = "core.rate_limit.counted_address"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"

# Two-factor sign-in (accounts/two_factor.py says who must use it).
HAVEN_REQUIRE_TWO_FACTOR = True
OTP_TOTP_ISSUER = "Haven"
LOGGING["loggers"]["axes"] = {"level": "WARNING"}  # not a line per sign-in

# With REDIS_URL (haven/integrations.py): say so in the log when Redis is down.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# Anonymous page cache (core/page_cache.py): seconds a page is kept; 0 turns it off.
HAVEN_PAGE_CACHE_SECONDS = 300
# Parts every page repeats (settings, menu, related reading), purged with the page cache.
HAVEN_FRAGMENT_CACHE_SECONDS = 300
