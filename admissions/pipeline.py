"""Working an inquiry: logging contact attempts within the person's consent and moving the
inquiry along the pipeline as they happen."""

from django import forms
from django.conf import settings

from admissions.choices import AttemptChannel, AttemptOutcome, Status
from admissions.models import ContactAttempt

# Outcomes that count towards "unreachable after N attempts".
MISSES = {AttemptOutcome.NO_ANSWER, AttemptOutcome.VOICEMAIL, AttemptOutcome.WRONG_NUMBER}


def unreachable_after(inquiry) -> int:
    team = inquiry.team
    if team is not None and team.unreachable_after:
        return team.unreachable_after
    return int(getattr(settings, "ADMISSIONS_UNREACHABLE_AFTER", 5))


class ContactAttemptForm(forms.ModelForm):
    """A try at reaching the person. Refuses a voicemail or a text the person said no to."""

    class Meta:
        model = ContactAttempt
        fields = ["channel", "outcome", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"note": "Optional. Encrypted like the inquiry."}

    def __init__(self, *args, inquiry, **kwargs):
        super().__init__(*args, **kwargs)
        self.inquiry = inquiry

    def clean(self):
        data = super().clean()
        channel, outcome = data.get("channel"), data.get("outcome")
        leaves_voicemail = AttemptChannel.VOICEMAIL in (channel, outcome)
        if leaves_voicemail and not self.inquiry.voicemail_ok:
            field = "channel" if channel == AttemptChannel.VOICEMAIL else "outcome"
            self.add_error(
                field,
                "This person said no to voicemail on their inquiry, so don't leave one. "
                "Call again at their best time or use a channel they allowed.",
            )
        if channel == AttemptChannel.TEXT and not self.inquiry.texts_ok:
            self.add_error(
                "channel",
                "This person said no to text messages on their inquiry, so don't text them. "
                "Call or email instead.",
            )
        return data


def log_attempt(inquiry, attempt, user):
    """Save the attempt and move the inquiry: a first try starts "attempting contact", a reach
    makes it "reached", and N misses in a row with no reach make it "unreachable"."""
    attempt.inquiry = inquiry
    attempt.user = user
    attempt.save()
    if attempt.outcome == AttemptOutcome.REACHED:
        if inquiry.status in (Status.NEW, Status.ATTEMPTING):
            inquiry.change_status(Status.REACHED, user=user, now=attempt.at)
        return attempt
    if inquiry.status == Status.NEW:
        inquiry.change_status(Status.ATTEMPTING, user=user, now=attempt.at)
    if inquiry.status == Status.ATTEMPTING:
        misses = inquiry.attempts.filter(outcome__in=MISSES).count()
        if misses >= unreachable_after(inquiry):
            inquiry.change_status(Status.UNREACHABLE, user=user, now=attempt.at)
    return attempt
