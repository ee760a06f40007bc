"""The public inquiry form: what a person filling it in sees and gets."""

import time
from html import unescape

import pytest
from django.db import connection

from admissions import spam
from admissions.models import Inquiry
from tests.admissions.conftest import SECRET_VALUES
from tests.directory.factories import ProgramPageFactory

pytestmark = pytest.mark.django_db


def test_form_page_shows_every_field_consent_and_crisis_notice(client, inquiry_page):
    response = client.get(inquiry_page.url)
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert html.count("<h1") == 1
    for label in [
        "First name or initials",
        "Email",
        "Phone",
        "How should we contact you?",
        "Best time to reach you",
        "voicemail",
        "text messages",
        "Who is this inquiry for?",
        "ZIP code",
        "What are you interested in?",
        "Virtual IOP",
        "In-person IOP",
        "Partial hospitalization",
        "Not sure yet",
        "Insurance carrier",
        "detailed medical history",
        "Only admissions staff see what you send.",  # the privacy notice beside consent
        "This form is not for emergencies",
    ]:
        assert label in html, label
    assert 'href="tel:988"' in html and 'href="tel:911"' in html
    assert "recaptcha" not in html.lower()  # no keys configured: nothing from Google
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_valid_submission_is_stored_and_redirects_to_thanks(
    client, inquiry_page, form_data, default_team
):
    response = client.post(inquiry_page.url, form_data())
    assert response.status_code == 302
    location = response["Location"]
    assert location.endswith(inquiry_page.url + "thanks/")
    for value in SECRET_VALUES.values():
        assert value.lower() not in location.lower()
    inquiry = Inquiry.objects.get()
    assert inquiry.first_name == "Theodosia"
    assert inquiry.phone == "(215) 555-0199"
    assert inquiry.state == "PA"
    assert inquiry.voicemail_ok and not inquiry.texts_ok
    thanks = client.get(location)
    assert "within one business day" in unescape(thanks.content.decode())
    assert "tel:988" in unescape(thanks.content.decode())


@pytest.mark.parametrize(
    ("overrides", "field_message"),
    [
        ({"email": "not-an-email"}, "Check the email address"),
        ({"phone": "12345"}, "Check the phone number"),
        ({"email": "", "phone": ""}, "Give an email address or a phone number"),
        ({"zip_code": "1910"}, "Enter a five-digit ZIP code"),
        ({"zip_code": "00000"}, "We couldn't find that ZIP code"),
        ({"message": "x" * 1001}, "1,000 characters or fewer"),
        ({"insurance": "Aetna W123456789"}, "member or policy number"),
        ({"consent": None}, "tick the box"),
        ({"interest": "residential"}, "Select a valid choice"),
        ({"preferred_contact": "email", "email": "", "phone": "2155550123"}, "You chose email"),
    ],
)
def test_bad_input_shows_a_message_beside_the_field_and_keeps_what_was_typed(
    client, inquiry_page, form_data, overrides, field_message
):
    data = form_data(**overrides)
    response = client.post(inquiry_page.url, data)
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert field_message in html
    assert 'aria-invalid="true"' in html
    assert "Please check the form" in html
    assert 'value="Theodosia"' in html
    assert "Lanterns drifting" in html or "x" * 1001 in html
    assert not Inquiry.objects.exists()


def test_honeypot_rejects_and_says_so_at_the_top_of_the_form(
    client, inquiry_page, form_data, default_team
):
    response = client.post(inquiry_page.url, form_data(website="http://spam.example"))
    html = unescape(response.content.decode())
    summary = html.split('id="form-problems"', 1)[1].split("</div>", 1)[0]
    assert "looked automatically filled in" in summary  # visible, not beside the hidden field
    assert 'value="Theodosia"' in html
    assert "http://spam.example" not in html  # emptied: a person just presses Send again
    assert not Inquiry.objects.exists()
    client.post(inquiry_page.url, form_data(website=""))
    assert Inquiry.objects.count() == 1


