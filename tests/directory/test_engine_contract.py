"""One contract for every directory engine: the database engine always, Elasticsearch when
ELASTICSEARCH_URL points at a cluster. Distances and counts are checked against values this
test computes itself (its own haversine over the zipcodes package's coordinates)."""

import datetime
import math
import os

import pytest
import zipcodes

from directory.engines import get_engine
from directory.engines.base import ProgramQuery
from tests.directory.contract_programs import (
    ACCREDITED,
    AGE_DAYS,
    FLAGGED,
    LISTED,
    NEXT_INTAKE_IN_DAYS,
    ORIGIN_ZIP,
    PROGRAMS,
    STALE,
    WAITLIST_WEEKS,
)
from tests.directory.factories import ProgramPageFactory


def age_days(i, name):
    """Days since verification: fresh (under 90) unless AGE_DAYS says otherwise."""
    return AGE_DAYS.get(name, (i * 7) % 85)


def test_haversine(lat1, lon1, lat2, lon2):
    """Plain haversine in miles, written here so the engines are checked independently."""
    r = 3958.8
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * r * math.asin(math.sqrt(a))


test_haversine.__test__ = False  # a helper, not a test


def coords(zip_code):
    row = zipcodes.matching(zip_code)[0]
    return float(row["lat"]), float(row["long"])


ORIGIN = coords(ORIGIN_ZIP)


def miles_from_origin(zip_code):
    return test_haversine(*ORIGIN, *coords(zip_code))


ENGINES = [
    "database",
    pytest.param(
        "elasticsearch",
        marks=pytest.mark.skipif(
            not os.environ.get("ELASTICSEARCH_URL"),
            reason="ELASTICSEARCH_URL is not set: no cluster to run the Elasticsearch contract on",
        ),
    ),
]


@pytest.fixture(params=ENGINES)
def engine(request, directory_page, settings):
    from django.utils import timezone

    settings.DIRECTORY_VERIFIED_RECENTLY_DAYS = 90
    settings.DIRECTORY_OUT_OF_DATE_DAYS = 365
    today = timezone.localdate()
    for i, (name, zip_code, state, fmt, levels, conds, pops, pay, accepting, served) in enumerate(
        PROGRAMS
    ):
        ProgramPageFactory(
            parent=directory_page,
            title=name,
            slug=f"c-{i}",
            zip_code=zip_code,
            state=state,
            format=fmt,
            levels_of_care=levels,
            conditions=conds,
            populations=pops,
            payment=pay,
            accepting_new_clients=accepting,
            states_served=served,
            last_verified=today - datetime.timedelta(days=age_days(i, name)),
            needs_reverification=name in FLAGGED,
            accreditations=ACCREDITED.get(name, []),
            waitlist_weeks=WAITLIST_WEEKS.get(name),
            next_intake_date=(
                today + datetime.timedelta(days=NEXT_INTAKE_IN_DAYS[name])
                if name in NEXT_INTAKE_IN_DAYS
                else None
            ),
        )
    if request.param == "elasticsearch":
        settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
        settings.DIRECTORY_ELASTICSEARCH_INDEX = f"haven-programs-test-{os.getpid()}"
        from directory.engines import elasticsearch as es
        from directory.models import ProgramPage

        es.init_index(rebuild=True)
        es.index_programs(ProgramPage.objects.live())
        yield get_engine("elasticsearch")
        es.connect().indices.delete(index=settings.DIRECTORY_ELASTICSEARCH_INDEX)
    else:
        yield get_engine("database")


def query(**kwargs):
    base = {}
    if kwargs.pop("origin", False):
        base = dict(
            zip_code=ORIGIN_ZIP,
            latitude=ORIGIN[0],
            longitude=ORIGIN[1],
            zip_state="PA",
            sort="distance",
        )
    base.update(kwargs)
    return ProgramQuery(**base)


def expected(radius, predicate=lambda row: True):
    """(nearby names in distance order, online names) the contract demands, computed here."""
    near, online = [], []
    for row in LISTED:
        name, zip_code, _state, fmt, *_rest, served = row
        if not predicate(row):
            continue
        distance = miles_from_origin(zip_code)
        if fmt != "virtual" and distance <= radius:
            # At equal distance, listings not verified recently come after verified ones.
            near.append((round(distance, 6), name in STALE, name))
        elif fmt in ("virtual", "hybrid") and "PA" in served:
            online.append(name)
    return [name for *_key, name in sorted(near)], sorted(online)


