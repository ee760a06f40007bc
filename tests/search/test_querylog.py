"""What people look for: anonymous daily counts, and the admin report over the last 30 days."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from search.models import QueryCount
from tests.conftest import sign_in_with_second_factor


def search(client, query, **extra):
    assert client.get("/search/", {"q": query, **extra}).status_code == 200


def test_counts_per_day_merging_case_and_spacing(client, content):
    search(client, "Burnout")
    search(client, "  burnout ")
    search(client, "BURNOUT")
    row = QueryCount.objects.get()
    assert (row.date, row.query, row.searches, row.zero_result_searches) == (
        timezone.localdate(),
        "burnout",
        3,
        0,
    )


def test_zero_result_searches_are_counted(client, content):
    search(client, "xylophone")
    search(client, "xylophone")
    search(client, "burnout")
    counts = {r.query: (r.searches, r.zero_result_searches) for r in QueryCount.objects.all()}
    assert counts == {"xylophone": (2, 2), "burnout": (1, 0)}


def test_counts_are_batched_out_of_the_request_and_none_are_lost(client, content, settings):
    from search import querylog

    settings.SEARCH_QUERY_LOG_FLUSH_SECONDS = 3600
    querylog.flush()  # start with an empty tally
    search(client, "burnout")
    search(client, "xylophone")
    assert not QueryCount.objects.exists()  # nothing written while the searches were served

    querylog.flush()

    counts = {r.query: (r.searches, r.zero_result_searches) for r in QueryCount.objects.all()}
    assert counts == {"burnout": (1, 0), "xylophone": (1, 1)}


def test_paging_through_results_is_not_another_search(client, content):
    search(client, "burnout")
    search(client, "burnout", page="2")
    assert QueryCount.objects.get().searches == 1


def test_nothing_about_the_person_is_stored(client, content):
    fields = {f.name for f in QueryCount._meta.get_fields()}
    assert fields == {"id", "date", "query", "searches", "zero_result_searches"}
    client.cookies["sessionid"] = "abc"
    client.get("/search/", {"q": "burnout"}, REMOTE_ADDR="203.0.113.9")
    assert "203.0.113.9" not in repr(list(QueryCount.objects.values()))


def test_long_queries_are_cut_and_contact_details_dropped(client, content):
    search(client, "burnout " + "very " * 100)
    search(client, "call me at 555 010 4477 or jo@example.com about iop")
    queries = set(QueryCount.objects.values_list("query", flat=True))
    assert all(len(q) <= 100 for q in queries)
    assert any(q.startswith("burnout very") for q in queries)
    assert "call me at or about iop" in queries


def test_crisis_queries_are_counted_by_phrase_not_as_typed(client, content):
    search(client, "My name is Sam and I want to die")
    assert list(QueryCount.objects.values_list("query", flat=True)) == ["crisis: want to die"]


def test_empty_query_is_not_counted(client, content):
    search(client, "")
    search(client, "   ")
    assert not QueryCount.objects.exists()


REPORT = "/admin/reports/site-searches/"


@pytest.fixture
def counts(db):
    today = timezone.localdate()
    rows = [
        (today, "burnout", 9, 0),
        (today - timedelta(days=3), "burnout", 4, 0),
        (today, "virtual iop", 7, 0),
        (today, "emdr", 3, 3),
        (today - timedelta(days=10), "equine therapy", 2, 2),
        (today - timedelta(days=45), "ancient query", 50, 50),
    ]
    for date, query, searches, zero in rows:
        QueryCount.objects.create(
            date=date, query=query, searches=searches, zero_result_searches=zero
        )


def test_report_lists_top_queries_of_the_last_30_days(admin_login, counts):
    client = admin_login
    response = client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    cells = re.findall(r"<td[^>]*>\s*([^<]*?)\s*</td>", html)
    queries = [c for c in cells if c in ("burnout", "virtual iop", "emdr", "equine therapy")]
    assert queries == ["burnout", "virtual iop", "emdr", "equine therapy"]  # most searched first
    assert cells[cells.index("burnout") + 1] == "13"  # its two days added up
    assert "ancient query" not in html  # older than 30 days


def test_report_filters_zero_result_queries(admin_login, counts):
    client = admin_login
    html = client.get(REPORT, {"results": "none"}).content.decode()
    assert "emdr" in html and "equine therapy" in html
    assert "burnout" not in html and "virtual iop" not in html


def test_report_is_in_the_reports_menu(admin_login, counts):
    client = admin_login
    html = client.get("/admin/").content.decode()
    assert REPORT in html and "Site searches" in html


def test_report_needs_permission(client, django_user_model, counts):
    editor = django_user_model.objects.create_user("ed", "ed@example.test", "a-long-password-1")
    editors = Group.objects.create(name="Search editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(editors)
    sign_in_with_second_factor(client, editor)
    refused = client.get(REPORT, follow=True)
    assert refused.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
    assert "permission to access this area" in refused.content.decode()
    assert "burnout" not in refused.content.decode()
    editors.permissions.add(Permission.objects.get(codename="view_querycount"))
    assert "burnout" in client.get(REPORT).content.decode()


def test_report_exports_csv(admin_login, counts):
    client = admin_login
    response = client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content if response.streaming else [response.content])
    assert b"burnout,13,0" in body


def test_a_searched_formula_reaches_the_csv_as_text_not_a_formula(admin_login, client, content):
    # Anyone can type a spreadsheet formula into the public search box.
    client.get("/search/", {"q": '=HYPERLINK("http://example.test/x","help")'})
    client.get("/search/", {"q": "@SUM(1+1)"})
    response = admin_login.get(REPORT, {"export": "csv"})
    body = b"".join(response.streaming_content if response.streaming else [response.content])
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    queries = [row[0] for row in rows[1:]]
    assert queries and all(not q.startswith(("=", "+", "-", "@")) for q in queries)
    assert any(q.startswith("'=hyperlink") for q in queries)
