"""Sends admin users who need a second factor to set one up or to enter a code.

Runs after django_otp's OTPMiddleware (which gives request.user `is_verified()`). Only admin
URLs are gated: the public site looks the same to everyone.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from accounts import two_factor


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        admin_prefix = "/" + settings.WAGTAIL_ADMIN_PATH.lstrip("/")
        if not request.path_info.startswith(admin_prefix):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in two_factor.OPEN_URL_NAMES:
            return None
        user = request.user
        if not two_factor.must_verify(user):
            return None
        target = "two_factor_verify" if two_factor.has_device(user) else "two_factor_setup"
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse(target)}?{query}")
