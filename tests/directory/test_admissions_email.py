"""Issue 13: a program's admissions e-mail decides where its inquiry notifications go, so only
superusers and the Admissions group see or change it in the page editor. Every rule is tried
as a signed-in user posting the admin's own edit form."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from admissions.tasks import notify_admissions
from tests.admissions.factories import InquiryFactory
from tests.conftest import sign_in_with_second_factor

pytestmark = pytest.mark.django_db

STORED = "intake@harbor.example"
ATTACKER = "attacker@example.com"


def edit_url(program):
    return reverse("wagtailadmin_pages:edit", args=[program.pk])


def program_form(program, **changes):
    """The program's edit form as the admin posts it, with `changes` on top."""
    fields = {
        "title": program.title,
        "slug": program.slug,
        "organisation": program.organisation,
        "summary": program.summary,
        "description": rich_text(program.description or "<p></p>"),
        "format": program.format,
        "state": program.state,
        "zip_code": program.zip_code,
        "city": program.city,
        "phone": program.phone,
        "admissions_email": program.admissions_email,
        "accepting_new_clients": "on" if program.accepting_new_clients else "",
        "last_verified": program.last_verified.isoformat() if program.last_verified else "",
    }
    fields.update(changes)
    # Checkbox lists go as repeated keys; nested_form_data would number them.
    for name in ("levels_of_care", "conditions", "populations", "payment", "session_times"):
        fields[name] = list(getattr(program, name))
    fields["languages"] = list(program.languages)
    return {**fields, **nested_form_data({"comments": inline_formset([])})}


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user("edna", "edna@example.test", "pw-editor-1")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def coordinator(db, django_user_model):
    """Admissions staff who also edit pages (Editors), so they can open a program they own."""
    user = django_user_model.objects.create_user("ada", "ada@haven.invalid", "pw-coordinator-1")
    user.groups.add(Group.objects.get(name="Admissions"), Group.objects.get(name="Editors"))
    return user


def test_an_editor_who_edits_a_program_does_not_see_its_admissions_email(
    client, make_program, editor
):
    program = make_program(owner=editor, admissions_email=STORED)
    client.force_login(editor)
    response = client.get(edit_url(program))
    assert response.status_code == 200  # the editor does edit this program...
    html = response.content.decode()
    assert 'name="organisation"' in html
    assert 'name="admissions_email"' not in html  # ...but not where its inquiries go
    assert STORED not in html


def test_directory_staff_do_not_see_it_either(client, make_program, editor):
    editor.groups.add(Group.objects.get(name="Directory staff"))
    program = make_program(owner=editor, admissions_email=STORED)
    client.force_login(editor)
    assert 'name="admissions_email"' not in client.get(edit_url(program)).content.decode()


def test_an_editors_post_changes_the_program_but_not_where_its_inquiries_go(
    client, make_program, editor, admin_user
):
    program = make_program(owner=editor, admissions_email=STORED)
    client.force_login(editor)
    response = client.post(
        edit_url(program),
        program_form(
            program, summary="Evening groups, now on Saturdays.", admissions_email=ATTACKER
        ),
    )
    assert response.status_code == 302
    program.refresh_from_db()
    draft = program.get_latest_revision_as_object()
    assert draft.summary == "Evening groups, now on Saturdays."
    assert draft.admissions_email == STORED

    # A superuser publishing the editor's draft does not publish a new address either.
    draft.get_latest_revision().publish(user=admin_user)
    program.refresh_from_db()
    assert program.summary == "Evening groups, now on Saturdays."
    assert program.admissions_email == STORED
    inquiry = InquiryFactory(program=program)
    assert notify_admissions.call(inquiry.pk) == "sent"
    assert [message.to for message in mail.outbox] == [[STORED]]


def test_admissions_staff_see_and_change_the_admissions_email(client, make_program, coordinator):
    program = make_program(owner=coordinator, admissions_email=STORED)
    sign_in_with_second_factor(client, coordinator)
    html = client.get(edit_url(program)).content.decode()
    assert 'name="admissions_email"' in html and STORED in html
    response = client.post(
        edit_url(program), program_form(program, admissions_email="harbor-new@haven.invalid")
    )
    assert response.status_code == 302
    program.refresh_from_db()
    assert program.get_latest_revision_as_object().admissions_email == "harbor-new@haven.invalid"


def test_a_superuser_changes_and_publishes_the_admissions_email(client, make_program, admin_user):
    program = make_program(admissions_email=STORED)
    sign_in_with_second_factor(client, admin_user)
    response = client.post(
        edit_url(program),
        program_form(
            program, admissions_email="harbor-new@haven.invalid", **{"action-publish": "publish"}
        ),
    )
    assert response.status_code == 302
    program.refresh_from_db()
    assert program.admissions_email == "harbor-new@haven.invalid"
    inquiry = InquiryFactory(program=program)
    notify_admissions.call(inquiry.pk)
    assert [message.to for message in mail.outbox] == [["harbor-new@haven.invalid"]]


def test_comparing_revisions_does_not_show_an_editor_the_address(client, make_program, editor):
    program = make_program(owner=editor, admissions_email=STORED)
    program.save_revision().publish()
    program.admissions_email = "harbor-new@haven.invalid"
    program.summary = "Evening groups, now on Saturdays."
    program.save_revision()
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:revisions_compare", args=[program.pk, "live", "latest"])
    html = client.get(url).content.decode()
    assert "now on Saturdays" in html  # the compare view works for the editor...
    # ...without the address (the diff splits it into spans, so look for the row and a piece).
    assert "Admissions email" not in html and "intake@" not in html


def test_importing_the_csv_an_editor_downloaded_keeps_every_programs_address(
    client, make_program, editor, tmp_path
):
    """Programs (CSV) leaves the address empty for an editor; the import is shell-only (no admin
    user to ask), so an empty cell must mean "unchanged", or a round trip re-routes them all."""
    program = make_program(admissions_email=STORED)
    editor.groups.add(Group.objects.get(name="Directory staff"))
    client.force_login(editor)
    exported = client.get(reverse("directory_programs_csv")).content.decode()
    path = tmp_path / "programs.csv"
    assert exported.count(program.summary) == 1
    path.write_text(exported.replace(program.summary, "Evening groups on Saturdays."))
    call_command("import_programs", str(path), stdout=io.StringIO())
    program.refresh_from_db()
    assert program.summary == "Evening groups on Saturdays."
    assert program.admissions_email == STORED
