"""Topics and people: the snippets articles are filed under and signed by."""

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from articles.fields import ChoiceListField
from core.vocabulary import CONDITIONS


@register_snippet
class Topic(index.Indexed, models.Model):
    name = models.CharField(
        max_length=60, unique=True, help_text="The topic as readers see it, e.g. 'Burnout'."
    )
    slug = models.SlugField(
        max_length=60,
        unique=True,
        help_text="Its web address: /articles/topic/<slug>/. Change it rarely; old links break.",
    )
    description = models.CharField(
        max_length=200,
        blank=True,
        help_text="One sentence for search results and link previews of the topic page.",
    )
    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text="The introduction at the top of this topic's page.",
    )
    conditions = ChoiceListField(
        choices_list=CONDITIONS,
        help_text="Conditions this topic is about, used to suggest matching programs. "
        "Leave empty for topics that are not a condition (e.g. 'Choosing care').",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("intro"),
        FieldPanel("conditions"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:60]
        super().save(*args, **kwargs)


@register_snippet
class Person(index.Indexed, models.Model):
    name = models.CharField(max_length=100, help_text="Full name, e.g. 'Dana Whitfield'.")
    credentials = models.CharField(
        max_length=60,
        blank=True,
        help_text="Licences and degrees after the name, e.g. 'LCSW' or 'PsyD'.",
    )
    job_title = models.CharField(
        max_length=100, blank=True, help_text="Role, e.g. 'Clinical director, virtual IOP'."
    )
    bio = models.TextField(
        max_length=600, blank=True, help_text="Two or three sentences shown under articles."
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional head-and-shoulders photo.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text="The admin account of a clinical reviewer: approving a review signs as this "
        "person.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("credentials"), FieldPanel("job_title")],
            heading="Name and role",
        ),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("user", permission="wagtailusers.change_user"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name
