"""Two-factor set-up and verification pages (inside the admin), and the lockout page."""

import base64

import django_otp
import segno
from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import backup_codes, two_factor
from accounts.forms import SignInCodeForm, TokenForm

DEVICE_NAME = "Authenticator app"
WRONG_CODE = (
    "That code did not match. Enter the code your app shows now; if it still fails, check "
    "that the time on your phone is set automatically."
)
WRONG_BACKUP = (
    "That backup code did not match, or it was used already. Each code works once; check "
    "the list you saved."
)
WAIT = (
    "After a wrong code, each new try must wait a little longer. Wait a few seconds, then "
    "enter the code your app shows now."
)


def next_url(request) -> str:
    """Where to go afterwards: the page asked for, if it is on this site, else the dashboard."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return reverse("wagtailadmin_home")


def grouped(secret: str) -> str:
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


PENDING_KEY = "two_factor_pending_device"


def pending_device(request) -> TOTPDevice:
    """The unconfirmed device this session is setting up: the same secret across its reloads,
    and a new secret for any other session. Whoever learns the password of an account not yet
    enrolled cannot read the key the owner is about to scan: starting a set-up elsewhere
    replaces it, and the owner's confirmation then fails instead of trusting a copied key."""
    user = request.user
    device = TOTPDevice.objects.filter(
        user=user, confirmed=False, pk=request.session.get(PENDING_KEY)
    ).first()
    if device is None:
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
        request.session[PENDING_KEY] = device.pk
    return device


def complete_sign_in(request, device) -> None:
    """The second factor is verified: a new session key, so a key seen before this moment
    (for example fixed by someone else) is worth nothing now."""
    django_otp.login(request, device)
    request.session.pop(PENDING_KEY, None)
    request.session.cycle_key()


@never_cache
@sensitive_post_parameters("token")
def setup(request):
    user = request.user
    if two_factor.has_device(user):
        if not user.is_verified():
            return redirect(f"{reverse('two_factor_verify')}?{request.GET.urlencode()}")
        context = {"next": next_url(request), "codes_left": backup_codes.remaining(user)}
        return render(request, "accounts/two_factor_done.html", context)

    device = pending_device(request)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
            allowed, _ = device.verify_is_allowed()
            if allowed and device.verify_token(form.cleaned_data["token"]):
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                TOTPDevice.objects.filter(user=user, confirmed=False).delete()
                complete_sign_in(request, device)
                return show_codes(request, backup_codes.issue(user), first_time=True)
        form.add_error("token", WRONG_CODE if allowed else WAIT)

    uri = device.config_url
    secret = base64.b32encode(device.bin_key).decode()
    context = {
        "form": form,
        "otpauth_uri": uri,
        "secret": grouped(secret),
        "qr_svg": segno.make(uri, error="m").svg_inline(
            scale=4, dark="#000", light="#fff", title="QR code of the key"
        ),
        "next": next_url(request),
        "required": two_factor.is_required(user),
    }
    return render(request, "accounts/two_factor_setup.html", context)


@never_cache
@sensitive_post_parameters("token")
def verify(request):
    user = request.user
    if not two_factor.has_device(user):
        return redirect(f"{reverse('two_factor_setup')}?{request.GET.urlencode()}")
    if user.is_verified():
        return redirect(next_url(request))

    form = SignInCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["token"]
        backup = backup_codes.looks_like_code(token)
        device_model = StaticDevice if backup else TOTPDevice
        devices = device_model.objects.filter(user=user, confirmed=True)
        throttled = False
        for device in devices:
            allowed, _ = device.verify_is_allowed()
            throttled = throttled or not allowed
            matched = django_otp.verify_token(user, device.persistent_id, token)
            if matched is not None:
                complete_sign_in(request, matched)
                return redirect(next_url(request))
        form.add_error("token", WAIT if throttled else (WRONG_BACKUP if backup else WRONG_CODE))
    return render(
        request, "accounts/two_factor_verify.html", {"form": form, "next": next_url(request)}
    )


def show_codes(request, codes: list[str], first_time: bool = False):
    context = {
        "codes": [backup_codes.grouped(code) for code in codes],
        "next": next_url(request),
        "first_time": first_time,
    }
    return render(request, "accounts/two_factor_backup_codes.html", context)


@never_cache
def new_backup_codes(request):
    """A fresh set of backup codes (the old ones stop working). The admin's two-factor
    middleware has already made sure this session passed its second factor."""
    if request.method != "POST" or not two_factor.has_device(request.user):
        return redirect("two_factor_setup")
    return show_codes(request, backup_codes.issue(request.user))


def locked_out(request, credentials=None, *args, **kwargs):
    """django-axes' lockout response (AXES_LOCKOUT_CALLABLE): a page, not a bare 429."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
