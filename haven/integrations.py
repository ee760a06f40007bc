"""Integrations that switch on only when their variable is set, shared by dev and production."""

from haven import env


def search_backends(elasticsearch_url: str) -> dict:
    """Wagtail's site search: the database backend, or Elasticsearch 8 when a URL is given.

    On Elasticsearch every text field is analysed as English (possessives, stop words,
    stemming, accents folded) and searched with the built-in synonym groups of
    search/synonyms.py ("iop" = "intensive outpatient"). Editors' own synonym pairs need no
    reindex: the search app expands them in the query on every engine.
    """
    if not elasticsearch_url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    from search.synonyms import BUILTIN_SYNONYMS  # plain data; importable before Django starts

    english = ["haven_possessive", "lowercase", "asciifolding", "haven_stop", "haven_stemmer"]
    with_synonyms = english[:3] + ["haven_synonyms"] + english[3:]
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [elasticsearch_url],
            "INDEX": env.optional("ELASTICSEARCH_INDEX_PREFIX", "haven") + "-site",
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {
                        "filter": {
                            "haven_possessive": {
                                "type": "stemmer",
                                "language": "possessive_english",
                            },
                            "haven_stop": {"type": "stop", "stopwords": "_english_"},
                            "haven_stemmer": {"type": "stemmer", "language": "english"},
                            # Search-time only: synonym_graph handles multi-word synonyms.
                            "haven_synonyms": {
                                "type": "synonym_graph",
                                "synonyms": [", ".join(group) for group in BUILTIN_SYNONYMS],
                                "lenient": True,
                            },
                        },
                        "analyzer": {
                            # Elasticsearch uses "default" for every text field without its
                            # own analyser, and "default_search" for the query text.
                            "default": {
                                "type": "custom",
                                "tokenizer": "standard",
                                "filter": english,
                            },
                            "default_search": {
                                "type": "custom",
                                "tokenizer": "standard",
                                "filter": with_synonyms,
                            },
                        },
                    }
                }
            },
        }
    }


# Counters that must outlive the page cache: the sign-in lockout, the form rate limits and the
# one-use form tokens. In the database, because a flood of distinct URLs evicts from any cache
# that pages share (Redis's eviction policy is server-wide), and a Redis outage must not switch
# the lockout off. `migrate` creates the table (core/apps.py).
COUNTERS = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "haven_counters",
    # Counters expire within a day; culling only starts past this many live ones.
    "OPTIONS": {"MAX_ENTRIES": 1_000_000},
}


def cache_settings(redis_url: str) -> dict:
    """CACHES: the page and fragment cache ("default"), in Redis when a URL is given, and the
    counters, always in the database."""
    if not redis_url:
        return {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            "counters": COUNTERS,
        }
    # django-redis, for IGNORE_EXCEPTIONS: with Redis down a cache read is a miss and a write
    # is skipped (each logged), so pages, the crisis line and the inquiry form keep working;
    # only the page cache pauses. Short timeouts keep a dead Redis from holding every request.
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "haven",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        },
        "counters": COUNTERS,
    }
