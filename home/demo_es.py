"""Spanish demo content (served under /es/): the Spanish home page, inquiry page, directory
page and article index as translations of the English ones (so each is paired with it for
hreflang and the language switcher), and four original Spanish articles.

Runs after the English demo (home/management/commands/load_demo.py). Idempotent: a page that
already has its Spanish translation is left as it is.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from home import demo_content_es as content
from home.models import HomePage


def translate(page, locale, fields: dict):
    """The page's translation into `locale`, made from a copy with `fields` the first time.
    (page, created)."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    copy.save_revision().publish()
    return copy, True


def _articles(index, locale) -> list:
    from articles.demo import stream
    from articles.models import ArticlePage
    from articles.snippets import Person, Topic

    people = {person.name: person for person in Person.objects.all()}
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    today = timezone.localdate()
    pages = []
    for spec in content.ARTICLES:
        page = ArticlePage.objects.filter(slug=spec["slug"], locale=locale).first()
        if page is None:
            if spec["author"] not in people or spec["reviewer"] not in people:
                continue
            published = today - datetime.timedelta(days=spec["days_ago"])
            page = ArticlePage(
                locale=locale,
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                audiences=spec["audiences"],
                author=people[spec["author"]],
                reviewer=people[spec["reviewer"]],
                last_reviewed=published,
                date_published=published,
                body=stream(spec["body"], labels=content.LABELS),
            )
            index.add_child(instance=page)
            page.topics.set([topics[slug] for slug in spec["topics"] if slug in topics])
            page.save_revision().publish()
        pages.append(page)
    return pages


@transaction.atomic
def load(stdout=None):
    from admissions.models import InquiryPage
    from articles.models import ArticleIndexPage
    from directory.models import DirectoryPage
    from home.models import HomePageFeaturedArticle

    english = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    home = english.order_by("path").first()
    if home is None:
        return None
    spanish, _ = Locale.objects.get_or_create(language_code="es")
    spanish_home, created = translate(home, spanish, content.HOME)
    if created:
        spanish_home.featured_articles.all().delete()  # the copy's picks are English articles
    for model, fields in (
        (InquiryPage, content.INQUIRY),
        (DirectoryPage, content.DIRECTORY),
        (ArticleIndexPage, content.ARTICLE_INDEX),
    ):
        page = model.objects.child_of(home).first()
        if page is not None:
            translate(page, spanish, fields)
    index = ArticleIndexPage.objects.child_of(spanish_home).first()
    articles = _articles(index, spanish) if index is not None else []
    if articles and not spanish_home.featured_articles.exists():
        for order, article in enumerate(articles[:3]):
            HomePageFeaturedArticle.objects.create(
                page=spanish_home, article=article, sort_order=order
            )
    if stdout and created:
        stdout.write("Created the Spanish pages under /es/.")
    return spanish_home
