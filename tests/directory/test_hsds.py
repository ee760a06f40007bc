"""The open-data export: Open Referral HSDS 3.0 services at /api/directory/hsds/services/ and
from `manage.py export_hsds`, checked against the vendored HSDS schema files."""

import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from directory.models import ProgramPage
from tests.directory import hsds_check

URL = "/api/directory/hsds/services/"
pytestmark = pytest.mark.django_db


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def programs(make_program):
    return {
        "alder": make_program(
            title="Alder House",
            organisation="Alder Health",
            street_address="1500 Market St",
            phone="(215) 555-0101",
            languages=["english", "spanish", "asl"],
            accreditations=["carf"],
            licence_number="PA-12345",
            waitlist_weeks=3,
            days_per_week=3,
            hours_per_week=9,
            admissions_email="alder-intake@haven.invalid",
            last_verified=days_ago(10),
        ),
        "online": make_program(
            title="Birch Online IOP",
            organisation="Alder Health",
            format="virtual",
            states_served=["PA", "NJ"],
            website="https://birch.example.org/iop",
            last_verified=days_ago(200),
        ),
        "cedar": make_program(title="Cedar Day Program", format="hybrid", states_served=["PA"]),
    }


def services(client, **query) -> dict:
    response = client.get(URL, query)
    assert response.status_code == 200, response.content
    return response.json()


def by_name(page: dict) -> dict:
    return {service["name"]: service for service in page["contents"]}


def test_the_checker_accepts_the_specifications_example_and_catches_mistakes():
    path = hsds_check.SCHEMA_DIR / "examples" / "service_full.json"
    example = json.loads(path.read_text(encoding="utf-8"))
    assert hsds_check.errors(example) == []
    example.pop("name")
    example["status"] = "open"
    example["phones"][0]["number"] = 2155550101
    example["service_at_locations"][0]["location"]["latitude"] = "39.9"
    assert len(hsds_check.errors(example)) == 4


def test_factory_programs_export_as_valid_hsds(client, programs):
    page = services(client)
    assert page["total_items"] == 3 and page["empty"] is False
    for service in page["contents"]:
        assert hsds_check.errors(service) == [], service["name"]
    found = by_name(page)
    alder = found["Alder House"]
    assert alder["assured_date"] == days_ago(10).isoformat()
    assert alder["organization"]["name"] == "Alder Health"
    assert alder["wait_time"].startswith("Accepting new clients; a waiting list of about 3 weeks")
    assert alder["accreditations"] == "CARF" and "PA-12345" in alder["licenses"]
    assert [lang["code"] for lang in alder["languages"]] == ["en", "es", "ase"]
    assert alder["phones"][0]["number"] == "(215) 555-0101"
    location = alder["service_at_locations"][0]["location"]
    assert location["addresses"][0]["address_1"] == "1500 Market St"
    assert location["addresses"][0]["postal_code"] == "19103"
    assert 39 < location["latitude"] < 41 and -76 < location["longitude"] < -74
    assert "Intensive outpatient (IOP)" in [a["taxonomy_term"]["name"] for a in alder["attributes"]]
    online = found["Birch Online IOP"]
    assert [area["name"] for area in online["service_areas"]] == ["New Jersey", "Pennsylvania"]
    assert "service_at_locations" not in online
    assert online["url"] == "https://birch.example.org/iop"
    # One organisation, one organization id, whatever the program.
    assert online["organization_id"] == alder["organization_id"]


def test_a_listing_not_verified_recently_carries_an_alert(client, programs):
    found = by_name(services(client))
    assert "Not verified recently" in found["Birch Online IOP"]["alert"]
    assert "alert" not in found["Alder House"]


def test_demo_programs_export_as_valid_hsds(client, home_page):
    from directory import demo

    demo.load()
    page = services(client, per_page="100")
    listed = ProgramPage.objects.live().filter(last_verified__gte=days_ago(365))
    assert (
        page["total_items"]
        == listed.count()
        + ProgramPage.objects.filter(live=True, last_verified__isnull=True).count()
    )
    assert page["total_items"] >= 50
    problems = {s["name"]: hsds_check.errors(s) for s in page["contents"]}
    assert {name: found for name, found in problems.items() if found} == {}
    assert "haven.invalid" not in json.dumps(page)  # the demo's admissions e-mails


def test_out_of_date_unpublished_and_restricted_programs_are_left_out(
    client, programs, make_program
):
    make_program(title="Stale Pines", last_verified=days_ago(400))
    draft = make_program(title="Draft Willow")
    draft.unpublish()
    private = make_program(title="Private Oak")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    names = set(by_name(services(client)))
    assert names == {"Alder House", "Birch Online IOP", "Cedar Day Program"}


