"""Factories for articles: topics, people, the index and article pages."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from articles.models import ArticleIndexPage, ArticlePage
from articles.snippets import Person, Topic


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    description = "Articles about this topic."

    class Meta:
        model = Topic
        django_get_or_create = ("slug",)


class PersonFactory(DjangoModelFactory):
    name = factory.Faker("name")
    credentials = "LCSW"
    job_title = "Clinical director"
    bio = "Works with adults in intensive outpatient care."

    class Meta:
        model = Person


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Articles"
    slug = "articles"

    class Meta:
        model = ArticleIndexPage


def faq_block(count, question="Question {n}?", answer="<p>Answer {n}.</p>"):
    """A body stream entry for one FAQ block with `count` items."""
    return (
        "faq",
        {
            "heading": "Frequently asked questions",
            "items": [
                {"question": question.format(n=n), "answer": answer.format(n=n), "anchor": ""}
                for n in range(1, count + 1)
            ],
        },
    )


def heading_block(text, level="h2", anchor=""):
    return ("heading", {"text": text, "level": level, "anchor": anchor})


def paragraph_block(html):
    return ("paragraph", html)


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    summary = "A short summary of the article for cards and search results."
    last_reviewed = factory.LazyFunction(lambda: datetime.date(2025, 1, 15))
    body = factory.LazyFunction(
        lambda: [heading_block("First section"), paragraph_block("<p>Some words here.</p>")]
    )

    class Meta:
        model = ArticlePage


def make_article(index, *, topics=(), publish=True, **fields):
    """An ArticlePage under `index`, published through a revision like an editor would."""
    body = fields.pop("body", None)
    page = ArticlePageFactory.build(**fields)
    if body is not None:
        page.body = body
    page.live = publish  # a page added to the tree is live unless told otherwise
    index.add_child(instance=page)
    if topics:
        page.topics.set(topics)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page
