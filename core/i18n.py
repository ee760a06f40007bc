"""Languages: English at /, Spanish under /es/, each with its own page tree.

Django's i18n_patterns (haven/urls.py) put the language in the URL, and Wagtail serves the
page tree of the active language from the site root's translation (Page.localized). This
module says which language a request is in and links each page to its translations (hreflang
and the language switcher in the header).
"""

from urllib.parse import urlencode

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.urls import translate_url
from django.utils import translation
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_info

from core.page_cache import until_content_changes


class PathLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, without `Vary: Accept-Language`.

    With prefix_default_language=False the language comes from the path alone (no prefix:
    English), so the header Django adds for an unprefixed URL is untrue here, and the page
    cache (core/page_cache.py) refuses a response that varies on anything but Cookie.
    """

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if response.has_header("Vary"):
            kept = [
                part
                for part in cc_delim_re.split(response["Vary"])
                if part and part.lower() != "accept-language"
            ]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response


def current_language() -> str:
    return translation.get_language() or settings.LANGUAGE_CODE


def language_name(code: str) -> str:
    """A language's name in itself ("Español"), as a switcher shows it."""
    return get_language_info(code)["name_local"].capitalize()


def page_translations(request, page) -> dict[str, tuple[int, str, str]]:
    """{language code: (page id, absolute URL, URL)} of the page and its live, public
    translations, kept until content changes (one query the first time). hreflang needs the
    absolute URL; the switcher links within the site."""
    from core.visibility import public_q

    def compute():
        found = (
            type(page)
            .objects.filter(public_q(), translation_key=page.translation_key)
            .select_related("locale")
        )
        return {
            other.locale.language_code: (
                other.pk,
                other.get_full_url(request),
                other.get_url(request),
            )
            for other in found
        }

    key = getattr(page, "translation_key", None)
    if key is None or not page.pk:
        return {}
    return until_content_changes(request, "translations", compute, key)


def language_links(request, page=None) -> dict:
    """What the header and <head> need: the page's language, its hreflang alternates (absolute
    URLs) and, for each other language, a link to the translation (or to that language's home
    page)."""
    current = current_language()
    found = page_translations(request, page) if page is not None else {}
    absolute = {code: full_url for code, (_, full_url, _) in found.items()}
    links = {code: url for code, (_, _, url) in found.items()}
    current = next((code for code, (pk, _, _) in found.items() if pk == page.pk), current)
    if request is not None and not found:
        # A view that is not a page (search, crisis help) exists in every language. Of its
        # query only the search words carry over: a page number or a stray parameter would not.
        words = request.GET.get("q")
        path = request.path + (f"?{urlencode({'q': words})}" if words else "")
        links = {code: translate_url(path, code) for code, _ in settings.LANGUAGES}
        absolute = {code: request.build_absolute_uri(url) for code, url in links.items()}
    switch = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        url = links.get(code) or translate_url("/", code)
        switch.append({"code": code, "name": language_name(code), "url": url})
    alternates = sorted(absolute.items()) if len(absolute) > 1 else []
    return {
        "current": current,
        "home": translate_url("/", current),
        "alternates": alternates,
        "default": absolute.get(settings.LANGUAGE_CODE) if alternates else None,
        "switch": switch,
    }
