"""The default engine: ORM filters on ProgramTerm rows, a bounding-box prefilter on indexed
coordinates, exact haversine distance in SQL, and facet counts from one grouped query.

A search costs two queries whatever the page size. On SQLite: the page of programs with the
total (a window count), then the facet counts. On PostgreSQL, where planning each query costs
milliseconds: one statement that finds the matching programs once and returns the page's ids,
the total and the facet counts, then the page's programs by id."""

import datetime
from collections.abc import Sequence

from django.db import connection
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    FloatField,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.db.models.functions import ASin, Cos, Power, Radians, Sin, Sqrt
from django.utils import timezone

from core.visibility import public_q
from directory import freshness
from directory.engines.base import (
    ALL_OF_FACETS,
    START_SOON_DAYS,
    ProgramHit,
    ProgramQuery,
    SearchResult,
    clamp_page,
)
from directory.geo import EARTH_RADIUS_MILES, bounding_box
from directory.models import ProgramPage, ProgramTerm

TEXT_FIELDS = ("title", "organisation", "summary", "city", "description")
MAX_WORDS = 8


def _with_term(facet: str, slugs, *, per_row: bool = False) -> Q:
    """Programs with any of these slugs. per_row: probe the index once per candidate (cheap
    when a ZIP search has already narrowed the candidates) instead of listing every match."""
    terms = ProgramTerm.objects.filter(facet=facet, slug__in=list(slugs))
    if per_row:
        return Q(Exists(terms.filter(program_id=OuterRef("pk"))))
    return Q(pk__in=terms.values("program_id"))


def haversine_expression(lat: float, lon: float):
    """Great-circle miles from (lat, lon) to each row's coordinates, as a SQL expression."""
    return Haversine(F("latitude"), F("longitude"), Value(lat), Value(lon))


class Haversine(Func):
    """Portable trigonometry in SQL; on SQLite one registered function (directory.signals),
    since Django's per-operation Python math functions would cost ten calls a row."""

    output_field = FloatField()
    arity = 4

    def as_sql(self, compiler, connection, **extra):
        lat, lon, lat0, lon0 = self.get_source_expressions()
        dlat = Radians(lat - lat0) / 2
        dlon = Radians(lon - lon0) / 2
        a = Power(Sin(dlat), 2) + Cos(Radians(lat0)) * Cos(Radians(lat)) * Power(Sin(dlon), 2)
        expression = Value(2 * EARTH_RADIUS_MILES) * ASin(Sqrt(a))
        return compiler.compile(expression.resolve_expression(compiler.query))

    def as_postgresql(self, compiler, connection, **extra):
        # The formula written out once: built from Django's math functions it makes some twenty
        # expression objects each time a query is compiled, and a page compiles several.
        lat, lon, lat0, lon0 = (compiler.compile(e) for e in self.get_source_expressions())
        pieces = [
            "(%s * ASIN(SQRT(POWER(SIN(RADIANS(", lat, " - ", lat0, ") / 2), 2) + COS(RADIANS(",
            lat0, ")) * COS(RADIANS(", lat, ")) * POWER(SIN(RADIANS(", lon, " - ", lon0,
            ") / 2), 2))))",
        ]  # fmt: skip
        sql, params = [], [2 * EARTH_RADIUS_MILES]
        for piece in pieces:
            if isinstance(piece, str):
                sql.append(piece)
            else:
                sql.append(piece[0])
                params.extend(piece[1])
        return "".join(sql), params

    def as_sqlite(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, function="HAVEN_HAVERSINE_MILES", **extra)