def test_too_fast_submission_is_rejected_then_accepted_when_sent_again(
    client, inquiry_page, form_data, default_team, settings
):
    settings.INQUIRY_MIN_FILL_SECONDS = 2
    started = spam.started_token(time.time() - 1.5)
    response = client.post(inquiry_page.url, form_data(started=started))
    assert "faster than we expected" in unescape(response.content.decode())
    assert not Inquiry.objects.exists()
    time.sleep(0.6)  # the person reads the message and presses Send again
    response = client.post(inquiry_page.url, form_data(started=started))
    assert response.status_code == 302
    assert Inquiry.objects.count() == 1


def test_forged_start_time_is_rejected(client, inquiry_page, form_data):
    response = client.post(inquiry_page.url, form_data(started="12345"))
    assert "press Send again" in unescape(response.content.decode())
    assert not Inquiry.objects.exists()


def test_rate_limit_per_client_keeps_input_and_never_stores_the_address(
    client, inquiry_page, form_data, default_team, settings
):
    settings.INQUIRY_RATE_LIMIT = 2
    for _ in range(2):
        assert (
            client.post(inquiry_page.url, form_data(), REMOTE_ADDR="203.0.113.9").status_code == 302
        )
    response = client.post(inquiry_page.url, form_data(), REMOTE_ADDR="203.0.113.9")
    html = unescape(response.content.decode())
    assert "several messages from your connection" in html
    assert 'value="Theodosia"' in html
    assert Inquiry.objects.count() == 2
    # Another client is unaffected.
    assert client.post(inquiry_page.url, form_data(), REMOTE_ADDR="198.51.100.7").status_code == 302
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM haven_counters")
        keys = [row[0] for row in cursor.fetchall()]
    assert keys and not any("203.0.113.9" in key for key in keys)


def test_one_opened_form_sends_one_inquiry(client, inquiry_page, form_data, default_team):
    # A double press on Send, or a script replaying one page load's POST.
    data = form_data()
    assert client.post(inquiry_page.url, data).status_code == 302

    again = client.post(inquiry_page.url, data)

    html = unescape(again.content.decode())
    assert "already received this form" in html
    assert 'value="Theodosia"' in html
    assert Inquiry.objects.count() == 1
    # The page carries a fresh token: a person who does mean to send another can.
    fresh = html.split('name="started" value="', 1)[1].split('"', 1)[0]
    assert fresh != data["started"]
    time.sleep(spam.min_fill_seconds())
    assert client.post(inquiry_page.url, {**data, "started": fresh}).status_code == 302
    assert Inquiry.objects.count() == 2


def test_submissions_with_mistakes_do_not_use_up_the_limit(
    client, inquiry_page, form_data, default_team, settings
):
    settings.INQUIRY_RATE_LIMIT = 2
    for _ in range(3):
        mistake = client.post(
            inquiry_page.url, form_data(zip_code="1910"), REMOTE_ADDR="203.0.113.9"
        )
        assert "Enter a five-digit ZIP code" in unescape(mistake.content.decode())

    for _ in range(2):
        sent = client.post(inquiry_page.url, form_data(), REMOTE_ADDR="203.0.113.9")
        assert sent.status_code == 302
    assert Inquiry.objects.count() == 2


def test_an_ipv6_client_cannot_escape_the_limit_by_changing_address_within_its_network(
    client, inquiry_page, form_data, default_team, settings
):
    settings.INQUIRY_RATE_LIMIT = 2
    for host in ("1", "2"):
        sent = client.post(inquiry_page.url, form_data(), REMOTE_ADDR=f"2001:db8:1:2::{host}")
        assert sent.status_code == 302
    refused = client.post(inquiry_page.url, form_data(), REMOTE_ADDR="2001:db8:1:2:abcd::99")
    assert "several messages from your connection" in unescape(refused.content.decode())
    # A neighbour with a network of their own is unaffected.
    other = client.post(inquiry_page.url, form_data(), REMOTE_ADDR="2001:db8:1:3::1")
    assert other.status_code == 302
    assert Inquiry.objects.count() == 3


