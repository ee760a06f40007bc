"""The default engine: ORM filters on ProgramTerm rows, a bounding-box prefilter on indexed
coordinates, exact haversine distance in SQL, and facet counts from one grouped query.

A search costs two queries whatever the page size: the page of programs with the total
(a window count), and the facet counts."""

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

from directory.engines.base import (
    ALL_OF_FACETS,
    ProgramHit,
    ProgramQuery,
    SearchResult,
    clamp_page,
)
from directory.geo import EARTH_RADIUS_MILES, bounding_box
from directory.models import ProgramPage, ProgramTerm
from directory.visibility import public_q

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

    def as_sqlite(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, function="HAVEN_HAVERSINE_MILES", **extra)


class DatabaseEngine:
    name = "database"

    def filtered(self, query: ProgramQuery) -> QuerySet:
        qs = ProgramPage.objects.all()
        if query.has_origin:
            # First, so SQLite drives the search from this short list of ids.
            qs = self._near_or_online(qs, query)
        qs = qs.filter(public_q())
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
        if query.sort == "distance" and query.has_origin:
            return qs.order_by(F("distance").asc(nulls_last=True), "title", "pk")
        if query.sort == "verified":
            return qs.order_by(F("last_verified").desc(nulls_last=True), "title", "pk")
        return qs.order_by("title", "pk")

    def count(self, query: ProgramQuery) -> int:
        return self.filtered(query).count()

    def _page(self, qs: QuerySet, query: ProgramQuery, page: int) -> list[ProgramPage]:
        start = (page - 1) * query.page_size
        counted = qs.annotate(full_count=Window(Count("pk")))
        return list(self._ordered(counted, query)[start : start + query.page_size])

    def search(self, query: ProgramQuery, *, facets: bool = True) -> SearchResult:
        qs = self.filtered(query)
        # The page and the total in one query (a window count); a page past the end finds
        # no rows, so only then count and fetch the last page.
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
