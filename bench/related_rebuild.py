"""Related-reading speed: `rebuild_related` over 10,000 articles, with embeddings, the update
after one article is published, and the memory the worker adds.

    .venv/bin/python bench/related_rebuild.py [--articles 10000] [--reuse-embeddings]
    HAVEN_EMBEDDINGS=0 .venv/bin/python bench/related_rebuild.py   # the lexical engine alone

Seeds synthetic articles once (bench/_related_synthetic.py; rows are reused on later runs),
then prints:
- the first rebuild, which encodes every article (batched, two processes, progress lines;
  target <= 15 min); --reuse-embeddings skips it when a previous run stored them;
- a second rebuild, which reuses the stored embeddings (what a nightly rebuild costs);
- the update after a publish, the article encoded included (target <= 2 s), for a worker
  that holds the index in memory ("warm") and for a fresh one that loads it first ("cold");
- the worker's memory: resident size before and after loading the model and the index.
"""

import argparse
import os
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _related_synthetic import AUDIENCES, TOPICS, article_fields, vocabularies  # noqa: E402
from _setup import ROOT, report, setup_django  # noqa: E402

BATCH = 500
SLUG_PREFIX = "bench-related-"


def body(fields: dict) -> list:
    def block(kind, value):
        return {"type": kind, "value": value, "id": str(uuid.uuid4())}

    words = fields["body"].split()
    third = len(words) // 3
    headings = fields["headings"].split()
    return [
        block("heading", {"text": " ".join(headings[:4]), "level": "h2", "anchor": ""}),
        block("paragraph", f"<p>{' '.join(words[:third])}</p>"),
        block("heading", {"text": " ".join(headings[4:]), "level": "h2", "anchor": ""}),
        block("paragraph", f"<p>{' '.join(words[third:])}</p>"),
        block(
            "faq",
            {
                "heading": "Questions",
                "items": [
                    block("item", {"question": q.strip() + "?", "answer": "<p>Yes.</p>"})
                    for q in fields["faq"].split("?")
                    if q.strip()
                ],
            },
        ),
    ]


def seed(count: int) -> "ArticleIndexPage":  # noqa: F821
    from django.db import transaction
    from django.utils import timezone
    from taggit.models import Tag
    from wagtail.models import Page

    from articles.models import ArticleIndexPage, ArticlePage, ArticlePageTag, Topic
    from core import bulk_pages

    index = ArticleIndexPage.objects.filter(slug="bench-related").first()
    if index is None:
        root = Page.get_first_root_node()
        index = root.add_child(instance=ArticleIndexPage(title="Bench", slug="bench-related"))
    existing = ArticlePage.objects.child_of(index).count()
    if existing >= count:
        return index
    vocab = vocabularies()
    topics = {}
    for n in range(TOPICS):
        topics[f"topic-{n}"], _ = Topic.objects.get_or_create(
            slug=f"topic-{n}", defaults={"name": f"Bench topic {n}"}
        )
    now = timezone.now()
    with transaction.atomic():
        parent = Page.objects.get(pk=index.pk)
        step = bulk_pages.first_free_step(parent)
        for start in range(existing, count, BATCH):
            numbers = range(start, min(count, start + BATCH))
            fields = {i: article_fields(i, vocab) for i in numbers}
            articles = []
            for offset, i in enumerate(numbers):
                f = fields[i]
                slug = f"{SLUG_PREFIX}{i}"
                title = f["title"][:200]
                articles.append(
                    ArticlePage(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        summary=f["summary"][:300],
                        body=body(f),
                        audiences=f["audiences"],
                        **bulk_pages.tree_fields(ArticlePage, parent, step + offset, slug, now),
                    )
                )
            step += len(articles)
            bulk_pages.insert(parent, articles, BATCH)
            through = ArticlePage.topics.through
            through.objects.bulk_create(
                [
                    through(articlepage_id=a.pk, topic_id=topics[slug].pk)
                    for a, i in zip(articles, numbers, strict=True)
                    for slug in dict.fromkeys(fields[i]["topics"])
                ]
            )
            tag_names = {t for i in numbers for t in fields[i]["tags"]}
            tags = {t.name: t for t in Tag.objects.filter(name__in=tag_names)}
            for name in tag_names - tags.keys():
                tags[name] = Tag.objects.create(name=name, slug=name)
            ArticlePageTag.objects.bulk_create(
                [
                    ArticlePageTag(content_object_id=a.pk, tag=tags[t])
                    for a, i in zip(articles, numbers, strict=True)
                    for t in fields[i]["tags"]
                ]
            )
            print(f"  seeded {numbers[-1] + 1} articles", flush=True)
    return index


