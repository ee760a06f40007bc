"""Referral out: an inquiry moved to "Referred elsewhere" records where the person was sent, a
program from Haven's directory (Wagtail's page chooser, program pages only) or a description
of somewhere not listed (encrypted: admissions/pipeline_models.py says why)."""

from django import forms
from django.utils import timezone
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from admissions.choices import Status
from admissions.models import Referral
from directory.models import ProgramPage


class ReferralForm(forms.ModelForm):
    """Part of the follow-up form: required only when the status becomes Referred elsewhere."""

    prefix = "referral"

    class Meta:
        model = Referral
        fields = ["program", "elsewhere"]
        labels = {"program": "Referred to a program in the directory"}
        help_texts = {
            "program": "When the status is Referred elsewhere: the program the person was sent "
            "to, or describe the place below.",
            "elsewhere": "Only when the place is not in the directory. Encrypted like the inquiry.",
        }
        widgets = {"elsewhere": forms.TextInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["program"]
        field.queryset = Page.objects.type(ProgramPage)
        field.widget = AdminPageChooser(target_models=[ProgramPage])
        field.error_messages["invalid_choice"] = "Choose a program page from the directory."

    def clean_elsewhere(self):
        return self.cleaned_data.get("elsewhere", "").strip()

    def has_destination(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return bool(data.get("program") or data.get("elsewhere"))


def check_referral(update_form, referral_form) -> bool:
    """Validate both parts of the follow-up form together. A move to Referred elsewhere needs a
    destination; other statuses ignore the referral part. True when both are valid."""
    update_ok = update_form.is_valid()
    status = update_form.cleaned_data.get("status") if update_ok else None
    if status != Status.REFERRED or update_form.status_before == Status.REFERRED:
        return update_ok
    if referral_form.is_valid() and not referral_form.has_destination():
        referral_form.add_error(
            "program",
            "Say where the person was referred: choose a program from the directory, or "
            "describe the place in the box below.",
        )
    return update_ok and referral_form.is_valid()


def record(inquiry, referral_form, user) -> Referral | None:
    """Save the destination when the inquiry has just become Referred elsewhere."""
    if inquiry.status != Status.REFERRED or not referral_form.has_destination():
        return None
    referral = referral_form.save(commit=False)
    referral.inquiry = inquiry
    referral.user = user
    referral.at = timezone.now()  # the form made the instance before the status changed
    referral.save()
    return referral


def latest(inquiry) -> Referral | None:
    """Where the inquiry was last referred, or None: the simple read for the page and report."""
    return inquiry.referrals.select_related("program").first()
