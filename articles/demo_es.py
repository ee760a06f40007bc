"""Spanish demo articles (articles/demo_content/es.py) under the Spanish article index, and the
Spanish home page's featured articles. Runs after home/demo_es.py has made the Spanish pages.
Idempotent: an article is matched by slug in the Spanish locale."""

import datetime

from django.db import transaction
from django.utils import timezone

from articles.demo import stream
from articles.demo_content import es as content
from articles.models import ArticleIndexPage, ArticlePage
from articles.snippets import Person, Topic
from home.models import HomePage, HomePageFeaturedArticle


def _article(index, spec, people, topics, today):
    published = today - datetime.timedelta(days=spec["days_ago"])
    page = ArticlePage(
        locale=index.locale,
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
    return page


@transaction.atomic
def load(stdout=None) -> list:
    home = HomePage.objects.filter(locale__language_code="es").order_by("path").first()
    index = ArticleIndexPage.objects.child_of(home).first() if home else None
    if index is None:
        return []
    people = {person.name: person for person in Person.objects.all()}
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    today = timezone.localdate()
    pages, created = [], 0
    for spec in content.ARTICLES:
        page = ArticlePage.objects.filter(slug=spec["slug"], locale=index.locale).first()
        if page is None:
            if spec["author"] not in people or spec["reviewer"] not in people:
                continue
            page = _article(index, spec, people, topics, today)
            created += 1
        pages.append(page)
    if pages and not home.featured_articles.exists():
        for order, article in enumerate(pages[:3]):
            HomePageFeaturedArticle.objects.create(page=home, article=article, sort_order=order)
    if stdout and created:
        stdout.write(f"Created {created} Spanish demo articles under {index.url_path}.")
    return pages
