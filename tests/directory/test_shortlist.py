"""A person's list of programs and the comparison: kept in the URL, never on the server, and
working with plain links and GET forms (no JavaScript)."""

import html as htmllib
import re
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from directory.shortlist import MAX_SAVED, parse_ids


@pytest.fixture
def four(make_program):
    return [
        make_program(
            title="Alder House", street_address="100 Walnut Street", phone="(555) 010-1234"
        ),
        make_program(title="Birch Center", payment=["medicaid"], accreditations=["carf"]),
        make_program(title="Cedar Online", format="virtual", states_served=["PA"]),
        make_program(title="Dune Clinic", licence_number="PA-1234", accepting_new_clients=False),
    ]


def text_of(response):
    return re.sub(r"\s+", " ", htmllib.unescape(response.content.decode()))


def hrefs(response, text):
    """The href of each link whose text (tags stripped) contains `text`."""
    found = []
    for href, inner in re.findall(
        r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', response.content.decode(), re.S
    ):
        if text in re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", inner)):
            found.append(htmllib.unescape(href))
    return found


def list_url(directory_page, *ids):
    return f"{directory_page.url}shortlist/?ids=" + ",".join(str(i) for i in ids)


# --- reading ids -----------------------------------------------------------------------------


def test_ids_are_read_in_order_without_junk_or_repeats():
    assert parse_ids(["12,34, x,0,12", "-5", "٣", "99999999999", "5"]).ids == (12, 34, 5)


@given(st.lists(st.text(max_size=200), max_size=30))
def test_any_values_give_a_short_list_of_positive_ids(values):
    ids = parse_ids(values).ids
    assert len(ids) <= MAX_SAVED
    assert len(set(ids)) == len(ids)
    assert all(isinstance(i, int) and 0 < i < 10**10 for i in ids)


# --- acting on a card: address, call, directions -----------------------------------------------


def test_a_card_gives_the_full_address_a_call_link_and_directions(client, directory_page, four):
    response = client.get(directory_page.url)
    html = text_of(response)
    assert "100 Walnut Street, Philadelphia, PA 19103" in html
    assert 'href="tel:+15550101234"' in response.content.decode()
    [directions] = hrefs(response, "Get directions to Alder House")
    assert directions == (
        "https://www.openstreetmap.org/directions?to=100%20Walnut%20Street%2C%20Philadelphia%2C%20PA%2019103"
    )
    # An online-only program has nowhere to go.
    assert not hrefs(response, "Get directions to Cedar Online")


def test_the_maps_site_is_a_setting_and_nothing_of_it_loads_with_the_page(
    client, directory_page, four, settings
):
    settings.DIRECTORY_DIRECTIONS_URL = "https://maps.example.org/?q={address}"
    settings.DIRECTORY_DIRECTIONS_SITE = "Example Maps"
    response = client.get(four[0].url)
    [directions] = hrefs(response, "Get directions to Alder House")
    assert directions.startswith("https://maps.example.org/?q=100%20Walnut")
    assert "(on Example Maps)" in text_of(response)
    page_html = response.content.decode()
    # Only a link names the maps site: no script, image, frame or prefetch from it.
    assert page_html.count("maps.example.org") == 1
    assert re.search(r'<a class="directions-link" href="https://maps\.example\.org', page_html)


# --- saving from the results ------------------------------------------------------------------


def test_saving_from_the_results_keeps_the_list_in_the_url(client, directory_page, four):
    alder, birch = four[0], four[1]
    response = client.get(directory_page.url)
    assert "My list (0 saved programs)" in text_of(response)
    [save] = hrefs(response, "Save Alder House to my list")
    assert parse_qs(urlsplit(save).query)["list"] == [str(alder.pk)]

    response = client.get(urljoin(directory_page.url, save))
    html = text_of(response)
    assert "My list (1 saved program)" in html
    assert f'id="program-{alder.pk}"' in html and "On your list." in html
    [remove] = hrefs(response, "Remove Alder House from my list")
    assert "list" not in parse_qs(urlsplit(remove).query)
    # Saving a second keeps the first; the search form carries the list too.
    [save_birch] = hrefs(response, "Save Birch Center to my list")
    assert parse_qs(urlsplit(save_birch).query)["list"] == [f"{alder.pk},{birch.pk}"]
    assert f'<input type="hidden" name="list" value="{alder.pk}">' in html
    [my_list] = hrefs(response, "My list")
    assert my_list == list_url(directory_page, alder.pk)


