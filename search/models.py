"""Site search: editors' settings (crisis phrases by language, popular searches), synonym pairs, the
vocabulary used for typo correction and autocomplete, and the anonymous daily query counts."""

import logging

from django.core.exceptions import ValidationError
from django.db import DatabaseError, models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from core.text import words
from search.crisis import CrisisPhrase, parse_phrases
from search.crisis_phrases import CRISIS_PHRASES

logger = logging.getLogger(__name__)

DEFAULT_POPULAR_SEARCHES = [
    "Burnout",
    "Virtual IOP",
    "Anxiety",
    "PTSD",
    "Partial hospitalization",
    "Healthcare workers",
    "Depression",
    "Insurance",
]


def default_crisis_phrases() -> str:
    return "\n".join(CRISIS_PHRASES["en"])


def default_spanish_crisis_phrases() -> str:
    return "\n".join(CRISIS_PHRASES["es"])


def default_popular_searches() -> str:
    return "\n".join(DEFAULT_POPULAR_SEARCHES)


@register_setting(icon="search")
class SearchSettings(BaseSiteSetting):
    crisis_phrases = models.TextField(
        default=default_crisis_phrases,
        help_text=(
            "One phrase a line. When a search matches one of them (ignoring case, punctuation "
            "and small misspellings), the results page opens with crisis help before any result."
        ),
    )
    crisis_phrases_es = models.TextField(
        "Spanish crisis phrases",
        default=default_spanish_crisis_phrases,
        blank=True,
        help_text=(
            "One phrase a line, read by Spanish rules (accents, sound-alike spellings such as "
            '"kiero", pronouns such as "suicidarme"). Checked on every search, whatever the '
            "page's language."
        ),
    )
    popular_searches = models.TextField(
        default=default_popular_searches,
        blank=True,
        help_text=(
            "One search a line, offered on the search page before anything is typed "
            "(after the article topics, when there are any)."
        ),
    )

    panels = [
        FieldPanel("crisis_phrases"),
        FieldPanel("crisis_phrases_es"),
        FieldPanel("popular_searches"),
    ]

    class Meta:
        verbose_name = "search settings"

    def clean(self):
        super().clean()
        if not parse_phrases(self.crisis_phrases):
            raise ValidationError({"crisis_phrases": "Keep at least one crisis phrase."})

    @property
    def crisis_phrase_list(self) -> list[CrisisPhrase]:
        """Every language's phrases, each with its language: all are checked on every search."""
        return [CrisisPhrase(p, "en") for p in parse_phrases(self.crisis_phrases)] + [
            CrisisPhrase(p, "es") for p in parse_phrases(self.crisis_phrases_es)
        ]

    @property
    def popular_search_list(self) -> list[str]:
        return [line.strip() for line in self.popular_searches.splitlines() if line.strip()]


class Synonym(models.Model):
    """Words or phrases that mean the same to a reader: a search for any finds them all."""

    words = models.CharField(
        max_length=255,
        unique=True,
        help_text=(
            'Two or more words or phrases, separated by commas, e.g. "EMDR, eye movement '
            'desensitization". Abbreviations work both ways.'
        ),
    )

    panels = [FieldPanel("words")]

    class Meta:
        verbose_name = "search synonym"
        ordering = ["words"]

    def __str__(self):
        return self.words

    @property
    def members(self) -> list[str]:
        seen = {}
        for part in self.words.split(","):
            key = " ".join(words(part))
            if key:
                seen.setdefault(key, part.strip())
        return list(seen)

    def clean(self):
        super().clean()
        if len(self.members) < 2:
            raise ValidationError(
                {"words": "Give at least two different words or phrases, separated by commas."}
            )
        self.words = ", ".join(part.strip() for part in self.words.split(",") if part.strip())


class SearchTerm(models.Model):
    """One word of the indexed pages (or a two-word phrase from their titles), with the number
    of pages that use it. Rebuilt by `manage.py refresh_search_vocabulary`."""

    term = models.CharField(max_length=80, unique=True)
    stem = models.CharField(max_length=80, db_index=True)
    length = models.PositiveSmallIntegerField(db_index=True)
    pages = models.PositiveIntegerField(default=0)
    is_phrase = models.BooleanField(default=False)

    class Meta:
        verbose_name = "search vocabulary term"

    def __str__(self):
        return self.term


class QueryCount(models.Model):
    """How often a query was searched on a day. Nothing ties it to a person: no user, IP
    address, session or time of day is stored, and the query is cut short."""

    date = models.DateField()
    query = models.CharField(max_length=100)
    searches = models.PositiveIntegerField(default=0)
    zero_result_searches = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "search query count"
        constraints = [
            models.UniqueConstraint(fields=["date", "query"], name="search_querycount_unique")
        ]
        indexes = [models.Index(fields=["date"])]

    def __str__(self):
        return f"{self.date}: {self.query} ({self.searches})"


def search_settings(request) -> SearchSettings:
    """The request's SearchSettings, or the built-in defaults when the database cannot say:
    crisis detection must work even then."""
    from wagtail.models import Site

    from core.page_cache import until_content_changes

    try:
        site = Site.find_for_request(request)
        if site is None:
            return SearchSettings.for_request(request)
        # Kept like the page's own settings (home/context_processors.py): saving any
        # settings makes every cached part stale.
        return until_content_changes(
            request, "search-settings", lambda: SearchSettings.for_site(site), site.pk
        )
    except (DatabaseError, AttributeError, LookupError):
        logger.warning("Search settings unavailable; using the built-in crisis phrases")
        return SearchSettings()
