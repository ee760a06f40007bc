"""Error pages that still show the crisis line, whatever failed."""

import logging

from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.utils.html import format_html, format_html_join
from django.views.debug import SafeExceptionReporterFilter
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)


@requires_csrf_token
def page_not_found(request, exception=None):
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


@requires_csrf_token
def server_error(request):
    """Render the 500 page without touching the database: it may be the thing that failed."""
    from home.crisis import DEFAULT_CHANNELS
    from home.models import SiteSettings

    template = loader.get_template("500.html")
    context = {
        "haven_settings": SiteSettings.fallback(),
        "menu_pages": [],
        "without_database": True,
        "request": request,
    }
    try:
        body = template.render(context)
    except Exception:  # the last line of defence: never fail while reporting a failure
        logger.exception("The 500 page itself failed to render")
        links = format_html_join(
            " ",
            '<a href="{}">{}</a>',
            ((c["action"], c["label"]) for c in DEFAULT_CHANNELS if c["in_banner"]),
        )
        body = format_html(
            "<!doctype html><title>Something went wrong</title><h1>Something went wrong</h1>"
            "<p>In crisis? {}</p>",
            links,
        )
    return HttpResponseServerError(body)


class ReporterFilter(SafeExceptionReporterFilter):
    """Django hides sensitive POST values and locals only with DEBUG off. Haven hides them with
    DEBUG on too (`make dev`): a developer trying the inquiry form with real details, or a
    screenshot of the debug page, must not show what a person typed."""

    def is_active(self, request):
        return True
