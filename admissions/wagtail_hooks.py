"""Admin wiring: the inbox (menu item, URLs, bulk actions, dashboard panel) shown only to
admissions staff, audit log actions, and the team and routing rule editors."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from admissions import admin_urls, audit, bulk_actions, callbacks, reports
from admissions.models import AdmissionsTeam, RoutingRule
from admissions.permissions import can_use_inbox


class InboxMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_inbox(request.user, "list")


@hooks.register("register_admin_urls")
def register_inbox_urls():
    return [path("admissions/inquiries/", include(admin_urls, namespace="admissions_inbox"))]


@hooks.register("register_admin_menu_item")
def register_inbox_menu_item():
    return InboxMenuItem(
        "Admissions inbox",
        reverse("admissions_inbox:index"),
        name="admissions-inbox",
        icon_name="mail",
        order=250,
    )


hooks.register("construct_homepage_panels", reports.add_dashboard_panel)
hooks.register("construct_homepage_panels", callbacks.add_dashboard_panel)
hooks.register("register_log_actions", audit.register)
for bulk_action in bulk_actions.ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


class AdmissionsTeamViewSet(SnippetViewSet):
    model = AdmissionsTeam
    icon = "group"
    menu_label = "Admissions teams"
    list_display = ["name", "notification_email", "is_default"]


class RoutingRuleViewSet(SnippetViewSet):
    model = RoutingRule
    icon = "redirect"
    menu_label = "Routing rules"
    list_display = ["priority", "team", "program", "level_of_care", "state", "population"]


class AdmissionsRoutingGroup(SnippetViewSetGroup):
    items = (AdmissionsTeamViewSet, RoutingRuleViewSet)
    menu_icon = "redirect"
    menu_label = "Admissions routing"
    menu_name = "admissions-routing"
    menu_order = 260


register_snippet(AdmissionsRoutingGroup)
