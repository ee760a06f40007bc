"""Who may use the admissions inbox: the ONE place that decides (issue 8 adds two-factor
authentication here). Only active members of the "Admissions" group, holding the model
permission for the action, and superusers may list, open, change, export or delete
inquiries."""

from functools import wraps

from django.core.exceptions import PermissionDenied

ADMISSIONS_GROUP = "Admissions"

# Inbox action -> the Django permission the Admissions group is given for it.
ACTION_PERMISSIONS = {
    "list": "admissions.view_inquiry",
    "open": "admissions.view_inquiry",
    "change": "admissions.change_inquiry",
    "export": "admissions.export_inquiry",
    "delete": "admissions.delete_inquiry",
}


def _in_admissions_group(user) -> bool:
    cached = getattr(user, "_admissions_member", None)
    if cached is None:
        cached = user.groups.filter(name=ADMISSIONS_GROUP).exists()
        user._admissions_member = cached
    return cached


def can_use_inbox(user, action: str = "list") -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return _in_admissions_group(user) and user.has_perm(ACTION_PERMISSIONS[action])


def inbox_permission_required(action: str):
    """View decorator: 403 for anyone the inbox is not for."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not can_use_inbox(request.user, action):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
