"""The Elasticsearch request body for representative queries (no cluster needed)."""

from directory.engines.base import ProgramQuery
from directory.engines.elasticsearch import ProgramDocument, build_search, listed_filter

PHILADELPHIA = {"lat": 39.9513, "lon": -75.1741}


def near_philadelphia(**changes):
    return ProgramQuery(
        zip_code="19103",
        latitude=39.9513,
        longitude=-75.1741,
        zip_state="PA",
        radius=25,
        sort="distance",
        **changes,
    )


def test_zip_radius_two_filters_and_facets():
    body = build_search(
        near_philadelphia(filters={"level": ("iop", "php"), "condition": ("anxiety", "burnout")})
    ).to_dict()
    filters = body["query"]["bool"]["filter"]
    # all-of for conditions, any-of for levels
    assert {"term": {"condition": "anxiety"}} in filters
    assert {"term": {"condition": "burnout"}} in filters
    assert {"terms": {"level": ["iop", "php"]}} in filters
    location = filters[-1]["bool"]
    assert location["minimum_should_match"] == 1
    near, online = location["should"]
    assert near == {
        "bool": {
            "filter": [
                {"terms": {"format": ["in-person", "hybrid"]}},
                {"geo_distance": {"distance": "25mi", "location": PHILADELPHIA}},
            ]
        }
    }
    assert online == {
        "bool": {
            "filter": [
                {"terms": {"format": ["virtual", "hybrid"]}},
                {"term": {"serves": "PA"}},
            ]
        }
    }
    assert body["sort"][0] == {
        "_geo_distance": {
            "location": PHILADELPHIA,
            "order": "asc",
            "unit": "mi",
            "distance_type": "arc",
            "ignore_unmapped": True,
        }
    }
    # At equal distance, listings not verified recently come after verified ones.
    assert body["sort"][1]["_script"]["order"] == "asc"
    assert body["sort"][2:] == [{"title.raw": {"order": "asc"}}, {"pk": {"order": "asc"}}]
    assert body["aggs"]["condition"] == {"terms": {"field": "condition", "size": 100}}
    assert body["aggs"]["accepting"] == {"filter": {"term": {"accepting": True}}}
    assert set(body["aggs"]) == {
        "level",
        "format",
        "condition",
        "population",
        "payment",
        "time",
        "language",
        "state",
        "accreditation",
        "accepting",
    }
    assert body["from"] == 0 and body["size"] == 10
    assert body["track_total_hits"] is True


def test_text_query_uses_english_fields_with_boosts_and_no_location_without_zip():
    body = build_search(ProgramQuery(text="burnout nurses", page=3)).to_dict()
    # No facet filters and no location clause without a ZIP: the text query plus the rule
    # that keeps out-of-date listings out.
    assert body["query"]["bool"]["must"] == [
        {
            "multi_match": {
                "query": "burnout nurses",
                "fields": ["title^4", "organisation^2", "summary", "description", "city"],
                "operator": "and",
                "type": "best_fields",
            }
        }
    ]
    assert body["query"]["bool"]["filter"] == [listed_filter().to_dict()]
    assert body["sort"] == [{"title.raw": {"order": "asc"}}, {"pk": {"order": "asc"}}]
    assert body["from"] == 20 and body["size"] == 10


def test_sort_by_verified_keeps_distance_as_last_key_and_accepting_filter():
    body = build_search(
        near_philadelphia(accepting=True).with_changes(sort="verified"), facets=False
    ).to_dict()
    assert {"term": {"accepting": True}} in body["query"]["bool"]["filter"]
    assert "_script" in body["sort"][0]  # not verified recently last
    assert body["sort"][1] == {"last_verified": {"order": "desc", "missing": "_last"}}
    assert "_geo_distance" in body["sort"][-1]
    assert "aggs" not in body


def test_mapping_has_geo_point_keywords_and_english_text():
    mapping = ProgramDocument._doc_type.mapping.to_dict()["properties"]
    assert mapping["location"] == {"type": "geo_point"}
    assert mapping["condition"] == {"type": "keyword"}
    assert mapping["state"] == {"type": "keyword"}
    assert mapping["summary"] == {"type": "text", "analyzer": "english"}
    assert mapping["title"]["fields"] == {"raw": {"type": "keyword"}}


def test_counts_for_the_ways_out_are_one_multi_search_without_hits_or_facets():
    from directory.engines.elasticsearch import build_counts, index_name

    wider = near_philadelphia().with_changes(radius=100)
    without_filter = near_philadelphia(filters={"level": ("iop",)}).with_changes(filters={})
    lines = build_counts([wider, without_filter]).to_dict()

    headers, bodies = lines[0::2], lines[1::2]
    assert headers == [{"index": [index_name()]}] * 2
    for body in bodies:
        assert body["size"] == 0
        assert "aggs" not in body
    assert bodies[0]["query"] == build_search(wider).to_dict()["query"]


def test_out_of_date_listings_are_filtered_out_and_stale_ones_sort_after_fresh_ones(settings):
    import datetime

    from django.utils import timezone

    settings.DIRECTORY_VERIFIED_RECENTLY_DAYS = 90
    settings.DIRECTORY_OUT_OF_DATE_DAYS = 365
    body = build_search(near_philadelphia()).to_dict()
    year_ago = (timezone.localdate() - datetime.timedelta(days=365)).isoformat()
    assert {"bool": {"must_not": [{"range": {"last_verified": {"lt": year_ago}}}]}} in body[
        "query"
    ]["bool"]["filter"]
    script = body["sort"][1]["_script"]
    cutoff = timezone.localdate() - datetime.timedelta(days=90)
    epoch = datetime.datetime.combine(cutoff, datetime.time.min, tzinfo=datetime.UTC)
    assert script["script"]["params"] == {"cutoff": int(epoch.timestamp() * 1000)}
    assert "flagged" in script["script"]["source"]


def test_start_within_two_weeks_filter():
    import datetime

    from django.utils import timezone

    body = build_search(ProgramQuery(start_soon=True)).to_dict()
    limit = (timezone.localdate() + datetime.timedelta(days=14)).isoformat()
    assert {
        "bool": {
            "filter": [{"term": {"accepting": True}}],
            "must_not": [
                {"range": {"next_intake": {"gt": limit}}},
                {"range": {"waitlist_weeks": {"gt": 2}}},
            ],
        }
    } in body["query"]["bool"]["filter"]
