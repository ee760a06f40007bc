"""Integrations that switch on only when their variable is set, shared by dev and production."""

from haven import env


def search_backends(elasticsearch_url: str) -> dict:
    """Wagtail's site search: the database backend, or Elasticsearch 8 when a URL is given."""
    if not elasticsearch_url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [elasticsearch_url],
            "INDEX": env.optional("ELASTICSEARCH_INDEX_PREFIX", "haven") + "-site",
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }


def redis_cache(redis_url: str) -> dict:
    if not redis_url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "haven",
        }
    }
