"""Admin: the listing reports inbox and a CSV export of every program."""

from django.http import HttpResponse
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from directory.csv_io import export_csv
from directory.models import ProgramPage
from directory.verify_admin import VERIFY_PERMISSION, ListingReportViewSet, admin_urls


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


@hooks.register("register_admin_urls")
def register_verification_urls():
    return admin_urls()


class VerifyMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VERIFY_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_verification_menu_item():
    return VerifyMenuItem(
        "Listings to verify", reverse("directory_listings_to_verify"), icon_name="tick", order=250
    )
