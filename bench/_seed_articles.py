"""Many plausible articles under the site's article index, fast, for bench/load.py.

Bulk inserts (no revisions, no signals), seeded so every run makes the same articles. The
text is assembled from original sentences about the site's subjects, so search, related
reading and rendering see pages shaped like real ones: headings, paragraphs, a key-takeaways
list and an FAQ, topics, tags, audiences, author and reviewer. Then the new pages go into the
site-search index (in batches) so search runs over them too.
"""

import random
import uuid
from datetime import timedelta

BATCH = 500

SUBJECTS = [
    # (topic slug, topic name, phrase used in sentences)
    ("burnout", "Burnout", "burnout"),
    ("anxiety", "Anxiety", "anxiety"),
    ("depression", "Depression", "depression"),
    ("trauma", "Trauma and PTSD", "trauma"),
    ("virtual-iop", "Virtual IOP", "virtual IOP"),
    ("sleep", "Sleep and shift work", "shift-work sleep loss"),
    ("substance-use", "Substance use", "drinking to cope"),
    ("grief", "Grief and loss", "grief"),
    ("families", "Families and loved ones", "a loved one's struggle"),
    ("moral-injury", "Moral injury", "moral injury"),
]
READERS = [
    ("nurses", "healthcare-workers"),
    ("ICU nurses", "healthcare-workers"),
    ("physicians", "healthcare-workers"),
    ("paramedics", "helping-professionals"),
    ("therapists", "helping-professionals"),
    ("social workers", "helping-professionals"),
    ("teachers", "public"),
    ("parents", "loved-ones"),
    ("partners", "loved-ones"),
    ("anyone", "public"),
]
TITLES = [
    "What {readers} should know about {subject}",
    "When {subject} stops being a phase: a guide for {readers}",
    "Five questions {readers} ask about {subject}",
    "How intensive outpatient care helps {readers} with {subject}",
    "Talking about {subject} at work, for {readers}",
    "The first week of treatment for {subject}, explained for {readers}",
    "Signs of {subject} that {readers} tend to miss",
    "Getting through the night shift with {subject}",
]
SENTENCES = [
    "Many {readers} notice {subject} first as a change in sleep, appetite or patience.",
    "It is common to keep working for months while {subject} quietly grows.",
    "An intensive outpatient program meets several times a week and fits around a job.",
    "Virtual sessions mean no commute, which matters after a twelve-hour shift.",
    "Group therapy puts you in a room with people who understand the work you do.",
    "A coordinator can check your insurance before you commit to anything.",
    "Most people start with an assessment that takes about an hour.",
    "You do not have to be in crisis to deserve care.",
    "Small routines, such as a fixed wake time, give the week some shape.",
    "Telling one trusted colleague can take a surprising amount of weight off.",
    "Treatment plans are reviewed often and change as you do.",
    "Family sessions help the people at home know how to support you.",
    "Skills practised in group, like grounding, are meant to be used between sessions.",
    "If {subject} affects your safety, call or text 988 at any hour.",
    "Progress is rarely a straight line, and setbacks are part of the work.",
    "Licensing boards generally treat seeking care as a responsible step.",
    "Partial hospitalization offers more hours of support while you sleep at home.",
    "Peers who have been through {subject} often say the hardest part was the first call.",
    "Medication, when it helps, is managed by a prescriber who talks with your therapist.",
    "Stepping down to weekly therapy is planned together, not announced.",
]
HEADINGS = [
    "What {subject} can look like",
    "Why {readers} are at particular risk",
    "What treatment involves",
    "Fitting care around your schedule",
    "How to take the first step",
    "What recovery looks like over time",
]
QUESTIONS = [
    (
        "Can I keep working during treatment for {subject}?",
        "Many people do. Evening and virtual groups are built for working schedules.",
    ),
    (
        "Will my employer find out?",
        "Not from us. Your records are confidential and shared only with your consent.",
    ),
    (
        "How long does an intensive outpatient program last?",
        "Usually six to ten weeks, reviewed with you as you go.",
    ),
    (
        "Is virtual IOP as effective as in-person care?",
        "For many people it is, especially when travel would keep them from attending.",
    ),
    (
        "What does the first call involve?",
        "A short conversation about what is going on and what kind of help would fit.",
    ),
]
TAGS = [
    "night shift",
    "nurses",
    "first responders",
    "sleep",
    "work stress",
    "self-care",
    "insurance",
    "virtual care",
    "groups",
    "family",
]


def _text(rng, templates, count, **words):
    return " ".join(t.format(**words) for t in rng.sample(templates, count))


