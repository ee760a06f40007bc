"""JSON-LD for pages: each page type returns plain dicts built from the data it shows."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe


class StructuredDataMixin:
    """A page that describes itself to search engines. Override get_json_ld."""

    def get_json_ld(self, request) -> list[dict]:
        return []


def breadcrumb_list(pages, request) -> dict:
    """schema.org BreadcrumbList for a list of pages, root first."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": page.title,
                "item": page.get_full_url(request),
            }
            for position, page in enumerate(pages, start=1)
        ],
    }


def json_ld_script(data: dict) -> str:
    """A <script type="application/ld+json"> block, safe against `</script>` inside strings."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308
