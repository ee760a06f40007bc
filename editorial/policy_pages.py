"""The pages that say how Haven works: editorial policy, corrections log, accessibility
statement and privacy notice. One page type; its `kind` tells the footer (and an article's
correction note) which page is which, so no page is found by its slug.

The corrections log is written by the articles themselves: each article's corrections (on its
Review tab) are listed on the page whose kind is "corrections", newest first, under the
editor's introduction.
"""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.citations import citation_context
from core.routing import RoutedPageMixin
from core.structured_data import StructuredDataMixin
from core.visibility import public_q

# In the footer's order.
KINDS = [
    ("editorial-policy", "Editorial policy"),
    ("corrections", "Corrections log"),
    ("accessibility", "Accessibility statement"),
    ("privacy", "Privacy notice"),
]
CORRECTIONS = "corrections"


class PolicyPage(RoutedPageMixin, StructuredDataMixin, Page):
    kind = models.CharField(
        max_length=20,
        choices=KINDS,
        help_text="Which policy this page is; the footer links one page of each kind.",
    )
    body = StreamField(
        BodyBlock(),
        help_text="Plain sentences; use section headings for each topic.",
    )

    search_fields = Page.search_fields + [index.SearchField("body")]
    content_panels = Page.content_panels + [FieldPanel("kind"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "policy page"

    def clean(self):
        super().clean()
        twin = PolicyPage.objects.filter(kind=self.kind, locale_id=self.locale_id).exclude(
            pk=self.pk
        )
        if self.kind and twin.exists():
            label = dict(KINDS)[self.kind]
            raise ValidationError(
                {"kind": f"There is already a page for the {label.lower()}: edit that one."}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(citation_context(self.body))
        if self.kind == CORRECTIONS:
            context["corrections"] = corrections_log()
        return context

    def json_ld(self, request):
        return [{"@type": "WebPage", "name": self.title, "url": self.get_full_url(request)}]


def corrections_log() -> list[dict]:
    """Every correction of every public article, newest first."""
    from articles.models import ArticlePage

    entries = []
    for article in ArticlePage.objects.filter(public_q()).defer("body").order_by("path"):
        for block_id, item in article.correction_list:
            entries.append(
                {"id": block_id, "date": item["date"], "change": item["change"], "page": article}
            )
    return sorted(entries, key=lambda entry: entry["date"], reverse=True)


def policy_links(site) -> list[dict]:
    """(kind, title, url) of the site's public policy pages, in KINDS order."""
    order = [kind for kind, _ in KINDS]
    pages = PolicyPage.objects.filter(public_q()).descendant_of(site.root_page)
    found = {}
    for page in pages.order_by("path"):
        found.setdefault(page.kind, {"kind": page.kind, "title": page.title, "url": page.url})
    return [found[kind] for kind in order if kind in found]
