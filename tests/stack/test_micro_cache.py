"""nginx's micro-cache (site/nginx.conf): anonymous public pages for a few seconds, and never
a form, a signed-in page or a personal one."""

import time

from tests.stack.inquiries import next_address
from tests.stack.processes import wait_until
from tests.stack.seed import READER
from tests.stack.test_site import sign_in

LIFETIME = 5  # proxy_cache_valid in site/nginx.conf


def micro(response) -> str:
    return response.header("X-Micro-Cache")


def test_an_anonymous_article_is_served_by_nginx(stack):
    path = stack.paths["articles"][2]
    first = stack.browser().get(path)
    second = stack.browser().get(path)
    assert first.status == second.status == 200
    assert micro(second) in ("HIT", "UPDATING", "STALE"), micro(second)
    assert second.body == first.body


def test_the_inquiry_form_is_never_served_from_it(stack):
    tokens = set()
    for _ in range(3):
        form = stack.browser(next_address()).get(stack.paths["inquiry"])
        assert form.status == 200
        assert micro(form) not in ("HIT", "STALE", "UPDATING"), micro(form)
        tokens.add(form.field("csrfmiddlewaretoken"))
    assert len(tokens) == 3, "two visitors were sent the same form token"


def test_signed_in_and_personal_pages_are_never_served_from_it(stack):
    article = stack.paths["articles"][3]
    reader = stack.browser(next_address())
    assert sign_in(reader, READER, stack.reader_password).status == 302
    for path in (article, "/admin/", stack.paths["document"]):
        seen = reader.get(path)
        assert seen.status == 200, (path, seen.status)
        assert micro(seen) in ("BYPASS", ""), (path, micro(seen))
        assert "public" not in seen.header("Cache-Control"), path
    # What the signed-in reader was sent is not what the next visitor gets.
    visitor = stack.browser(next_address())
    for path in ("/admin/", stack.paths["document"]):
        assert visitor.get(path).status == 302, path
    page = visitor.get(article)
    assert page.status == 200 and READER not in page.text
    assert "userbar" not in page.text


def test_a_publish_shows_within_its_lifetime(stack):
    path = stack.paths["articles"][4]
    browser = stack.browser()
    browser.get(path)
    assert micro(browser.get(path)) == "HIT"
    title = f"Retitled {int(time.time())}"
    stack.manage("shell", "-c", f"from tests.stack import seed; seed.retitle({path!r}, {title!r})")
    published = time.monotonic()
    wait_until(lambda: title in browser.get(path).text, LIFETIME + 3, what="the new title")
    assert time.monotonic() - published <= LIFETIME + 3
