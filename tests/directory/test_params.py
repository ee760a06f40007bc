"""GET parameters -> ProgramQuery: whitelisted, repaired, never raising."""

from django.http import QueryDict
from hypothesis import given, settings
from hypothesis import strategies as st

from core import vocabulary
from directory import params
from directory.engines.base import RADII


def parse(qs: str):
    return params.parse(QueryDict(qs))


def test_known_zip_becomes_coordinates_and_its_state():
    parsed = parse("zip=19103")
    assert parsed.query.zip_state == "PA"
    assert parsed.query.latitude is not None
    assert parsed.query.sort == "distance"
    assert parsed.zip_error == ""


def test_unknown_zip_is_reported_and_other_filters_kept():
    parsed = parse("zip=00000&condition=burnout&level=iop&q=night")
    assert parsed.zip_error == "We don't recognise ZIP 00000."
    assert parsed.zip_input == "00000"
    assert parsed.query.latitude is None
    assert parsed.query.filters == {"level": ("iop",), "condition": ("burnout",)}
    assert parsed.query.text == "night"


def test_radius_outside_the_list_becomes_the_nearest_allowed():
    assert parse("zip=19103&radius=30").query.radius == 25
    assert parse("zip=19103&radius=1000").query.radius == 100
    assert parse("zip=19103&radius=-4").query.radius == 5
    assert parse("zip=19103&radius=nonsense").query.radius == 25
    assert parse("zip=19103&radius=7.5").query.radius == 5


def test_unknown_filter_values_and_parameters_are_ignored():
    parsed = parse("condition=burnout&condition=witchcraft&level=iop&colour=red&state=pa")
    assert parsed.query.filters == {"level": ("iop",), "condition": ("burnout",), "state": ("PA",)}
    assert "colour" not in dict(parsed.pairs())


def test_long_query_is_cut_to_200_characters():
    assert len(parse("q=" + "a" * 500).query.text) == 200


def test_sort_by_distance_needs_a_zip():
    assert parse("sort=distance").query.sort == "name"
    assert parse("sort=verified").query.sort == "verified"
    assert parse("sort=random").query.sort == "name"


def test_querystring_round_trips():
    parsed = parse("zip=19103&radius=50&condition=burnout&condition=anxiety&accepting=1&page=2")
    again = params.parse(QueryDict(parsed.querystring(page=2)[1:]))
    assert again.query == parsed.query


slugs = st.sampled_from([s for s, _ in vocabulary.CONDITIONS] + ["", "bogus", "ANXIETY"])
anything = st.text(max_size=300)
names = st.sampled_from([*params.PARAMS, "other", "zip[]", ""])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(names, st.one_of(anything, slugs)), max_size=12))
def test_parse_never_raises_and_always_gives_a_valid_query(pairs):
    data = QueryDict(mutable=True)
    for name, value in pairs:
        data.appendlist(name, value)
    parsed = params.parse(data)
    q = parsed.query
    assert q.radius in RADII
    assert len(q.text) <= 200
    assert q.page >= 1
    assert q.sort in ("distance", "name", "verified")
    for facet, chosen in q.filters.items():
        allowed = {slug for slug, _ in params.FACET_VOCABULARIES[facet]}
        assert set(chosen) <= allowed
    assert (q.latitude is None) == (q.zip_code == "")
    if parsed.zip_input and q.latitude is None:
        assert parsed.zip_error.startswith("We don't recognise ZIP")
