"""Property tests: whatever a person (or a bot) types, the form answers with a page, never a
500, and gives back what was typed."""

import time
from html import escape

import pytest
from hypothesis import HealthCheck, assume, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from admissions import spam
from admissions.forms import InquiryForm, normalise_phone

pytestmark = pytest.mark.django_db

FAST = hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# Text a browser can send in a form field (no NUL, no lone surrogates).
typed = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=80,
)


@FAST
@given(
    first_name=typed,
    email=typed,
    phone=typed,
    zip_code=typed,
    insurance=typed,
    program=typed,
    interest=typed,
)
def test_any_input_gets_a_page_and_keeps_the_typed_name(
    client,
    inquiry_page,
    default_team,
    settings,
    first_name,
    email,
    phone,
    zip_code,
    insurance,
    program,
    interest,
):
    settings.INQUIRY_RATE_LIMIT = 1000  # exercise validation, not the rate limit
    data = {
        "first_name": first_name,
        "email": email,
        "phone": phone,
        "zip_code": zip_code,
        "insurance": insurance,
        "program": program,
        "interest": interest,
        "preferred_contact": "email",
        "best_time": "any",
        "for_whom": "myself",
        "consent": "on",
        "started": spam.started_token(time.time() - 30),
    }
    response = client.post(inquiry_page.url, data, REMOTE_ADDR="192.0.2.1")
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        kept = first_name.strip()
        if kept and len(kept) <= 60:
            # Django strips and escapes; what the person typed comes back in the input.
            assert escape(kept) in response.content.decode()


@FAST
@given(phone=typed)
def test_phone_normaliser_returns_ten_digit_us_numbers_or_none(phone):
    result = normalise_phone(phone)
    if result is not None:
        digits = "".join(ch for ch in result if ch.isdigit())
        assert len(digits) == 10 and digits[0] not in "01" and digits[3] not in "01"


@FAST
@given(
    digits=st.from_regex(r"[2-9]\d{2}[2-9]\d{6}", fullmatch=True),
    style=st.sampled_from(
        ["{a}-{b}-{c}", "({a}) {b}-{c}", "+1 {a} {b} {c}", "1{a}{b}{c}", "{a}.{b}.{c}"]
    ),
)
def test_common_ways_of_writing_a_us_number_are_accepted(digits, style):
    written = style.format(a=digits[:3], b=digits[3:6], c=digits[6:])
    assert normalise_phone(written) == f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


@FAST
@given(message=st.text(min_size=1001, max_size=1100))
def test_messages_over_1000_characters_are_refused(message):
    assume(len(message.strip()) > 1000)  # surrounding whitespace is trimmed, not counted
    form = InquiryForm({"message": message})
    form.is_valid()
    assert "message" in form.errors
