"""Article pages, their index, tags and editor-picked related reading.

Topic and Person live in articles/snippets.py; the index's routes in articles/routes.py; JSON-LD
in articles/structured_data.py.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.template.loader import render_to_string
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from articles.fields import ChoiceListField
from articles.forms import ArticlePageForm
from articles.page_content import AUDIENCES, ArticleShows
from articles.panels import SuggestedTopicsPanel
from articles.routes import ArticleIndexRoutes
from articles.snippets import Person, Topic
from articles.structured_data import article_json_ld
from core.blocks import BodyBlock
from core.citations import citation_context
from core.page_cache import until_content_changes
from core.reference_blocks import CorrectionBlock
from core.routing import RoutedPageMixin
from core.structured_data import StructuredDataMixin

__all__ = ["ArticleIndexPage", "ArticlePage", "Person", "Topic", "AUDIENCES"]

SUMMARY_MAX = 300
# Child slugs that would be hidden behind the index's own routes.
RESERVED_SLUGS = {"topic", "feed", "atom"}


def people_shown(request, pks: tuple) -> dict:
    """{pk: Person} of the people an article names, with photos and their renditions, in
    one query; kept in the fragment cache, where a change to any snippet empties it."""
    wanted = {pk for pk in pks if pk}

    def load():
        if not wanted:
            return {}
        people = Person.objects.select_related("photo").prefetch_related("photo__renditions")
        return people.in_bulk(wanted)

    if request is None:
        return load()
    return until_content_changes(request, "people", load, *sorted(wanted))


def not_in_future(value):
    if value and value > timezone.localdate():
        raise ValidationError("The review date cannot be in the future.")


class ArticleIndexPage(
    ArticleIndexRoutes, RoutablePageMixin, RoutedPageMixin, StructuredDataMixin, Page
):
    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="A short introduction above the list of articles.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    class Meta:
        verbose_name = "article index"


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(ArticleShows, RoutedPageMixin, StructuredDataMixin, Page):
    summary = models.TextField(
        max_length=SUMMARY_MAX,
        help_text="One or two plain sentences (at most 300 characters) for cards, feeds and "
        "the description search engines show.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional image at the top of the article and in link previews.",
    )
    hero_image_alt = models.CharField(
        max_length=200,
        blank=True,
        help_text="What the hero image shows, for people who cannot see it. Required with an "
        "image.",
    )
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="articles",
        help_text="The topics this article is listed under. The first one leads.",
    )
    tags = ClusterTaggableManager(
        through=ArticlePageTag,
        blank=True,
        help_text="Extra keywords for search, e.g. 'night shift', 'nurses'.",
    )
    audiences = ChoiceListField(
        choices_list=AUDIENCES, help_text="Who this article is written for."
    )
    body = StreamField(
        BodyBlock(),
        help_text="The article. Use section headings; they build the table of contents.",
    )
    author = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles_written",
        help_text="Who wrote the article.",
    )
    reviewer = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles_reviewed",
        help_text="The licensed clinician who checked the article for accuracy.",
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        validators=[not_in_future],
        help_text="When the clinical reviewer last checked it. Not in the future.",
    )
    date_published = models.DateField(
        null=True,
        blank=True,
        help_text="The date shown as published. Left empty, it becomes the first publish date.",
    )
    date_updated = models.DateField(
        null=True,
        blank=True,
        help_text="Set it when you change what the article says (not for typo fixes).",
    )

    corrections = StreamField(
        [("correction", CorrectionBlock())],
        blank=True,
        help_text="Add one when a published fact was wrong or has changed (not for typo fixes). "
        "Readers see it at the top of the article and in the corrections log.",
    )

    crisis_block_override = models.TextField(
        blank=True,
        help_text="Only for an article about suicide or self-harm published without the "
        "crisis-help block: say why. The reason is kept in the page's history.",
    )

    import_source = models.CharField(
        max_length=255,
        blank=True,
        editable=False,
        db_index=True,
        help_text="The file name this article was imported from; importing it again updates it.",
    )
    # Counted from the text and tags on every save (so on every publish): a render then
    # neither strips every block to count words nor queries for tags. Empty for pages written
    # without save() (core/bulk_pages.py); articles/page_content.py counts afresh then.
    stored_counts = models.JSONField(default=dict, blank=True, editable=False)

    search_fields = Page.search_fields + [
        index.SearchField("title", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.RelatedFields("topics", [index.SearchField("name", boost=2)]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date_published"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading="Hero image"
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        SuggestedTopicsPanel(),
        FieldPanel("audiences"),
        FieldPanel("tags"),
        FieldPanel("body"),
        InlinePanel(
            "related_picks",
            label="Related reading pick",
            max_num=6,
            help_text="Articles to recommend under this one, in this order.",
        ),
    ]
    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("author"),
                # Set by the Clinical review workflow when a reviewer approves (editorial/).
                FieldPanel("reviewer", read_only=True),
                FieldPanel("last_reviewed", read_only=True),
            ],
            heading="Authorship and clinical review",
        ),
        MultiFieldPanel(
            [FieldPanel("date_published"), FieldPanel("date_updated")], heading="Dates"
        ),
        FieldPanel("corrections"),
        FieldPanel("crisis_block_override", heading="Publishing without the crisis-help block"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(review_panels, heading="Review"),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings", classname="settings"),
        ]
    )

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types: list[str] = []
    base_form_class = ArticlePageForm
    # What moves an article in lists, beside its place in the tree (core/page_cache_signals.py).
    listed_by = ("date_published", "topics")

    class Meta:
        verbose_name = "article"

    def clean(self):
        super().clean()
        errors = {}
        if self.hero_image_id and not self.hero_image_alt.strip():
            errors["hero_image_alt"] = "Describe the image for people who cannot see it."
        # TextField's max_length binds only the admin form; importers and scripts pass here.
        if len(self.summary or "") > SUMMARY_MAX:
            errors["summary"] = f"Keep the summary to {SUMMARY_MAX} characters or fewer."
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = f"'{self.slug}' is used by the article index; choose another."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.date_published is None and self.first_published_at:
            self.date_published = timezone.localdate(self.first_published_at)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "stored_counts" in update_fields:
            self.stored_counts = self.count_afresh()
        return super().save(*args, **kwargs)

    def serve_preview(self, request, mode_name):
        # A preview is the editor's unsaved form: its stored counts are the last save's.
        self.stored_counts = self.count_afresh()
        return super().serve_preview(request, mode_name)

    def load_related_objects(self, request=None):
        """Author and reviewer (with photos and renditions) and the hero image, so the page
        costs the same whatever it links to. People come from the fragment cache: the same
        author and reviewer sign many articles."""
        field_author = ArticlePage._meta.get_field("author")
        field_reviewer = ArticlePage._meta.get_field("reviewer")
        field_hero = ArticlePage._meta.get_field("hero_image")
        if not (field_author.is_cached(self) and field_reviewer.is_cached(self)):
            people = people_shown(request, (self.author_id, self.reviewer_id))
            field_author.set_cached_value(self, people.get(self.author_id))
            field_reviewer.set_cached_value(self, people.get(self.reviewer_id))
        if self.hero_image_id and not field_hero.is_cached(self):
            image = (
                get_image_model()
                .objects.prefetch_renditions()
                .filter(pk=self.hero_image_id)
                .first()
            )
            field_hero.set_cached_value(self, image)

    def related_reading_html(self, request) -> str:
        """Related reading and the programs that fit, as HTML, kept until a page it shows
        changes or the worker refiles this article's list. A preview renders its own."""
        from articles.related import related_articles

        def render():
            context = {"page": self, "articles": related_articles(self)}
            return render_to_string(
                "articles/includes/related_reading.html", context, request=request
            )

        return until_content_changes(
            request, "article-related", render, self.pk, depends=[f"related:{self.pk}"]
        )

    def get_context(self, request, *args, **kwargs):
        self.load_related_objects(request)
        context = super().get_context(request, *args, **kwargs)
        kinds = {block["type"] for block in self.body.raw_data}
        index_url = self.breadcrumbs[-2].get_url(request) if len(self.breadcrumbs) > 1 else None
        context.update(
            related_reading=self.related_reading_html(request),
            has_crisis_block="crisis_help" in kinds,
            has_inquiry_block="inquiry_cta" in kinds,
            **citation_context(self.body),
            topic_links=[
                (topic, f"{index_url}topic/{topic.slug}/" if index_url else None)
                for topic in self.topic_list
            ],
        )
        if self.hero_image:
            rendition = self.hero_image.get_rendition("fill-1200x630")
            context["social_image_url"] = request.build_absolute_uri(rendition.url)
            context["social_image_alt"] = self.hero_image_alt
        return context

    def json_ld(self, request):
        self.load_related_objects(request)
        return article_json_ld(self, request)


class ArticleRelatedPick(Orderable):
    """An editor's pick for 'Related reading', shown before any automatic suggestion."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_picks")
    article = models.ForeignKey(
        ArticlePage,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="An article to recommend. Drafts and private articles are skipped.",
    )

    panels = [PageChooserPanel("article", page_type="articles.ArticlePage")]


# Related-reading storage (issue 6) lives beside its engine; imported so Django registers it.
from articles.recommend.storage import (  # noqa: E402, F401
    ArticleCareTerm,
    ArticleVector,
    RelatedArticle,
    RelatedCorpus,
    TopicSuggestion,
)
