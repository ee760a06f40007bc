"""Count what people search for, per day, without knowing who searched.

Stored: the day, the query (folded, cut to MAX_LOGGED_LENGTH, e-mail addresses and long
numbers such as phone numbers removed), how often it was searched and how often it found
nothing. Not stored: user, IP address, session, time of day, or anything else per request.
A crisis query is counted under the phrase it matched, never as typed.

Counts are batched in the process: a search adds one to an in-memory tally (already cleaned as
above, so nothing more personal waits there than is stored), and the tally is written in one
transaction when it is SEARCH_QUERY_LOG_FLUSH_SECONDS old (10 by default; 0 writes at once,
as the tests do) or holds MAX_PENDING queries, and when the process exits. A crash loses at
most those seconds of counts, which only feed the popular-searches report.
"""

import atexit
import logging
import re
import threading
import time
from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from core.text import fold
from search.models import QueryCount
from search.query import MAX_LOGGED_LENGTH

logger = logging.getLogger(__name__)
RETENTION_DAYS = 90
_EMAIL_RE = re.compile(r"\S+@\S+")
_LONG_NUMBER_RE = re.compile(r"\d[\d\s().+-]{5,}\d")
DEFAULT_FLUSH_SECONDS = 10
MAX_PENDING = 200

_lock = threading.Lock()
_pending: Counter = Counter()  # (date, query, found nothing) -> searches
_since = time.monotonic()


def loggable(query: str, crisis_phrase: str | None = None) -> str:
    if crisis_phrase:
        return f"crisis: {fold(crisis_phrase)}"[:MAX_LOGGED_LENGTH]
    text = _EMAIL_RE.sub(" ", fold(query))
    text = _LONG_NUMBER_RE.sub(" ", text)
    return " ".join(text.split())[:MAX_LOGGED_LENGTH].strip()


def record(query: str, result_count: int, crisis_phrase: str | None = None) -> None:
    """Count one search (batched: see the module's docstring)."""
    global _since
    key = loggable(query, crisis_phrase)
    if not key:
        return
    seconds = getattr(settings, "SEARCH_QUERY_LOG_FLUSH_SECONDS", DEFAULT_FLUSH_SECONDS)
    with _lock:
        _pending[(timezone.localdate(), key, result_count == 0)] += 1
        due = time.monotonic() - _since >= seconds or len(_pending) >= MAX_PENDING
        if not due:
            return
        batch = dict(_pending)
        _pending.clear()
        _since = time.monotonic()
    _write(batch)


def flush() -> None:
    """Write whatever is tallied now (at exit, and for tests and benchmarks)."""
    global _since
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        _since = time.monotonic()
    if batch:
        _write(batch)


atexit.register(flush)


def _write(batch: dict) -> None:
    totals: dict = {}
    for (day, key, zero), searches in batch.items():
        both = totals.setdefault((day, key), [0, 0])
        both[0] += searches
        both[1] += searches if zero else 0
    try:
        with transaction.atomic():
            for (day, key), (searches, zero) in totals.items():
                _add(day, key, searches, zero)
    except DatabaseError:
        # Counting is a nicety; a locked or read-only database must not fail the search.
        logger.warning("Search query counts not recorded", exc_info=True)


def _add(today, key: str, searches: int, zero: int) -> None:
    counted = {
        "searches": F("searches") + searches,
        "zero_result_searches": F("zero_result_searches") + zero,
    }
    if QueryCount.objects.filter(date=today, query=key).update(**counted):
        return
    try:
        with transaction.atomic():
            QueryCount.objects.create(
                date=today, query=key, searches=searches, zero_result_searches=zero
            )
    except IntegrityError:  # another process created it a moment ago
        QueryCount.objects.filter(date=today, query=key).update(**counted)


def prune(days: int = RETENTION_DAYS) -> int:
    """Delete counts older than `days`; the report only ever looks at the last 30."""
    cutoff = timezone.localdate() - timedelta(days=days)
    return QueryCount.objects.filter(date__lt=cutoff).delete()[0]
