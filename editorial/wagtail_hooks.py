"""Editorial admin: tags as snippets (so editors can rename and merge-by-hand the tags on
articles), the review-due panel, report and content checks."""

from django.urls import include, path, reverse
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial import reports
from editorial.review_due import can_see_reviews


class TagViewSet(SnippetViewSet):
    model = Tag
    icon = "tag"
    menu_label = "Tags"
    add_to_admin_menu = False
    list_display = ["name", "slug"]
    search_fields = ["name"]
    panels = ["name", "slug"]


register_snippet(TagViewSet)


hooks.register("construct_homepage_panels", reports.add_dashboard_panel)


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path("", reports.ReviewDueReportView.as_view(), name="review_due"),
        path(
            "results/",
            reports.ReviewDueReportView.as_view(results_only=True),
            name="review_due_results",
        ),
    ]
    return [path("reports/review-due/", include((urls, "editorial_admin")))]


class ReviewDueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_reviews(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReviewDueMenuItem(
        "Review due",
        reverse("editorial_admin:review_due"),
        name="review-due",
        icon_name="date",
        order=1320,
    )
