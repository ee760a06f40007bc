"""`make run` is what a newcomer tries first: its error pages are the public ones, with the
crisis line, never Django's debug page. `make dev` turns debugging on for developers."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Asks the dev settings for a page that does not exist and a page that fails.
PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page

call_command("migrate", verbosity=0)
client = Client(raise_request_exception=False)
missing = client.get("/no-such-page/")
Page.serve = lambda self, request, *args, **kwargs: 1 / 0
broken = client.get("/")
print(json.dumps({
    "debug": settings.DEBUG,
    "missing": [missing.status_code, missing.content.decode()],
    "broken": [broken.status_code, broken.content.decode()],
}))
"""


def probe_dev_settings(tmp_path, **environment) -> dict:
    result = subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", PROBE],
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "haven.settings.dev",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
            **environment,
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_make_run_shows_the_public_error_pages_with_the_crisis_line(tmp_path):
    seen = probe_dev_settings(tmp_path)

    assert seen["debug"] is False
    for name in ("missing", "broken"):
        status, page = seen[name]
        assert status == (404 if name == "missing" else 500)
        assert 'href="tel:988"' in page, name
        assert "Traceback" not in page and "DEBUG = True" not in page, name


@pytest.mark.slow
def test_make_dev_turns_debugging_on(tmp_path):
    seen = probe_dev_settings(tmp_path, HAVEN_DEBUG="1")

    assert seen["debug"] is True
    assert "ZeroDivisionError" in seen["broken"][1]  # Django's debug page, for a developer
