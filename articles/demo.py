"""Demo articles: topics, people, an article index and original articles (demo_content.py).

Idempotent: rows are matched by slug or name, existing articles are left as they are, and the
home page's featured articles are set only when it has none.
"""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone

from articles.demo_content import ARTICLES, PEOPLE, TOPICS
from articles.models import ArticleIndexPage, ArticlePage
from articles.snippets import Person, Topic
from core.blocks import slug_anchor
from home.models import HomePage, HomePageFeaturedArticle


def _id():
    return str(uuid.uuid4())


def _p(text):
    return f"<p>{text}</p>"


LABELS = {
    "faq": "Frequently asked questions",
    "takeaways": "Key takeaways",
    "sources": "Sources",
    "button": "Send a confidential inquiry",
}


def stream(entries, labels=LABELS) -> list[dict]:
    """The compact tuples of demo_content.py as StreamField data; `labels` are the headings the
    blocks carry (home/demo_content_es.py has them in Spanish)."""
    data, anchors = [], set()
    for entry in entries:
        kind = entry[0]
        if kind in ("h", "h3"):
            value = {
                "text": entry[1],
                "level": "h3" if kind == "h3" else "h2",
                "anchor": slug_anchor(entry[1], anchors),
            }
            data.append({"type": "heading", "value": value})
        elif kind == "p":
            data.append({"type": "paragraph", "value": _p(entry[1])})
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{item}</li>" for item in entry[1])
            data.append({"type": "paragraph", "value": f"<{kind}>{items}</{kind}>"})
        elif kind in ("tip", "warn"):
            value = {
                "kind": "tip" if kind == "tip" else "warning",
                "title": entry[1],
                "text": _p(entry[2]),
            }
            data.append({"type": "callout", "value": value})
        elif kind == "quote":
            data.append({"type": "quote", "value": {"quote": entry[1], "attribution": entry[2]}})
        elif kind == "faq":
            items = [
                {
                    "type": "item",
                    "value": {"question": q, "answer": _p(a), "anchor": ""},
                    "id": _id(),
                }
                for q, a in entry[1]
            ]
            value = {"heading": labels["faq"], "items": items}
            data.append({"type": "faq", "value": value})
        elif kind == "takeaways":
            items = [{"type": "item", "value": point, "id": _id()} for point in entry[1]]
            data.append(
                {"type": "key_takeaways", "value": {"heading": labels["takeaways"], "items": items}}
            )
        elif kind == "crisis":
            data.append({"type": "crisis_help", "value": None})
        elif kind == "cta":
            value = {
                "heading": entry[1],
                "text": entry[2],
                "button_label": labels["button"],
                "program": None,
            }
            data.append({"type": "inquiry_cta", "value": value})
        elif kind == "refs":
            items = [
                {
                    "type": "item",
                    "value": {"title": title, "publisher": publisher, "url": url, "accessed": None},
                    "id": _id(),
                }
                for title, publisher, url in entry[1]
            ]
            data.append(
                {"type": "references", "value": {"heading": labels["sources"], "items": items}}
            )
    for block in data:
        block["id"] = _id()
    return data


def _index(home) -> ArticleIndexPage:
    index = ArticleIndexPage.objects.child_of(home).first() or ArticleIndexPage.objects.first()
    if index is None:
        index = home.add_child(
            instance=ArticleIndexPage(
                title="Articles",
                slug="articles",
                show_in_menus=True,
                intro="<p>Plain-spoken articles about burnout, anxiety, depression and "
                "choosing care, each checked by a licensed clinician.</p>",
                search_description="Articles about burnout, anxiety, depression, trauma and "
                "choosing the right level of care, reviewed by clinicians.",
            )
        )
        index.save_revision().publish()
    return index


@transaction.atomic
def load(stdout=None):
    home = HomePage.objects.first()
    if home is None:
        return
    topics = {}
    for slug, name, description, intro, conditions in TOPICS:
        topics[slug], _ = Topic.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "description": description,
                "intro": _p(intro),
                "conditions": conditions,
            },
        )
    people = {}
    for name, credentials, job_title, bio in PEOPLE:
        people[name], _ = Person.objects.get_or_create(
            name=name, defaults={"credentials": credentials, "job_title": job_title, "bio": bio}
        )
    index = _index(home)
    today = timezone.localdate()
    created = 0
    pages = []
    for spec in ARTICLES:
        page = ArticlePage.objects.filter(slug=spec["slug"]).first()
        if page is None:
            published = today - datetime.timedelta(days=spec["days_ago"])
            page = ArticlePage(
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                audiences=spec["audiences"],
                author=people[spec["author"]],
                reviewer=people[spec["reviewer"]],
                last_reviewed=published,
                date_published=published,
                body=stream(spec["body"]),
                corrections=[
                    ("correction", {"date": today - datetime.timedelta(days=ago), "change": text})
                    for ago, text in spec.get("corrections", [])
                ],
            )
            index.add_child(instance=page)
            page.topics.set([topics[slug] for slug in spec["topics"]])
            page.save_revision().publish()
            created += 1
        pages.append(page)
    if not home.featured_articles.exists():
        for order, page in enumerate(pages[:3]):
            HomePageFeaturedArticle.objects.create(page=home, article=page, sort_order=order)
    if stdout and created:
        stdout.write(f"Created {created} demo articles under {index.url_path}.")
