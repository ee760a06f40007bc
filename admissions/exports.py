"""CSV export of inquiries, for authorised staff only: the filtered inbox, or the inquiries
selected for the bulk action. Each exported inquiry is written to the audit log."""

import csv

from django.http import HttpResponse
from django.utils import timezone

from admissions import audit
from admissions.inbox import filter_inquiries
from admissions.models import Inquiry
from admissions.permissions import inbox_permission_required
from core.exports import safe_cell

COLUMNS = [
    ("Number", lambda i: i.pk),
    ("Received", lambda i: timezone.localtime(i.received_at).isoformat(timespec="minutes")),
    ("Status", lambda i: i.get_status_display()),
    ("Interest", lambda i: i.get_interest_display()),
    ("Program", lambda i: i.program.title if i.program_id else ""),
    ("Team", lambda i: i.team.name if i.team_id else ""),
    ("Assignee", lambda i: i.assigned_to.get_username() if i.assigned_to_id else ""),
    ("First name", lambda i: i.first_name),
    ("Email", lambda i: i.email),
    ("Phone", lambda i: i.phone),
    ("Preferred contact", lambda i: i.get_preferred_contact_display()),
    ("Best time", lambda i: i.get_best_time_display()),
    ("Voicemail OK", lambda i: "yes" if i.voicemail_ok else "no"),
    ("Texts OK", lambda i: "yes" if i.texts_ok else "no"),
    ("For", lambda i: i.get_for_whom_display()),
    ("ZIP", lambda i: i.zip_code),
    ("State", lambda i: i.state),
    ("Insurance", lambda i: i.insurance),
    ("Message", lambda i: i.message),
    (
        "First contact",
        lambda i: (
            timezone.localtime(i.first_contact_at).isoformat(timespec="minutes")
            if i.first_contact_at
            else ""
        ),
    ),
]


def csv_response(inquiries, user):
    """The inquiries as a CSV download, each one audited as exported by `user`."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="inquiries-{stamp}.csv"'
    response["Cache-Control"] = "no-store, private"
    writer = csv.writer(response)
    writer.writerow([heading for heading, _ in COLUMNS])
    for inquiry in inquiries:
        writer.writerow([safe_cell(getter(inquiry)) for _, getter in COLUMNS])
        audit.record(inquiry, "admissions.export", user)
    return response


@inbox_permission_required("export")
def export_csv(request):
    queryset = Inquiry.objects.select_related("program", "team", "assigned_to")
    return csv_response(filter_inquiries(request.GET, queryset, request), request.user)
