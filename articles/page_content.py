"""What an article page shows, computed from its fields once per render: dates, topics, the
FAQ items and contents list with their ids, word count and reading time, breadcrumbs."""

import math

from django.utils import timezone
from django.utils.functional import cached_property

from core.blocks import anchor_for, plain_text
from core.body_text import body_text
from core.citations import references_in

# Who an article is written for. Shared slugs: the related-programs mapping reads them.
AUDIENCES = [
    ("public", "The public"),
    ("helping-professionals", "Helping professionals"),
    ("healthcare-workers", "Healthcare workers"),
    ("loved-ones", "Loved ones"),
]
WORDS_PER_MINUTE = 225
TOC_MIN_ENTRIES = 3  # a contents list helps only in longer articles


class ArticleShows:
    """Mixed into ArticlePage."""

    @property
    def search_excerpt(self) -> str:
        """Plain text for search results and cards."""
        return self.summary

    @property
    def published_on(self):
        if self.date_published:
            return self.date_published
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    @property
    def updated_on(self):
        """The 'updated' date readers see: the later of the editor's date and the newest
        correction, only when it is after publication."""
        published = self.published_on
        dates = [self.date_updated, *(item["date"] for _, item in self.correction_list)]
        latest = max(filter(None, dates), default=None)
        if latest and (published is None or latest > published):
            return latest
        return None

    @cached_property
    def correction_list(self) -> list[tuple[str, dict]]:
        """(block id, {date, change}) of each correction, newest first."""
        items = [(block.id, block.value) for block in self.corrections]
        return sorted(items, key=lambda pair: pair[1]["date"], reverse=True)

    @cached_property
    def references(self) -> list:
        """The sources of the references block, numbered 1, 2, … as the text cites them."""
        return references_in(self.body)

    @cached_property
    def topic_list(self) -> list:
        return list(self.topics.all())

    @cached_property
    def tag_names(self) -> list[str]:
        stored = (self.stored_counts or {}).get("tags")
        return stored if stored is not None else [tag.name for tag in self.tags.all()]

    @cached_property
    def audience_pairs(self) -> list[tuple[str, str]]:
        """(slug, label) of each known audience, in the editor's order."""
        labels = dict(AUDIENCES)
        return [(slug, labels[slug]) for slug in self.audiences or [] if slug in labels]

    @cached_property
    def faq_items(self) -> list[dict]:
        """Every question of every FAQ block with its answer as plain text (for JSON-LD)."""
        items = []
        for block in self.body:
            if block.block_type != "faq":
                continue
            for item in block.value["items"]:
                items.append(
                    {"question": item["question"], "answer_text": plain_text(item["answer"])}
                )
        return items

    @cached_property
    def toc(self) -> list[dict]:
        """Section headings (and FAQ headings) in page order, with their ids."""
        entries = []
        for block in self.body:
            value = block.value
            if block.block_type == "heading" and value["level"] == "h2":
                entries.append({"id": anchor_for(value, block.id, "h"), "text": value["text"]})
            elif block.block_type == "faq" and value["heading"]:
                entries.append({"id": f"faq-{block.id}", "text": value["heading"]})
        return entries

    @property
    def show_toc(self) -> bool:
        return len(self.toc) >= TOC_MIN_ENTRIES

    @property
    def word_count(self) -> int:
        stored = (self.stored_counts or {}).get("words")
        return stored if stored is not None else self.count_words()

    def count_words(self) -> int:
        return len(" ".join([self.title, self.summary, body_text(self.body)]).split())

    def count_afresh(self) -> dict:
        """What `stored_counts` holds: the word count and the tag names, in the editor's order."""
        return {"words": self.count_words(), "tags": [tag.name for tag in self.tags.all()]}

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))

    @cached_property
    def breadcrumbs(self) -> list:
        """Ancestors from the home page down (not the tree root), then the page itself."""
        if not self.path:
            return [self]
        return [*self.ancestors_below_root(), self]
