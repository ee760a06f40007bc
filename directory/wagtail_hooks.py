"""Admin: the listing reports inbox and a CSV export of every program."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.visibility import public_q
from directory.csv_io import export_csv
from directory.models import ADMISSIONS_EMAIL_PERMISSION, DirectoryPage, ProgramPage
from directory.verify_admin import VERIFY_PERMISSION, ListingReportViewSet, admin_urls


@hooks.register("register_admin_viewset")
def register_listing_reports():
    return ListingReportViewSet("listing_reports")


def can_export_programs(user) -> bool:
    """Superusers, Directory staff and whoever may edit a directory page; not every admin user."""
    if user.is_superuser or user.has_perm(VERIFY_PERMISSION):
        return True
    return any(page.permissions_for_user(user).can_edit() for page in DirectoryPage.objects.all())


def programs_csv(request):
    """What the public sees, for editors; drafts and private programs only for superusers, and
    the admissions e-mail that notifications go to only for whoever may change it."""
    user = request.user
    if not can_export_programs(user):
        raise PermissionDenied
    programs = ProgramPage.objects.order_by("title", "pk")
    if not user.is_superuser:
        programs = programs.filter(public_q())
    with_email = user.has_perm(ADMISSIONS_EMAIL_PERMISSION)
    csv_text = export_csv(programs, with_admissions_email=with_email)
    response = HttpResponse(csv_text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="programs.csv"'
    return response


@hooks.register("register_admin_urls")
def register_export_url():
    return [path("directory/programs.csv", programs_csv, name="directory_programs_csv")]


class ProgramsExportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_export_programs(request.user)


@hooks.register("register_reports_menu_item")
def register_export_menu_item():
    return ProgramsExportMenuItem(
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
