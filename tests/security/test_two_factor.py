"""Admissions staff and administrators need a second factor for the admin; editors do not."""

import base64
import re
import time

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.security.conftest import PASSWORD


def current_code(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return str(totp.token()).zfill(device.digits)


def sign_in(client, user):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    return response


@pytest.fixture
def inbox_url():
    return reverse("admissions_inbox:index")


@pytest.mark.django_db
def test_admissions_user_sets_up_a_device_before_the_inbox_opens(
    client, admissions_user, inbox_url
):
    sign_in(client, admissions_user)

    refused = client.get(inbox_url)
    assert refused.status_code == 302
    assert refused["Location"].startswith(reverse("two_factor_setup"))

    setup = client.get(refused["Location"])
    page = setup.content.decode()
    device = TOTPDevice.objects.get(user=admissions_user, confirmed=False)
    secret = re.search(r'data-testid="totp-secret">([A-Z2-7 ]+)<', page).group(1)
    assert secret.replace(" ", "") in device.config_url
    assert "otpauth://totp/Haven%3Aamara?secret=" in page
    assert "<svg" in page  # the QR code

    wrong = client.post(
        refused["Location"], {"token": "000000" if current_code(device) != "000000" else "111111"}
    )
    assert wrong.status_code == 200
    assert "That code did not match" in wrong.content.decode()
    assert client.get(inbox_url).status_code == 302
    too_soon = client.post(refused["Location"], {"token": current_code(device)})
    assert "Wait a few seconds" in too_soon.content.decode()  # throttled after a wrong code

    time.sleep(1.1)  # one wrong code means a 1-second wait (a throttled try adds none)
    confirmed = client.post(refused["Location"], {"token": current_code(device)})
    assert confirmed.status_code == 200  # the backup codes, shown once, then on to the inbox
    page = confirmed.content.decode()
    assert len(re.findall(r"<li><code>[a-z2-7]{4} [a-z2-7]{4}</code></li>", page)) == 10
    assert f'href="{inbox_url}"' in page
    assert client.get(inbox_url).status_code == 200


@pytest.mark.django_db
def test_admissions_user_with_a_device_enters_a_code_at_each_sign_in(
    client, admissions_user, inbox_url
):
    device = TOTPDevice.objects.create(user=admissions_user, name="phone", confirmed=True)
    sign_in(client, admissions_user)

    refused = client.get(inbox_url)
    assert refused.status_code == 302
    assert refused["Location"].startswith(reverse("two_factor_verify"))
    assert client.get(reverse("wagtailadmin_home")).status_code == 302  # every admin page

    verified = client.post(refused["Location"], {"token": current_code(device)})
    assert verified["Location"] == inbox_url
    assert client.get(inbox_url).status_code == 200

    client.logout()
    sign_in(client, admissions_user)
    assert client.get(inbox_url).status_code == 302  # a new session needs a new code


@pytest.mark.django_db
def test_administrator_is_forced_too(client, admin_user):
    sign_in(client, admin_user)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor_setup"))


@pytest.mark.django_db
def test_editor_is_not_forced_but_may_enrol(client, editor):
    sign_in(client, editor)

    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    setup = client.get(reverse("two_factor_setup"))
    assert setup.status_code == 200
    assert "Add a second step to your sign-in" in setup.content.decode()


@pytest.mark.django_db
def test_editor_who_enrolled_must_use_it(client, editor):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client, editor)

    response = client.get(reverse("wagtailadmin_home"))

    assert response["Location"].startswith(reverse("two_factor_verify"))


@pytest.mark.django_db
def test_next_address_off_site_is_ignored(client, admissions_user):
    device = TOTPDevice.objects.create(user=admissions_user, name="phone", confirmed=True)
    sign_in(client, admissions_user)

    response = client.post(
        reverse("two_factor_verify"),
        {"token": current_code(device), "next": "https://evil.example/steal"},
    )

    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.django_db
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(token=st.text(max_size=20))
def test_any_typed_code_gets_a_page_not_an_error(client, admissions_user, token):
    TOTPDevice.objects.get_or_create(user=admissions_user, name="phone", confirmed=True)
    client.force_login(admissions_user)

    response = client.post(reverse("two_factor_verify"), {"token": token})

    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="error-message"' in page  # a message beside the field, as a person sees it
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def backup_code_sign_in(client, user, code):
    client.logout()
    sign_in(client, user)
    return client.post(reverse("two_factor_verify"), {"token": code})


