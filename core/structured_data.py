"""JSON-LD, built one way for every page type.

A page type says what it is in `json_ld(request)`: plain dicts of schema.org things, without
`@context`. The mixin adds the context and a BreadcrumbList from `json_ld_crumbs` (the pages
from the home page down; a page type may add a crumb, as a topic page does), and base.html
writes each as a `<script type="application/ld+json">` through the `json_ld` template tag.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

CONTEXT = "https://schema.org"


class StructuredDataMixin:
    """A page that describes itself to search engines. Override json_ld."""

    def json_ld(self, request) -> list[dict]:
        """The schema.org things this page is about (Article, MedicalClinic, …)."""
        return []

    def json_ld_crumbs(self, request) -> list[tuple[str, str]]:
        """(name, absolute URL) of each step from the home page down to this page."""
        return [(page.title, page.get_full_url(request)) for page in self.crumb_pages()]

    def crumb_pages(self) -> list:
        ancestors = getattr(self, "ancestors_below_root", None)
        if ancestors is None or not self.path:
            return [self]
        return [*ancestors(), self]

    def get_json_ld(self, request) -> list[dict]:
        items = list(self.json_ld(request))
        crumbs = self.json_ld_crumbs(request)
        if len(crumbs) > 1:  # the home page alone is no trail
            items.append(breadcrumb_list(crumbs))
        return [{"@context": CONTEXT, **item} for item in items]


def breadcrumb_list(crumbs: list[tuple[str, str]]) -> dict:
    """schema.org BreadcrumbList of (name, URL) pairs, home first."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def organization(site) -> dict:
    """The publisher: the Wagtail site's name and root URL."""
    return {
        "@type": "Organization",
        "name": site.site_name if site and site.site_name else "Haven",
        "url": (site.root_url + "/") if site else "/",
    }


def person(person) -> dict | None:
    if person is None:
        return None
    data = {"@type": "Person", "name": person.name}
    if person.credentials:
        data["honorificSuffix"] = person.credentials
    if person.job_title:
        data["jobTitle"] = person.job_title
    return data


def json_ld_script(data: dict) -> str:
    """A <script type="application/ld+json"> block, safe against `</script>` inside strings."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308
