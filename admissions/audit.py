"""Audit log actions of the admissions inbox (Wagtail's audit log, with the user)."""

from wagtail.log_actions import log

ACTIONS = {
    "admissions.open": ("Open inquiry", "Opened the inquiry"),
    "admissions.attempt": ("Log contact attempt", "Logged a contact attempt"),
    "admissions.callback": ("Callback", "Scheduled a callback or marked one done"),
    "admissions.duplicate": ("Resolve duplicate", "Linked, merged or dismissed a duplicate"),
    "admissions.update": ("Update inquiry", "Changed the inquiry's status, assignee or notes"),
    "admissions.bulk_assign": ("Assign inquiry (bulk)", "Assigned with other inquiries"),
    "admissions.bulk_status": ("Change status (bulk)", "Changed status with other inquiries"),
    "admissions.export": ("Export inquiry", "Exported the inquiry to CSV"),
    "admissions.delete": ("Delete inquiry", "Deleted the inquiry"),
    "admissions.resend": ("Re-send notification", "Re-sent the admissions notification"),
}


def register(actions):
    from admissions.retention import PURGE_ACTION, PurgeFormatter

    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)
    actions.register_action(PURGE_ACTION)(PurgeFormatter)


def record(inquiry, action, user):
    # The log entry's label is str(inquiry), "Inquiry #N": never a name or any content.
    return log(inquiry, action, user=user)
