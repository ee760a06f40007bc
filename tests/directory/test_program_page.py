"""The program page, its data and the admin around it."""

import json
import re

import pytest
from django.urls import reverse

from directory.models import ListingReport, ProgramPage, ProgramTerm


def test_coordinates_come_from_the_zip_unless_given(make_program):
    program = make_program(zip_code="19103", latitude=None, longitude=None)
    assert program.latitude == pytest.approx(39.95, abs=0.05)
    assert program.longitude == pytest.approx(-75.17, abs=0.05)
    given = make_program(zip_code="19103", latitude=40.5, longitude=-75.5)
    assert (given.latitude, given.longitude) == (40.5, -75.5)


def test_terms_follow_the_fields_on_every_save(make_program):
    program = make_program(
        format="hybrid",
        conditions=["burnout", "bogus"],
        states_served=["NJ"],
        state="PA",
        accepting_new_clients=False,
    )
    terms = set(ProgramTerm.objects.filter(program=program).values_list("facet", "slug"))
    assert ("condition", "burnout") in terms and ("condition", "bogus") not in terms
    assert {("state", "PA"), ("state", "NJ"), ("serves", "NJ"), ("format", "hybrid")} <= terms
    assert ("accepting", "yes") not in terms
    program.conditions = ["anxiety"]
    program.accepting_new_clients = True
    program.save_revision().publish()
    terms = set(ProgramTerm.objects.filter(program=program).values_list("facet", "slug"))
    assert ("condition", "anxiety") in terms and ("condition", "burnout") not in terms
    assert ("accepting", "yes") in terms


def test_program_page_shows_details_and_medical_clinic_json_ld(client, make_program):
    program = make_program(
        title="Harbor Evening IOP",
        organisation="Harbor Health",
        payment=["medicaid"],
        insurance_carriers="Aetna, Cigna",
        admissions_email="secret-routing@example.test",
    )
    response = client.get(program.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Harbor Evening IOP</h1>" in html
    assert "Aetna, Cigna" in html and "Medicaid" in html
    assert "secret-routing@example.test" not in html  # routing address stays in the admin
    blocks = [json.loads(b) for b in re.findall(r'application/ld\+json">(.*?)</script>', html)]
    clinic = next(b for b in blocks if b["@type"] == "MedicalClinic")
    assert clinic["name"] == "Harbor Evening IOP"
    assert clinic["address"]["postalCode"] == "19103"
    assert clinic["isAcceptingNewPatients"] is True
    assert "Report an error in this listing" in html
    assert "Ask about this program" not in html  # no inquiry page exists


def test_report_an_error_is_stored_without_personal_data(client, make_program, editor):
    program = make_program(title="Wrong Phone Program")
    url = program.url + "report-error/"
    assert client.get(url).status_code == 200
    bad = client.post(url, {"problem": "", "details": "x"})
    assert bad.status_code == 400
    assert "Please choose what is wrong." in bad.content.decode()
    response = client.post(url, {"problem": "contact", "details": "The number rings out."})
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    report = ListingReport.objects.get()
    assert (report.program_id, report.problem) == (program.pk, "contact")
    client.force_login(editor)
    listing = client.get(reverse("listing_reports:index"))
    assert "Wrong Phone Program" in listing.content.decode()


def test_report_honeypot_drops_bots(client, make_program):
    program = make_program()
    client.post(program.url + "report-error/", {"problem": "other", "nickname": "bot"})
    assert ListingReport.objects.count() == 0


def test_admin_exports_programs_as_csv(client, editor, make_program):
    make_program(title="Exported Program", conditions=["burnout", "anxiety"])
    assert client.get(reverse("directory_programs_csv")).status_code == 302  # login first
    from django.contrib.auth.models import Group

    editor.groups.add(Group.objects.get(name="Directory staff"))
    client.force_login(editor)
    response = client.get(reverse("directory_programs_csv"))
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/csv")
    assert body.splitlines()[0].startswith("name,slug,organisation,summary")
    assert "Exported Program" in body and "anxiety|burnout" in body


def test_search_fields_cover_the_labels(make_program):
    program = make_program(levels_of_care=["php"], conditions=["burnout"], populations=["veterans"])
    labels = program.taxonomy_labels()
    assert "Partial hospitalization (PHP)" in labels and "Burnout" in labels
    names = {f.field_name for f in ProgramPage.search_fields}
    assert {"title", "organisation", "summary", "description", "taxonomy_labels", "city"} <= names


def test_ask_about_this_program_links_to_the_inquiry_form(client, home_page, make_program):
    from tests.admissions.factories import InquiryPageFactory

    inquiry = InquiryPageFactory(parent=home_page)
    program = make_program()
    html = client.get(program.url).content.decode()
    assert f'href="{inquiry.url}?program={program.pk}">Ask about this program</a>' in html