@pytest.mark.django_db
def test_a_backup_code_signs_in_once_without_the_phone(client, admissions_user, inbox_url):
    from accounts import backup_codes

    TOTPDevice.objects.create(user=admissions_user, name="phone", confirmed=True)
    codes = backup_codes.issue(admissions_user)

    typed = f"{codes[0][:4].upper()} {codes[0][4:]}"  # as someone might copy it from paper
    assert backup_code_sign_in(client, admissions_user, typed)["Location"] == (
        reverse("wagtailadmin_home")
    )
    assert client.get(inbox_url).status_code == 200
    assert backup_codes.remaining(admissions_user) == 9

    again = backup_code_sign_in(client, admissions_user, codes[0])
    assert again.status_code == 200
    assert "used already" in again.content.decode()
    assert client.get(inbox_url).status_code == 302


@pytest.mark.django_db
def test_new_backup_codes_replace_the_old_ones(client, admissions_user):
    from accounts import backup_codes

    device = TOTPDevice.objects.create(user=admissions_user, name="phone", confirmed=True)
    old = backup_codes.issue(admissions_user)
    sign_in(client, admissions_user)
    client.post(reverse("two_factor_verify"), {"token": current_code(device)})

    shown = client.post(reverse("two_factor_backup_codes")).content.decode()
    new = [c.replace(" ", "") for c in re.findall(r"<code>([a-z2-7]{4} [a-z2-7]{4})</code>", shown)]

    assert len(new) == 10 and not set(new) & set(old)
    assert "Make new backup codes" in client.get(reverse("two_factor_setup")).content.decode()
    assert backup_code_sign_in(client, admissions_user, new[1]).status_code == 302
    assert backup_code_sign_in(client, admissions_user, old[1]).status_code == 200  # refused


@pytest.mark.django_db
def test_new_codes_made_after_signing_in_with_a_backup_code_keep_the_session(
    client, admissions_user, inbox_url
):
    from accounts import backup_codes

    TOTPDevice.objects.create(user=admissions_user, name="phone", confirmed=True)
    codes = backup_codes.issue(admissions_user)
    backup_code_sign_in(client, admissions_user, codes[0])  # the phone is lost

    assert client.post(reverse("two_factor_backup_codes")).status_code == 200
    assert client.get(inbox_url).status_code == 200  # not asked for a second factor again
    assert backup_codes.remaining(admissions_user) == 10


@pytest.mark.django_db
def test_reset_removes_the_backup_codes_too(admissions_user):
    from django.core.management import call_command

    from accounts import backup_codes

    TOTPDevice.objects.create(user=admissions_user, name="phone", confirmed=True)
    backup_codes.issue(admissions_user)

    call_command("reset_two_factor", admissions_user.username, stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert backup_codes.remaining(admissions_user) == 0


def shown_secret(response) -> str:
    return re.search(r'data-testid="totp-secret">([A-Z2-7 ]+)<', response.content.decode()).group(1)


@pytest.mark.django_db
def test_each_session_setting_up_sees_its_own_key(client, admissions_user):
    from django.test import Client

    sign_in(client, admissions_user)
    owner_key = shown_secret(client.get(reverse("two_factor_setup")))
    assert shown_secret(client.get(reverse("two_factor_setup"))) == owner_key  # a reload

    intruder = Client()
    sign_in(intruder, admissions_user)  # someone else who knows the password
    intruder_key = shown_secret(intruder.get(reverse("two_factor_setup")))
    assert intruder_key != owner_key
    assert (
        owner_key.replace(" ", "") not in intruder.get(reverse("two_factor_setup")).content.decode()
    )

    # The owner's page is now stale: a code from the old key enrolls nothing, and the page
    # shows a fresh key that neither earlier session saw.
    old_key = base64.b32decode(owner_key.replace(" ", ""))
    code_from_old_key = str(TOTP(old_key).token()).zfill(6)
    stale = client.post(reverse("two_factor_setup"), {"token": code_from_old_key})
    assert stale.status_code == 200
    assert shown_secret(stale) not in (owner_key, intruder_key)
    assert not TOTPDevice.objects.filter(user=admissions_user, confirmed=True).exists()


@pytest.mark.django_db
def test_the_session_key_changes_when_the_second_factor_is_verified(
    client, admissions_user, inbox_url
):
    device = TOTPDevice.objects.create(user=admissions_user, name="phone", confirmed=True)
    sign_in(client, admissions_user)
    before = client.session.session_key
    client.post(reverse("two_factor_verify"), {"token": current_code(device)})
    assert client.session.session_key != before
    assert client.get(inbox_url).status_code == 200  # still signed in, with the factor