def all_hits(engine, q):
    hits, page = [], 1
    while True:
        result = engine.search(q.with_changes(page=page, page_size=50))
        hits += result.hits
        if page >= result.num_pages:
            return hits, result
        page += 1


@pytest.mark.parametrize("radius", [5, 25, 50, 100])
def test_zip_search_orders_by_distance_and_includes_online_programs(engine, radius):
    hits, result = all_hits(engine, query(origin=True, radius=radius))
    near_names, online_names = expected(radius)
    assert [h.program.title for h in hits if h.distance_miles is not None] == near_names
    assert sorted(h.program.title for h in hits if h.distance_miles is None) == online_names
    assert result.total == len(near_names) + len(online_names)
    for hit in hits:
        if hit.distance_miles is not None:
            assert hit.distance_miles == pytest.approx(
                miles_from_origin(hit.program.zip_code), abs=0.05
            )
        else:
            assert hit.online_state == "PA"
            assert hit.location_label == "Online — serves PA"
    # Nearby programs come first, then online ones.
    kinds = [h.distance_miles is None for h in hits]
    assert kinds == sorted(kinds)


def test_filters_any_of_within_a_facet_and_all_of_conditions(engine):
    q = query(
        origin=True,
        radius=50,
        filters={"level": ("iop", "php"), "condition": ("anxiety", "burnout")},
    )
    hits, result = all_hits(engine, q)

    def matches(row):
        levels, conditions = row[4], row[5]
        return bool({"iop", "php"} & set(levels)) and {"anxiety", "burnout"} <= set(conditions)

    near, online = expected(50, matches)
    assert [h.program.title for h in hits if h.distance_miles is not None] == near
    assert sorted(h.program.title for h in hits if h.distance_miles is None) == online
    assert result.total == len(near) + len(online) > 0


def test_facet_counts_are_counts_of_the_current_result_set(engine):
    q = query(origin=True, radius=25, filters={"population": ("healthcare-workers",)})
    result = engine.search(q)
    near, online = expected(25, lambda row: "healthcare-workers" in row[6])
    in_result = [row for row in LISTED if row[0] in set(near) | set(online)]
    for facet, column in (("condition", 5), ("payment", 7), ("level", 4)):
        want = {}
        for row in in_result:
            for slug in row[column]:
                want[slug] = want.get(slug, 0) + 1
        assert result.facets.get(facet, {}) == want, facet
    formats = {}
    for row in in_result:
        formats[row[3]] = formats.get(row[3], 0) + 1
    assert result.facets["format"] == formats
    accepting = sum(1 for row in in_result if row[8])
    assert result.facets.get("accepting", {}).get("yes", 0) == accepting


def test_accepting_filter(engine):
    hits, result = all_hits(engine, query(origin=True, radius=25, accepting=True))
    near, online = expected(25, lambda row: row[8])
    assert "Cedar Clinic" not in {h.program.title for h in hits}
    assert result.total == len(near) + len(online)


def test_paging_by_ten_and_a_page_past_the_end_is_the_last_page(engine):
    first = engine.search(query(page=1))
    assert first.total == len(LISTED)
    assert len(first.hits) == 10
    assert first.num_pages == math.ceil(len(LISTED) / 10)
    last = engine.search(query(page=999))
    assert last.page == first.num_pages
    assert len(last.hits) == len(LISTED) - 10 * (first.num_pages - 1)
    names = [h.program.title for h in first.hits]
    assert names == sorted(row[0] for row in LISTED)[:10]


def test_text_search_matches_words_in_the_name(engine):
    result = engine.search(query(text="Online"))
    assert sorted(h.program.title for h in result.hits) == ["Ginkgo Online", "Hazel Online"]


def test_sort_by_recently_verified(engine):
    result = engine.search(query(sort="verified", page_size=50))
    keys = [(h.program.title in STALE, h.program.last_verified) for h in result.hits]
    # Verified recently first, newest first; then the rest, newest first.
    assert keys == sorted(keys, key=lambda key: (key[0], -key[1].toordinal()))
    assert [h.program.title in STALE for h in result.hits][-2:] == [True, True]


