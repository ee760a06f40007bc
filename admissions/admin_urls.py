from django.urls import path

from admissions import admin_views, duplicates, exports, reports
from admissions.inbox import InboxIndexView

app_name = "admissions_inbox"

urlpatterns = [
    path("", InboxIndexView.as_view(), name="index"),
    path("results/", InboxIndexView.as_view(results_only=True), name="index_results"),
    path("export.csv", exports.export_csv, name="export"),
    path("failed/", admin_views.failed, name="failed"),
    path("failed/resend/", admin_views.resend_notifications, name="resend"),
    path("report/", reports.report, name="report"),
    path("<int:pk>/", admin_views.detail, name="detail"),
    path("<int:pk>/delete/", admin_views.delete, name="delete"),
    path("<int:pk>/duplicate/", duplicates.resolve_view, name="duplicate"),
]
