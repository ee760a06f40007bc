"""The dashboard warns whoever can edit site settings when a crisis channel's facts are more
than STALE_AFTER_MONTHS old (home/crisis.py): numbers and menu options change, and the page
cannot check them itself."""

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from home.crisis import STALE_AFTER_MONTHS, is_stale
from home.models import CrisisChannel


class StaleCrisisFactsPanel(Component):
    name = "home_stale_crisis_facts"
    template_name = "home/stale_crisis_facts_panel.html"
    order = 50  # above the review-due panel (110): a wrong crisis number matters more

    def __init__(self, channels):
        self.channels = channels

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(channels=self.channels, months=STALE_AFTER_MONTHS)
        return context


@hooks.register("construct_homepage_panels")
def warn_of_stale_crisis_facts(request, panels):
    if not request.user.has_perm("home.change_sitesettings"):
        return
    today = timezone.localdate()
    channels = CrisisChannel.objects.select_related("settings__site").order_by(
        "settings__site_id", "sort_order"
    )
    stale = [channel for channel in channels if is_stale(channel.as_of, today)]
    if stale:
        panels.append(StaleCrisisFactsPanel(stale))
