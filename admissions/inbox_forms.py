"""Forms of the admissions inbox: the detail view's update, and who may be assigned."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q

from admissions.models import Inquiry
from admissions.permissions import ADMISSIONS_GROUP


def assignable_staff():
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=ADMISSIONS_GROUP))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def staff_name(user):
    return user.get_full_name() or user.get_username()


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
        self.fields["assigned_to"].label_from_instance = staff_name

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
