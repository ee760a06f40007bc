"""The directory page and the JSON API, as a visitor and a client see them."""

import html as htmllib
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory import params


@pytest.fixture
def programs(make_program):
    made = [
        make_program(
            title="Alder House",
            zip_code="19104",
            conditions=["burnout", "anxiety"],
            payment=["medicaid", "self-pay"],
            phone="(555) 010-1234",
        ),
        make_program(title="Birch Center", zip_code="19422", conditions=["anxiety"]),
        make_program(
            title="Cedar Online",
            format="virtual",
            state="NY",
            zip_code="10001",
            levels_of_care=["virtual-iop"],
            states_served=["PA", "NY"],
        ),
        make_program(title="Dune Clinic", zip_code="15213", conditions=["burnout"]),
    ]
    return made


def text_of(response):
    return re.sub(r"\s+", " ", htmllib.unescape(response.content.decode()))


def test_zip_search_shows_distance_online_label_and_count(client, directory_page, programs):
    response = client.get(directory_page.url, {"zip": "19103", "radius": "25"})
    html = text_of(response)
    assert response.status_code == 200
    assert "Alder House" in html and "Birch Center" in html and "Cedar Online" in html
    assert "Dune Clinic" not in html  # Pittsburgh is 250 miles away
    assert re.search(r"Alder House.*?\d+\.\d miles", html)
    assert "Online — serves PA" in html
    assert '<p class="directory-results__count" aria-live="polite" role="status">' in html
    assert "3 programs found" in html
    assert 'id="results-heading" tabindex="-1" data-focus-on-load' in html
    assert '<a href="tel:+15550101234">(555) 010-1234</a>' in html
    assert "Medicaid, Self-pay" in html
    assert "Last verified" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "js/directory.js" in html


def test_facet_counts_are_shown_and_ticked_filters_stay_ticked(client, directory_page, programs):
    html = text_of(client.get(directory_page.url, {"zip": "19103", "condition": "anxiety"}))
    assert "3 programs found" in html  # two nearby, one online
    assert re.search(
        r'value="anxiety" checked> <label[^>]*>Anxiety <span class="facet__count">\(3', html
    )
    assert re.search(r'value="burnout"> <label[^>]*>Burnout <span class="facet__count">\(1', html)


def test_unknown_zip_keeps_what_was_typed_and_the_filters(client, directory_page, programs):
    response = client.get(directory_page.url, {"zip": "00000", "condition": "burnout"})
    html = text_of(response)
    assert response.status_code == 200
    assert "We don't recognise ZIP 00000." in html
    assert 'value="00000" aria-describedby' in html and 'aria-invalid="true"' in html
    assert "Alder House" in html and "Dune Clinic" in html  # the condition filter still applies
    assert "Birch Center" not in html


def test_zero_results_offer_ways_out(client, directory_page, programs):
    html = text_of(
        client.get(
            directory_page.url,
            {
                "zip": "19103",
                "radius": "5",
                "condition": "burnout",
                "format": "in-person",
                "population": "veterans",
            },
        )
    )
    assert "No programs match this search" in html
    assert "Drop the “Who it serves” filter" in html
    assert "See every program" in html
    assert "(555) 010-4400" in html or "admissions" in html


def test_each_way_out_finds_as_many_programs_as_it_promises(client, directory_page, programs):
    response = client.get(
        directory_page.url,
        {"zip": "19103", "radius": "5", "condition": "burnout", "population": "veterans"},
    )
    ways = re.findall(
        r'<li><a href="([^"]+)">([^<]+)</a>\s+\((\d+) programs?\)</li>', response.content.decode()
    )
    assert ways, "a search that finds nothing offers at least one way out"
    for url, label, promised in ways:
        found = client.get(directory_page.url + htmllib.unescape(url))
        plural = "" if promised == "1" else "s"
        assert f" {promised} program{plural} found" in f" {text_of(found)}", label