def _block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def article_fields(i: int, seed: int) -> dict:
    rng = random.Random(seed * 1_000_003 + i)
    slug, _, subject = SUBJECTS[i % len(SUBJECTS)]
    readers, audience = READERS[(i // len(SUBJECTS)) % len(READERS)]
    words = {"subject": subject, "readers": readers}
    title = rng.choice(TITLES).format(**words)
    title = title[0].upper() + title[1:]
    body = []
    for heading in rng.sample(HEADINGS, 4):
        body.append(
            _block("heading", {"text": heading.format(**words)[:120], "level": "h2", "anchor": ""})
        )
        for _ in range(rng.randint(1, 2)):
            body.append(_block("paragraph", f"<p>{_text(rng, SENTENCES, 5, **words)}</p>"))
    body.insert(
        0,
        _block(
            "key_takeaways",
            {
                "heading": "Key takeaways",
                "items": [_block("item", s.format(**words)) for s in rng.sample(SENTENCES, 3)],
            },
        ),
    )
    body.append(
        _block(
            "faq",
            {
                "heading": "Frequently asked questions",
                "items": [
                    _block(
                        "item",
                        {"question": q.format(**words), "answer": f"<p>{a}</p>", "anchor": ""},
                    )
                    for q, a in rng.sample(QUESTIONS, 3)
                ],
            },
        )
    )
    return {
        "title": title[:255],
        "slug": f"{title.lower().replace(' ', '-')[:60].strip('-')}-{i}",
        "summary": _text(rng, SENTENCES, 2, **words)[:300],
        "body": body,
        "topic": slug,
        "second_topic": SUBJECTS[rng.randrange(len(SUBJECTS))][0] if i % 3 == 0 else None,
        "audiences": [audience],
        "tags": rng.sample(TAGS, 2),
        "days_ago": rng.randint(1, 900),
    }


def _article_index(home):
    from articles.models import ArticleIndexPage

    index = ArticleIndexPage.objects.descendant_of(home).first()
    if index is None:
        index = home.add_child(instance=ArticleIndexPage(title="Articles", slug="articles"))
        index.save_revision().publish()
    return index


def seed(count: int, seed: int = 7) -> int:
    """Add `count` articles under the site's article index; returns how many were made."""
    import re

    from django.db import transaction
    from django.utils import timezone
    from taggit.models import Tag
    from wagtail.models import Page, Site

    from articles.models import ArticlePage, ArticlePageTag, Person, Topic
    from core import bulk_pages

    if count <= 0:
        return 0
    home = Site.objects.get(is_default_site=True).root_page
    index = _article_index(home)
    topics = {}
    for slug, name, _ in SUBJECTS:
        topics[slug] = Topic.objects.filter(slug=slug).first() or Topic.objects.create(
            slug=slug, name=name
        )
    people = list(Person.objects.order_by("pk").values_list("pk", flat=True)[:6])
    now = timezone.now()
    start = ArticlePage.objects.child_of(index).count()  # numbers, and so slugs, never repeat
    made = []
    with transaction.atomic():
        parent = Page.objects.get(pk=index.pk)
        step = bulk_pages.first_free_step(parent)
        for first in range(start, start + count, BATCH):
            numbers = range(first, min(start + count, first + BATCH))
            fields = {i: article_fields(i, seed) for i in numbers}
            articles = []
            for offset, i in enumerate(numbers):
                f = fields[i]
                slug = re.sub(r"[^a-z0-9-]", "", f["slug"])
                published = now - timedelta(days=f["days_ago"])
                articles.append(
                    ArticlePage(
                        title=f["title"],
                        draft_title=f["title"],
                        slug=slug,
                        summary=f["summary"],
                        body=f["body"],
                        audiences=f["audiences"],
                        author_id=people[i % len(people)] if people else None,
                        reviewer_id=people[(i + 1) % len(people)] if len(people) > 1 else None,
                        last_reviewed=(published + timedelta(days=30)).date()
                        if f["days_ago"] > 30
                        else None,
                        date_published=published.date(),
                        **bulk_pages.tree_fields(
                            ArticlePage, parent, step + offset, slug, published
                        ),
                    )
                )
            step += len(articles)
            bulk_pages.insert(parent, articles, BATCH)
            through = ArticlePage.topics.through
            through.objects.bulk_create(
                [
                    through(articlepage_id=a.pk, topic_id=topics[slug].pk)
                    for a, i in zip(articles, numbers, strict=True)
                    for slug in dict.fromkeys(
                        s for s in (fields[i]["topic"], fields[i]["second_topic"]) if s
                    )
                ]
            )
            tag_names = {t for i in numbers for t in fields[i]["tags"]}
            tags = {t.name: t for t in Tag.objects.filter(name__in=tag_names)}
            for name in tag_names - tags.keys():
                tags[name] = Tag.objects.create(name=name, slug=name.replace(" ", "-"))
            ArticlePageTag.objects.bulk_create(
                [
                    ArticlePageTag(content_object_id=a.pk, tag=tags[t])
                    for a, i in zip(articles, numbers, strict=True)
                    for t in fields[i]["tags"]
                ]
            )
            made += [a.pk for a in articles]
            print(f"  seeded {len(made)} of {count} articles", flush=True)
    return len(made)


def index_for_search(model, batch: int = BATCH) -> int:
    """Add live pages of `model` that the site-search index lacks; returns how many."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import TextField
    from django.db.models.functions import Cast
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    content_type = ContentType.objects.get_for_model(model)
    indexed = IndexEntry.objects.filter(content_type=content_type).values("object_id")
    missing = list(
        model.objects.live()
        .annotate(text_pk=Cast("pk", TextField()))
        .exclude(text_pk__in=indexed)
        .values_list("pk", flat=True)
    )
    backend = get_search_backend()
    for first in range(0, len(missing), batch):
        chunk = model.objects.filter(pk__in=missing[first : first + batch])
        chunk = chunk.prefetch_related(*_related_names(model))
        backend.add_bulk(model, list(chunk))
    return len(missing)


def _related_names(model) -> list[str]:
    from wagtail.search import index

    return [f.field_name for f in model.get_search_fields() if isinstance(f, index.RelatedFields)]
