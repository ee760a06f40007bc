from django.db import migrations


class Migration(migrations.Migration):
    # Its own migration: PostgreSQL cannot alter a table in the transaction that just wrote
    # rows pointing at it (0003).
    dependencies = [("home", "0003_seed_crisis_channels")]

    operations = [
        migrations.RemoveField(
            model_name='sitesettings',
            name='crisis_line_name',
        ),
        migrations.RemoveField(
            model_name='sitesettings',
            name='crisis_line_number',
        ),
        migrations.RemoveField(
            model_name='sitesettings',
            name='emergency_number',
        ),
    ]
