"""Bulk actions on the inbox, on Wagtail's bulk-action framework (registered in wagtail_hooks,
served at /admin/bulk/admissions/inquiry/<action>/): assign, change status and export the
selected inquiries. Each asks admissions.permissions first, confirms on a page that lists
numbers only, and writes an audit entry for every inquiry it touches."""

from django import forms
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from admissions import audit, exports
from admissions.choices import Status
from admissions.inbox import filter_inquiries
from admissions.inbox_forms import assignable_staff, staff_name
from admissions.models import PERSONAL_FIELDS, Inquiry
from admissions.permissions import inbox_policy


def plural(count):
    return f"{count} inquiry" if count == 1 else f"{count} inquiries"


def is_number(value):
    # ASCII digits only ("²" is a digit to Python) and no longer than a database integer.
    return value.isascii() and value.isdigit() and len(value) <= 18


class InquiryBulkAction(PermissionCheckedMixin, BulkAction):
    models = [Inquiry]
    permission_policy = inbox_policy
    permission_required = "change"
    template_name = "admissions/inbox/bulk_confirm.html"
    button_text = ""
    defer_personal = False

    def __init__(self, request, model):
        super().__init__(request, model)
        if not get_valid_next_url_from_request(request):
            self.next_url = reverse("admissions_inbox:index")

    @classmethod
    def get_queryset(cls, model, object_ids):
        """The selected inquiries. Ids that are not numbers or no longer exist are left out
        (Wagtail's default would answer a 500 or a 404)."""
        inquiries = Inquiry.objects.select_related("program", "team", "assigned_to").order_by("pk")
        if cls.defer_personal:
            inquiries = inquiries.defer(*PERSONAL_FIELDS)
        if isinstance(object_ids, QuerySet):  # "select all in the listing"
            return list(inquiries.filter(pk__in=object_ids))
        ids = [value for value in object_ids if is_number(value)]
        return list(inquiries.filter(pk__in=ids))

    def get_all_objects_in_listing_query(self, parent_id):
        # The listing's own filters came along in the query string.
        return filter_inquiries(self.request.GET, request=self.request).values("pk")

    def get_execution_context(self):
        return {"user": self.request.user, **(self.cleaned_form.cleaned_data)}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action": self}


class AssignBulkAction(InquiryBulkAction):
    display_name = "Assign"
    action_type = "assign"
    aria_label = "Assign the selected inquiries"
    action_priority = 10
    button_text = "Assign them"
    defer_personal = True  # assigning never needs the personal fields

    class form_class(forms.Form):
        assignee = forms.ModelChoiceField(
            queryset=None, required=False, empty_label="Nobody (unassign)"
        )

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields["assignee"].queryset = assignable_staff()
            self.fields["assignee"].label_from_instance = staff_name

    @classmethod
    def execute_action(cls, objects, user=None, assignee=None, **kwargs):
        # One UPDATE: saving each inquiry would read (and decrypt) its personal fields.
        Inquiry.objects.filter(pk__in=[inquiry.pk for inquiry in objects]).update(
            assigned_to=assignee, updated_at=timezone.now()
        )
        for inquiry in objects:
            audit.record(inquiry, "admissions.bulk_assign", user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        assignee = self.cleaned_form.cleaned_data["assignee"]
        who = staff_name(assignee) if assignee else "nobody"
        return f"{plural(num_parent_objects)} assigned to {who}."


# "Referred elsewhere" records where to, one inquiry at a time on its page.
BULK_STATUSES = [(value, label) for value, label in Status.choices if value != Status.REFERRED]


class ChangeStatusBulkAction(InquiryBulkAction):
    display_name = "Change status"
    action_type = "change_status"
    aria_label = "Change the status of the selected inquiries"
    action_priority = 20
    button_text = "Change their status"

    class form_class(forms.Form):
        status = forms.ChoiceField(
            choices=BULK_STATUSES,
            help_text="Referred elsewhere is set on each inquiry's page, with where to.",
        )

    @classmethod
    def execute_action(cls, objects, user=None, status=None, **kwargs):
        changed = 0
        for inquiry in objects:
            # The same step a single change takes: new status, stamps and a timeline entry.
            if inquiry.change_status(status, user=user) is not None:
                changed += 1
            audit.record(inquiry, "admissions.bulk_status", user)
        return changed, len(objects) - changed

    def get_success_message(self, num_parent_objects, num_child_objects):
        status = Status(self.cleaned_form.cleaned_data["status"]).label
        message = f"{plural(num_parent_objects)} moved to {status}."
        if num_child_objects:
            message += f" {plural(num_child_objects)} already had that status."
        return message


class ExportBulkAction(InquiryBulkAction):
    display_name = "Export to CSV"
    action_type = "export"
    aria_label = "Export the selected inquiries to CSV"
    action_priority = 30
    permission_required = "export"
    button_text = "Download the CSV"

    def form_valid(self, form):
        # The download is the answer; admissions/exports.py audits each row.
        objects, _ = self.get_actionable_objects()
        return exports.csv_response(objects, self.request.user)


ACTIONS = [AssignBulkAction, ChangeStatusBulkAction, ExportBulkAction]
