"""The home page and the site-wide settings every page reads (crisis line, admissions, footer)."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page

from core.routing import RoutedPageMixin, route_below
from core.structured_data import StructuredDataMixin
from core.visibility import public_q


class HomePage(RoutedPageMixin, StructuredDataMixin, Page):
    hero_heading = models.CharField(
        max_length=120,
        default="Support for the people who support everyone else",
        help_text="The large heading at the top of the home page. Keep it short and calm.",
    )
    hero_intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="One or two sentences under the heading: who Haven is for and what it offers.",
    )
    directory_prompt = models.CharField(
        max_length=120,
        default="Find a program near you",
        help_text="Heading above the quick directory search (ZIP and level of care).",
    )
    inquiry_heading = models.CharField(
        max_length=120,
        default="Talk to our admissions team",
        help_text="Heading of the call to action that leads to the confidential inquiry form.",
    )
    inquiry_text = models.TextField(
        max_length=400,
        blank=True,
        help_text="A sentence that says what happens after someone reaches out.",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_intro")], heading="Hero"),
        InlinePanel(
            "featured_articles",
            label="Featured article",
            max_num=6,
            help_text="Articles shown on the home page, in this order.",
        ),
        FieldPanel("directory_prompt"),
        MultiFieldPanel(
            [FieldPanel("inquiry_heading"), FieldPanel("inquiry_text")],
            heading="Inquiry call to action",
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def route(self, request, path_components):
        # The site root routes every page below it in two queries (core/routing.py).
        if not path_components:
            return super().route(request, path_components)
        return route_below(self, request, path_components)

    def featured(self):
        """Editor-picked articles that are live and public, in the editor's order."""
        ids = [pick.article_id for pick in self.featured_articles.all()]
        pages = Page.objects.filter(public_q(), id__in=ids).specific()
        by_id = {page.id: page for page in pages}
        return [by_id[page_id] for page_id in ids if page_id in by_id]

    def json_ld(self, request):
        site = self.get_site()
        root = site.root_url if site else ""
        return [
            {
                "@type": "WebSite",
                "name": site.site_name if site and site.site_name else "Haven",
                "url": root + "/",
            }
        ]


class HomePageFeaturedArticle(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_articles")
    # A plain page link keeps home independent of the articles app's migrations.
    article = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="An article to feature on the home page.",
    )

    panels = [PageChooserPanel("article", page_type="articles.ArticlePage")]


@register_setting(icon="warning")
class SiteSettings(BaseSiteSetting):
    crisis_heading = models.CharField(
        max_length=80,
        default="In crisis?",
        help_text="Short lead-in of the crisis banner shown on every page.",
    )
    crisis_line_number = models.CharField(
        max_length=20,
        default="988",
        help_text="The crisis line people can call or text (988 is the Suicide & Crisis Lifeline).",
    )
    crisis_line_name = models.CharField(
        max_length=80,
        default="the 988 Suicide & Crisis Lifeline",
        help_text="The name of the crisis line, as it should read in a sentence.",
    )
    emergency_number = models.CharField(
        max_length=10,
        default="911",
        help_text="The number for emergencies.",
    )
    admissions_phone = models.CharField(
        max_length=30,
        default="(555) 010-4400",
        help_text="The admissions team's phone number, shown in the footer and on forms.",
    )
    admissions_hours = models.CharField(
        max_length=120,
        default="Monday to Friday, 8 am to 8 pm Eastern",
        help_text="When admissions answers the phone.",
    )
    footer_text = models.TextField(
        max_length=500,
        default=(
            "Haven lists treatment programs and publishes articles for information only. "
            "It is not a substitute for professional care."
        ),
        help_text="A short note at the foot of every page.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("crisis_heading"),
                FieldPanel("crisis_line_number"),
                FieldPanel("crisis_line_name"),
                FieldPanel("emergency_number"),
            ],
            heading="Crisis help (shown on every page)",
        ),
        MultiFieldPanel(
            [FieldPanel("admissions_phone"), FieldPanel("admissions_hours")], heading="Admissions"
        ),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = "site settings"

    @property
    def crisis_tel(self):
        return "tel:" + "".join(ch for ch in self.crisis_line_number if ch.isdigit() or ch == "+")

    @property
    def crisis_sms(self):
        return "sms:" + "".join(ch for ch in self.crisis_line_number if ch.isdigit() or ch == "+")

    @property
    def emergency_tel(self):
        return "tel:" + "".join(ch for ch in self.emergency_number if ch.isdigit())

    @property
    def admissions_tel(self):
        return "tel:" + "".join(ch for ch in self.admissions_phone if ch.isdigit() or ch == "+")
