"""Give every existing site the default crisis channels, keeping a crisis line an editor had
changed from 988 as the first channel, so no site loses its crisis help in the upgrade."""

from django.db import migrations

# The defaults are data; should home/crisis.py change later, this still seeds only sites
# without channels.
from home.crisis import DEFAULT_CHANNELS


def seed(apps, schema_editor):
    SiteSettings = apps.get_model("home", "SiteSettings")
    CrisisChannel = apps.get_model("home", "CrisisChannel")
    for settings in SiteSettings.objects.all():
        if CrisisChannel.objects.filter(settings=settings).exists():
            continue
        channels = [dict(channel) for channel in DEFAULT_CHANNELS]
        number = "".join(ch for ch in settings.crisis_line_number if ch.isdigit() or ch == "+")
        if number and number != "988":
            kept = {
                "label": f"Call {settings.crisis_line_number}",
                "action": f"tel:{number}",
                "checked_by": "Carried over from the earlier single crisis line setting: re-check it.",
            }
            channels.insert(0, dict(channels[0], **kept))
        CrisisChannel.objects.bulk_create(
            CrisisChannel(settings=settings, sort_order=i, **channel)
            for i, channel in enumerate(channels)
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0002_crisis_channels_and_quick_exit")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
