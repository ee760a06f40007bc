"""An inquiry's timeline: every step of working it, newest first. Status changes (with those of
inquiries merged into it, admissions/duplicates.py), contact attempts, callbacks scheduled and
done, and referrals, each with who and when. Notes stay in the attempts table, not here."""

from dataclasses import dataclass
from datetime import datetime

from admissions import callbacks, duplicates
from admissions.models import Callback, ContactAttempt, Referral


@dataclass(frozen=True)
class Step:
    at: datetime
    inquiry_id: int
    user: object  # a user, or None for Haven itself
    text: str
    kind: str  # "status", "attempt", "callback" or "referral"
    status_change: object = None  # the StatusChange, for the from → to display


def steps(inquiry) -> list[Step]:
    ids = duplicates.merged_ids(inquiry)
    found = [
        Step(change.at, change.inquiry_id, change.user, str(change), "status", change)
        for change in duplicates.timeline(inquiry)
    ]
    for attempt in ContactAttempt.objects.filter(inquiry_id__in=ids).select_related("user"):
        found.append(
            Step(
                attempt.at,
                attempt.inquiry_id,
                attempt.user,
                f"Contact attempt: {attempt.get_channel_display().lower()}, "
                f"{attempt.get_outcome_display().lower()}",
                "attempt",
            )
        )
    scheduled = Callback.objects.filter(inquiry_id__in=ids).select_related(
        "scheduled_by", "done_by", "inquiry__team"
    )
    for callback in scheduled:
        due = callbacks.due_text(callback)
        found.append(
            Step(
                callback.scheduled_at,
                callback.inquiry_id,
                callback.scheduled_by,
                f"Callback scheduled for {due}",
                "callback",
            )
        )
        if callback.done_at:
            found.append(
                Step(
                    callback.done_at,
                    callback.inquiry_id,
                    callback.done_by,
                    f"Callback done (it was due {due})",
                    "callback",
                )
            )
    for referral in Referral.objects.filter(inquiry_id__in=ids).select_related("user", "program"):
        found.append(
            Step(
                referral.at,
                referral.inquiry_id,
                referral.user,
                f"Referred to {referral.destination or 'a program since removed'}",
                "referral",
            )
        )
    # Newest first; at the same instant, in the order they are made backwards: an attempt,
    # then the status change it causes, then the referral a status change records.
    order = {"attempt": 0, "callback": 1, "status": 2, "referral": 3}
    return sorted(found, key=lambda step: (step.at, order[step.kind]), reverse=True)
