"""The admissions inbox in the Wagtail admin: detail (decrypted), update, delete, re-send of
failed notifications (the listing is admissions/inbox.py). Every view asks
admissions.permissions first."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from admissions import audit, duplicates
from admissions.clock import clock_for
from admissions.inbox_forms import InquiryUpdateForm
from admissions.models import Inquiry
from admissions.permissions import can_use_inbox, inbox_permission_required
from admissions.pipeline import ContactAttemptForm, log_attempt
from admissions.tasks import resend


def _no_store(response):
    # Decrypted health information must not sit in a browser or proxy cache.
    response["Cache-Control"] = "no-store, private"
    return response


@sensitive_post_parameters()
@inbox_permission_required("open")
def detail(request, pk):
    """The decrypted inquiry, its timeline and attempts, and the forms to work it. Every
    response that shows the decrypted inquiry is audited, a POST that fails validation too."""
    inquiry = get_object_or_404(
        Inquiry.objects.select_related("program", "team", "assigned_to").prefetch_related(
            "team__holidays"
        ),
        pk=pk,
    )
    can_change = can_use_inbox(request.user, "change")
    form = InquiryUpdateForm(instance=inquiry)
    attempt_form = ContactAttemptForm(inquiry=inquiry)
    if request.method == "POST" and can_change:
        if request.POST.get("action") == "attempt":
            attempt_form = ContactAttemptForm(request.POST, inquiry=inquiry)
            if attempt_form.is_valid():
                with transaction.atomic():
                    log_attempt(inquiry, attempt_form.save(commit=False), request.user)
                    audit.record(inquiry, "admissions.attempt", request.user)
                messages.success(request, f"Attempt logged on {inquiry}.")
                return redirect("admissions_inbox:detail", pk=inquiry.pk)
        else:
            form = InquiryUpdateForm(request.POST, instance=inquiry)
            if form.is_valid():
                with transaction.atomic():
                    form.save(user=request.user)
                    audit.record(inquiry, "admissions.update", request.user)
                messages.success(request, f"{inquiry} updated.")
                return redirect("admissions_inbox:detail", pk=inquiry.pk)
            # The form wrote the rejected values onto the instance: show the stored ones.
            inquiry.refresh_from_db()
    # Whatever led here (a GET, a refused form), the page decrypts: that is an open.
    audit.record(inquiry, "admissions.open", request.user)
    return _no_store(
        TemplateResponse(
            request,
            "admissions/inbox/detail.html",
            {
                "inquiry": inquiry,
                "clock": clock_for(inquiry),
                "form": form,
                "attempt_form": attempt_form,
                "attempts": inquiry.attempts.select_related("user"),
                "timeline": duplicates.timeline(inquiry),
                "can_change": can_change,
                "can_delete": can_use_inbox(request.user, "delete"),
            },
        )
    )


@inbox_permission_required("delete")
def delete(request, pk):
    inquiry = get_object_or_404(Inquiry, pk=pk)
    if request.method == "POST":
        number = str(inquiry)
        with transaction.atomic():
            audit.record(inquiry, "admissions.delete", request.user)
            inquiry.delete()
        messages.success(request, f"{number} deleted.")
        return redirect("admissions_inbox:index")
    return TemplateResponse(request, "admissions/inbox/confirm_delete.html", {"inquiry": inquiry})


@inbox_permission_required("list")
def failed(request):
    inquiries = Inquiry.objects.failed_notifications().select_related("program", "team")
    return TemplateResponse(request, "admissions/inbox/failed.html", {"inquiries": inquiries[:500]})


@require_POST
@inbox_permission_required("change")
def resend_notifications(request):
    ids = [value for value in request.POST.getlist("inquiry") if value.isdigit()]
    inquiries = list(Inquiry.objects.failed_notifications().filter(pk__in=ids))
    for inquiry in inquiries:
        resend(inquiry)
        audit.record(inquiry, "admissions.resend", request.user)
    if inquiries:
        messages.success(request, f"Re-sending {len(inquiries)} notification(s).")
    else:
        messages.warning(request, "Choose at least one failed notification to re-send.")
    target = request.POST.get("next", "")
    if target == "detail" and len(inquiries) == 1:
        return redirect("admissions_inbox:detail", pk=inquiries[0].pk)
    return redirect(reverse("admissions_inbox:failed"))