class DatabaseEngine:
    name = "database"

    def filtered(self, query: ProgramQuery) -> QuerySet:
        qs = ProgramPage.objects.all()
        if query.has_origin:
            # First, so SQLite drives the search from this short list of ids.
            qs = self._near_or_online(qs, query)
        # Out-of-date listings leave the public results (their pages stay).
        qs = qs.filter(public_q(), freshness.listed_q())
        for word in query.text.split()[:MAX_WORDS]:
            word_q = Q()
            for field_name in TEXT_FIELDS:
                word_q |= Q(**{f"{field_name}__icontains": word})
            qs = qs.filter(word_q)
        for facet, slugs in query.filters.items():
            if not slugs:
                continue
            per_row = query.has_origin
            if facet in ALL_OF_FACETS:
                for slug in slugs:
                    qs = qs.filter(_with_term(facet, [slug], per_row=per_row))
            else:
                qs = qs.filter(_with_term(facet, slugs, per_row=per_row))
        if query.accepting:
            qs = qs.filter(accepting_new_clients=True)
        if query.start_soon:
            limit = timezone.localdate() + datetime.timedelta(days=START_SOON_DAYS)
            qs = qs.filter(
                Q(next_intake_date__isnull=True) | Q(next_intake_date__lte=limit),
                Q(waitlist_weeks__isnull=True) | Q(waitlist_weeks__lte=START_SOON_DAYS // 7),
                accepting_new_clients=True,
            )
        return qs

    def _near_or_online(self, qs: QuerySet, query: ProgramQuery) -> QuerySet:
        min_lat, max_lat, min_lon, max_lon = bounding_box(
            query.latitude, query.longitude, query.radius
        )
        located = ~Q(format="virtual") & Q(latitude__isnull=False, longitude__isnull=False)
        box = Q(latitude__range=(min_lat, max_lat), longitude__range=(min_lon, max_lon))
        # The box is read from the (latitude, longitude) index, the online programs from the
        # term index; their union is the candidate list the rest of the search narrows.
        candidates = ProgramPage.objects.filter(box).order_by().values("pk")
        online = Q(format__in=["virtual", "hybrid"])
        if query.zip_state:
            serves = ProgramTerm.objects.filter(facet="serves", slug=query.zip_state)
            candidates = candidates.union(serves.order_by().values("program_id"), all=True)
            online &= Q(pk__in=serves.values("program_id"))
        else:
            online = Q(pk__in=[])
        # Distance for every located row the filter keeps, so online hybrids further away
        # still sort by distance after the nearby ones (as the Elasticsearch engine does).
        qs = qs.filter(pk__in=candidates).annotate(
            distance=Case(
                When(located, then=haversine_expression(query.latitude, query.longitude)),
                default=None,
                output_field=FloatField(),
            )
        )
        return qs.filter(Q(located, box, distance__lte=query.radius) | online)

    def _ordered(self, qs: QuerySet, query: ProgramQuery) -> QuerySet:
        # At equal distance, a listing not verified recently comes after verified ones.
        if query.sort == "distance" and query.has_origin:
            qs = qs.annotate(stale=freshness.stale_rank())
            return qs.order_by(F("distance").asc(nulls_last=True), "stale", "title", "pk")
        if query.sort == "verified":
            qs = qs.annotate(stale=freshness.stale_rank())
            return qs.order_by("stale", F("last_verified").desc(nulls_last=True), "title", "pk")
        return qs.order_by("title", "pk")

    def counts(self, queries: Sequence[ProgramQuery]) -> list[int]:
        # One statement, a count subquery per query: one round trip and one planning pass in
        # place of one per query (each costs milliseconds on PostgreSQL).
        if not queries:
            return []
        selects, params = [], []
        for query in queries:
            sql, query_params = self.filtered(query).order_by().values("pk").query.sql_with_params()
            # The ORM's own SQL; every value is a parameter.
            selects.append(f"(SELECT COUNT(*) FROM ({sql}) AS found)")  # noqa: S608
            params.extend(query_params)
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(selects), params)
            return [int(n) for n in cursor.fetchone()]

    def _page(self, qs: QuerySet, query: ProgramQuery, page: int) -> list[ProgramPage]:
        start = (page - 1) * query.page_size
        counted = qs.annotate(full_count=Window(Count("pk")))
        return list(self._ordered(counted, query)[start : start + query.page_size])

    def search(self, query: ProgramQuery, *, facets: bool = True) -> SearchResult:
        qs = self.filtered(query)
        if facets and connection.vendor == "postgresql":
            return self._search_with_facets(qs, query)
        # The page and the total in one query (a window count), the facets in another; a
        # page past the end finds no rows, so only then count and fetch the last page.
        # SQLite plans in microseconds and runs these two faster than the one statement.
        rows = self._page(qs, query, query.page)
        total = rows[0].full_count if rows else (qs.count() if query.page > 1 else 0)
        page, num_pages = clamp_page(query.page, total, query.page_size)
        if page != query.page and total:
            rows = self._page(qs, query, page)
        hits = [self._hit(program, query) for program in rows]
        return SearchResult(
            hits=hits,
            total=total,
            page=page,
            num_pages=num_pages,
            facets=self.facet_counts(qs) if facets else {},
        )

    def _search_with_facets(self, qs: QuerySet, query: ProgramQuery) -> SearchResult:
        """The page's ids, the total and the facet counts from ONE statement, the matching
        programs computed once in a CTE; then the page's programs by id. Two separate queries
        would each plan and run the whole filter (on PostgreSQL planning alone is ~3 ms)."""
        matched_sql, matched_params = self._matched(qs, query).query.sql_with_params()
        ids, distances, total, counts = self._run_statement(
            matched_sql, matched_params, query, query.page
        )
        page, num_pages = clamp_page(query.page, total, query.page_size)
        if page != query.page and total:
            ids, distances, total, counts = self._run_statement(
                matched_sql, matched_params, query, page
            )
        programs = ProgramPage.objects.in_bulk(ids) if ids else {}
        hits = []
        for program_id in ids:
            program = programs.get(program_id)
            if program is None:  # deleted between the two queries
                continue
            program.distance = distances[program_id]
            hits.append(self._hit(program, query))
        return SearchResult(hits=hits, total=total, page=page, num_pages=num_pages, facets=counts)

    @staticmethod
    def _matched(qs: QuerySet, query: ProgramQuery) -> QuerySet:
        """What ordering and paging need of each matching program, under fixed names."""
        distance = F("distance") if query.has_origin else Value(None, FloatField())
        return qs.order_by().values(
            m_id=F("pk"),
            m_distance=distance,
            m_stale=freshness.stale_rank(),
            m_title=F("title"),
            m_verified=F("last_verified"),
        )

    @staticmethod
    def _order_sql(query: ProgramQuery) -> str:
        if query.sort == "distance" and query.has_origin:
            return "m_distance ASC NULLS LAST, m_stale, m_title, m_id"
        if query.sort == "verified":
            return "m_stale, m_verified DESC NULLS LAST, m_title, m_id"
        return "m_title, m_id"

    def _run_statement(self, matched_sql: str, matched_params, query: ProgramQuery, page: int):
        terms = connection.ops.quote_name(ProgramTerm._meta.db_table)
        order = self._order_sql(query)
        # Only SQL is pasted in: Django's compiled query (its values stay parameters), one of
        # three fixed ORDER BY clauses and a quoted table name.
        sql = (
            f"WITH matched AS MATERIALIZED ({matched_sql}) "  # noqa: S608
            f"SELECT 0, m_id, NULL, NULL, m_distance, ROW_NUMBER() OVER (ORDER BY {order}) "
            f"FROM (SELECT * FROM matched ORDER BY {order} LIMIT %s OFFSET %s) AS page_rows "
            "UNION ALL "
            "SELECT 1, NULL, t.facet, t.slug, NULL, COUNT(*) "
            f"FROM {terms} AS t INNER JOIN matched ON t.program_id = matched.m_id "
            "WHERE t.facet <> 'serves' GROUP BY t.facet, t.slug "
            "UNION ALL "
            "SELECT 2, NULL, NULL, NULL, NULL, COUNT(*) FROM matched"
        )
        params = (*matched_params, query.page_size, (page - 1) * query.page_size)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        ranked, distances, counts, total = [], {}, {}, 0
        for kind, program_id, facet, slug, distance, number in rows:
            if kind == 0:
                ranked.append((number, program_id))
                distances[program_id] = distance
            elif kind == 1:
                counts.setdefault(facet, {})[slug] = number
            else:
                total = number
        ids = [program_id for _, program_id in sorted(ranked)]
        return ids, distances, total, counts

    @staticmethod
    def _hit(program: ProgramPage, query: ProgramQuery) -> ProgramHit:
        distance = getattr(program, "distance", None)
        if distance is not None and distance <= query.radius:
            return ProgramHit(program, distance)
        return ProgramHit(program, None, query.zip_state if query.has_origin else "")

    @staticmethod
    def facet_counts(qs: QuerySet) -> dict[str, dict[str, int]]:
        """Counts per (facet, slug) over the filtered programs, in one grouped query."""
        rows = (
            ProgramTerm.objects.filter(program_id__in=qs.order_by().values("pk"))
            .exclude(facet="serves")
            .values_list("facet", "slug")
            .annotate(n=Count("id"))
            .order_by()
        )
        counts: dict[str, dict[str, int]] = {}
        for facet, slug, n in rows:
            counts.setdefault(facet, {})[slug] = n
        return counts
