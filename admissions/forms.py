"""The inquiry form. Every message is written for someone at a hard moment: plain words, beside
the field, and everything they typed kept."""

import re

import zipcodes
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_variables
from django_recaptcha.constants import DEFAULT_RECAPTCHA_DOMAIN
from django_recaptcha.fields import ReCaptchaField
from django_recaptcha.widgets import ReCaptchaV3
from wagtail.models import Page

from admissions import spam
from admissions.choices import BestTime, ContactMethod, ForWhom, Interest
from core.visibility import public_q

MESSAGE_MAX_LENGTH = 1000
# Carrier names have few digits; member and policy numbers have many in a row.
MEMBER_NUMBER = re.compile(r"\d{5,}")
PHONE_PUNCTUATION = re.compile(r"[\s().\-]")
ZIP_PATTERN = re.compile(r"^(\d{5})(?:-?\d{4})?$")


class QuietReCaptchaV3(ReCaptchaV3):
    """reCAPTCHA v3 without the package's inline script: inquiry_page.html renders the hidden
    field and admissions-recaptcha.js fetches the token."""

    def render(self, name, value, attrs=None, renderer=None):
        raise NotImplementedError("Rendered by templates/admissions/inquiry_page.html")


def live_program(value):
    """The public ProgramPage with this id (core.visibility: live, not expired, not behind a
    password or sign-in), or None for anything else: the form shows its title."""
    try:
        page_id = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    if page_id <= 0 or page_id > 2**31:
        return None
    page = Page.objects.filter(public_q(), id=page_id).first()
    if page is None or page.specific_class is None:
        return None
    if page.specific_class.__name__ != "ProgramPage":
        return None
    return page


def normalise_phone(raw: str) -> str | None:
    """A US phone number as (215) 555-0123, or None when it cannot be one."""
    digits = PHONE_PUNCTUATION.sub("", raw)
    if digits.startswith("+1"):
        digits = digits[2:]
    elif digits.startswith("1") and len(digits) == 11:
        digits = digits[1:]
    if not re.fullmatch(r"[2-9]\d{2}[2-9]\d{6}", digits):
        return None
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


def state_for_zip(zip5: str) -> str | None:
    try:
        matches = zipcodes.matching(zip5)
    except (ValueError, TypeError):
        return None
    return matches[0]["state"] if matches else None


