"""The "More ways to get help" page: every crisis channel in the site settings, by group.

A view rather than a page type: editors change the channels in Settings > Site settings, and
the banner links here on every page, the database-less 500 page included.
"""

from django.template.response import TemplateResponse


def crisis_help(request):
    return TemplateResponse(request, "home/crisis_help.html")
