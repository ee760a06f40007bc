"""Browser journeys: Debian's Chromium driven by Playwright against pytest-django's live server.

One browser for the session, started by the first journey and closed after the last one; a
fresh context (cookies, storage) per test. Never downloads a browser: without /usr/bin/chromium
the journeys skip with a reason.
"""

import json
import os
import shutil
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.models import Site

from tests.browser import content
from tests.browser.helpers import AXE_JS, AXE_URL_PATH, ROOT

CHROMIUM = Path(os.environ.get("HAVEN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORTS = {
    "desktop": {"width": 1280, "height": 900},
    "phone-360": {"width": 360, "height": 740},
}
FAILURE_DIR = ROOT / "var" / "browser-failures"


def pytest_collection_modifyitems(config, items):
    reasons = []
    if not CHROMIUM.exists():
        reasons.append(f"{CHROMIUM} is missing (apt-get install chromium)")
    if not AXE_JS.exists():
        reasons.append(f"{AXE_JS.relative_to(ROOT)} is missing (run `make test` or `npm ci`)")
    if not reasons:
        return
    skip = pytest.mark.skip(reason="browser journeys skipped: " + "; ".join(reasons))
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Empty the test database before a journey's serialized_rollback restores it.

    A transactional test without serialized_rollback (tests/admissions has one) ends with a
    flush that re-creates content types and permissions under new ids; restoring the serialized
    rows on top of them would collide. Flushing again without that step leaves the database
    empty, ready for the restore, but for the content types, which go back first (see
    restore_content_types).
    """
    from django.db import connections

    if not item.get_closest_marker("browser"):
        return
    marker = item.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("serialized_rollback")):
        return
    if not hasattr(connections["default"], "_test_serialized_contents"):
        return  # the test database is not set up yet: it holds exactly the migrated rows
    from django.core.management import call_command
    from pytest_django.plugin import blocking_manager_key

    with item.config.stash[blocking_manager_key].unblock():
        # reset_sequences=False: the restore writes rows with their old ids without moving the
        # sequences, so sequences restarted at 1 would hand those ids out again (PostgreSQL).
        call_command(
            "flush",
            verbosity=0,
            interactive=False,
            inhibit_post_migrate=True,
            reset_sequences=False,
        )
        restore_content_types(connections["default"])
    ContentType.objects.clear_cache()


def restore_content_types(connection):
    """Put the serialized content types back first, with their own ids.

    Building a deserialized page or workflow task (a multi-table child saved without its
    parent's id) looks up its content type, and the lookup creates any that are missing under a
    new id; the restore's own row for it would then collide (PostgreSQL). Read from the raw
    JSON, so nothing is built before they are back. The restore then only updates them.
    """
    rows = json.loads(connection._test_serialized_contents)
    ContentType.objects.bulk_create(
        ContentType(pk=row["pk"], **row["fields"])
        for row in rows
        if row["model"] == "contenttypes.contenttype"
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    # Let the page fixture know whether the test failed, so it can keep a screenshot.
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


class SessionBrowser:
    """One Chromium for the session. Closed as soon as the journeys are over (see
    pytest_runtest_teardown), because Playwright's sync API keeps an event loop marked as running
    in the test thread while it is up, and the tests that run after ours must not inherit it."""

    def __init__(self):
        self.playwright_manager = None
        self.chromium = None
        self.set_async_unsafe = False

    def get(self):
        if self.chromium is None:
            self.start()
        return self.chromium

    def start(self):
        from django.db import connections
        from playwright.sync_api import sync_playwright

        # With that loop running, Django would refuse ORM calls from the test thread (seeding
        # data, reading what a journey stored) as "async unsafe".
        if "DJANGO_ALLOW_ASYNC_UNSAFE" not in os.environ:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
            self.set_async_unsafe = True
        # Django keeps database connections in an asgiref Local, which switches to per-context
        # storage once an event loop runs in the thread. Without this, the tests would get a
        # second connection object once the browser starts: one without the serialized initial
        # data that serialized_rollback restores (and, for in-memory SQLite, not the connection
        # the live server thread shares). Keep using the test database's own.
        originals = {alias: connections[alias] for alias in connections}
        self.playwright_manager = sync_playwright()
        playwright = self.playwright_manager.__enter__()
        for alias, connection in originals.items():
            connections[alias] = connection
        # launch() gives the browser a fresh temporary profile (user-data dir) every time.
        self.chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )

    def stop(self):
        if self.chromium is not None:
            self.chromium.close()
            self.chromium = None
        if self.playwright_manager is not None:
            self.playwright_manager.__exit__(None, None, None)
            self.playwright_manager = None
        if self.set_async_unsafe:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
            self.set_async_unsafe = False


SESSION_BROWSER = SessionBrowser()


@pytest.fixture
def browser(django_db_setup):
    return SESSION_BROWSER.get()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    if nextitem is None or "browser" not in nextitem.fixturenames:
        SESSION_BROWSER.stop()
    return result


def pytest_sessionfinish(session):
    SESSION_BROWSER.stop()


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    return request.param


@pytest.fixture
def page(request, browser, live_server, viewport):
    context = browser.new_context(
        base_url=live_server.url,
        viewport=VIEWPORTS[viewport],
        is_mobile=viewport.startswith("phone"),
        has_touch=viewport.startswith("phone"),
        locale="en-US",
        timezone_id="America/New_York",
    )
    context.set_default_timeout(10_000)
    context.route(
        f"**{AXE_URL_PATH}",
        lambda route: route.fulfill(path=str(AXE_JS), content_type="application/javascript"),
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        FAILURE_DIR.mkdir(parents=True, exist_ok=True)
        name = request.node.nodeid.replace("/", "_").replace("::", "-")[-150:]
        page.screenshot(path=str(FAILURE_DIR / f"{name}.png"), full_page=True)
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def site(request, transactional_db):
    """The home page at the site root, in a database the live server's thread can see."""
    # Content type ids may have changed under the restore (see pytest_runtest_setup).
    ContentType.objects.clear_cache()
    cache.clear()
    Site.clear_site_root_paths_cache()
    return request.getfixturevalue("home_page")


@pytest.fixture
def haven(request, site, settings):
    """The site for a journey (tests/browser/content.py): the parts named by the test module's
    HAVEN_PARTS, or all of them."""
    # A person in a browser is quick, but not a bot: let the form take an instant to fill.
    settings.INQUIRY_MIN_FILL_SECONDS = 0
    return content.build(site, getattr(request.module, "HAVEN_PARTS", content.PARTS))


def pytest_sessionstart(session):
    # Old failure screenshots would mislead; keep only this run's.
    shutil.rmtree(FAILURE_DIR, ignore_errors=True)
