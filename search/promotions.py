"""Editors' promoted results (Wagtail's search promotions), shown above the ranked list."""

from dataclasses import dataclass

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from core.text import words
from search.pagetext import type_label


@dataclass
class Promotion:
    title: str
    url: str
    description: str
    type_label: str
    page_id: int | None = None


def promotions_for(query: str, request=None) -> list[Promotion]:
    """Promotions whose query is this one, ignoring case, spacing and punctuation
    ("IOP?" finds the promotion editors made for "iop"). Only live, public pages."""
    keys = {normalise_query_string(query), " ".join(words(query))} - {""}
    found = []
    rows = (
        SearchPromotion.objects.filter(query__query_string__in=keys)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    seen = set()
    for row in rows:
        if row.page_id:
            if row.page_id in seen or not row.page.live:
                continue
            page = row.page.specific
            if page.get_view_restrictions().exists():
                continue
            seen.add(row.page_id)
            found.append(
                Promotion(
                    title=page.title,
                    url=page.get_url(request) or "",
                    description=row.description or page.search_description or "",
                    type_label=type_label(page),
                    page_id=page.pk,
                )
            )
        elif row.external_link_url:
            found.append(
                Promotion(
                    title=row.external_link_text or row.external_link_url,
                    url=row.external_link_url,
                    description=row.description,
                    type_label="Link",
                )
            )
    return found
