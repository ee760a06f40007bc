"""Reports of an error in a listing: the form a visitor sends from a program's page (served by
ProgramPage's report-error route). The form is built on first use: it needs the ListingReport
model, and this module is imported by directory/models.py before the model exists."""

from functools import cache

from django import forms
from django.apps import apps
from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from core.rate_limit import over_limit


@cache
def listing_report_form():
    class ListingReportForm(forms.ModelForm):
        # Bots fill every field; people never see this one.
        nickname = forms.CharField(required=False, label="Leave this empty")

        class Meta:
            model = apps.get_model("directory", "ListingReport")
            fields = ["problem", "details"]
            labels = {"problem": "What is wrong?", "details": "What should it say? (optional)"}
            help_texts = {"details": "Please don't include names or health details."}
            widgets = {"problem": forms.RadioSelect, "details": forms.Textarea(attrs={"rows": 4})}

    return ListingReportForm


def report_error(request, program):
    sent = request.GET.get("sent") == "1"
    form = listing_report_form()(request.POST or None)
    if request.method == "POST" and over_limit(request, "directory:report", *report_rate()):
        return TemplateResponse(
            request,
            "directory/report_error.html",
            {"page": program, "form": form, "sent": False, "limited": True},
            status=429,
        )
    if request.method == "POST" and form.is_valid():
        # A filled honeypot is thanked like a person and dropped. The report keeps no
        # address, name or cookie: the reporter stays anonymous.
        if not form.cleaned_data.get("nickname"):
            report = form.save(commit=False)
            report.program = program
            report.save()
        url = program.get_url(request) + program.reverse_subpage("report_error")
        return redirect(url + "?sent=1")
    return TemplateResponse(
        request,
        "directory/report_error.html",
        {"page": program, "form": form, "sent": sent},
        status=400 if request.method == "POST" else 200,
    )


def report_rate() -> tuple[int, int]:
    """Reports a client may send, and in how many seconds (settings, defaults 5 an hour)."""
    limit = getattr(settings, "DIRECTORY_REPORT_RATE_LIMIT", 5)
    return limit, getattr(settings, "DIRECTORY_REPORT_RATE_WINDOW_SECONDS", 60 * 60)