def test_ten_per_page_and_a_page_past_the_end_shows_the_last(client, directory_page, make_program):
    for i in range(23):
        make_program(title=f"Program {i:02d}")
    html = text_of(client.get(directory_page.url, {"page": "2"}))
    assert html.count('class="card program-card"') == 10
    assert "page 2 of 3" in html
    html = text_of(client.get(directory_page.url, {"page": "99"}))
    assert html.count('class="card program-card"') == 3
    assert "page 3 of 3" in html
    assert 'href="?page=2" rel="prev"' in html


def test_directory_search_costs_two_queries_whatever_the_page_size(
    client, directory_page, make_program
):
    for i in range(12):
        make_program(title=f"Program {i:02d}")
    counts = []
    for query in ("?zip=19103&radius=50&condition=anxiety&level=iop", "?q=Program+07"):
        url = directory_page.url + query
        client.get(url)  # warm caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        searches = [q for q in captured.captured_queries if "directory_program" in q["sql"]]
        assert len(searches) == 2  # the page of results with its total, and the facet counts
        counts.append(len(captured.captured_queries))
    assert response.content.decode().count('class="card program-card"') == 1
    # The rest is Wagtail routing (with the locale's root), the page's translations for hreflang,
    # and the shared header.
    assert counts[0] == counts[1] <= 12


def test_api_returns_the_same_results_as_the_page(client, directory_page, programs):
    query = {"zip": "19103", "radius": "100", "condition": "anxiety"}
    page_html = text_of(client.get(directory_page.url, query))
    data = client.get("/api/directory/programs/", query).json()
    names = [r["name"] for r in data["results"]]
    positions = [page_html.index(f">{name}</a>") for name in names]
    assert positions == sorted(positions) and names
    assert data["paging"]["total"] == len(names) == 3
    assert data["results"][-1]["location_label"] == "Online — serves PA"
    alder = data["results"][0]
    assert alder["name"] == "Alder House" and 0 < alder["distance_miles"] < 5
    facets = {f["name"]: {o["slug"]: o["count"] for o in f["options"]} for f in data["facets"]}
    assert facets["condition"]["anxiety"] == 3
    assert facets["condition"]["burnout"] == 1


def test_api_reports_bad_input_without_failing(client, programs):
    data = client.get(
        "/api/directory/programs/", {"zip": "00000", "radius": "7", "page": "x", "level": "nope"}
    ).json()
    assert data["search"]["zip_error"] == "We don't recognise ZIP 00000."
    assert data["search"]["radius"] == 5
    assert data["paging"]["page"] == 1


def test_openapi_schema_documents_the_endpoint(client):
    schema = client.get("/api/directory/openapi.json").json()
    operation = schema["paths"]["/api/directory/programs/"]["get"]
    names = {p["name"] for p in operation["parameters"]}
    assert {"zip", "radius", "condition", "sort", "page"} <= names


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(params.PARAMS),
            st.one_of(
                st.text(max_size=250),
                st.sampled_from(
                    ["19103", "00000", "99999", "-1", "1e9", "1e18", "9e307", "nan", "PA"]
                ),
            ),
        ),
        max_size=8,
    )
)
def test_no_input_makes_the_page_or_api_fail(client, directory_page, programs, pairs):
    data = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    page = client.get(directory_page.url, data)
    api = client.get("/api/directory/programs/", data)
    assert page.status_code == 200
    assert api.status_code == 200


@pytest.mark.parametrize("page", ["1e18", "9e307", "999999999999"])
def test_a_page_number_too_large_for_the_database_shows_the_last_page(
    client, directory_page, programs, page
):
    response = client.get(directory_page.url, {"page": page})
    assert response.status_code == 200
    assert "Alder House" in text_of(response)
    api = client.get("/api/directory/programs/", {"page": page})
    assert api.status_code == 200
    assert api.json()["paging"]["total"] == len(programs)
