"""The admin report of what readers search for: Reports > Site searches."""

from datetime import timedelta

import django_filters
from django.db.models import Max, Sum
from django.utils import timezone
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from core.exports import safe_cell
from search.models import QueryCount

REPORT_DAYS = 30


class QueryReportFilterSet(WagtailFilterSet):
    results = django_filters.ChoiceFilter(
        label="Results",
        choices=[("none", "Only searches that found nothing")],
        empty_label="All searches",
        method="filter_results",
    )

    class Meta:
        model = QueryCount
        fields = []

    def filter_results(self, queryset, name, value):
        if value == "none":
            return queryset.filter(zero_results__gt=0).order_by("-zero_results", "query")
        return queryset


class SearchQueryReportView(ReportView):
    page_title = "Site searches"
    header_icon = "search"
    index_url_name = "search_admin:report"
    index_results_url_name = "search_admin:report_results"
    filterset_class = QueryReportFilterSet
    is_searchable = False
    default_ordering = "-searches"
    paginate_by = 50
    model = QueryCount
    any_permission_required = ["view"]
    columns = [
        Column("query", label="Query", sort_key="query"),
        NumberColumn("searches", label="Searches", sort_key="searches"),
        NumberColumn("zero_results", label="Found nothing", sort_key="zero_results"),
        DateColumn("last_searched", label="Last searched", sort_key="last_searched"),
    ]
    list_export = ["query", "searches", "zero_results", "last_searched"]
    export_headings = {
        "query": "Query",
        "searches": "Searches",
        "zero_results": "Found nothing",
        "last_searched": "Last searched",
    }

    # What visitors typed goes into the CSV: Wagtail escapes formulas only in XLSX.
    custom_value_preprocess = {
        **ReportView.custom_value_preprocess,
        str: {**ReportView.custom_value_preprocess.get(str, {}), "csv": safe_cell},
    }

    def get_base_queryset(self):
        since = timezone.localdate() - timedelta(days=REPORT_DAYS - 1)
        return (
            QueryCount.objects.filter(date__gte=since)
            .values("query")
            .annotate(
                searches=Sum("searches"),
                zero_results=Sum("zero_result_searches"),
                last_searched=Max("date"),
            )
        )

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["report_days"] = REPORT_DAYS
        return context