def test_a_search_keeps_the_list_through_filters_and_pages(client, directory_page, make_program):
    programs = [make_program(title=f"Program {n:02d}") for n in range(12)]
    response = client.get(directory_page.url, {"q": "program", "list": str(programs[0].pk)})
    [next_page] = hrefs(response, "Next")
    assert f"list={programs[0].pk}" in next_page
    response = client.get(urljoin(directory_page.url, next_page))
    assert "My list (1 saved program)" in text_of(response)


def test_a_program_page_saves_to_the_list_it_was_reached_with(client, directory_page, four):
    alder, birch = four[0], four[1]
    response = client.get(birch.url, {"list": str(alder.pk)})
    [save] = hrefs(response, "Save to my list")
    assert save == list_url(directory_page, alder.pk, birch.pk)
    [back] = hrefs(response, directory_page.title)
    assert back == f"{directory_page.url}?list={alder.pk}"
    response = client.get(birch.url, {"list": f"{alder.pk},{birch.pk}"})
    assert hrefs(response, "See my list") == [list_url(directory_page, alder.pk, birch.pk)]


# --- the list page --------------------------------------------------------------------------


def test_the_list_shows_the_saved_programs_in_order(client, directory_page, four):
    alder, _birch, cedar, _dune = four
    response = client.get(list_url(directory_page, cedar.pk, alder.pk))
    assert response.status_code == 200
    html = text_of(response)
    assert "2 programs saved." in html
    assert html.index("Cedar Online") < html.index("Alder House")
    assert "Birch Center" not in html
    assert '<meta name="robots" content="noindex">' in html
    [remove] = hrefs(response, "Remove Cedar Online from my list")
    assert remove == list_url(directory_page, alder.pk)
    assert "Alder House" in text_of(client.get(remove))


def test_the_list_ignores_junk_and_programs_the_public_cannot_see(
    client, directory_page, four, make_program
):
    alder = four[0]
    draft = make_program(title="Draft Program", live=False)
    private = make_program(title="Private Program")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    ids = f"abc,{draft.pk},{private.pk},999999,{alder.pk},{directory_page.pk}"
    response = client.get(f"{directory_page.url}shortlist/", {"ids": ids})
    assert response.status_code == 200
    html = text_of(response)
    assert "1 program saved." in html and "Alder House" in html
    assert "Draft Program" not in html and "Private Program" not in html
    # The links it gives carry only the clean list.
    [back] = hrefs(response, "Add more programs")
    assert back == f"{directory_page.url}?list={alder.pk}"


def test_send_to_myself_opens_the_persons_own_mail_with_the_lists_address(
    client, directory_page, four
):
    response = client.get(list_url(directory_page, four[0].pk, four[1].pk))
    [mailto] = hrefs(response, "E-mail this list to myself")
    scheme, rest = mailto.split(":", 1)
    assert scheme == "mailto" and rest.startswith("?")  # no recipient: the person chooses
    query = parse_qs(rest[1:])
    assert query["subject"] == ["My list of treatment programs"]
    assert unquote(query["body"][0]) == (
        f"{directory_page.full_url}shortlist/?ids={four[0].pk},{four[1].pk}"
    )


def test_an_empty_list_says_how_to_fill_it(client, directory_page):
    response = client.get(f"{directory_page.url}shortlist/")
    assert response.status_code == 200
    assert "Your list is empty." in text_of(response)


# --- comparing ------------------------------------------------------------------------------


def table_rows(response) -> dict[str, list[str]]:
    """Row header -> the cells of that row, as text."""
    html = response.content.decode()
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", html, re.S):
        header = re.search(r'<th scope="row">(.*?)</th>', row, re.S)
        if header:
            cells = re.findall(r"<td>(.*?)</td>", row, re.S)
            clean = [" ".join(re.sub(r"<[^>]+>", " ", c).split()) for c in cells]
            rows[header.group(1)] = [htmllib.unescape(c) for c in clean]
    return rows


