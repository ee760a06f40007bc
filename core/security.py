"""Content-Security-Policy on every response, chosen per response on top of django-csp.

Django's SecurityMiddleware sends HSTS (production), `X-Content-Type-Options: nosniff` and
`Referrer-Policy`; django-permissions-policy sends Permissions-Policy (settings.PERMISSIONS_POLICY).

Three policies:

- public pages: `settings.CONTENT_SECURITY_POLICY` (PUBLIC_DIRECTIVES below): scripts, styles,
  images and fonts from this site only, no inline script, no eval, no framing by anyone;
- the Wagtail admin (every URL under settings.WAGTAIL_ADMIN_PATH): ADMIN_DIRECTIVES. Wagtail 8's
  admin still writes inline `<script>` in several widgets (date pickers, inline panels, search
  promotions) and inline styles, so the admin needs 'unsafe-inline' there, nothing more; it is
  still same-origin only for everything it loads;
- Wagtail's preview: the page is rendered through a "dummy" request that runs the middleware
  with the page's public URL; it gets the public policy with `frame-ancestors 'self'`, so the
  preview panel can frame it and shows what the public policy allows. Admin views Wagtail marks
  `X-Frame-Options: SAMEORIGIN` (previews of blocks, errors) get the admin policy with
  `frame-ancestors 'self'`. Everything else says `frame-ancestors 'none'`.

Extending the policy for one response (e.g. a third-party widget on one page). In the view,
before returning the response::

    from core.security import allow_recaptcha, extend_csp

    allow_recaptcha(request)  # reCAPTCHA's hosts, and only when both keys are configured
    extend_csp(request, {"img-src": ["https://maps.example.org"]})  # anything else

Both add sources to the directives named (they never remove any); the middleware reads them
from `request.csp_extra` when it writes the header. Setting `request.csp_extra = {...}` directly
works too. django-csp's own decorators (`csp.decorators.csp_update`) also still work.
"""

from functools import lru_cache

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest

SELF = "'self'"
NONE = "'none'"

PUBLIC_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    # Wagtail's userbar (shown to signed-in editors) loads its stylesheet with <link>:
    # no inline style is needed on public pages.
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "manifest-src": [SELF],
    "frame-src": [NONE],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}

ADMIN_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "media-src": [SELF],
    "worker-src": [SELF, "blob:"],
    "frame-src": [SELF],  # the live preview panel
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}

# Google's documented sources for reCAPTCHA v3 (www.recaptcha.net is its alternative host).
RECAPTCHA_SOURCES = {
    "script-src": [
        "https://www.google.com/recaptcha/",
        "https://www.gstatic.com/recaptcha/",
        "https://www.recaptcha.net/recaptcha/",
    ],
    "frame-src": ["https://www.google.com/recaptcha/", "https://www.recaptcha.net/recaptcha/"],
    "connect-src": ["https://www.google.com/recaptcha/", "https://www.recaptcha.net/recaptcha/"],
}


def with_media_origin(directives: dict, media_url: str) -> dict:
    """Allow images from MEDIA_URL's origin when media is served from elsewhere (S3, a CDN)."""
    if not media_url.startswith(("https://", "http://")):
        return directives
    origin = "/".join(media_url.split("/")[:3])
    return {**directives, "img-src": [*directives["img-src"], origin]}


def extend_csp(request: HttpRequest, sources: dict[str, list[str]]) -> None:
    """Add sources to this response's policy (see the module docstring)."""
    extra = getattr(request, "csp_extra", None) or {}
    for directive, values in sources.items():
        current = list(extra.get(directive, []))
        extra[directive] = current + [value for value in values if value not in current]
    request.csp_extra = extra


def recaptcha_configured() -> bool:
    return bool(
        getattr(settings, "RECAPTCHA_PUBLIC_KEY", "")
        and getattr(settings, "RECAPTCHA_PRIVATE_KEY", "")
    )


def allow_recaptcha(request: HttpRequest) -> bool:
    """Allow reCAPTCHA's hosts on this response only, and only when both keys are configured."""
    if not recaptcha_configured():
        return False
    extend_csp(request, RECAPTCHA_SOURCES)
    return True


def is_admin_path(path: str) -> bool:
    return path.startswith("/" + settings.WAGTAIL_ADMIN_PATH.lstrip("/"))


def is_framed_by_admin(request, response) -> bool:
    """Wagtail's preview: its admin views say X-Frame-Options SAMEORIGIN, and the page itself
    is rendered through a second, "dummy" request that runs this middleware first."""
    if getattr(request, "is_dummy", False):
        return True
    return response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"


def merge(base: dict, extra: dict | None) -> dict:
    if not extra:
        return base
    merged = {key: list(values) for key, values in base.items()}
    for directive, values in extra.items():
        if not values:
            continue
        # 'none' cannot stand beside a source: an added source replaces it.
        # A directive the base leaves out falls back to default-src: start from that.
        inherited = merged.get(directive, merged.get("default-src", []))
        current = [value for value in inherited if value != NONE]
        merged[directive] = list(dict.fromkeys(current + list(values)))
    return merged


def freeze(directives: dict | None) -> tuple:
    return tuple(sorted((key, tuple(values)) for key, values in (directives or {}).items()))


@lru_cache(maxsize=256)
def policy_header(base: tuple, extra: tuple, framable: bool) -> str:
    """The header text for one combination; memoised, since every response needs one."""
    directives = merge({key: list(values) for key, values in base}, dict(extra))
    if framable:
        directives["frame-ancestors"] = [SELF]
    ordered = {"default-src": directives.pop("default-src"), **directives}
    parts = (f"{name} {' '.join(dict.fromkeys(values))}" for name, values in ordered.items())
    return "; ".join(parts)


# django-csp's per-view hooks; a response carrying one takes django-csp's own (slower) path.
CSP_VIEW_ATTRIBUTES = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware choosing the admin or public policy."""

    def process_response(self, request, response):
        uses_django_csp = getattr(request, "_csp_nonce", None) is not None or any(
            hasattr(response, name) for name in CSP_VIEW_ATTRIBUTES
        )
        if uses_django_csp:
            response = super().process_response(request, response)
        elif HEADER not in response:
            base = ADMIN_DIRECTIVES if is_admin_path(request.path_info) else None
            if base is None:
                base = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
            framable = is_framed_by_admin(request, response)
            extra = freeze(getattr(request, "csp_extra", None))
            response[HEADER] = policy_header(freeze(base), extra, framable)
        return response

    def get_policy_parts(self, request, response, report_only=False):
        # Only reached on django-csp's path (a nonce or a csp decorator on the view).
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        base = ADMIN_DIRECTIVES if is_admin_path(request.path_info) else None
        if base is None:
            base = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
        parts.config = merge(base, getattr(request, "csp_extra", None))
        if is_framed_by_admin(request, response):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return PolicyParts(parts.config, parts.update, parts.replace, parts.nonce)
