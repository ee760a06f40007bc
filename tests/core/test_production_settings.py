"""Production reads everything from the environment, documents it, and fails in one line."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from haven import env

ROOT = Path(__file__).resolve().parents[2]
READERS = [ROOT / "haven" / "settings" / "production.py", ROOT / "haven" / "integrations.py"]
ENV_CALL = re.compile(r"env\.\w+\(\s*\"([A-Z][A-Z0-9_]+)\"")


def documented_variables() -> dict[str, str]:
    pairs = {}
    for line in (ROOT / "site" / "env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            pairs[name.strip()] = value.strip()
    return pairs


def realistic_environment() -> dict[str, str]:
    values = documented_variables()
    values.update(
        SECRET_KEY="k" * 20 + Fernet.generate_key().decode(),
        FIELD_ENCRYPTION_KEYS=f"{Fernet.generate_key().decode()},{Fernet.generate_key().decode()}",
        # pragma: allowlist nextline secret
        DATABASE_URL="postgres://haven:pw@127.0.0.1:5432/haven",
        REDIS_URL="redis://127.0.0.1:6379/0",
        ELASTICSEARCH_URL="",  # the deploy check must not need a cluster
    )
    return values


def run_manage(*args: str, environment: dict[str, str]) -> subprocess.CompletedProcess:
    base = {key: os.environ[key] for key in ("PATH", "HOME", "LANG") if key in os.environ}
    return subprocess.run(  # noqa: S603 (our own interpreter and manage.py)
        [sys.executable, str(ROOT / "manage.py"), *args],
        env={**base, **environment},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_env_example_lists_every_variable_production_reads():
    read = {name for path in READERS for name in ENV_CALL.findall(path.read_text())}
    documented = set(documented_variables()) - {"DJANGO_SETTINGS_MODULE"}
    assert read, "no env.* calls found: the pattern no longer matches the settings"
    assert read - documented == set(), "read by production but missing from site/env.example"
    assert documented - read == set(), "documented in site/env.example but never read"


@pytest.mark.slow
def test_deploy_check_is_clean_with_a_realistic_environment():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", environment=realistic_environment()
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.slow
def test_without_redis_the_deploy_check_is_still_clean():
    # The lockout's counters are in the database, so no Redis is no warning (axes.W001 before).
    environment = realistic_environment()
    del environment["REDIS_URL"]

    result = run_manage("check", "--deploy", "--fail-level", "WARNING", environment=environment)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("SECRET_KEY", "", "SECRET_KEY is not set"),
        ("FIELD_ENCRYPTION_KEYS", "not-a-key", "FIELD_ENCRYPTION_KEYS key number 1 is not a valid"),
    ],
)
def test_bad_environment_stops_with_one_line_naming_the_variable(name, value, message):
    environment = realistic_environment()
    environment[name] = value
    result = run_manage("check", environment=environment)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Haven cannot start: {message}")
    assert "Traceback" not in result.stderr


def test_email_url_is_parsed_into_smtp_settings():
    # pragma: allowlist nextline secret
    os.environ["HAVEN_TEST_EMAIL"] = "smtp+tls://user%40org:p%3Ass@mail.example.org:2525"
    try:
        config = env.email("HAVEN_TEST_EMAIL")
    finally:
        del os.environ["HAVEN_TEST_EMAIL"]
    assert config["EMAIL_HOST"] == "mail.example.org" and config["EMAIL_PORT"] == 2525
    # pragma: allowlist nextline secret
    assert config["EMAIL_HOST_USER"] == "user@org" and config["EMAIL_HOST_PASSWORD"] == "p:ss"
    assert config["EMAIL_USE_TLS"] is True


@pytest.mark.parametrize("url", ["http://mail.example.org", "smtp://", "not a url"])
def test_malformed_email_url_names_the_variable(url, monkeypatch):
    monkeypatch.setenv("EMAIL_URL", url)
    with pytest.raises(env.EnvError) as raised:
        env.email("EMAIL_URL")
    assert str(raised.value).startswith("Haven cannot start: EMAIL_URL")
