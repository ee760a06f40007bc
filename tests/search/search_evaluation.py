"""Site search quality on the independent evaluation sets (tests/evaluation/search/): shared by
tests/search/test_relevance.py and bench/search_quality.py.

Each document becomes a published article page (title, summary, body), in an English tree or
a Spanish one (locale "es"), and each query runs through the real engine in its own language,
as a search from that language's pages would. Ids of the set are never shown to the engine.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search import engine, vocabulary

SETS = Path(__file__).resolve().parents[1] / "evaluation" / "search"
DEPTH = 10  # results read per query


def load_split(name: str) -> dict:
    return json.loads((SETS / f"{name}.json").read_text(encoding="utf-8"))


def build_pages(documents: list[dict]) -> dict[int, str]:
    """Publish the documents under a home page per language; page id -> document id."""
    from articles.models import ArticleIndexPage
    from home.models import HomePage
    from tests.articles.factories import make_article, paragraph_block
    from tests.conftest import make_home_page

    home = make_home_page()
    indexes = {"en": home}
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    root = Page.get_first_root_node()
    indexes["es"] = root.add_child(
        instance=HomePage(title="Haven", slug="inicio", hero_intro="Hola.", locale=spanish)
    )
    for language, parent in list(indexes.items()):
        index = ArticleIndexPage(title="Articles", slug=f"articles-{language}")
        parent.add_child(instance=index)
        index.save_revision().publish()
        indexes[language] = index
    page_of = {}
    backend = get_search_backend()
    for number, doc in enumerate(documents):
        page = make_article(
            indexes[doc["language"]],
            slug=f"doc-{number}",
            title=doc["title"],
            summary=doc["summary"],
            body=[paragraph_block(f"<p>{doc['body']}</p>")],
        )
        backend.add(page)  # the index is otherwise updated once the transaction commits
        page_of[page.pk] = doc["id"]
    vocabulary.refresh()
    return page_of


@dataclass
class Figures:
    queries: int = 0
    first: int = 0  # a relevant page ranked first
    top3: int = 0
    reciprocal_rank: float = 0.0
    found: int = 0  # relevant pages in the first DEPTH
    relevant: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, query: str, ranked: list[str], relevant: list[str]) -> None:
        self.queries += 1
        self.relevant += len(relevant)
        self.found += len(set(ranked) & set(relevant))
        ranks = [i for i, doc in enumerate(ranked) if doc in relevant]
        if ranks:
            self.first += ranks[0] == 0
            self.top3 += ranks[0] < 3
            self.reciprocal_rank += 1 / (ranks[0] + 1)
        if not ranks or ranks[0] > 0:
            self.misses.append(f"{query} -> {ranked[:3]} (want {relevant})")

    @property
    def success_at_1(self) -> float:
        return self.first / self.queries

    @property
    def success_at_3(self) -> float:
        return self.top3 / self.queries

    @property
    def mrr(self) -> float:
        return self.reciprocal_rank / self.queries

    @property
    def recall(self) -> float:
        return self.found / self.relevant


def ranked_documents(query: str, language: str, page_of: dict[int, str], rules: str) -> list[str]:
    plan = engine.plan(query, rules)
    plan.language = language  # the pages searched are the query's language's
    results, _ = engine.search(query, plan)
    return [page_of.get(page.pk, "?") for page in results[:DEPTH]]


def score(split: dict, page_of: dict[int, str], language: str, rules: str | None = None) -> Figures:
    """Figures for one language's queries. `rules` reads the query by another language's
    rules (the English-only engine, for comparison)."""
    figures = Figures()
    for case in split["queries"]:
        if case["language"] == language:
            ranked = ranked_documents(case["q"], language, page_of, rules or language)
            figures.add(case["q"], ranked, case["relevant"])
    return figures
