"""Freshness as a visitor and an API client see it: labels on the card and the page, the
out-of-date banner with its report link, and the state in the API."""

import datetime
import re

import pytest
from django.utils import timezone

from directory import freshness


def days_ago(n):
    return timezone.localdate() - datetime.timedelta(days=n)


@pytest.fixture(autouse=True)
def ages(settings):
    settings.DIRECTORY_VERIFIED_RECENTLY_DAYS = 90
    settings.DIRECTORY_OUT_OF_DATE_DAYS = 365


def test_states_follow_the_ages_in_settings(settings):
    assert freshness.state(days_ago(90)) == freshness.RECENT
    assert freshness.state(days_ago(91)) == freshness.NOT_RECENT
    assert freshness.state(days_ago(365)) == freshness.NOT_RECENT
    assert freshness.state(days_ago(366)) == freshness.OUT_OF_DATE
    assert freshness.state(None) == freshness.NOT_RECENT
    assert freshness.state(days_ago(1), flagged=True) == freshness.NOT_RECENT
    settings.DIRECTORY_VERIFIED_RECENTLY_DAYS = 30
    assert freshness.state(days_ago(45)) == freshness.NOT_RECENT


def test_card_and_page_label_a_listing_not_verified_recently(client, directory_page, make_program):
    make_program(title="Fresh Place", last_verified=days_ago(10))
    stale = make_program(title="Stale Place", last_verified=days_ago(120))
    html = client.get(directory_page.url, {"zip": "19103"}).content.decode()
    # Each card runs from its opening tag to the next card's (cards hold lists of their own).
    cards = {
        re.search(r"<a [^>]*>([^<]+)</a>", card).group(1): card
        for card in html.split('<li class="card program-card"')[1:]
    }
    assert "Not verified recently" in cards["Stale Place"]
    assert "Not verified recently" not in cards["Fresh Place"]
    # Same ZIP, same distance: the fresh one first although "Stale" sorts later anyway;
    # the engine contract checks the order with names that would sort the other way.
    assert html.index("Fresh Place") < html.index("Stale Place")
    page = client.get(stale.url).content.decode()
    assert "Not verified recently" in page
    assert "These details may be wrong" not in page


def test_out_of_date_listing_leaves_results_but_its_page_stays_with_a_banner(
    client, directory_page, make_program
):
    old = make_program(title="Old Place", last_verified=days_ago(400))
    make_program(title="Kept Place", last_verified=days_ago(10))
    html = client.get(directory_page.url, {"zip": "19103"}).content.decode()
    assert "Kept Place" in html and "Old Place" not in html
    page = client.get(old.url)
    text = page.content.decode()
    assert page.status_code == 200
    assert "These details may be wrong" in text
    assert f'href="{old.url}report-error/">tell us if something is wrong</a>' in text


def test_api_shows_the_verification_state(client, make_program):
    make_program(title="Fresh Place", last_verified=days_ago(10))
    make_program(title="Reported Place", last_verified=days_ago(10), needs_reverification=True)
    results = client.get("/api/directory/programs/").json()["results"]
    states = {r["name"]: (r["verification"], r["verification_label"]) for r in results}
    assert states == {
        "Fresh Place": ("recent", "Verified recently"),
        "Reported Place": ("not-recent", "Not verified recently"),
    }


def test_credentials_link_to_the_lookups_kept_as_data(client, make_program):
    from directory import credentials

    program = make_program(
        state="PA", licence_number="PA-12345", accreditations=["carf"], waitlist_weeks=3
    )
    html = client.get(program.url).content.decode()
    assert "PA PA-12345" in html
    assert f'href="{credentials.STATE_LICENCE_LOOKUP["PA"]}"' in html
    assert f'href="{credentials.ACCREDITOR_LOOKUP["carf"]}"' in html
    assert "Waiting list of about 3 weeks" in html
