"""Which pages a search may return: the site's page trees in every language (a translated
site keeps each language's tree beside the default one, not under it), narrowed to the
searcher's language once the site has pages in more than one.
"""

from django.core.cache import cache
from django.db.models import Q
from django.utils import translation
from wagtail.models import Locale, Page

from core.text import language_of

LOCALES_KEY = "search:locales"


def request_language() -> str:
    """The active language (the /es/ tree's requests are Spanish), as a Haven language."""
    return language_of(translation.get_language())


def _locale_ids() -> dict[str, int]:
    """Haven language -> Locale id, for the locales that hold pages. Cached: it changes when
    a language is added, which is rare and harmless to notice a few minutes late."""
    found = cache.get(LOCALES_KEY)
    if found is None:
        used = Page.objects.filter(depth__gt=1).values_list("locale_id", flat=True).distinct()
        found = {
            language_of(code): pk
            for pk, code in Locale.objects.filter(pk__in=used).values_list("pk", "language_code")
        }
        cache.set(LOCALES_KEY, found, 300)
    return found


def site_q(site) -> Q:
    """Pages under the site's root page or under any translation of it."""
    roots = site.root_page.get_translations(inclusive=True).values_list("path", flat=True)
    wanted = Q()
    for path in roots:
        wanted |= Q(path__startswith=path)
    return wanted


def scoped(pages, site=None, language: str | None = None):
    """`pages` narrowed to the site (every language's tree) and, on a site with more than one
    language, to `language`'s pages."""
    locales = _locale_ids()
    if site is not None:
        # One language, one tree: the cheaper test does.
        pages = pages.filter(site_q(site)) if len(locales) > 1 else pages.in_site(site)
    if language and len(locales) > 1 and language in locales:
        pages = pages.filter(locale_id=locales[language])
    return pages
