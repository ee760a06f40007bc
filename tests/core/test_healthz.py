"""/healthz tells an operator whether the site can serve, without revealing anything secret."""

import pytest
from django.db import OperationalError, connection
from django.test import override_settings

pytestmark = pytest.mark.django_db

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_healthy_site_reports_each_part(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] and body["cache"]["ok"] and body["tasks"]["ok"]
    assert body["cache"]["backend"] == "LocMemCache"
    assert response["Cache-Control"].startswith("max-age=0")


@override_settings(TASKS=DB_TASKS)
def test_task_queue_counts_pending_and_failed(client):
    from django_tasks_db.models import DBTaskResult

    for status in ("READY", "READY", "FAILED", "SUCCESSFUL"):
        DBTaskResult.objects.create(
            task_path="core.health.check_cache",
            args_kwargs={"args": [], "kwargs": {}},
            status=status,
            queue_name="default",
            backend_name="default",
            priority=0,
        )
    tasks = client.get("/healthz").json()["tasks"]
    assert tasks == {"ok": True, "backend": "DatabaseBackend", "pending": 2, "failed": 1}


def test_unreachable_database_answers_503(client):
    def refuse(execute, sql, params, many, context):
        raise OperationalError("could not connect to server at 10.0.0.5")

    # Django's own hook around every query: the database refuses them all, as when it is down.
    with connection.execute_wrapper(refuse):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down" and body["database"] == {"ok": False}
    assert "10.0.0.5" not in response.content.decode()


def test_health_reveals_no_settings(client, settings):
    text = client.get("/healthz").content.decode()
    assert settings.SECRET_KEY not in text
    for key in settings.FIELD_ENCRYPTION_KEYS:
        assert key not in text