def test_a_stale_listing_is_labelled_and_ranked_after_fresh_ones_at_the_same_distance(engine):
    hits, _result = all_hits(engine, query(origin=True, radius=5))
    at_origin = [h for h in hits if h.distance_miles is not None and h.distance_miles < 0.01]
    names = [h.program.title for h in at_origin]
    # Alphabetically first, yet after every fresh listing at the same distance.
    fresh = [name for name in names if name not in STALE]
    assert names == fresh + sorted(STALE)
    assert "Kestrel Clinic" in fresh
    labels = {h.program.title: h.program.freshness_label for h in at_origin}
    assert labels["Aspen Stale Clinic"] == "Not verified recently"
    assert labels["Acacia Reported Clinic"] == "Not verified recently"
    assert labels["Kestrel Clinic"] == "Verified recently"


def test_out_of_date_listings_leave_the_results(engine):
    assert engine.search(query(text="Abele")).total == 0
    hits, _result = all_hits(engine, query(origin=True, radius=5))
    assert "Abele Old Clinic" not in {h.program.title for h in hits}


def test_state_filter_includes_online_programs_serving_the_state(engine):
    hits, result = all_hits(engine, query(filters={"state": ("DE",)}))
    names = {h.program.title for h in hits}
    assert names == {"Elm Street IOP", "Dogwood Day Program"}


def test_unpublished_programs_are_not_found(engine, directory_page):
    from directory.models import ProgramPage

    if engine.name == "elasticsearch":
        pytest.skip("covered by the sync tests; the index is filled once per test")
    ProgramPage.objects.get(title="Alder House").unpublish()
    result = engine.search(query(text="Alder"))
    assert result.total == 0


def test_programs_under_a_view_restriction_are_not_found(engine):
    from wagtail.models import PageViewRestriction

    from directory.models import ProgramPage

    if engine.name == "elasticsearch":
        pytest.skip("the index is filled once per test; visibility is applied when loading hits")
    program = ProgramPage.objects.get(title="Birch Center")
    assert engine.search(query(text="Birch")).total == 1
    PageViewRestriction.objects.create(page=program, restriction_type="login")
    assert engine.search(query(text="Birch")).total == 0


def test_counts_are_the_totals_of_the_same_searches(engine):
    queries = [
        query(origin=True, radius=5),
        query(origin=True, radius=100, filters={"condition": ("burnout",)}),
        query(filters={"level": ("php",)}, accepting=True),
        query(text="no-program-is-called-this"),
    ]
    totals = [engine.search(q).total for q in queries]
    assert engine.counts(queries) == totals
    assert totals[-1] == 0 and max(totals) > 0
    assert engine.counts([]) == []


def test_the_database_engine_counts_many_searches_in_one_query(engine):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if engine.name != "database":
        pytest.skip("about the database engine's SQL")
    engine.counts([query()])  # reads and caches the restricted paths (core/visibility.py)
    with CaptureQueriesContext(connection) as captured:
        engine.counts([query(origin=True, radius=r) for r in (5, 10, 25, 50, 100)])
    assert len(captured.captured_queries) == 1


def test_can_start_within_two_weeks(engine):
    hits, result = all_hits(engine, query(origin=True, radius=25, start_soon=True))

    def soon(row):
        name = row[0]
        return (
            row[8] and WAITLIST_WEEKS.get(name, 0) <= 2 and NEXT_INTAKE_IN_DAYS.get(name, 0) <= 14
        )

    near, online = expected(25, soon)
    names = {h.program.title for h in hits}
    assert names == set(near) | set(online)
    assert "Birch Center" not in names and "Linden Place" not in names
    assert {"Kestrel Clinic", "Alder House"} <= names


def test_filter_by_accreditation(engine):
    carf = engine.search(query(filters={"accreditation": ("carf",)}))
    assert {h.program.title for h in carf.hits} == {"Alder House", "Birch Center"}
    assert carf.facets["accreditation"] == {"carf": 2, "joint-commission": 1}
