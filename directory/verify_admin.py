"""Admin work queues for the Directory staff group: "Listings to verify" (most stale first, one
action: "Verified today") and the listing reports queue, each report linked to its listing."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, F, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet

from directory import freshness
from directory.models import ListingReport, ProgramPage, Verification
from directory.verification import record_verification

VERIFY_PERMISSION = "directory.add_verification"
PER_PAGE = 50


def _require(request):
    if not request.user.has_perm(VERIFY_PERMISSION):
        raise PermissionDenied


def listings_to_verify(request):
    _require(request)
    open_reports = Count("reports", filter=Q(reports__status__in=ListingReport.OPEN))
    programs = (
        ProgramPage.objects.live()
        .annotate(open_reports=open_reports)
        .order_by(
            "-needs_reverification",
            F("last_verified").asc(nulls_first=True),
            "title",
            "pk",
        )
        .only("title", "last_verified", "needs_reverification", "city", "state")
    )
    page = Paginator(programs, PER_PAGE).get_page(request.GET.get("p"))
    open_counts = dict(
        ListingReport.objects.filter(status__in=ListingReport.OPEN)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return TemplateResponse(
        request,
        "directory/admin/listings_to_verify.html",
        {
            "page_obj": page,
            "rows": [(p, freshness.LABELS[p.freshness]) for p in page],
            "new_reports": open_counts.get(ListingReport.NEW, 0),
            "confirmed_reports": open_counts.get(ListingReport.CONFIRMED, 0),
            "reports_url": reverse("listing_reports:index"),
        },
    )


class VerifiedTodayForm(forms.ModelForm):
    class Meta:
        model = Verification
        fields = [
            "method",
            "changes",
            "accepting_new_clients",
            "next_intake_date",
            "waitlist_weeks",
        ]
        widgets = {
            "method": forms.RadioSelect,
            "changes": forms.Textarea(attrs={"rows": 3}),
            "next_intake_date": forms.DateInput(attrs={"type": "date"}),
        }
        labels = {"waitlist_weeks": "Waiting list (about how many weeks)"}


def verify_listing(request, program_id):
    _require(request)
    program = get_object_or_404(ProgramPage, pk=program_id)
    initial = {
        "accepting_new_clients": program.accepting_new_clients,
        "next_intake_date": program.next_intake_date,
        "waitlist_weeks": program.waitlist_weeks,
    }
    form = VerifiedTodayForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        record_verification(program, user=request.user, **form.cleaned_data)
        messages.success(request, f"“{program.title}” marked verified today.")
        return redirect("directory_listings_to_verify")
    return TemplateResponse(
        request,
        "directory/admin/verify_listing.html",
        {
            "program": program,
            "form": form,
            "history": program.verifications.select_related("verified_by")[:10],
            "reports": program.reports.filter(status__in=ListingReport.OPEN),
        },
    )


def admin_urls():
    return [
        path("directory/to-verify/", listings_to_verify, name="directory_listings_to_verify"),
        path(
            "directory/to-verify/<int:program_id>/",
            verify_listing,
            name="directory_verify_listing",
        ),
    ]


class ListingReportViewSet(ModelViewSet):
    model = ListingReport
    icon = "warning"
    menu_label = "Listing reports"
    add_to_admin_menu = True
    list_display = [
        "problem",
        TitleColumn(
            "program",
            label="Listing",
            get_url=lambda report: reverse("directory_verify_listing", args=[report.program_id]),
        ),
        "created_at",
        "status",
    ]
    list_filter = ["status", "problem"]
    form_fields = ["status"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_queryset(self, request):
        return ListingReport.objects.select_related("program")
