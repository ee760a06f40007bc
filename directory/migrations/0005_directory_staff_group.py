"""The "Directory staff" group: works the "Listings to verify" queue (adds verifications) and
the listing reports queue (views and changes report statuses)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Directory staff"
PERMISSIONS = [
    ("directory", "add_verification"),
    ("directory", "view_verification"),
    ("directory", "view_listingreport"),
    ("directory", "change_listingreport"),
    ("wagtailadmin", "access_admin"),
]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, codename in PERMISSIONS:
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0004_verification_work"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
