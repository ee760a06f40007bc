"""Possible duplicates, found at intake by keyed hash (admissions/hashing.py): the coordinator
links the two (same person, both stay open), merges the newer into the older (the newer is
closed; both timelines stay and the older's page shows them together) or dismisses the match."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from admissions import audit
from admissions.choices import DuplicateState, Status
from admissions.models import Inquiry, StatusChange
from admissions.permissions import inbox_permission_required

CHOICES = {
    "link": DuplicateState.LINKED,
    "merge": DuplicateState.MERGED,
    "dismiss": DuplicateState.DISMISSED,
}


def resolve(inquiry, choice, user):
    """Record the coordinator's answer on the newer inquiry of the pair."""
    inquiry.duplicate_state = CHOICES[choice]
    inquiry.save(update_fields=["duplicate_state", "updated_at"])
    if choice == "merge":
        inquiry.change_status(Status.CLOSED, user=user)


def merged_ids(inquiry) -> list[int]:
    """The inquiry and every inquiry merged into it: their timelines are shown together."""
    merged = Inquiry.objects.filter(duplicate_of=inquiry, duplicate_state=DuplicateState.MERGED)
    return [inquiry.pk, *merged.values_list("pk", flat=True)]


def timeline(inquiry):
    return StatusChange.objects.filter(inquiry_id__in=merged_ids(inquiry)).select_related("user")


@require_POST
@inbox_permission_required("change")
def resolve_view(request, pk):
    inquiry = get_object_or_404(Inquiry.objects.exclude(duplicate_of=None), pk=pk)
    choice = request.POST.get("choice", "")
    if choice not in CHOICES:
        messages.error(request, "Choose link, merge or not the same person.")
        return redirect("admissions_inbox:detail", pk=pk)
    with transaction.atomic():
        resolve(inquiry, choice, request.user)
        audit.record(inquiry, "admissions.duplicate", request.user)
    messages.success(request, f"{inquiry}: {CHOICES[choice].label.lower()}.")
    return redirect("admissions_inbox:detail", pk=pk)
