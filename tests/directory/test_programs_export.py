"""Programs (CSV) in the admin: who may download it, what it holds, and that a spreadsheet
cannot run anything in it."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.conftest import sign_in_with_second_factor

URL = "/admin/directory/programs.csv"


def rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode())))


@pytest.fixture
def programs(make_program):
    public = make_program(
        title='=HYPERLINK("http://evil.example")',
        slug="formula",
        phone="+1 555 0100",
        admissions_email="intake@harbor.example",
    )
    draft = make_program(title="Draft Program", slug="draft", live=False)
    private = make_program(title="Private Program", slug="private")
    # pragma: allowlist nextline secret
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x-y-z")
    return public, draft, private


def test_directory_staff_get_public_programs_without_admissions_emails(client, programs, editor):
    editor.groups.add(Group.objects.get(name="Directory staff"))
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 200
    exported = rows(response)
    assert [row["slug"] for row in exported] == ["formula"]
    assert exported[0]["admissions_email"] == ""
    # Opened in a spreadsheet, the cells are text, not formulas.
    assert exported[0]["name"].startswith("'=")
    assert exported[0]["phone"] == "'+1 555 0100"


def test_an_editor_without_directory_rights_cannot_download(client, programs, editor):
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_admissions_staff_without_page_rights_cannot_download(client, programs, django_user_model):
    user = django_user_model.objects.create_user("intake", "i@example.test", "pw-intake-1")
    user.groups.add(Group.objects.get(name="Admissions"))
    sign_in_with_second_factor(client, user)
    response = client.get(URL)
    # Wagtail answers a refused admin view by sending the user back to the dashboard.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert "text/csv" not in response.get("Content-Type", "")
    assert "Programs (CSV)" not in client.get("/admin/").content.decode()


def test_a_superuser_gets_every_program_and_its_admissions_email(client, programs, admin_user):
    sign_in_with_second_factor(client, admin_user)
    exported = rows(client.get(URL))
    assert {row["slug"] for row in exported} == {"formula", "draft", "private"}
    by_slug = {row["slug"]: row for row in exported}
    assert by_slug["formula"]["admissions_email"] == "intake@harbor.example"


def test_an_escaped_export_reads_back_as_it_was(programs, admin_user):
    from directory import csv_io
    from directory.models import ProgramPage

    exported = csv_io.export_csv(ProgramPage.objects.filter(slug="formula"))
    parsed = csv_io.parse_csv(io.StringIO(exported))
    assert parsed.errors == []
    ((_line, values),) = parsed.rows
    assert values["title"] == '=HYPERLINK("http://evil.example")'
    assert values["phone"] == "+1 555 0100"
