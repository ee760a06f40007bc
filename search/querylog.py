"""Count what people search for, per day, without knowing who searched.

Stored: the day, the query (folded, cut to MAX_LOGGED_LENGTH, e-mail addresses and long
numbers such as phone numbers removed), how often it was searched and how often it found
nothing. Not stored: user, IP address, session, time of day, or anything else per request.
A crisis query is counted under the phrase it matched, never as typed.
"""

import logging
import re
from datetime import timedelta

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


def loggable(query: str, crisis_phrase: str | None = None) -> str:
    if crisis_phrase:
        return f"crisis: {fold(crisis_phrase)}"[:MAX_LOGGED_LENGTH]
    text = _EMAIL_RE.sub(" ", fold(query))
    text = _LONG_NUMBER_RE.sub(" ", text)
    return " ".join(text.split())[:MAX_LOGGED_LENGTH].strip()


def record(query: str, result_count: int, crisis_phrase: str | None = None) -> None:
    key = loggable(query, crisis_phrase)
    if not key:
        return
    today = timezone.localdate()
    zero = 1 if result_count == 0 else 0
    try:
        updated = QueryCount.objects.filter(date=today, query=key).update(
            searches=F("searches") + 1, zero_result_searches=F("zero_result_searches") + zero
        )
        if not updated:
            try:
                with transaction.atomic():
                    QueryCount.objects.create(
                        date=today, query=key, searches=1, zero_result_searches=zero
                    )
            except IntegrityError:  # another request created it a moment ago
                QueryCount.objects.filter(date=today, query=key).update(
                    searches=F("searches") + 1,
                    zero_result_searches=F("zero_result_searches") + zero,
                )
    except DatabaseError:
        # Counting is a nicety; a locked or read-only database must not fail the search.
        logger.warning("Search query count not recorded", exc_info=True)


def prune(days: int = RETENTION_DAYS) -> int:
    """Delete counts older than `days`; the report only ever looks at the last 30."""
    cutoff = timezone.localdate() - timedelta(days=days)
    return QueryCount.objects.filter(date__lt=cutoff).delete()[0]
