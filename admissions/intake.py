"""The public inquiry form: shows it, checks it, saves it (called by InquiryPage's index route)."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_variables

from admissions import spam
from admissions.forms import InquiryForm, live_program
from admissions.submission import save_inquiry
from core.security import allow_recaptcha

ALREADY_SENT = _(
    "We've already received this form, so it wasn't sent a second time. You don't need to do "
    "anything else. To send a different message, change your answers and press Send again."
)
RATE_LIMITED = _(
    "We've received several messages from your connection in a short time, so this one wasn't "
    "sent. Please wait an hour and try again, or call our admissions team."
)


@sensitive_variables()
def inquiry_form(page, request):
    if request.method == "POST":
        form = InquiryForm(request.POST)
        # Only a complete inquiry counts against the limit: fixing a mistake costs nothing.
        if form.is_valid():
            if spam.rate_limited(request):
                form.add_error(None, RATE_LIMITED)
            elif not spam.claim_started(form.data.get("started", "")):
                form.give_fresh_start()
                form.add_error(None, ALREADY_SENT)
            else:
                save_inquiry(form)
                return page.redirect_to_thanks(request)
    else:
        # Whitelist: only ?program=<id of a live program page>; anything else is ignored.
        program = live_program(request.GET.get("program", ""))
        form = InquiryForm(initial={"program": program.pk if program else ""})
    if form.is_bound:
        program = getattr(form, "cleaned_data", {}).get("program")
    if form.recaptcha:
        # The Content-Security-Policy lets Google's reCAPTCHA hosts in on this response only.
        allow_recaptcha(request)
    context = page.get_context(request)
    context.update({"form": form, "program": program})
    return TemplateResponse(request, page.get_template(request), context)
