"""Turn a ParsedArticle into an ArticlePage draft (or update the one imported before)."""

import uuid

from django.db import transaction
from django.utils.text import slugify
from wagtail.log_actions import log

from articles.importer.inline import inline_html, strip_inline
from articles.importer.parser import ParsedArticle
from articles.importer.report import log_message
from articles.wagtail_hooks import IMPORT_ACTION
from core.blocks import slug_anchor

SUMMARY_MAX = 300
HEADING_MAX = 120
QUESTION_MAX = 255


def summary_from(parsed: ParsedArticle) -> str:
    """The first paragraph, cut at a word boundary to fit the 300-character summary."""
    for block in parsed.blocks:
        if block["type"] == "paragraph":
            text = strip_inline(block["value"])
            if len(text) <= SUMMARY_MAX:
                return text
            cut = text[: SUMMARY_MAX - 1].rsplit(" ", 1)[0].rstrip(",;:")
            return cut + "…"
    return strip_inline(parsed.title)[:SUMMARY_MAX]


def _rich(parts: list[str]) -> str:
    return "".join(parts)


def stream_data(parsed: ParsedArticle) -> list[dict]:
    """Body StreamField data: headings with readable anchors; runs of paragraphs and lists as
    one rich-text block; FAQ blocks with their questions and answers."""
    data: list[dict] = []
    pending: list[str] = []
    anchors: set[str] = set()

    def flush():
        if pending:
            data.append({"type": "paragraph", "value": _rich(pending), "id": str(uuid.uuid4())})
            pending.clear()

    for block in parsed.blocks:
        kind = block["type"]
        if kind == "paragraph":
            pending.append(f"<p>{inline_html(block['value'])}</p>")
        elif kind == "list":
            tag = "ol" if block["ordered"] else "ul"
            items = "".join(f"<li>{inline_html(item)}</li>" for item in block["items"])
            pending.append(f"<{tag}>{items}</{tag}>")
        elif kind == "heading":
            flush()
            text = strip_inline(block["value"])
            if len(text) > HEADING_MAX:
                pending.append(f"<p><b>{inline_html(block['value'])}</b></p>")
                continue
            value = {
                "text": text,
                "level": "h3" if block.get("level") == 3 else "h2",
                "anchor": slug_anchor(text, anchors),
            }
            data.append({"type": "heading", "value": value, "id": str(uuid.uuid4())})
        elif kind == "faq":
            flush()
            items = [
                {
                    "type": "item",
                    "value": {
                        "question": strip_inline(item["question"])[:QUESTION_MAX],
                        "answer": "".join(f"<p>{inline_html(p)}</p>" for p in item["answer"]),
                        "anchor": "",
                    },
                    "id": str(uuid.uuid4()),
                }
                for item in block["items"]
            ]
            data.append(
                {"type": "faq", "value": {"heading": "", "items": items}, "id": str(uuid.uuid4())}
            )
    flush()
    return data


def unique_slug(index, title: str, page=None) -> str:
    base = slugify(title)[:70].strip("-") or "article"
    siblings = index.get_children()
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    taken = set(siblings.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken or slug in {"topic", "feed", "atom"}:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def save_article(parsed: ParsedArticle, source: str, index, publish: bool):
    """Create or update the article imported from `source`. Returns (page, created)."""
    from articles.models import ArticlePage

    existing = ArticlePage.objects.filter(import_source=source).first()
    created = existing is None
    if created:
        page = ArticlePage(title=parsed.title, import_source=source, live=False)
    else:
        # Build on the newest draft so an editor's unpublished work is the base, not lost.
        page = existing.get_latest_revision_as_object()
    page.title = parsed.title[:255]
    page.summary = summary_from(parsed)
    page.body = stream_data(parsed)
    if created:
        page.slug = unique_slug(index, parsed.title)
        index.add_child(instance=page)
    revision = page.save_revision(clean=True, log_action=True)
    # The report rides on the revision's log entry, so the editor sees it in the history.
    log(
        instance=page,
        action=IMPORT_ACTION,
        revision=revision,
        data={"source": source, "report": log_message(parsed.report, source)},
    )
    if publish:
        revision.publish()
    return page, created
