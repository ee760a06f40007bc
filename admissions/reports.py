"""Figures for admissions staff: the dashboard panel ("5 new inquiries, oldest 2 hours") and
the weekly report (inquiries per week, median time to first contact), rendered on the server
as a table and an SVG bar chart: no JavaScript library."""

import statistics
from datetime import timedelta

from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.timesince import timesince
from wagtail.admin.ui.components import Component

from admissions.choices import Status
from admissions.models import Inquiry
from admissions.permissions import can_use_inbox, inbox_permission_required

WEEKS = 12
CHART_HEIGHT = 120


def new_inquiry_summary(now=None):
    now = now or timezone.now()
    new = Inquiry.objects.filter(status=Status.NEW)
    count = new.count()
    oldest = new.order_by("received_at").values_list("received_at", flat=True).first()
    return {"count": count, "oldest_age": timesince(oldest, now, depth=1) if oldest else ""}


def weekly_figures(now=None, weeks=WEEKS):
    """One row per week (oldest first): start date, inquiries received, median hours from
    receipt to first contact among those contacted (None when none were)."""
    now = timezone.localtime(now or timezone.now())
    this_monday = (now - timedelta(days=now.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    start = this_monday - timedelta(weeks=weeks - 1)
    rows = [{"start": start + timedelta(weeks=n), "count": 0, "waits": []} for n in range(weeks)]
    received = Inquiry.objects.filter(received_at__gte=start).values_list(
        "received_at", "first_contact_at"
    )
    for received_at, first_contact_at in received:
        index = (timezone.localtime(received_at) - start).days // 7
        if 0 <= index < weeks:
            rows[index]["count"] += 1
            if first_contact_at:
                rows[index]["waits"].append((first_contact_at - received_at).total_seconds())
    busiest = max((row["count"] for row in rows), default=0) or 1
    for n, row in enumerate(rows):
        waits = row.pop("waits")
        row["median_hours"] = round(statistics.median(waits) / 3600, 1) if waits else None
        row["bar_height"] = round(CHART_HEIGHT * row["count"] / busiest)
        row["bar_x"] = n * 40 + 10
        row["bar_y"] = CHART_HEIGHT - row["bar_height"] + 20
    return rows


@inbox_permission_required("list")
def report(request):
    return TemplateResponse(
        request,
        "admissions/inbox/report.html",
        {
            "weeks": weekly_figures(),
            "chart_height": CHART_HEIGHT + 50,
            "chart_width": WEEKS * 40 + 20,
        },
    )


class NewInquiriesPanel(Component):
    name = "admissions_new_inquiries"
    template_name = "admissions/inbox/dashboard_panel.html"
    order = 90  # above Wagtail's own panels: new inquiries are the most urgent thing here

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(new_inquiry_summary())
        return context


def add_dashboard_panel(request, panels):
    if can_use_inbox(request.user, "list"):
        panels.append(NewInquiriesPanel())
