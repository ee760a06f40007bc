"""Anonymous page cache: whole responses in Django's cache, purged when content changes.

On when settings.HAVEN_PAGE_CACHE_SECONDS > 0 and DEBUG is off (0 in the test settings; tests
switch it on; with DEBUG on, template edits would otherwise hide behind stale copies).

A response is stored only when every one of these holds, so nothing personal is ever shared:
- the request is a GET (HEAD is answered from the GET's entry) without a session or messages
  cookie, outside the admin, documents and health check, and not a search or API URL with a
  query string (search queries are logged by the search app and must reach it);
- the response is a 200, sets no cookie, is not marked private/no-store/no-cache (the inquiry
  page and its thank-you page mark themselves so), does not vary on anything but Cookie and
  Accept-Encoding, and holds no CSRF token (no form that posts);
- the visitor was not signed in.

Stored responses are sent with `Cache-Control: public, max-age=N`; responses to signed-in
visitors are sent `Cache-Control: private, no-store` (unless the view said something already).

Below whole pages, `until_content_changes` keeps the parts every page repeats (site settings,
the menu, pages found by type, an article's related reading) under the same version, for
HAVEN_FRAGMENT_CACHE_SECONDS: a page the page cache cannot keep (a first visit, a signed-in
editor, a form) still skips their queries.

Purging: each entry is stored with what it shows (core/cache_dependencies.py); a publish
makes stale only the entries showing the page it changed. Every key also carries a version
number kept in the cache: saving site settings, a site, a crisis channel, a snippet or a view
restriction, or deleting a page bumps it (`purge`), so every stored entry is stale at once
(entries then age out).
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.translation import get_language_from_path

from core.cache_dependencies import collecting, depends_on, is_fresh, register, request_tick

logger = logging.getLogger(__name__)

VERSION_KEY = "haven:page-cache:version"
HEADER = "X-Page-Cache"
MAX_QUERY_LENGTH = 512  # longer query strings are not worth a cache entry
SKIP_PREFIXES = ("/documents/", "/healthz", "/static/", "/media/")
QUERY_SKIP_PREFIXES = ("/search/", "/api/")
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}
SAFE_VARY = {"cookie", "accept-encoding"}


def _seconds(setting: str) -> int:
    if settings.DEBUG:
        return 0
    return int(getattr(settings, setting, 0) or 0)


def cache_seconds() -> int:
    return _seconds("HAVEN_PAGE_CACHE_SECONDS")


def fragment_cache_seconds() -> int:
    return _seconds("HAVEN_FRAGMENT_CACHE_SECONDS")


def current_version() -> int:
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def purge(**kwargs) -> None:
    """Make every stored page stale (signal receiver; takes and ignores any signal arguments)."""
    try:
        version = cache.incr(VERSION_KEY)
    except ValueError:  # no version stored yet: nothing cached under one either
        cache.set(VERSION_KEY, 2, timeout=None)
        return
    if version is None:
        # django-redis with IGNORE_EXCEPTIONS answers None when Redis is unreachable: what it
        # held before this change may show again once it is back, until it expires.
        logger.warning(
            "Could not purge the page cache (the cache is unreachable); pages cached earlier "
            "may be served for up to %s s once it is back",
            max(cache_seconds(), fragment_cache_seconds()),
        )


_MISSING = object()


def content_version(request=None) -> int:
    """The current version, read once per request: every part of a page agrees on it, and
    the cache (Redis in production) is asked once rather than once per part."""
    if request is None:
        return current_version()
    version = getattr(request, "_haven_content_version", None)
    if version is None:
        version = request._haven_content_version = current_version()
    return version


def until_content_changes(request, name: str, compute, *parts, depends=()):
    """`compute()`, kept until what it shows changes (or HAVEN_FRAGMENT_CACHE_SECONDS): the
    pages it loads, and the tags in `depends` (core/cache_dependencies.py). Whatever it returns
    must hold nothing personal: it is shared by every visitor. A preview (or Wagtail's dummy
    request) always computes afresh: it may show what is not saved yet."""
    seconds = fragment_cache_seconds()
    unsaved = getattr(request, "is_preview", False) or getattr(request, "is_dummy", False)
    if seconds <= 0 or unsaved:
        depends_on(*depends)
        return compute()
    version = content_version(request)
    key = ":".join(["haven:fragment", str(version), name, *map(str, parts)])
    stored = cache.get(key, _MISSING)
    if stored is not _MISSING:
        tick, tags, value = stored
        if is_fresh(tick, tags, request):
            depends_on(*tags)  # the page showing this fragment shows what it shows
            return value
    tick = request_tick(request)
    with collecting() as tags:
        depends_on(*depends)
        value = compute()
    register(tags, tick)
    cache.set(key, (tick, frozenset(tags), value), timeout=seconds)
    return value


def request_is_cacheable(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if getattr(request, "is_dummy", False):  # Wagtail's preview renders drafts this way
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    path = request.path_info
    admin_prefix = "/" + settings.WAGTAIL_ADMIN_PATH.lstrip("/")
    if path.startswith((admin_prefix, *SKIP_PREFIXES)):
        return False
    query = request.META.get("QUERY_STRING", "")
    # Spanish pages are under /es/ (haven/urls.py): /es/search/ is search too.
    language = get_language_from_path(path)
    if language:
        path = path.removeprefix(f"/{language}")
    return not query or not (path.startswith(QUERY_SKIP_PREFIXES) or len(query) > MAX_QUERY_LENGTH)


def cache_key(request, version: int) -> str:
    raw = "|".join(
        (request.scheme, request.get_host(), request.path, request.META.get("QUERY_STRING", ""))
    )
    return f"haven:page:{version}:{hashlib.sha256(raw.encode()).hexdigest()}"


def cache_control_directives(response) -> set[str]:
    header = response.get("Cache-Control", "")
    return {part.split("=")[0].strip().lower() for part in cc_delim_re.split(header) if part}


def response_is_cacheable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if cache_control_directives(response) & PRIVATE_DIRECTIVES:
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    if vary - SAFE_VARY:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    # A CSRF token means a form that posts back: its token must not be shared.
    return b"csrfmiddlewaretoken" not in response.content


def signed_in(request) -> bool:
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


class PageCacheMiddleware:
    """Serve and store anonymous pages; mark pages for signed-in visitors private."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = cache_seconds()
        if seconds <= 0:
            return self.get_response(request)
        if not request_is_cacheable(request):
            response = self.get_response(request)
            if signed_in(request) and "Cache-Control" not in response:
                patch_cache_control(response, private=True, no_store=True)
            return response

        key = cache_key(request, content_version(request))
        stored = cache.get(key)
        if stored is not None:
            tick, tags, (status, headers, content) = stored
            if is_fresh(tick, tags, request):
                response = HttpResponse(content, status=status, headers=headers)
                response[HEADER] = "hit"
                return response

        tick = request_tick(request)
        with collecting() as tags:
            response = self.get_response(request)
        if request.method == "GET" and response_is_cacheable(request, response):
            if "Cache-Control" not in response:
                patch_cache_control(response, public=True, max_age=seconds)
            headers = {name: value for name, value in response.items() if name != HEADER}
            register(tags, tick)
            entry = (response.status_code, headers, response.content)
            cache.set(key, (tick, frozenset(tags), entry), timeout=seconds)
            response[HEADER] = "miss"
        elif signed_in(request) and "Cache-Control" not in response:
            patch_cache_control(response, private=True, no_store=True)
        return response