def test_no_admissions_email_is_exported(client, programs):
    response = client.get(URL)
    assert b"alder-intake" not in response.content
    assert b"@" not in response.content  # no e-mail of any kind
    written = io.StringIO()
    call_command("export_hsds", "-", stdout=written)
    assert "alder-intake" not in written.getvalue()


def test_the_command_writes_every_listing_as_a_json_array(programs, tmp_path):
    target = tmp_path / "directory.json"
    call_command("export_hsds", str(target), stderr=io.StringIO())
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert sorted(s["name"] for s in exported) == sorted(p.title for p in programs.values())
    assert all(hsds_check.errors(service) == [] for service in exported)


def test_the_api_and_the_command_give_the_same_records(client, programs):
    # The API's declared schema would silently drop a field it does not name.
    written = io.StringIO()
    call_command("export_hsds", "-", stdout=written)
    assert services(client)["contents"] == json.loads(written.getvalue())


def test_pages_walk_the_whole_directory_once(client, programs):
    first = services(client, per_page="2")
    second = services(client, per_page="2", page="2")
    assert (first["first_page"], first["last_page"], first["size"]) == (True, False, 2)
    assert (second["first_page"], second["last_page"], second["size"]) == (False, True, 1)
    assert first["total_pages"] == second["total_pages"] == 2
    ids = [s["id"] for s in first["contents"] + second["contents"]]
    assert len(set(ids)) == 3
    assert [s["id"] for s in services(client, per_page="2")["contents"]] == ids[:2]  # stable


def test_an_empty_directory_is_one_empty_page(client, directory_page):
    page = services(client)
    assert (page["empty"], page["total_items"], page["contents"]) == (True, 0, [])
    assert page["first_page"] and page["last_page"]


def test_modified_after_keeps_recently_published_listings(client, programs):
    ProgramPage.objects.update(last_published_at=timezone.now())
    ProgramPage.objects.filter(pk=programs["cedar"].pk).update(
        last_published_at=timezone.now() - datetime.timedelta(days=30)
    )
    since = (timezone.now() - datetime.timedelta(days=1)).date().isoformat()
    names = set(by_name(services(client, modified_after=since)))
    assert names == {"Alder House", "Birch Online IOP"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"page": "0"}, "page: send a number of 1 or more."),
        ({"page": "two"}, "page: send a whole number, such as 1."),
        ({"page": "9"}, "page: the last page is 1 (at 50 a page)."),
        ({"per_page": "500"}, "per_page: send a number from 1 to 100."),
        ({"modified_after": "yesterday"}, "modified_after: send a date (2026-01-31)"),
        ({"modified_after": "2026-02-30"}, "modified_after: send a date (2026-01-31)"),
    ],
)
def test_bad_parameters_get_a_400_that_says_what_to_send(client, programs, query, message):
    response = client.get(URL, query)
    assert response.status_code == 400
    assert response.json()["detail"].startswith(message)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dictionaries(
        st.sampled_from(["page", "per_page", "modified_after", "search", "full"]),
        st.one_of(
            st.text(max_size=40),
            st.integers(min_value=-(10**20), max_value=10**20).map(str),
            st.datetimes().map(lambda moment: moment.isoformat()),
            st.sampled_from(["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "1e9"]),
        ),
    )
)
def test_no_parameter_makes_the_export_fail(client, programs, query):
    response = client.get(URL, query)
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert response.json()["detail"].split(":")[0] in ("page", "per_page", "modified_after")


def test_the_root_names_the_hsds_version_and_the_openapi_document(client):
    about = client.get("/api/directory/hsds/").json()
    assert about["version"] == "3.0"
    assert client.get(about["openapi_url"]).json()["paths"][URL]


def test_openapi_schema_documents_the_export(client):
    schema = client.get("/api/directory/openapi.json").json()
    operation = schema["paths"][URL]["get"]
    assert {p["name"] for p in operation["parameters"]} == {"page", "per_page", "modified_after"}
    assert {"200", "400"} <= set(operation["responses"])
    service = schema["components"]["schemas"]["Service"]["properties"]
    assert {"assured_date", "organization", "service_areas", "service_at_locations"} <= set(service)
    assert "email" not in service


def test_a_page_of_services_costs_the_same_queries_at_any_size(
    client, programs, make_program, django_assert_max_num_queries
):
    client.get(URL, {"per_page": "1"})  # warm the site and restriction caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get(URL, {"per_page": "1"})
    for index in range(10):
        make_program(title=f"More {index}")
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert services(client, per_page="13")["size"] == 13