class InquiryForm(forms.Form):
    first_name = forms.CharField(
        label=_("First name or initials"),
        max_length=60,
        help_text=_("Just what you'd like us to call you."),
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        error_messages={
            "required": _("Tell us what to call you: a first name or initials is fine.")
        },
    )
    email = forms.EmailField(
        label=_("Email (optional if you give a phone number)"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "invalid": _("Check the email address: it should look like name@example.com.")
        },
    )
    phone = forms.CharField(
        label=_("Phone (optional if you give an email)"),
        required=False,
        max_length=25,
        help_text=_("A US number, for example 215-555-0123."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    preferred_contact = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=ContactMethod.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how you'd like us to contact you.")},
    )
    best_time = forms.ChoiceField(
        label=_("Best time to reach you"),
        choices=BestTime.choices,
        initial=BestTime.ANY,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a time of day, or 'Any time'.")},
    )
    voicemail_ok = forms.BooleanField(label=_("It's OK to leave a voicemail"), required=False)
    texts_ok = forms.BooleanField(label=_("It's OK to send text messages"), required=False)
    for_whom = forms.ChoiceField(
        label=_("Who is this inquiry for?"),
        choices=ForWhom.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tell us who the inquiry is for.")},
    )
    zip_code = forms.CharField(
        label=_("ZIP code"),
        max_length=10,
        help_text=_("So we can suggest programs and coverage in your state."),
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
        error_messages={"required": _("Enter your five-digit ZIP code.")},
    )
    interest = forms.ChoiceField(
        label=_("What are you interested in?"),
        choices=Interest.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose an option; 'Not sure yet' is fine.")},
    )
    program = forms.CharField(required=False, widget=forms.HiddenInput)
    insurance = forms.CharField(
        label=_("Insurance carrier (optional)"),
        required=False,
        max_length=80,
        help_text=_(
            "Only the name of the company, for example 'Aetna'. Please don't give a member "
            "or policy number."
        ),
    )
    message = forms.CharField(
        label=_("Anything you'd like us to know (optional)"),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_(
            "Up to 1,000 characters. Please don't include detailed medical history: a "
            "coordinator will ask what they need when they talk with you."
        ),
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "max_length": _(
                "Please shorten your message to 1,000 characters or fewer (it has %(show_value)d)."
            )
        },
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that Haven's admissions team may contact me about this inquiry, as "
            "described in the privacy notice."
        ),
        error_messages={
            "required": _("Please tick the box to let our admissions team contact you.")
        },
    )
    # Honeypot: hidden from people (CSS and aria-hidden); bots fill in every field.
    website = forms.CharField(required=False, label=_("Leave this empty"))
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("started", spam.started_token())
        if spam.recaptcha_enabled():
            self.fields["captcha"] = ReCaptchaField(
                widget=QuietReCaptchaV3(
                    action="inquiry",
                    required_score=getattr(settings, "RECAPTCHA_REQUIRED_SCORE", 0.5),
                ),
                error_messages={
                    "required": _(
                        "We couldn't confirm this was sent by a person. Please try "
                        "again in a moment, or call us."
                    ),
                    "captcha_invalid": _(
                        "We couldn't confirm this was sent by a person. Please "
                        "try again in a moment, or call us."
                    ),
                    "captcha_error": _(
                        "We couldn't reach our spam check just now. Please try "
                        "again in a moment, or call us."
                    ),
                },
            )

    @property
    def recaptcha(self):
        """What the template needs to load reCAPTCHA, or None when it is off."""
        if "captcha" not in self.fields:
            return None
        return {
            "name": self["captcha"].html_name,
            "site_key": settings.RECAPTCHA_PUBLIC_KEY,
            "domain": getattr(settings, "RECAPTCHA_DOMAIN", DEFAULT_RECAPTCHA_DOMAIN),
            "action": self.fields["captcha"].widget.action,
        }

    @sensitive_variables()
    def clean_phone(self):
        raw = self.cleaned_data["phone"].strip()
        if not raw:
            return ""
        phone = normalise_phone(raw)
        if phone is None:
            raise forms.ValidationError(
                _("Check the phone number: we need a 10-digit US number, like 215-555-0123.")
            )
        return phone

    @sensitive_variables()
    def clean_zip_code(self):
        raw = self.cleaned_data["zip_code"].strip()
        match = ZIP_PATTERN.match(raw)
        if not match:
            raise forms.ValidationError(_("Enter a five-digit ZIP code, like 19103."))
        zip5 = match.group(1)
        state = state_for_zip(zip5)
        if state is None:
            raise forms.ValidationError(
                _("We couldn't find that ZIP code. Please check the five digits.")
            )
        self.state = state
        return zip5

    @sensitive_variables()
    def clean_insurance(self):
        value = self.cleaned_data["insurance"].strip()
        if MEMBER_NUMBER.search(value):
            raise forms.ValidationError(
                _(
                    "That looks like it includes a member or policy number. Please give only the "
                    "name of your insurance company."
                )
            )
        return value

    def clean_program(self):
        # Anything but the id of a live program is ignored, never an error.
        return live_program(self.cleaned_data.get("program"))

    @sensitive_variables()
    def clean(self):
        cleaned = super().clean()
        email, phone = cleaned.get("email"), cleaned.get("phone")
        if not email and not phone and "email" not in self.errors and "phone" not in self.errors:
            message = _("Give an email address or a phone number (or both) so we can reach you.")
            self.add_error("email", message)
            self.add_error("phone", message)
        method = cleaned.get("preferred_contact")
        if method == ContactMethod.EMAIL and phone and not email and "email" not in self.errors:
            self.add_error("preferred_contact", _("You chose email: please add an email address."))
        wants_phone = method in (ContactMethod.PHONE, ContactMethod.TEXT)
        if wants_phone and email and not phone and "phone" not in self.errors:
            self.add_error(
                "preferred_contact", _("You chose phone or text: please add a phone number.")
            )
        self._check_honeypot()
        self._check_fill_time()
        return cleaned

    def _check_honeypot(self):
        if self.data.get("website"):
            # Said at the top of the form (the field itself is hidden), and emptied, so a person
            # whose browser autofilled it only has to press Send again.
            self.data = self.data.copy()
            self.data["website"] = ""
            self.add_error(
                None,
                _(
                    "This form looked automatically filled in, so it wasn't sent. Please check "
                    "your answers and press Send again, or call us."
                ),
            )

    def give_fresh_start(self):
        """A new fill-time token in the re-shown form, so the person's next Send can pass."""
        self.data = self.data.copy()
        self.data["started"] = spam.started_token()

    def _check_fill_time(self):
        elapsed = spam.seconds_since_started(self.data.get("started", ""))
        if elapsed is None:
            # Missing, forged or a day old.
            self.give_fresh_start()
            self.add_error(
                None,
                _(
                    "This form had been open a long time, so we didn't send it. Please check your "
                    "answers and press Send again."
                ),
            )
        elif elapsed < spam.min_fill_seconds():
            self.add_error(
                None,
                _(
                    "That was sent faster than we expected from a person, so we didn't send it. "
                    "Please check your answers and press Send again."
                ),
            )
