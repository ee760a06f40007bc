"""gunicorn for Haven: `gunicorn --config site/gunicorn.conf.py haven.wsgi:application`."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
worker_class = "gthread"
timeout = 30
graceful_timeout = 30
keepalive = 5
max_requests = 2000
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Access log without query strings: a directory or search URL can carry what someone typed.
accesslog = "-"
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(L)ss'
errorlog = "-"


def post_worker_init(worker):
    """/healthz answers whatever Host its caller sends (compose's check, nginx's port 80):
    see core.health.answer_before_host_check."""
    from core.health import answer_before_host_check

    worker.wsgi = answer_before_host_check(worker.wsgi)
