"""The Elasticsearch engine: an index defined with elasticsearch.dsl (geo_point, keyword facets,
English-analysed text), `_geo_distance` filter and sort, terms aggregations for facets.

build_search() is pure (no cluster needed), so its request body is asserted in unit tests."""

import datetime
from collections.abc import Sequence

from django.conf import settings
from elasticsearch.dsl import (
    Boolean,
    Date,
    Document,
    GeoPoint,
    Keyword,
    Long,
    MultiSearch,
    Q,
    Search,
    Text,
    connections,
)

from core.visibility import public_q
from directory import freshness
from directory.engines.base import (
    ALL_OF_FACETS,
    FILTER_FACETS,
    START_SOON_DAYS,
    ProgramHit,
    ProgramQuery,
    SearchResult,
    clamp_page,
)
from directory.models import ProgramPage

ALIAS = "directory"
TEXT_FIELDS = ["title^4", "organisation^2", "summary", "description", "city"]


def index_name() -> str:
    return getattr(settings, "DIRECTORY_ELASTICSEARCH_INDEX", "haven-programs")


def connect():
    """The client for settings.ELASTICSEARCH_URL, made once per process."""
    try:
        return connections.get_connection(ALIAS)
    except KeyError:
        return connections.create_connection(
            alias=ALIAS, hosts=[settings.ELASTICSEARCH_URL], request_timeout=5
        )


class ProgramDocument(Document):
    pk = Long()
    title = Text(analyzer="english", fields={"raw": Keyword()})
    organisation = Text(analyzer="english")
    summary = Text(analyzer="english")
    description = Text(analyzer="english")
    city = Text()
    location = GeoPoint()
    level = Keyword(multi=True)
    format = Keyword()
    condition = Keyword(multi=True)
    population = Keyword(multi=True)
    payment = Keyword(multi=True)
    time = Keyword(multi=True)
    language = Keyword(multi=True)
    state = Keyword(multi=True)  # where it is, plus where it serves online
    serves = Keyword(multi=True)  # online licence states only
    accepting = Boolean()
    accreditation = Keyword(multi=True)
    next_intake = Date()
    waitlist_weeks = Long()
    last_verified = Date()
    flagged = Boolean()  # a confirmed error report waits for re-verification

    class Index:
        name = "haven-programs"  # replaced by index_name() in init_index()
        settings = {"number_of_shards": 1, "number_of_replicas": 0}

    @classmethod
    def from_program(cls, program: ProgramPage) -> "ProgramDocument":
        terms: dict[str, list[str]] = {}
        for term in program.term_rows():
            terms.setdefault(term.facet, []).append(term.slug)
        located = program.format != "virtual" and program.latitude is not None
        return cls(
            meta={"id": program.pk},
            pk=program.pk,
            title=program.title,
            organisation=program.organisation,
            summary=program.summary,
            description=program.description_text(),
            city=program.city,
            location={"lat": program.latitude, "lon": program.longitude} if located else None,
            format=program.format,
            accepting=program.accepting_new_clients,
            next_intake=program.next_intake_date,
            waitlist_weeks=program.waitlist_weeks,
            last_verified=program.last_verified,
            flagged=program.needs_reverification,
            **{
                facet: terms.get(facet, [])
                for facet in [*FILTER_FACETS, "serves"]
                if facet != "format"
            },
        )


def _origin(query: ProgramQuery) -> dict:
    return {"lat": query.latitude, "lon": query.longitude}


# 1 for a listing not verified recently (flagged, never verified or verified before the
# cutoff), 0 otherwise: the tie-breaker after distance, as in the database engine.
STALE_SCRIPT = (
    "if (doc['flagged'].size() > 0 && doc['flagged'].value) { return 1; } "
    "if (doc['last_verified'].size() == 0) { return 1; } "
    "return doc['last_verified'].value.toInstant().toEpochMilli() < params.cutoff ? 1 : 0;"
)


def _epoch_millis(day: datetime.date) -> int:
    moment = datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)
    return int(moment.timestamp() * 1000)


def stale_sort() -> dict:
    return {
        "_script": {
            "type": "number",
            "order": "asc",
            "script": {
                "lang": "painless",
                "source": STALE_SCRIPT,
                "params": {"cutoff": _epoch_millis(freshness.recent_cutoff())},
            },
        }
    }


def listed_filter() -> Q:
    """Out-of-date listings leave the results; a listing with no date stays."""
    cutoff = freshness.out_of_date_cutoff().isoformat()
    return Q("bool", must_not=[Q("range", last_verified={"lt": cutoff})])


