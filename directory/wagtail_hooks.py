"""Admin: the listing reports inbox and a CSV export of every program."""

from django.http import HttpResponse
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from directory.csv_io import export_csv
from directory.models import ListingReport, ProgramPage


class ListingReportViewSet(ModelViewSet):
    model = ListingReport
    icon = "warning"
    menu_label = "Listing reports"
    add_to_admin_menu = True
    list_display = ["program", "problem", "created_at", "resolved"]
    list_filter = ["resolved", "problem"]
    form_fields = ["problem", "details", "resolved"]
    inspect_view_enabled = True
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_listing_reports():
    return ListingReportViewSet("listing_reports")


def programs_csv(request):
    programs = ProgramPage.objects.order_by("title", "pk")
    response = HttpResponse(export_csv(programs), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="programs.csv"'
    return response


@hooks.register("register_admin_urls")
def register_export_url():
    return [path("directory/programs.csv", programs_csv, name="directory_programs_csv")]


@hooks.register("register_reports_menu_item")
def register_export_menu_item():
    return MenuItem(
        "Programs (CSV)", reverse("directory_programs_csv"), icon_name="download", order=900
    )