def test_compare_sets_up_to_three_programs_side_by_side(client, directory_page, four):
    alder, birch, _cedar, dune = four
    response = client.get(
        f"{directory_page.url}compare/", {"ids": f"{alder.pk},{birch.pk},{dune.pk}"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<table" in html and "<caption" in html
    columns = re.findall(r'<th scope="col">\s*<a [^>]*>(.*?)</a>', html)
    assert columns == ["Alder House", "Birch Center", "Dune Clinic"]
    rows = table_rows(response)
    assert list(rows) == [
        "Level of care",
        "Format",
        "Where",
        "Payment",
        "Availability",
        "Credentials",
        "Verification",
        "Phone",
    ]
    assert rows["Payment"][1] == "Medicaid"
    assert rows["Credentials"][1] == "CARF"
    assert rows["Credentials"][2] == "No accreditation listed State licence PA PA-1234"
    assert rows["Availability"][2].startswith("Not accepting new clients")
    assert rows["Verification"][0].startswith("Verified recently: last verified")


def test_compare_more_than_three_says_so_and_keeps_the_list(client, directory_page, four):
    ids = ",".join(str(p.pk) for p in four)
    response = client.get(f"{directory_page.url}compare/", {"ids": ids})
    assert response.status_code == 200
    html = text_of(response)
    assert "You can compare up to 3 programs at a time, and 4 are chosen." in html
    assert "Your list keeps all 4." in html
    assert "<table" not in html
    assert f'<input type="hidden" name="ids" value="{ids}">' in html
    # Choosing three of them compares those three, and the list is still all four.
    picks = [four[0].pk, four[2].pk, four[3].pk]
    response = client.get(f"{directory_page.url}compare/", {"ids": ids, "pick": picks})
    columns = re.findall(r'<th scope="col">\s*<a [^>]*>(.*?)</a>', response.content.decode())
    assert columns == ["Alder House", "Cedar Online", "Dune Clinic"]
    [back] = hrefs(response, "Back to my list")
    assert back == f"{directory_page.url}shortlist/?ids={ids}"


def test_the_list_offers_the_first_three_to_compare(client, directory_page, four):
    ids = ",".join(str(p.pk) for p in four)
    html = client.get(f"{directory_page.url}shortlist/", {"ids": ids}).content.decode()
    checked = re.findall(r'id="pick-(\d+)"[^>]*?checked', html, re.S)
    assert checked == [str(p.pk) for p in four[:3]]


def test_the_list_and_compare_pages_print_without_the_site_around_them(
    client, directory_page, four
):
    from pathlib import Path

    from django.contrib.staticfiles import finders

    css = Path(finders.find("directory/directory.css")).read_text()
    print_rules = css[css.index("@media print") :]
    for selector in (".quick-exit", ".site-header", ".site-footer", ".shortlist-page form"):
        assert selector in print_rules
    assert "attr(data-print-url)" in print_rules
    # The rules reach the pages: their body classes, and each program's address for paper.
    html = client.get(list_url(directory_page, four[0].pk)).content.decode()
    assert '<body class="directory shortlist-page">' in html
    assert f'data-print-url="{four[0].full_url}"' in html
    html = client.get(f"{directory_page.url}compare/", {"ids": four[0].pk}).content.decode()
    assert '<body class="directory compare-page">' in html


# --- never a 500 ------------------------------------------------------------------------------

anything = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["1", "0", "-1", "1,2,3,4,5", "9" * 30, "1e9", ",,,", "%00", "٣"]),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.sampled_from(["ids", "pick", "list", "other"]), anything), max_size=8))
def test_no_query_string_makes_the_list_compare_or_results_fail(
    client, directory_page, four, pairs
):
    data = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    for suffix in ("shortlist/", "compare/", ""):
        response = client.get(f"{directory_page.url}{suffix}", data)
        assert response.status_code == 200, suffix


# --- questions to ask when you call -------------------------------------------------------------


def test_the_demo_links_questions_to_ask_from_the_results_and_the_list(client, admin_user):
    from articles import demo as articles_demo
    from articles.models import ArticlePage
    from directory import demo as directory_demo
    from directory import demo_questions
    from home import demo as home_demo

    for _ in range(2):  # safe to run twice
        home_demo.load()
        articles_demo.load()
        directory = directory_demo.load()
    assert ArticlePage.objects.filter(slug=demo_questions.SLUG).count() == 1
    directory.refresh_from_db()
    response = client.get(directory.url)
    [link] = hrefs(response, demo_questions.TITLE)
    article = client.get(link)
    assert article.status_code == 200
    assert "Are you taking new clients now?" in text_of(article)
    program = directory.get_children().live().first()
    saved = client.get(f"{directory.url}shortlist/?ids={program.pk}")
    assert hrefs(saved, demo_questions.TITLE) == [link]
