"""The policy pages' links, for the footer of every page and an article's correction note."""

import logging

from django import template
from django.db import DatabaseError

from core.page_cache import until_content_changes

register = template.Library()
logger = logging.getLogger(__name__)


@register.simple_tag(takes_context=True)
def policy_links(context) -> dict:
    """{kind: {kind, title, url}} of the site's public policy pages, in the footer's order,
    kept like the menu until content changes. Empty when the database fails: the error pages
    use the footer too."""
    from wagtail.models import Site

    from editorial.policy_pages import policy_links as find_links

    if context.get("without_database"):  # the 500 page: the database may be what failed
        return {}
    request = context.get("request")
    known = getattr(request, "_haven_policy_links", None)
    if known is not None:
        return known
    links: dict = {}
    try:
        site = Site.find_for_request(request) if request else None
        if site is not None:
            found = until_content_changes(
                request,
                "policy-links",
                lambda: find_links(site),
                site.pk,
                depends=["type:editorial.PolicyPage"],
            )
            links = {link["kind"]: link for link in found}
    except DatabaseError:
        logger.warning("Policy pages unavailable; the footer shows no policy links")
    if request is not None:
        request._haven_policy_links = links
    return links
