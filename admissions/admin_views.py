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

from admissions import audit, callbacks, referrals, timeline
from admissions.callbacks import CallbackForm
from admissions.clock import clock_for
from admissions.inbox_forms import InquiryUpdateForm
from admissions.models import Inquiry
from admissions.permissions import can_use_inbox, inbox_permission_required
from admissions.pipeline import ContactAttemptForm, log_attempt
from admissions.referrals import ReferralForm
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
    forms = {
        "form": InquiryUpdateForm(instance=inquiry),
        "referral_form": ReferralForm(),
        "attempt_form": ContactAttemptForm(inquiry=inquiry),
        "callback_form": CallbackForm(inquiry=inquiry),
    }
    if request.method == "POST" and can_change:
        action = request.POST.get("action")
        handler = POST_ACTIONS.get(action, _update)
        done = handler(request, inquiry, forms)
        if done:
            return redirect("admissions_inbox:detail", pk=inquiry.pk)
    # Whatever led here (a GET, a refused form), the page decrypts: that is an open.
    audit.record(inquiry, "admissions.open", request.user)
    return _no_store(
        TemplateResponse(
            request,
            "admissions/inbox/detail.html",
            {
                "inquiry": inquiry,
                "clock": clock_for(inquiry),
                **forms,
                "attempts": inquiry.attempts.select_related("user"),
                "open_callbacks": inquiry.callbacks.filter(done_at=None).select_related("assignee"),
                "referral": referrals.latest(inquiry),
                "timeline": timeline.steps(inquiry),
                "can_change": can_change,
                "can_delete": can_use_inbox(request.user, "delete"),
            },
        )
    )


def _attempt(request, inquiry, forms):
    form = forms["attempt_form"] = ContactAttemptForm(request.POST, inquiry=inquiry)
    if not form.is_valid():
        return False
    with transaction.atomic():
        log_attempt(inquiry, form.save(commit=False), request.user)
        audit.record(inquiry, "admissions.attempt", request.user)
    messages.success(request, f"Attempt logged on {inquiry}.")
    return True


def _update(request, inquiry, forms):
    form = forms["form"] = InquiryUpdateForm(request.POST, instance=inquiry)
    referral_form = forms["referral_form"] = ReferralForm(request.POST)
    if not referrals.check_referral(form, referral_form):
        # The form wrote the rejected values onto the instance: show the stored ones.
        inquiry.refresh_from_db()
        return False
    with transaction.atomic():
        form.save(user=request.user)
        referrals.record(inquiry, referral_form, request.user)
        audit.record(inquiry, "admissions.update", request.user)
    messages.success(request, f"{inquiry} updated.")
    return True


def _schedule_callback(request, inquiry, forms):
    form = forms["callback_form"] = CallbackForm(request.POST, inquiry=inquiry)
    if not form.is_valid():
        return False
    with transaction.atomic():
        callback = callbacks.schedule(inquiry, form.cleaned_data["due_at"], request.user)
        audit.record(inquiry, "admissions.callback", request.user)
    due = callbacks.due_text(callback)
    messages.success(request, f"Callback on {inquiry} scheduled for {due}.")
    return True


def _is_id(value: str) -> bool:
    # ASCII digits of a size any database takes: anything else is "not found", never a 500.
    return value.isascii() and value.isdigit() and len(value) < 10


def _complete_callback(request, inquiry, forms):
    number = request.POST.get("callback", "")
    callback = inquiry.callbacks.filter(pk=number).first() if _is_id(number) else None
    if callback is None:
        messages.error(request, "That callback is not on this inquiry. Reload the page.")
    elif callbacks.complete(callback, request.user):
        audit.record(inquiry, "admissions.callback", request.user)
        messages.success(request, f"Callback on {inquiry} marked done.")
    return True


POST_ACTIONS = {
    "attempt": _attempt,
    "update": _update,
    "callback": _schedule_callback,
    "callback-done": _complete_callback,
}


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
