"""A fast path for Wagtail's SQLite (FTS5) search backend.

Wagtail's SQLite backend ranks results with a correlated subquery that runs the full-text
match again for every matching row: fine for a few hundred pages, minutes for 20,000. Here
the same index tables (wagtailsearch_indexentry and its FTS5 shadow) are queried directly,
once: FTS5 matches and ranks (bm25, title weighted over body), the page filter (live,
public, this site) is applied as one subquery, and only the ids of the wanted slice come
back. Every other engine goes through Wagtail's normal `.search()`.

Query text is built only from the plan's words, which are ASCII letters and digits, each
quoted, so nothing a visitor types reaches FTS5's own syntax (quotes, NEAR, *, -, columns).
"""

from django.db import connection
from modelsearch.conf import get_app_config
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.visibility import public_q, public_sql
from search.scope import scoped

# bm25 weights per FTS column, in the table's column order: autocomplete, body, title.
SEARCH_WEIGHTS = (0.0, 1.0, 4.0)
HEAD = 40
# Up to this many matches the count is exact (each is checked against its page).
EXACT_COUNT_LIMIT = 400


def available() -> bool:
    backend = get_search_backend()
    return connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend"


def _quote(words: tuple[str, ...]) -> str:
    return '"' + " ".join(w for w in words if w.isascii() and w.isalnum()) + '"'


def match_expression(slots, operator: str = "AND", columns: str = "title body") -> str:
    groups = []
    for slot in slots:
        # FTS5 folds accents itself: a spelling with them ("recaídas") adds nothing here.
        alternatives = [_quote(a) for a in slot if all(w.isascii() and w.isalnum() for w in a)]
        if alternatives:
            groups.append("(" + " OR ".join(alternatives) + ")")
    if not groups:
        return ""
    return "{" + columns + "} : (" + f" {operator} ".join(groups) + ")"


def _tables():
    config = get_app_config()
    entry = config.get_model("IndexEntry")._meta.db_table
    fts = config.get_model("SQLiteFTSIndexEntry")._meta.db_table
    return entry, fts


def content_type_ids() -> list[int]:
    from modelsearch.utils import get_descendants_content_types_pks

    return [int(pk) for pk in get_descendants_content_types_pks(Page)]


