"""Callbacks: a time to call the person back, inside the window they asked for on the form
(morning, afternoon or evening, read in the team's time zone). The assignee's dashboard lists
the ones due now and overdue; the worker reminds them once by e-mail (admissions/tasks.py)."""

from datetime import time, timedelta
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.utils import timezone
from wagtail.admin.ui.components import Component

from admissions.choices import BestTime
from admissions.clock import minutes_text
from admissions.models import Callback
from admissions.permissions import can_use_inbox

# The windows the inquiry form promises (admissions/choices.py BestTime labels): start
# included, end excluded. "Any time" sets no window.
WINDOWS = {
    BestTime.MORNING: (time(8), time(12)),
    BestTime.AFTERNOON: (time(12), time(17)),
    BestTime.EVENING: (time(17), time(20)),
}

# Further ahead than this is a typing slip, not a promise to call.
MAX_AHEAD = timedelta(days=90)

# The dashboard counts a callback as due from this long before its time.
DUE_SOON = timedelta(minutes=30)


def team_time_zone(inquiry) -> ZoneInfo:
    return ZoneInfo(inquiry.team.time_zone if inquiry.team_id else settings.TIME_ZONE)


def due_text(callback) -> str:
    """When the callback is due, on the team's wall clock: "2026-12-08 10:15 CST"."""
    local = callback.due_at.astimezone(team_time_zone(callback.inquiry))
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def in_window(best_time, local_time) -> bool:
    if best_time not in WINDOWS:
        return True
    start, end = WINDOWS[best_time]
    return start <= local_time < end


class CallbackForm(forms.Form):
    """When to call back, typed as the team's local time and refused outside the window."""

    due_at = forms.DateTimeField(
        label="Call back at",
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )

    def __init__(self, *args, inquiry, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.inquiry = inquiry
        self.now = now
        self.time_zone = team_time_zone(inquiry)
        window = WINDOWS.get(inquiry.best_time)
        asked = (
            f"They asked for {inquiry.get_best_time_display().lower()}"
            if window
            else "They said any time suits them"
        )
        self.fields["due_at"].help_text = f"{asked}. Times are in {self.time_zone.key}."

    def full_clean(self):
        # The typed time is the team's wall clock, not the server's.
        with timezone.override(self.time_zone):
            super().full_clean()

    def clean_due_at(self):
        due_at = self.cleaned_data["due_at"]
        now = self.now or timezone.now()
        if due_at <= now:
            raise forms.ValidationError("That time has passed. Choose a time still to come.")
        if due_at > now + MAX_AHEAD:
            raise forms.ValidationError("Choose a time within the next 90 days.")
        local = due_at.astimezone(self.time_zone)
        if not in_window(self.inquiry.best_time, local.time()):
            start, end = WINDOWS[self.inquiry.best_time]
            raise forms.ValidationError(
                "%(at)s is outside the window this person asked for "
                "(%(window)s). Choose a time from %(start)s to before %(end)s, %(zone)s time.",
                params={
                    "at": local.strftime("%H:%M"),
                    "window": self.inquiry.get_best_time_display().lower(),
                    "start": start.strftime("%H:%M"),
                    "end": end.strftime("%H:%M"),
                    "zone": self.time_zone.key,
                },
            )
        return due_at


def schedule(inquiry, due_at, user) -> Callback:
    """The callback goes to the inquiry's assignee, or to whoever scheduled it."""
    return Callback.objects.create(
        inquiry=inquiry, due_at=due_at, assignee=inquiry.assigned_to or user, scheduled_by=user
    )


def complete(callback, user, now=None) -> bool:
    """Mark the callback done. False when it was done already (a second click changes nothing)."""
    done = Callback.objects.filter(pk=callback.pk, done_at=None).update(
        done_at=now or timezone.now(), done_by=user
    )
    return bool(done)


def due_for(user, now=None):
    """The user's open callbacks that are due now or overdue, oldest first."""
    now = now or timezone.now()
    return Callback.objects.filter(
        assignee=user, done_at=None, due_at__lte=now + DUE_SOON
    ).order_by("due_at", "id")


def due_label(callback, now) -> str:
    if callback.due_at < now:
        return f"overdue by {minutes_text(now - callback.due_at)}"
    return f"due in {minutes_text(callback.due_at - now)}" if callback.due_at > now else "due now"


class DueCallbacksPanel(Component):
    name = "admissions_due_callbacks"
    template_name = "admissions/inbox/callbacks_panel.html"
    order = 80  # above new inquiries: a promised time to call is the most pressing thing

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        now = timezone.now()
        context["callbacks"] = [
            (callback, due_label(callback, now)) for callback in due_for(self.user, now)[:20]
        ]
        return context


def add_dashboard_panel(request, panels):
    if can_use_inbox(request.user, "list"):
        panels.append(DueCallbacksPanel(request.user))
