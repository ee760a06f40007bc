"""Forms of the admissions inbox: the whitelisted list filters and the detail view's update."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.models import Page

from admissions import clock
from admissions.choices import Delivery, Status
from admissions.models import AdmissionsTeam, Inquiry
from admissions.permissions import ADMISSIONS_GROUP


class InboxFilterForm(forms.Form):
    """Every query parameter the inbox accepts; anything else is ignored."""

    status = forms.ChoiceField(choices=[("", "Any status"), *Status.choices], required=False)
    team = forms.ModelChoiceField(
        AdmissionsTeam.objects.all(), required=False, empty_label="Any team"
    )
    program = forms.ModelChoiceField(Page.objects.none(), required=False, empty_label="Any program")
    received_from = forms.DateField(
        required=False, label="Received from", widget=forms.DateInput(attrs={"type": "date"})
    )
    received_to = forms.DateField(
        required=False, label="Received to", widget=forms.DateInput(attrs={"type": "date"})
    )
    delivery = forms.ChoiceField(
        choices=[("", "Any notification state"), *Delivery.choices],
        required=False,
        label="Notification",
    )
    response = forms.ChoiceField(
        choices=[("", "Any"), ("overdue", "Overdue for first contact")],
        required=False,
        label="Response clock",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only programs that have inquiries: a short list, and no page tree walk.
        self.fields["program"].queryset = Page.objects.filter(
            id__in=Inquiry.objects.exclude(program=None).values("program")
        ).order_by("title")

    def filter(self, queryset):
        self.is_valid()
        # Invalid values are shown as errors and ignored; valid ones still apply.
        data = getattr(self, "cleaned_data", {})
        if data.get("status"):
            queryset = queryset.filter(status=data["status"])
        if data.get("team"):
            queryset = queryset.filter(team=data["team"])
        if data.get("program"):
            queryset = queryset.filter(program=data["program"])
        if data.get("received_from"):
            queryset = queryset.filter(received_at__date__gte=data["received_from"])
        if data.get("received_to"):
            queryset = queryset.filter(received_at__date__lte=data["received_to"])
        if data.get("delivery"):
            queryset = queryset.filter(notification_state=data["delivery"])
        if data.get("response") == "overdue":
            queryset = queryset.filter(pk__in=[inquiry.pk for inquiry, _ in clock.overdue()])
        return queryset


def assignable_staff():
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=ADMISSIONS_GROUP))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class InquiryUpdateForm(forms.ModelForm):
    class Meta:
        model = Inquiry
        fields = ["status", "assigned_to", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "notes": "Internal, encrypted like the inquiry, visible only to admissions staff.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The form writes the new status onto the instance while validating: remember the old.
        self.status_before = self.instance.status
        self.fields["assigned_to"].queryset = assignable_staff()
        self.fields["assigned_to"].label_from_instance = lambda user: (
            user.get_full_name() or user.get_username()
        )

    def save(self, commit=True, user=None):
        inquiry = super().save(commit=False)
        new_status = self.cleaned_data["status"]
        inquiry.status = self.status_before
        if commit:
            inquiry.save()
            # Saves again with the new status and writes the step on the timeline.
            inquiry.change_status(new_status, user=user)
        else:
            inquiry.set_status(new_status)
        return inquiry