def start_soon_filter() -> Q:
    """Accepting, any next start date within START_SOON_DAYS, any waiting list that short."""
    limit = (freshness.today() + datetime.timedelta(days=START_SOON_DAYS)).isoformat()
    return Q(
        "bool",
        filter=[Q("term", accepting=True)],
        must_not=[
            Q("range", next_intake={"gt": limit}),
            Q("range", waitlist_weeks={"gt": START_SOON_DAYS // 7}),
        ],
    )


def build_search(query: ProgramQuery, *, page: int | None = None, facets: bool = True) -> Search:
    s = Search(index=index_name()).extra(track_total_hits=True)
    s = s.filter(listed_filter())
    if query.text:
        s = s.query(
            "multi_match", query=query.text, fields=TEXT_FIELDS, operator="and", type="best_fields"
        )
    for facet, slugs in sorted(query.filters.items()):
        if not slugs:
            continue
        if facet in ALL_OF_FACETS:
            for slug in slugs:
                s = s.filter("term", **{facet: slug})
        else:
            s = s.filter("terms", **{facet: list(slugs)})
    if query.accepting:
        s = s.filter("term", accepting=True)
    if query.start_soon:
        s = s.filter(start_soon_filter())
    if query.has_origin:
        near = Q(
            "bool",
            filter=[
                Q("terms", format=["in-person", "hybrid"]),
                Q("geo_distance", distance=f"{query.radius}mi", location=_origin(query)),
            ],
        )
        should = [near]
        if query.zip_state:
            should.append(
                Q(
                    "bool",
                    filter=[
                        Q("terms", format=["virtual", "hybrid"]),
                        Q("term", serves=query.zip_state),
                    ],
                )
            )
        s = s.filter(Q("bool", should=should, minimum_should_match=1))
    by_title = [{"title.raw": {"order": "asc"}}, {"pk": {"order": "asc"}}]
    geo = []
    if query.has_origin:
        # Last sort key when not sorting by distance: it still gives each hit its distance.
        geo = [
            {
                "_geo_distance": {
                    "location": _origin(query),
                    "order": "asc",
                    "unit": "mi",
                    "distance_type": "arc",
                    "ignore_unmapped": True,
                }
            }
        ]
    if query.sort == "distance" and geo:
        s = s.sort(*geo, stale_sort(), *by_title)
    elif query.sort == "verified":
        s = s.sort(
            stale_sort(), {"last_verified": {"order": "desc", "missing": "_last"}}, *by_title, *geo
        )
    else:
        s = s.sort(*by_title, *geo)
    if facets:
        for facet in FILTER_FACETS:
            s.aggs.bucket(facet, "terms", field=facet, size=100)
        s.aggs.bucket("accepting", "filter", term={"accepting": True})
    start = ((page or query.page) - 1) * query.page_size
    return s[start : start + query.page_size]


def build_counts(queries: Sequence[ProgramQuery]) -> MultiSearch:
    """One _msearch with a hit count (no hits, no aggregations) per query."""
    multi = MultiSearch(index=index_name())
    for query in queries:
        multi = multi.add(build_search(query, page=1, facets=False).extra(size=0))
    return multi


class ElasticsearchEngine:
    name = "elasticsearch"

    def _execute(self, search: Search):
        return search.using(connect()).execute()

    def counts(self, queries: Sequence[ProgramQuery]) -> list[int]:
        if not queries:
            return []
        responses = build_counts(queries).using(connect()).execute()
        return [response.hits.total.value for response in responses]

    def search(self, query: ProgramQuery, *, facets: bool = True) -> SearchResult:
        response = self._execute(build_search(query, facets=facets))
        total = response.hits.total.value
        page, num_pages = clamp_page(query.page, total, query.page_size)
        if page != query.page and total:
            response = self._execute(build_search(query, page=page, facets=facets))
        hits = self._hits(response, query)
        counts: dict[str, dict[str, int]] = {}
        if facets:
            aggs = response.aggregations
            for facet in FILTER_FACETS:
                counts[facet] = {b.key: b.doc_count for b in getattr(aggs, facet).buckets}
            counts["accepting"] = {"yes": aggs.accepting.doc_count}
        return SearchResult(hits, total, page, num_pages, counts)

    @staticmethod
    def _hits(response, query: ProgramQuery) -> list[ProgramHit]:
        ids = [int(hit.meta.id) for hit in response]
        # Live, public pages only: a stale document never shows a page that is gone.
        programs = ProgramPage.objects.filter(public_q()).in_bulk(ids)
        hits = []
        for hit in response:
            program = programs.get(int(hit.meta.id))
            if program is None:
                continue
            distance = None
            if query.has_origin and program.format != "virtual":
                value = hit.meta.sort[0 if query.sort == "distance" else -1]
                if isinstance(value, int | float) and value <= query.radius:
                    distance = float(value)
            if distance is not None:
                hits.append(ProgramHit(program, distance))
            else:
                hits.append(ProgramHit(program, None, query.zip_state if query.has_origin else ""))
        return hits


def init_index(rebuild: bool = False) -> None:
    client = connect()
    index = ProgramDocument._index.clone(name=index_name())
    if rebuild and index.exists(using=client):
        index.delete(using=client)
    if not index.exists(using=client):
        index.create(using=client)


def index_programs(programs) -> int:
    from elasticsearch.helpers import bulk

    client = connect()
    actions = (
        {**ProgramDocument.from_program(p).to_dict(include_meta=True), "_index": index_name()}
        for p in programs
    )
    indexed, _errors = bulk(client, actions, chunk_size=500, refresh=True)
    return indexed


def remove_program(page_id: int) -> None:
    connect().options(ignore_status=404).delete(index=index_name(), id=str(page_id), refresh=True)
