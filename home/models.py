"""The home page and the site-wide settings every page reads (crisis channels, quick exit,
admissions, footer)."""

from urllib.parse import urlsplit

from django.core.validators import URLValidator
from django.db import models
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_noop
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page

from core.routing import RoutedPageMixin, route_below
from core.structured_data import StructuredDataMixin
from core.visibility import public_q
from home.crisis import DEFAULT_CHANNELS, LANGUAGES, STALE_AFTER_MONTHS, validate_action


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

    @property
    def localized(self):
        """Wagtail's Page.localized (the translation in the active language, else this page),
        from the translations core/site_lookup.py loaded with the site: Wagtail asks it on
        every request before routing, and its own version queries the Locale table each time
        (and the translation for Spanish). Elsewhere Wagtail's own runs."""
        known = getattr(self, "known_translations", None)
        if known is None:
            return super().localized
        return known.get(translation.get_language(), self)

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
class SiteSettings(ClusterableModel, BaseSiteSetting):
    crisis_heading = models.CharField(
        max_length=80,
        default=gettext_noop("In crisis?"),
        help_text="Short lead-in of the crisis banner shown on every page.",
    )
    quick_exit_url = models.URLField(
        default="https://www.google.com/",
        validators=[URLValidator(schemes=["https"])],
        help_text=(
            "Where 'Leave this site' goes: a neutral, everyday site that reveals nothing about "
            "Haven (a search engine or a weather site). It loads only when someone uses it."
        ),
    )
    admissions_phone = models.CharField(
        max_length=30,
        default="(555) 010-4400",
        help_text="The admissions team's phone number, shown in the footer and on forms.",
    )
    admissions_hours = models.CharField(
        max_length=120,
        default=gettext_noop("Monday to Friday, 8 am to 8 pm Eastern"),
        help_text="When admissions answers the phone.",
    )
    footer_text = models.TextField(
        max_length=500,
        default=gettext_noop(
            "Haven lists treatment programs and publishes articles for information only. "
            "It is not a substitute for professional care."
        ),
        help_text="A short note at the foot of every page.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("crisis_heading"),
                InlinePanel(
                    "crisis_channels",
                    label="Crisis channel",
                    min_num=1,
                    help_text=(
                        "Every way to reach crisis help. Those marked 'short form' show in the "
                        "banner on every page, in search's crisis panel and on the inquiry form; "
                        "all show on the 'More ways to get help' page, under their group."
                    ),
                ),
            ],
            heading="Crisis help (shown on every page)",
        ),
        FieldPanel("quick_exit_url"),
        MultiFieldPanel(
            [FieldPanel("admissions_phone"), FieldPanel("admissions_hours")], heading="Admissions"
        ),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = "site settings"

    def save(self, *args, **kwargs):
        adding = self._state.adding
        super().save(*args, **kwargs)
        # A new site starts with every channel rather than with no crisis help at all.
        if adding and not self.crisis_channels.exists():
            CrisisChannel.objects.bulk_create(
                CrisisChannel(settings=self, sort_order=i, **channel)
                for i, channel in enumerate(DEFAULT_CHANNELS)
            )

    @classmethod
    def fallback(cls) -> "SiteSettings":
        """The defaults, built in memory: what pages show when the database cannot answer."""
        channels = [CrisisChannel(sort_order=i, **c) for i, c in enumerate(DEFAULT_CHANNELS)]
        return cls(crisis_channels=channels)

    def with_channels_loaded(self) -> "SiteSettings":
        """Hold the channels in memory, so a cached copy renders them without a query."""
        self.crisis_channels = list(self.crisis_channels.all())
        return self

    @property
    def channels(self) -> list:
        """Every channel in the editor's order; on a page in another language (Spanish),
        the channels in that language come first."""
        everything = list(self.crisis_channels.all())
        language = translation.get_language() or "en"
        if language == "en":
            return everything
        return sorted(everything, key=lambda channel: channel.language != language)

    @property
    def banner_channels(self) -> list:
        """The short form: the banner, search's crisis panel and the inquiry form. In a language
        other than English, that language's channels lead and replace an English channel with
        the same number (Spanish: "press 2" rather than plain "Call 988")."""
        language = translation.get_language() or "en"
        channels = self.channels
        if language == "en":
            return [channel for channel in channels if channel.in_banner]
        chosen = [channel for channel in channels if channel.language == language]
        numbers = {channel.number for channel in chosen}
        chosen += [c for c in channels if c.in_banner and c.number not in numbers]
        return chosen

    @property
    def admissions_tel(self):
        return "tel:" + "".join(ch for ch in self.admissions_phone if ch.isdigit() or ch == "+")


class CrisisChannel(Orderable):
    """One way to reach crisis help, kept as a dated fact with its source."""

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="crisis_channels")
    group = models.CharField(
        max_length=80,
        help_text=(
            "Who it is for: the heading it is listed under on the 'More ways to get help' page "
            "(e.g. 'Veterans'). Keep channels of one group next to each other."
        ),
    )
    label = models.CharField(
        max_length=80,
        help_text="The link text; it must make sense on its own, e.g. 'Veterans: text 838255'.",
    )
    action = models.CharField(
        max_length=200,
        validators=[validate_action],
        help_text=(
            "What the link does: tel:988 (call), sms:838255 or sms:988?body=AYUDA (text), "
            "or an https:// address (chat, video)."
        ),
    )
    language = models.CharField(
        max_length=3,
        choices=LANGUAGES,
        default="en",
        help_text="The language help is given in; a Spanish label is written in Spanish.",
    )
    in_banner = models.BooleanField(
        "short form",
        default=False,
        help_text="Shown in the banner on every page, search's crisis panel and the inquiry form.",
    )
    source_url = models.URLField(
        "official source", help_text="The official page that states this fact."
    )
    as_of = models.DateField(
        help_text=f"When it was last checked against the source; editors are warned after "
        f"{STALE_AFTER_MONTHS} months."
    )
    checked_by = models.CharField(
        max_length=200, help_text="Who checked it against the source, and how."
    )

    panels = [
        FieldPanel("group"),
        FieldPanel("label"),
        FieldPanel("action"),
        FieldPanel("language"),
        FieldPanel("in_banner"),
        FieldPanel("source_url"),
        FieldPanel("as_of"),
        FieldPanel("checked_by"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "crisis channel"

    def __str__(self):
        return self.label

    @property
    def source_site(self) -> str:
        """ "988lifeline.org" for https://988lifeline.org/chat/: what the source link reads."""
        return urlsplit(self.source_url).netloc.removeprefix("www.")

    @property
    def lang(self) -> str:
        """The language the label is written in (an ASL channel's label is English)."""
        return "es" if self.language == "es" else "en"

    @property
    def number(self) -> str:
        """tel:988 and sms:988?body=AYUDA both reach 988 by their scheme: what a duplicate is."""
        return self.action.split("?")[0]

    @property
    def shown_label(self) -> str:
        """The label in the page's language when the interface translation knows it (the
        default English labels are in locale/), else as the editor wrote it."""
        return translation.gettext(self.label) if self.lang == "en" else self.label

    @property
    def shown_group(self) -> str:
        return translation.gettext(self.group)

    @property
    def lang_attribute(self) -> str:
        """` lang="en"` when the link text is not in the page's language, else nothing."""
        lang = self.label_lang
        return format_html(' lang="{}"', lang) if lang else ""

    @property
    def label_lang(self) -> str:
        """The lang attribute the link needs: empty when the label is in the page's language."""
        page_language = translation.get_language() or "en"
        shown = self.lang if self.shown_label == self.label else page_language
        return "" if shown == page_language else shown