def test_program_parameter_accepts_only_live_program_pages(
    client, inquiry_page, home_page, form_data, default_team
):
    program = ProgramPageFactory(parent=home_page, title="Harbor Virtual IOP")
    draft = ProgramPageFactory(parent=home_page, title="Unpublished Program", live=False)

    html = unescape(client.get(inquiry_page.url, {"program": program.pk}).content.decode())
    assert "Harbor Virtual IOP" in html and f'value="{program.pk}"' in html

    for bad in [draft.pk, inquiry_page.pk, home_page.pk, "abc", "-1", "9" * 30, "1 OR 1=1"]:
        html = unescape(client.get(inquiry_page.url, {"program": bad}).content.decode())
        assert "You're asking about" not in html, bad

    client.post(inquiry_page.url, form_data(program=str(program.pk)))
    client.post(inquiry_page.url, form_data(program=str(draft.pk)))
    assert [i.program_id for i in Inquiry.objects.order_by("pk")] == [program.pk, None]


def test_program_behind_a_password_is_not_named_or_attached(
    client, inquiry_page, home_page, form_data, default_team
):
    from wagtail.models import PageViewRestriction

    hidden = ProgramPageFactory(parent=home_page, title="Private Staff Program")
    PageViewRestriction.objects.create(
        page=hidden,
        restriction_type=PageViewRestriction.PASSWORD,
        # pragma: allowlist nextline secret
        password="only-staff-know",
    )

    html = unescape(client.get(inquiry_page.url, {"program": hidden.pk}).content.decode())
    assert "Private Staff Program" not in html
    assert "You're asking about" not in html

    client.post(inquiry_page.url, form_data(program=str(hidden.pk)))
    assert Inquiry.objects.get().program_id is None


def test_post_parameters_are_marked_sensitive(inquiry_page, form_data, rf, default_team):
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.sessions.backends.signed_cookies import SessionStore

    request = rf.post(inquiry_page.url, form_data(website="bot"))
    request.user = AnonymousUser()
    request.session = SessionStore()
    request._dont_enforce_csrf_checks = True
    inquiry_page.serve(request)
    assert request.sensitive_post_parameters == "__ALL__"


def test_error_report_of_a_crash_during_submission_shows_nothing_typed(
    client, inquiry_page, form_data, monkeypatch
):
    import sys

    from django.core.signals import got_request_exception
    from django.views.debug import ExceptionReporter

    reports = []

    def capture(sender, request, **kwargs):
        # The HTML report (DEBUG pages, emails with include_html) shows every frame's locals.
        reporter = ExceptionReporter(request, *sys.exc_info(), is_email=True)
        reports.append(unescape(reporter.get_traceback_html()))

    def broken_database(**fields):
        raise RuntimeError("database went away")

    monkeypatch.setattr(Inquiry.objects, "create", broken_database)
    got_request_exception.connect(capture)
    client.raise_request_exception = False
    try:
        response = client.post(inquiry_page.url, form_data())
    finally:
        got_request_exception.disconnect(capture)
    assert response.status_code == 500
    report = reports[0]
    assert "database went away" in report  # the report is useful...
    for value in [*SECRET_VALUES.values(), "(215) 555-0199"]:
        assert value not in report, value  # ...and holds nothing the person typed


def test_under_debug_the_error_page_of_a_crash_still_shows_nothing_typed(
    client, inquiry_page, form_data, monkeypatch, settings
):
    # `make dev` runs with DEBUG on: Django's own error page, with its POST and locals.
    settings.DEBUG = True

    def broken_database(**fields):
        raise RuntimeError("database went away")

    monkeypatch.setattr(Inquiry.objects, "create", broken_database)
    client.raise_request_exception = False
    response = client.post(inquiry_page.url, form_data(), HTTP_ACCEPT="text/html")

    page = unescape(response.content.decode())
    assert response.status_code == 500
    assert "database went away" in page  # Django's debug page, useful to a developer...
    for value in [*SECRET_VALUES.values(), "(215) 555-0199", "2155550199"]:
        assert value not in page, value  # ...with nothing the person typed
