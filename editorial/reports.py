"""Review due in the admin: the dashboard panel and Reports > Review due."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from editorial.review_due import can_see_reviews, due_articles, interval_months

PANEL_ROWS = 10


class ReviewDuePanel(Component):
    name = "editorial_review_due"
    template_name = "editorial/review_due_panel.html"
    order = 110

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        rows = due_articles()
        context.update(rows=rows[:PANEL_ROWS], more=max(0, len(rows) - PANEL_ROWS))
        context["months"] = interval_months()
        return context


def add_dashboard_panel(request, panels):
    if can_see_reviews(request.user):
        panels.append(ReviewDuePanel())


class ReviewDueReportView(ReportView):
    page_title = "Review due"
    header_icon = "date"
    index_url_name = "editorial_admin:review_due"
    index_results_url_name = "editorial_admin:review_due_results"
    is_searchable = False
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label="Article",
            url_name="wagtailadmin_pages:edit",
            id_accessor="pk",
        ),
        DateColumn("last_reviewed", label="Last reviewed"),
        DateColumn("due_on", label="Review due"),
        Column("status", label="Status"),
    ]
    list_export = ["title", "last_reviewed", "due_on", "status"]
    export_headings = {
        "title": "Article",
        "last_reviewed": "Last reviewed",
        "due_on": "Review due",
        "status": "Status",
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reviews(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return due_articles()
