"""Crisis help from one place: every channel on the help page, the short form in the banner,
search's crisis panel and the inquiry form, and a warning when a fact is over a year old."""

import re
from html import unescape

import pytest
from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import timezone
from wagtail.test.utils.form_data import querydict_from_html

from core.errors import server_error
from home.models import CrisisChannel, SiteSettings

# What a phone or browser can act on: digits after tel:/sms: (with an sms body), or https.
WORKING_LINK = re.compile(r"tel:\+?\d+|sms:\+?\d+(\?body=[A-Za-z0-9%]+)?|https://[^\s\"<>]+")


def _settings(home_page) -> SiteSettings:
    return SiteSettings.for_site(home_page.get_site())


def _links(html: str) -> list[tuple[str, str]]:
    return [
        (unescape(href), unescape(re.sub(r"<[^>]+>", "", text)).strip())
        for href, text in re.findall(r'<a href="([^"]*)"[^>]*>(.*?)</a>', html, re.S)
    ]


@pytest.mark.django_db
def test_every_channel_is_on_the_help_page_as_a_working_link(client, home_page):
    channels = _settings(home_page).channels
    response = client.get("/crisis-help/")
    links = _links(response.content.decode())
    assert response.status_code == 200
    assert len(channels) == 10
    for channel in channels:
        assert (channel.action, channel.label) in links, channel.label
        assert WORKING_LINK.fullmatch(channel.action), channel.action
    # Calls, texts and web links (chat, videophone) are all there.
    assert {c.action.split(":")[0] for c in channels} == {"tel", "sms", "https"}
    assert ("sms:988?body=AYUDA", "Envíe AYUDA al 988") in links
    assert ("sms:838255", "Veterans: text 838255") in links
    assert ("tel:711", "TTY: dial 711, then 988") in links


@pytest.mark.django_db
def test_the_help_page_groups_channels_and_dates_each_fact(client, home_page):
    html = client.get("/crisis-help/").content.decode()
    headings = re.findall(r"<h2>(.*?)</h2>", html)
    assert [unescape(h) for h in headings[:5]] == [
        "Anyone, any hour: the 988 Suicide & Crisis Lifeline",
        "In Spanish (en español)",
        "Veterans, service members and their families",
        "Deaf and hard of hearing",
        "Someone is in immediate danger",
    ]
    assert html.count("As of December 5, 2026") == 10
    assert '<a href="https://www.veteranscrisisline.net/">veteranscrisisline.net</a>' in html
    # Screen readers read the Spanish labels in Spanish.
    assert '<a href="tel:988" lang="es">Llame al 988 y marque 2</a>' in html


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/crisis-help/", "/search/?q=burnout", "/no/such/page/"])
def test_the_banner_has_the_short_form_and_links_to_the_help_page(client, home_page, url):
    html = client.get(url).content.decode()
    banner = html[html.index('<aside class="crisis-banner"') : html.index("</aside>")]
    assert _links(banner) == [
        ("tel:988", "Call 988"),
        ("sms:988", "Text 988"),
        ("tel:911", "Call 911 in an emergency"),
        ("/crisis-help/", "More ways to get help"),
    ]


@pytest.mark.django_db
def test_a_channel_changed_in_settings_shows_in_the_banner_search_panel_and_inquiry_notice(
    client, home_page, staff_login, admin_user
):
    from tests.admissions.factories import InquiryPageFactory

    inquiry = InquiryPageFactory(parent=home_page)
    channels = _settings(home_page).channels
    first = channels.index(next(c for c in channels if c.label == "Call 988"))
    editor = staff_login(admin_user)
    url = f"/admin/settings/home/sitesettings/{home_page.get_site().pk}/"
    data = querydict_from_html(editor.get(url).content.decode(), form_id="w-editor-form")
    for name in [key for key in data if key.endswith("-in_banner")]:
        data[name] = "on"  # a browser sends "on" for a ticked box; the helper sends ""
    data[f"crisis_channels-{first}-label"] = "Call the county line"
    data[f"crisis_channels-{first}-action"] = "tel:+12155550142"
    assert editor.post(url, data).status_code == 302
    editor.logout()
    new_link = '<a href="tel:+12155550142">Call the county line</a>'

    home = client.get("/").content.decode()
    search = client.get("/search/", {"q": "suicide"}).content.decode()
    form = client.get(inquiry.url).content.decode()

    banner = home[home.index('class="crisis-banner"') : home.index("</aside>")]
    panel = search[search.index('class="crisis-help"') :]
    notice = form[form.index('class="inquiry-form__crisis"') :]
    for part in (banner, panel, notice):
        assert new_link in part
        assert 'href="tel:988">Call 988<' not in part


@pytest.mark.django_db
def test_a_channel_must_link_somewhere_a_phone_or_browser_can_act_on(home_page):
    channel = _settings(home_page).crisis_channels.first()
    for action in ("tel:988", "sms:988?body=AYUDA", "https://988lifeline.org/chat/"):
        channel.action = action
        channel.full_clean()
    for action in ("988", "tel:(988)", "sms:988 AYUDA", "http://988lifeline.org/", "javascript:x"):
        channel.action = action
        with pytest.raises(ValidationError):
            channel.full_clean()


def test_the_500_page_shows_every_short_form_channel_without_a_database():
    # No django_db mark: any query here fails, as it would with the database down.
    response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in html  # the full page, not the last resort
    banner = html[html.index('<aside class="crisis-banner"') : html.index("</aside>")]
    assert ("tel:988", "Call 988") in _links(banner)
    assert ("tel:911", "Call 911 in an emergency") in _links(banner)
    assert 'class="quick-exit__button" href="https://www.google.com/"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "age, warned", [(relativedelta(months=13), True), (relativedelta(months=12), False)]
)
def test_the_dashboard_warns_when_a_channel_is_more_than_a_year_old(
    home_page, staff_login, admin_user, age, warned
):
    settings = _settings(home_page)
    CrisisChannel.objects.filter(settings=settings).update(as_of=timezone.localdate())
    settings.crisis_channels.filter(label="Veterans: text 838255").update(
        as_of=timezone.localdate() - age
    )
    html = staff_login(admin_user).get("/admin/").content.decode()
    assert ("Crisis help to re-check" in html) is warned
    assert ("Veterans: text 838255" in html) is warned
    assert "Call 988" not in html
