"""Admin: the synonyms snippet and the search report under Reports."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.admin_views import SearchQueryReportView
from search.models import QueryCount, Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = "Search synonyms"
    list_display = ["words"]
    search_fields = ["words"]
    ordering = ["words"]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path("", SearchQueryReportView.as_view(), name="report"),
        path(
            "results/",
            SearchQueryReportView.as_view(results_only=True),
            name="report_results",
        ),
    ]
    return [path("reports/site-searches/", include((urls, "search_admin")))]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(
            f"{QueryCount._meta.app_label}.view_{QueryCount._meta.model_name}"
        )


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return SearchReportMenuItem(
        "Site searches",
        reverse("search_admin:report"),
        name="site-searches",
        icon_name="search",
        order=1310,
    )
