"""reCAPTCHA v3: used only when both keys are configured; only Google's verify call is
replaced in these tests, the form logic is the real one."""

from html import unescape
from unittest import mock

import pytest
from django_recaptcha.client import RecaptchaResponse

from admissions.models import Inquiry

pytestmark = pytest.mark.django_db


@pytest.fixture
def recaptcha_keys(settings):
    settings.RECAPTCHA_PUBLIC_KEY = "public-test-key"
    # pragma: allowlist nextline secret
    settings.RECAPTCHA_PRIVATE_KEY = "private-test-key"
    settings.RECAPTCHA_REQUIRED_SCORE = 0.7
    settings.SILENCED_SYSTEM_CHECKS = ["django_recaptcha.recaptcha_test_key_error"]


def google_says(score, action="inquiry", valid=True):
    return mock.patch(
        "django_recaptcha.client.submit",
        return_value=RecaptchaResponse(is_valid=valid, extra_data={"score": score}, action=action),
    )


def test_page_loads_recaptcha_only_when_both_keys_are_set(client, inquiry_page, settings):
    settings.RECAPTCHA_PUBLIC_KEY = "public-test-key"
    settings.RECAPTCHA_PRIVATE_KEY = ""
    assert "recaptcha" not in client.get(inquiry_page.url).content.decode().lower()
    # pragma: allowlist nextline secret
    settings.RECAPTCHA_PRIVATE_KEY = "private-test-key"
    html = client.get(inquiry_page.url).content.decode()
    assert "recaptcha/api.js?render=public-test-key" in html
    assert "js/admissions-recaptcha.js" in html
    assert "grecaptcha.ready" not in html  # no inline script


def test_recaptcha_is_not_loaded_on_other_pages(client, inquiry_page, home_page, recaptcha_keys):
    assert "recaptcha" not in client.get(home_page.url).content.decode().lower()


def test_good_score_is_accepted(client, inquiry_page, form_data, default_team, recaptcha_keys):
    with google_says(0.9) as verify:
        response = client.post(inquiry_page.url, form_data(captcha="token-from-google"))
    assert response.status_code == 302
    assert verify.call_args.kwargs["recaptcha_response"] == "token-from-google"
    # pragma: allowlist nextline secret
    assert verify.call_args.kwargs["private_key"] == "private-test-key"
    assert Inquiry.objects.count() == 1


@pytest.mark.parametrize(
    "verdict", [{"score": 0.3}, {"score": 0.9, "action": "login"}, {"score": 0.9, "valid": False}]
)
def test_low_score_or_wrong_action_is_refused_in_plain_words(
    client, inquiry_page, form_data, recaptcha_keys, verdict
):
    with google_says(**verdict):
        response = client.post(inquiry_page.url, form_data(captcha="token"))
    html = unescape(response.content.decode())
    assert "We couldn't confirm this was sent by a person" in html
    assert 'value="Theodosia"' in html
    assert not Inquiry.objects.exists()


def test_missing_token_is_refused_without_calling_google(
    client, inquiry_page, form_data, recaptcha_keys
):
    with google_says(0.9) as verify:
        response = client.post(inquiry_page.url, form_data())
    assert "We couldn" in response.content.decode()
    verify.assert_not_called()
    assert not Inquiry.objects.exists()
