"""/healthz: is the database up, does the cache answer, is the task queue draining?"""

import logging
import uuid

from django.core.cache import cache, caches
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        return {"ok": False}
    return {"ok": True, "vendor": connection.vendor}


def check_cache() -> dict:
    probe = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(probe, "1", timeout=5)
        ok = cache.get(probe) == "1"
        cache.delete(probe)
    except Exception:  # any cache backend error means the cache is not healthy
        logger.exception("Health check: cache unreachable")
        ok = False
    return {"ok": ok, "backend": caches["default"].__class__.__name__}


def check_tasks() -> dict:
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends

    backend_name = task_backends[DEFAULT_TASK_BACKEND_ALIAS].__class__.__name__
    if backend_name != "DatabaseBackend":
        return {"ok": True, "backend": backend_name}
    from django_tasks_db.models import DBTaskResult

    try:
        pending = DBTaskResult.objects.ready().count()
        failed = DBTaskResult.objects.failed().count()
    except DatabaseError:
        return {"ok": False, "backend": backend_name}
    return {"ok": True, "backend": backend_name, "pending": pending, "failed": failed}


@never_cache
@require_GET
def healthz(request):
    database = check_database()
    status = {
        "database": database,
        "cache": check_cache(),
        "tasks": check_tasks() if database["ok"] else {"ok": False},
    }
    # Only an unreachable database makes the site unable to serve; a degraded cache or a
    # backlog of tasks is reported but still answers 200.
    healthy = database["ok"]
    status["status"] = (
        "ok"
        if healthy and all(part["ok"] for part in status.values())
        else ("degraded" if healthy else "down")
    )
    return JsonResponse(status, status=200 if healthy else 503)


def answer_before_host_check(application):
    """Wrap a WSGI application so that GET /healthz is answered before Django's middleware.

    Django checks the Host header against ALLOWED_HOSTS in its middleware (CommonMiddleware,
    the SSL redirect), before any view runs. The callers of a health check do not send the
    site's host name: compose's check asks `http://127.0.0.1:8000/healthz` from inside the web
    container, and nginx forwards its own port-80 `/healthz` with whatever Host it was given.
    Both got 400. gunicorn wraps its application with this (site/gunicorn.conf.py,
    `post_worker_init`), so only this one read-only URL skips the host check; every other
    URL goes through Django unchanged. Django's request signals still run, so the database
    connection is checked and recycled exactly as for a page.
    """
    from django.core import signals
    from django.core.handlers.wsgi import WSGIRequest

    def app(environ, start_response):
        if environ.get("PATH_INFO") != "/healthz" or environ.get("REQUEST_METHOD") != "GET":
            return application(environ, start_response)
        signals.request_started.send(sender=answer_before_host_check, environ=environ)
        response = healthz(WSGIRequest(environ))
        start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
        return response  # its close() sends request_finished

    return app
