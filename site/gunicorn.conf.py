"""gunicorn for Haven: `gunicorn --config site/gunicorn.conf.py haven.wsgi:application`."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# Sync workers, one request each and no keep-alive: every connection goes back to the shared
# accept queue, so whichever worker is free takes the next request. gthread's kept-alive
# connections stayed with the worker that accepted them, and one worker could end up serving
# every client while the other idled. nginx in front buffers requests and responses, so a
# slow client never holds a sync worker (site/nginx.conf opens a connection per request).
worker_class = "sync"
threads = 1  # more than one would make gunicorn switch to gthread
timeout = 30
graceful_timeout = 30
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


def worker_exit(server, worker):
    """Search counts are batched in each worker (search/querylog.py): write what is left."""
    from search import querylog

    querylog.flush()
