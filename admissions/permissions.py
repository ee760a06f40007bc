"""Who may use the admissions inbox: the ONE place that decides (issue 8 adds two-factor
authentication here). Only active members of the "Admissions" group, holding the model
permission for the action, and superusers may list, open, change, export or delete
inquiries."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from wagtail.permission_policies.base import BasePermissionPolicy

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


class InboxPermissionPolicy(BasePermissionPolicy):
    """The same rule for Wagtail's generic listing view and bulk actions, which ask a permission
    policy with Wagtail's action names ("view", "change", ...) instead of calling can_use_inbox."""

    WAGTAIL_ACTIONS = {"view": "list", "change": "change", "delete": "delete", "export": "export"}

    def user_has_permission(self, user, action):
        inbox_action = self.WAGTAIL_ACTIONS.get(action)
        return inbox_action is not None and can_use_inbox(user, inbox_action)

    def users_with_any_permission(self, actions):
        raise NotImplementedError("The inbox never lists the users who may use it this way.")


inbox_policy = InboxPermissionPolicy("admissions.Inquiry")