def publish_one(index, n: int, vocab) -> int:
    """An editor publishes a new article (through a revision, as in the admin)."""
    from articles.models import ArticlePage, Topic

    f = article_fields(1_000_000 + n, vocab)
    page = ArticlePage(
        title=f["title"][:200],
        slug=f"bench-published-{uuid.uuid4().hex[:12]}",
        summary=f["summary"][:300],
        body=body(f),
        audiences=[random.choice(AUDIENCES)],
    )
    index.add_child(instance=page)
    page.topics.set(Topic.objects.filter(slug__in=f["topics"]))
    page.save_revision().publish()
    return page.pk


def rss_mb() -> float:
    """This process's resident memory, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def timed_rebuild(label: str, target_s: float) -> None:
    from articles.recommend import sync

    started, cpu = time.perf_counter(), time.process_time()
    last = [started]

    def progress(done, total):
        now = time.perf_counter()
        if done == total or now - last[0] >= 60:
            last[0] = now
            rate = done / (now - started)
            print(f"    encoded {done}/{total} ({rate:.1f}/s)", flush=True)

    result = sync.rebuild(progress=progress)
    wall, cpu_s = time.perf_counter() - started, time.process_time() - cpu
    verdict = "met" if wall <= target_s else "MISSED"
    print(
        f"{label}: {result['articles']} articles, {result['embedded']} with embeddings, "
        f"{result['suggestions']} suggestions in {wall:.1f} s wall, {cpu_s:.1f} s CPU in this "
        f"process (target <= {target_s:g} s: {verdict}); load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--updates", type=int, default=10)
    parser.add_argument("--reuse-embeddings", action="store_true")
    args = parser.parse_args()
    # Its own database, so the article count is exactly what was asked for and no other
    # benchmark's writes hold the SQLite lock while this one is timed.
    (ROOT / "var" / "bench").mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'bench' / 'related.sqlite3'}")
    setup_django()
    from articles.models import ArticleIndexPage, ArticlePage
    from articles.recommend import sync
    from articles.recommend.storage import RelatedArticle

    print(f"seeding up to {args.articles} articles (reused when present)", flush=True)
    index = seed(args.articles)
    for leftover in ArticlePage.objects.filter(slug__startswith="bench-published-"):
        leftover.delete()  # articles "published" by an earlier run
    total = ArticlePage.objects.live().count()
    index = ArticleIndexPage.objects.get(pk=index.pk)

    from articles.recommend import embedding
    from articles.recommend.storage import ArticleVector

    print(f"embeddings: {'on' if embedding.available() else 'off (lexical only)'}; {total} live")
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    if not args.reuse_embeddings:
        ArticleVector.objects.update(embedding=None, embedding_key="")
        timed_rebuild("first rebuild, every article encoded", 15 * 60)
    timed_rebuild("rebuild with stored embeddings", 60)

    before = rss_mb()
    embedding.load()
    with_model = rss_mb()
    sync.forget_cache()
    sync._state_for(sync._corpus())
    with_index = rss_mb()
    print(
        f"worker memory: {before:.0f} MB before the model, +{with_model - before:.0f} MB for the "
        f"model, +{with_index - with_model:.0f} MB for the in-memory index of {total} articles "
        f"(its embedding matrix alone {total * 384 * 4 / 2**20:.1f} MB)",
        flush=True,
    )

    vocab = vocabularies()
    samples = {"warm": [], "cold": [], "warm CPU": [], "cold CPU": []}
    recomputed = []
    for n in range(args.updates):
        pk = publish_one(index, n, vocab)
        kind = "cold" if n % 2 else "warm"
        if kind == "cold":
            sync.forget_cache()  # a fresh worker: the index is loaded from the database
        started, cpu = time.perf_counter(), time.process_time()
        outcome = sync.update([pk])
        samples[kind].append((time.perf_counter() - started) * 1000)
        samples[f"{kind} CPU"].append((time.process_time() - cpu) * 1000)
        recomputed.append(outcome["recomputed"])
        assert RelatedArticle.objects.filter(source_id=pk).exists()
    for kind in ("warm", "cold"):
        report(f"update after publish, {kind} worker, wall", samples[kind], 2000)
        report(f"update after publish, {kind} worker, CPU", samples[f"{kind} CPU"], 2000)
    print(f"  load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  lists recomputed per publish: {min(recomputed)}..{max(recomputed)}")


if __name__ == "__main__":
    main()
