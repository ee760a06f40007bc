"""The response clock: how much of its team's first-contact target an inquiry has used, in the
team's business time (admissions/business_time.py). The inbox shows it, the escalation task
acts on it, and the report can measure first contacts with the same rule.

An inquiry waits for first contact while it is New and nobody has contacted it (the first
attempt or status change stamps `first_contact_at`). It is overdue once the business time
since it arrived exceeds the target; outside business hours the clock stands still, so an
inquiry whose time ran out at closing is overdue from the team's next business minute."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from admissions.choices import Status
from admissions.models import Inquiry


@dataclass(frozen=True)
class Clock:
    deadline: datetime
    target: timedelta
    used: timedelta  # business time from receipt to first contact, or to now while waiting
    waiting: bool

    @property
    def overdue(self) -> bool:
        return self.used > self.target

    @property
    def late_by(self) -> timedelta:
        return max(self.used - self.target, timedelta(0))

    @property
    def label(self) -> str:
        """In business time: "25 min left", "overdue by 1 h 05 min", or once someone made
        contact, "first contact within target" or "first contact 20 min late"."""
        if not self.waiting:
            late = minutes_text(self.late_by) + " late" if self.overdue else "within target"
            return f"first contact {late}"
        if self.overdue:
            return f"overdue by {minutes_text(self.late_by)}"
        return f"{minutes_text(self.target - self.used)} left"


def minutes_text(span: timedelta) -> str:
    """Whole minutes, rounded, never "0" for a span that is not zero: "1 h 05 min"."""
    seconds = span.total_seconds()
    minutes = max(1, round(seconds / 60)) if seconds > 0 else 0
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes:02d} min" if minutes else f"{hours} h"


def clock_for(inquiry: Inquiry, now: datetime | None = None) -> Clock | None:
    """The inquiry's clock, or None before it has a team (it starts when routing picks one)."""
    team = inquiry.team
    if team is None:
        return None
    hours = team.business_hours()
    target = timedelta(minutes=team.first_contact_target)
    waiting = inquiry.first_contact_at is None
    until = (now or timezone.now()) if waiting else inquiry.first_contact_at
    return Clock(
        deadline=hours.add(inquiry.received_at, target),
        target=target,
        used=hours.elapsed(inquiry.received_at, until),
        waiting=waiting,
    )


def awaiting_first_contact():
    """Open inquiries nobody has contacted yet, with their team's hours in two more queries."""
    return (
        Inquiry.objects.filter(status=Status.NEW, first_contact_at=None)
        .exclude(team=None)
        .select_related("team")
        .prefetch_related("team__holidays")
    )


def overdue(queryset=None, now=None) -> list[tuple[Inquiry, Clock]]:
    """Waiting inquiries past their target, each with its clock. Computed in Python: the queue
    awaiting first contact is short, and the deadline depends on each team's calendar."""
    now = now or timezone.now()
    found = []
    for inquiry in queryset if queryset is not None else awaiting_first_contact():
        clock = clock_for(inquiry, now)
        if clock.overdue:
            found.append((inquiry, clock))
    return found
