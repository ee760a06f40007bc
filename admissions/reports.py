"""Figures for admissions staff: the dashboard panel ("5 new inquiries, oldest 2 hours") and
the report (admissions/report_figures.py), drawn on the server as SVG charts and tables: no
JavaScript library."""

from datetime import date, timedelta

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.timesince import timesince
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from admissions.choices import Status
from admissions.clock import minutes_text
from admissions.models import AdmissionsTeam, Inquiry
from admissions.permissions import can_use_inbox, inbox_permission_required
from admissions.report_chart import funnel_chart, share_chart
from admissions.report_figures import build_report

DEFAULT_WEEKS = 12
MOST_WEEKS = 53  # a calendar year, whole weeks at both ends
EARLIEST, LATEST = date(2000, 1, 1), date(2099, 12, 31)


def new_inquiry_summary(now=None):
    now = now or timezone.now()
    new = Inquiry.objects.filter(status=Status.NEW)
    count = new.count()
    oldest = new.order_by("received_at").values_list("received_at", flat=True).first()
    return {"count": count, "oldest_age": timesince(oldest, now, depth=1) if oldest else ""}


class ReportFilterForm(forms.Form):
    """The report's range (whole weeks, Monday to Sunday) and team. Empty: the last 12 weeks
    of every team."""

    team = forms.ModelChoiceField(
        AdmissionsTeam.objects.all(), required=False, empty_label="All teams"
    )
    start = forms.DateField(
        required=False,
        label="From the week of",
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[MinValueValidator(EARLIEST), MaxValueValidator(LATEST)],
    )
    end = forms.DateField(
        required=False,
        label="To the week of",
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[MinValueValidator(EARLIEST), MaxValueValidator(LATEST)],
    )

    def clean(self):
        data = super().clean()
        if "start" in self.errors or "end" in self.errors:
            return data
        end = data.get("end") or timezone.localdate()
        start = data.get("start") or end - timedelta(weeks=DEFAULT_WEEKS - 1)
        if start > end:
            raise forms.ValidationError("The first week must come before the last one.")
        if (end - start).days // 7 >= MOST_WEEKS:
            raise forms.ValidationError(
                f"Choose at most {MOST_WEEKS} weeks, a year; the report would be slow to read "
                "and to compute."
            )
        data.update(start=start, end=end)
        return data


@method_decorator(inbox_permission_required("list"), name="dispatch")
class ReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "admissions/inbox/report.html"
    page_title = "Admissions report"
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("admissions_inbox:index"), "label": "Admissions inbox"},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = ReportFilterForm(self.request.GET)
        context["form"] = form
        if not form.is_valid():
            return context
        report = build_report(
            form.cleaned_data["start"], form.cleaned_data["end"], form.cleaned_data["team"]
        )
        context["report"] = report
        context["teams"] = [
            {
                "report": team,
                "chart": share_chart(team),
                "target_text": _duration(team.target),
                "weeks": [_row(f"{start:%Y-%m-%d}", figures) for start, figures in team.weeks],
                "total": _row("All weeks", team.total),
            }
            for team in report.teams
        ]
        context["funnel_chart"] = funnel_chart(report.funnel)
        return context


def _row(label, figures):
    """One line of a team's table: a week, or the whole range."""
    share = figures.share
    return {
        "label": label,
        "received": figures.received,
        "contacted": figures.contacted,
        "median": _duration(figures.median),
        "p90": _duration(figures.p90),
        # "67% (2 of 3)": the share, and what it is out of.
        "share_text": f"{share:.0%} ({figures.within} of {figures.decided})"
        if share is not None
        else "–",
    }


def _duration(span):
    return minutes_text(span) if span is not None else "–"


report = ReportView.as_view()


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
