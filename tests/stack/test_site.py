"""Through nginx, as a visitor and an operator meet the shipped stack (tests/stack/stack.py)."""

import json
import re
import time

from tests.stack import inquiries
from tests.stack.client import plain_get
from tests.stack.inquiries import Inquiry, accepted
from tests.stack.processes import wait_until

HSTS = "max-age=31536000"


def test_home_article_and_directory_search_are_served_with_hsts(stack):
    browser = stack.browser()
    for path in (
        "/",
        stack.paths["article"],
        stack.paths["directory"] + "?zip=19103&radius=50&level=iop",
    ):
        response = browser.get(path)
        assert response.status == 200, (path, response.status)
        assert response.header("Strict-Transport-Security").startswith(HSTS), path
        assert response.header("X-Content-Type-Options") == "nosniff", path
        assert 'aria-label="Crisis help"' in response.text, path


def test_plain_http_redirects_to_https(stack):
    status, _ = plain_get(stack.http_port, "/", stack.host)
    assert status == 301


def test_a_spoofed_host_is_refused(stack):
    browser = stack.browser()
    response = browser.get("/", host="evil.example.net")
    assert response.status == 400
    assert "evil.example.net" not in response.text
    # Not even a cached page answers to it.
    assert browser.get(stack.paths["article"], host="evil.example.net").status == 400


def test_healthz_answers_as_compose_and_nginx_ask(stack):
    # compose's check: http://127.0.0.1:8000/healthz from inside the web container.
    status, body = plain_get(stack.web_port, "/healthz", f"127.0.0.1:{stack.web_port}")
    assert status == 200, body
    assert json.loads(body)["database"]["ok"] is True
    # nginx's port 80, asked by address (a load balancer) and by the upstream's own name.
    for host in ("127.0.0.1", "haven_web"):
        status, body = plain_get(stack.http_port, "/healthz", host)
        assert status == 200, (host, body)
    # And as a visitor asks it, over HTTPS.
    assert stack.browser().get("/healthz").status == 200


def test_static_files_are_cached_for_a_year_and_not_sniffed(stack):
    home = stack.browser().get("/")
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', home.text).group(1)
    response = stack.browser().get(stylesheet)
    assert response.status == 200
    assert "max-age=31536000" in response.header("Cache-Control")
    assert response.header("X-Content-Type-Options") == "nosniff"
    assert "default-src 'none'" in response.header("Content-Security-Policy")
    assert response.header("Content-Type").startswith("text/css")


def sign_in(browser, username, password):
    form = browser.get("/admin/login/")
    assert form.status == 200, form.status
    return browser.post(
        "/admin/login/",
        {
            "csrfmiddlewaretoken": form.field("csrfmiddlewaretoken"),
            "username": username,
            "password": password,
            "next": "/admin/",
        },
    )


def test_a_restricted_document_needs_a_sign_in(stack):
    from tests.stack.seed import DOCUMENT_TEXT, READER

    document, stored = stack.paths["document"], "/media/" + stack.paths["document_file"]
    visitor = stack.browser()
    refused = visitor.get(document)
    assert refused.status in (302, 403), refused.status
    assert DOCUMENT_TEXT.encode() not in refused.body
    # Its file is not served by nginx either, whatever the path.
    direct = visitor.get(stored)
    assert direct.status == 404, direct.status
    assert DOCUMENT_TEXT.encode() not in direct.body

    reader = stack.browser()
    signed_in = sign_in(reader, READER, stack.reader_password)
    assert signed_in.status == 302, signed_in.status
    served = reader.get(document)
    assert served.status == 200
    assert served.body == DOCUMENT_TEXT.encode()
    assert served.header("X-Content-Type-Options") == "nosniff"
    assert reader.get(stored).status == 404


def test_an_inquiry_end_to_end_tells_the_team_nothing_personal(running, stack):
    wait_until(lambda: running.smtp.count() == inquiries.accepted_count(), 60, what="quiet mail")
    before = running.smtp.count()
    inquiry = Inquiry(stack, stack.paths["inquiry"]).open()
    response = inquiry.send()
    assert accepted(response), (response.status, response.header("Location"), response.text[:500])
    thanks = inquiry.browser.get(response.header("Location").split(stack.host, 1)[-1])
    assert thanks.status == 200
    wait_until(lambda: running.smtp.count() > before, 30, what="the notification")
    time.sleep(1)
    messages = running.smtp.messages[before:]
    assert len(messages) == 1
    for value in inquiry.personal.values():
        assert value not in messages[0]
        assert value.lower() not in messages[0].lower()
    assert "inquiry" in messages[0].lower()
