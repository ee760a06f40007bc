"""Editorial admin: tags as snippets (so editors can rename and merge-by-hand the tags on
articles), the review-due panel, report and content checks."""

from django.urls import include, path, reverse
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter, log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from articles.safety import GATED_ACTIONS, OVERRIDE_LOG_ACTION, missing_crisis_block
from editorial import checker, reports
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


hooks.register("construct_wagtail_userbar", checker.replace_checker)


@hooks.register("register_log_actions")
def register_override_action(actions):
    @actions.register_action(OVERRIDE_LOG_ACTION)
    class OverrideFormatter(LogFormatter):
        label = "Published without the crisis-help block"

        def format_message(self, log_entry):
            return "Submitted or published without the crisis-help block"

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")


def log_crisis_override(request, page):
    """after_create_page / after_edit_page: when an article about suicide or self-harm goes
    forward without the crisis-help block, its stated reason goes into the page's history."""
    page = page.get_latest_revision_as_object() if page.pk else page
    reason = (getattr(page, "crisis_block_override", "") or "").strip()
    if not reason or not any(action in request.POST for action in GATED_ACTIONS):
        return
    if not missing_crisis_block(page.title, list(page.topics.all()), page.body):
        return
    log(
        instance=page,
        action=OVERRIDE_LOG_ACTION,
        user=request.user,
        revision=page.latest_revision,
        data={"reason": reason},
    )


hooks.register("after_create_page", log_crisis_override)
hooks.register("after_edit_page", log_crisis_override)
