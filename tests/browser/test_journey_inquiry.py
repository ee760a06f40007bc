"""Journey 3: a reader sends the inquiry form with a mistyped phone number, finds the message
beside the phone field with everything else still as typed, corrects it and is thanked: with a
mouse, and by keyboard alone."""

import re

from admissions.models import Inquiry
from tests.browser.helpers import JOURNEY, assert_accessible, field_named, tab_to, text_has

pytestmark = JOURNEY
HAVEN_PARTS = {"inquiry"}

PHONE_MESSAGE = "Check the phone number: we need a 10-digit US number, like 215-555-0123."
TYPED = {
    "first_name": "Jordan",
    "email": "jordan.r@example.test",
    "zip_code": "19103",
    "insurance": "Aetna",
    "message": "Evenings after six work best for me.",
}


def assert_phone_message_beside_field(page, bad_phone):
    summary = page.get_by_role("alert")
    assert "Please check the form" in summary.inner_text()
    phone = page.locator("input[name=phone]")
    assert phone.input_value() == bad_phone
    assert phone.get_attribute("aria-invalid") == "true"
    field = page.locator(".field", has=phone)
    message = field.get_by_text(PHONE_MESSAGE)
    assert message.is_visible()
    # Beside the field: in its box, right above the input it is about. Both boxes are read in
    # one layout, so nothing can scroll between the two readings.
    gap = message.evaluate(
        """(message, input) => input.getBoundingClientRect().top
                               - message.getBoundingClientRect().bottom""",
        phone.element_handle(),
    )
    assert 0 <= gap < 60, gap
    # Only the phone number is wrong.
    assert page.locator(".field--invalid").count() == 1


def assert_everything_kept(page, *, voicemail=True):
    for name, value in TYPED.items():
        assert page.locator(f"[name={name}]").input_value() == value, name
    assert page.locator("input[name=preferred_contact][value=email]").is_checked()
    assert page.locator("input[name=for_whom][value=myself]").is_checked()
    assert page.locator("input[name=interest][value=virtual-iop]").is_checked()
    assert page.locator("input[name=voicemail_ok]").is_checked() is voicemail
    assert page.locator("input[name=consent]").is_checked()


def assert_thanked_and_stored(page):
    page.wait_for_url("**/get-help/thanks/")
    heading = page.get_by_role("heading", level=1).inner_text()
    assert heading == "Thank you: your inquiry is with our admissions team"
    assert "Jordan" not in page.url and "example.test" not in page.url
    assert_accessible(page, "thank-you page")
    inquiry = Inquiry.objects.get()
    assert inquiry.first_name == "Jordan"
    assert inquiry.phone == "(215) 555-0123"
    assert inquiry.zip_code == "19103"


def test_reader_corrects_a_bad_phone_number_and_is_thanked(haven, page):
    page.goto("/")
    page.get_by_role("link", name="Send a confidential inquiry").click()
    page.wait_for_url("**/get-help/")
    assert_accessible(page, "inquiry form")

    page.get_by_label("First name or initials").fill(TYPED["first_name"])
    page.get_by_label("Email (optional if you give a phone number)").fill(TYPED["email"])
    page.get_by_label("Phone (optional if you give an email)").fill("555-12")
    page.get_by_role("radio", name="Email").check()
    page.get_by_label("It's OK to leave a voicemail").check()
    page.get_by_role("radio", name="Myself").check()
    page.get_by_label("ZIP code").fill(TYPED["zip_code"])
    page.get_by_role("radio", name="Virtual IOP").check()
    page.get_by_label("Insurance carrier (optional)").fill(TYPED["insurance"])
    page.get_by_label("Anything you'd like us to know (optional)").fill(TYPED["message"])
    page.get_by_label(re.compile(r"^I agree that Haven's admissions team")).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Send my inquiry").click()
    assert_phone_message_beside_field(page, "555-12")
    assert_everything_kept(page)
    assert not Inquiry.objects.exists()
    assert_accessible(page, "inquiry form with a mistake")

    page.get_by_label("Phone (optional if you give an email)").fill("215-555-0123")
    page.get_by_role("button", name="Send my inquiry").click()
    assert_thanked_and_stored(page)


def test_keyboard_alone_corrects_a_bad_phone_number_and_is_thanked(haven, page):
    page.goto(haven.inquiry_page.url)
    tab_to(page, field_named("first_name"))
    page.keyboard.type(TYPED["first_name"])
    tab_to(page, field_named("email"))
    page.keyboard.type(TYPED["email"])
    tab_to(page, field_named("phone"))
    page.keyboard.type("555-12")
    # Radio groups: Tab enters a group, Space chooses the focused option.
    tab_to(page, field_named("preferred_contact", "email"))
    page.keyboard.press("Space")
    tab_to(page, field_named("voicemail_ok"))
    page.keyboard.press("Space")
    tab_to(page, field_named("for_whom", "myself"))
    page.keyboard.press("Space")
    tab_to(page, field_named("zip_code"))
    page.keyboard.type(TYPED["zip_code"])
    tab_to(page, field_named("interest", "virtual-iop"))
    page.keyboard.press("Space")
    tab_to(page, field_named("insurance"))
    page.keyboard.type(TYPED["insurance"])
    tab_to(page, field_named("message"))
    page.keyboard.type(TYPED["message"])
    tab_to(page, field_named("consent"))
    page.keyboard.press("Space")
    tab_to(page, text_has("Send my inquiry"))
    # The form posts back to its own URL, so waiting for that URL would pass at once, on the
    # page before the submission; wait for the answer's page to load instead.
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert_phone_message_beside_field(page, "555-12")
    assert_everything_kept(page)

    # Tabbing into a text field selects what is in it, so typing replaces it.
    tab_to(page, field_named("phone"))
    page.keyboard.type("215-555-0123")
    tab_to(page, text_has("Send my inquiry"))
    page.keyboard.press("Enter")
    assert_thanked_and_stored(page)
