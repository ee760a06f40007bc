"""Extending the policy for one response adds sources and never loosens anything else."""

import pytest
from django.core.management import CommandError, call_command
from django.test import RequestFactory
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import given
from hypothesis import strategies as st

from core.security import PUBLIC_DIRECTIVES, extend_csp, merge

directive_names = st.sampled_from(sorted(PUBLIC_DIRECTIVES) + ["media-src", "worker-src"])
sources = st.lists(
    st.from_regex(r"https://[a-z]{1,12}\.example\.org/?", fullmatch=True), max_size=3
)


@given(extra=st.dictionaries(directive_names, sources, max_size=4))
def test_extending_keeps_every_source_and_adds_the_new_ones(extra):
    merged = merge(PUBLIC_DIRECTIVES, extra)

    for directive, values in PUBLIC_DIRECTIVES.items():
        kept = [value for value in values if value != "'none'" or not extra.get(directive)]
        assert all(value in merged[directive] for value in kept)
    for directive, values in extra.items():
        if not values:  # nothing to add leaves the directive as it was
            assert merged.get(directive) == PUBLIC_DIRECTIVES.get(directive)
            continue
        assert all(value in merged[directive] for value in values)
        assert len(merged[directive]) == len(set(merged[directive]))  # no duplicates
        assert "'none'" not in merged[directive]
    assert "'unsafe-inline'" not in merged["script-src"]
    assert "'unsafe-eval'" not in merged["script-src"]


def test_a_directive_the_base_leaves_out_starts_from_default_src():
    merged = merge({"default-src": ["'self'"]}, {"media-src": ["https://video.example.org"]})

    assert merged["media-src"] == ["'self'", "https://video.example.org"]


def test_extend_csp_accumulates_on_the_request():
    request = RequestFactory().get("/")
    extend_csp(request, {"img-src": ["https://a.example.org"]})
    extend_csp(request, {"img-src": ["https://a.example.org", "https://b.example.org"]})

    assert request.csp_extra == {"img-src": ["https://a.example.org", "https://b.example.org"]}


@pytest.mark.django_db
def test_every_admin_page_an_editor_opens_forbids_eval_and_outside_hosts(
    client, home_page, staff_login, admin_user
):
    responses = {reverse("wagtailadmin_login"): client.get(reverse("wagtailadmin_login"))}
    staff_login(admin_user)
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[home_page.pk]),
        reverse("wagtailadmin_pages:edit", args=[home_page.pk]),
        reverse("wagtailadmin_account"),
    ):
        responses[url] = client.get(url)
    for url, response in responses.items():
        assert response.status_code == 200, url
        policy = response["Content-Security-Policy"]
        directives = {part.split()[0]: part.split()[1:] for part in policy.split(";")}
        assert "'unsafe-eval'" not in directives["script-src"], url
        assert directives["frame-ancestors"] == ["'none'"], url
        sources = [value for values in directives.values() for value in values]
        assert not [s for s in sources if s.startswith(("http:", "https:", "*"))], url


@pytest.mark.django_db
def test_reset_two_factor_removes_the_authenticator(admissions_user):
    TOTPDevice.objects.create(user=admissions_user, name="phone", confirmed=True)

    call_command("reset_two_factor", "amara")

    assert not TOTPDevice.objects.filter(user=admissions_user).exists()
    with pytest.raises(CommandError, match="No user named"):
        call_command("reset_two_factor", "nobody")


@pytest.mark.django_db
def test_account_page_offers_two_factor_sign_in(client, editor):
    client.force_login(editor)

    page = client.get(reverse("wagtailadmin_account")).content.decode()

    assert "Two-factor sign-in" in page
    assert reverse("two_factor_setup") in page