class FTSResults:
    """Ranked live pages for one FTS5 match: sliceable (specific pages, best first) and
    countable, the two things RankedResults and Paginator ask of search results. The site and
    language narrow the pages as search/scope.py says.

    FTS5 ranks on its own (bm25, keeping only the best N rows), then the few rows wanted are
    checked against the pages (live, public, this site) in one ordinary query. Joining every
    match to its page inside the ranking query costs a lookup per match: seconds when a
    common word matches most of 20,000 pages."""

    def __init__(self, match: str, site=None, weights=SEARCH_WEIGHTS, language=None):
        self.match = match
        self.site = site
        self.language = language
        self.weights = weights
        self._ids: list[int] = []
        self._titles: dict[int, str] = {}
        self._rows_seen = 0
        self._exhausted = False
        self._count = None

    def _ranked_rowids(self, limit: int) -> list[int]:
        _, fts = _tables()
        weights = ", ".join(str(float(w)) for w in self.weights)
        sql = (
            f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s"  # noqa: S608
            f" ORDER BY bm25({fts}, {weights}), rowid LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.match, limit])
            return [row[0] for row in cursor.fetchall()]

    def _allowed(self, rowids: list[int]) -> list[tuple[int, str]]:
        """(page id, title) for the rows that are live, public pages of this site, in order."""
        entries = (
            get_app_config()
            .get_model("IndexEntry")
            .objects.filter(id__in=rowids, content_type_id__in=content_type_ids())
            .values_list("id", "object_id")
        )
        page_of = {rowid: int(obj) for rowid, obj in entries if obj.isdigit()}
        pages = Page.objects.filter(public_q(), depth__gt=1, pk__in=page_of.values())
        pages = scoped(pages, self.site, self.language)
        titles = dict(pages.values_list("pk", "title"))
        ordered = {}
        for rowid in rowids:
            page_id = page_of.get(rowid)
            if page_id in titles and page_id not in ordered:
                ordered[page_id] = titles[page_id]
        return list(ordered.items())

    def ids(self, stop: int) -> list[int]:
        """The first `stop` page ids, best first."""
        wanted = max(stop, 40)
        while len(self._ids) < stop and not self._exhausted:
            rowids = self._ranked_rowids(wanted)
            self._exhausted = len(rowids) < wanted
            allowed = self._allowed(rowids)
            self._ids = [pk for pk, _ in allowed]
            self._titles = dict(allowed)
            wanted *= 4  # some rows were drafts, snippets or other sites: look further
        return self._ids[:stop]

    def count(self) -> int:
        """Exact for up to EXACT_COUNT_LIMIT matches; past that, the number of matching index
        rows (pages of other types or not live are counted too: "about" that many)."""
        if self._count is None:
            self.ids(HEAD)
            if self._exhausted:
                self._count = len(self._ids)
            else:
                _, fts = _tables()
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT COUNT(*) FROM {fts} WHERE {fts} MATCH %s",  # noqa: S608
                        [self.match],
                    )
                    total = cursor.fetchone()[0]
                if total <= EXACT_COUNT_LIMIT:
                    self.ids(total)
                    self._count = len(self._ids)
                else:
                    self._count = max(total, len(self._ids))
                    self.approximate = True
        return self._count

    approximate = False

    def titles(self, stop: int) -> list[tuple[int, str]]:
        """(id, title) of the first `stop` results: enough to re-rank without loading pages."""
        return [(pk, self._titles[pk]) for pk in self.ids(stop)]

    def __getitem__(self, key):
        if isinstance(key, int):
            return self[key : key + 1][0]
        start, stop = key.start or 0, key.stop
        if stop is None:
            stop = self.count()
        return specific_pages(self.ids(stop)[start:stop])


def specific_pages(ids: list[int]) -> list:
    if not ids:
        return []
    by_id = {p.pk: p for p in Page.objects.filter(pk__in=ids).specific()}
    return [by_id[i] for i in ids if i in by_id]


def _page_filter(site_path: str) -> tuple[str, list]:
    """SQL on the page alias `p`: public (core/visibility.py), not the root, in the site."""
    public, params = public_sql("p")
    clauses = [public, "p.depth > %s"]
    params.append(1)
    if site_path:
        clauses.append("p.path LIKE %s")
        params.append(site_path + "%")
    return " AND ".join(clauses), params


def autocomplete(words: list[str], site, limit: int) -> list:
    """Pages whose title starts with the typed words (the last one may be unfinished), then
    pages whose title has them anywhere. No ranking pass: FTS5 stops at `limit` rows, so this
    stays fast when two letters match most of the site."""
    words = [w for w in words if w.isascii() and w.isalnum()]
    if not words:
        return []
    phrase = '"' + " ".join(words) + '"*'
    entry, fts = _tables()
    content_types = content_type_ids()
    marks = ", ".join(["%s"] * len(content_types))
    where, params = _page_filter(site.root_page.path if site is not None else "")
    sql = (
        f"SELECT p.id FROM {fts} JOIN {entry} AS e ON e.id = {fts}.rowid"  # noqa: S608
        f" JOIN {Page._meta.db_table} AS p ON p.id = CAST(e.object_id AS INTEGER)"
        f" WHERE {fts} MATCH %s AND e.content_type_id IN ({marks}) AND {where} LIMIT %s"
    )
    ids: list[int] = []
    with connection.cursor() as cursor:
        for match in ("{title} : ^" + phrase, "{title} : " + phrase):
            cursor.execute(sql, [match, *content_types, *params, limit])
            ids += [row[0] for row in cursor.fetchall() if row[0] not in ids]
            if len(ids) >= limit:
                break
    by_id = Page.objects.in_bulk(ids[:limit])  # titles and URLs need no specific page
    return [by_id[i] for i in ids[:limit] if i in by_id]
