"""The Admissions group may change a program's admissions e-mail: it decides which team a
program's inquiries reach, and that team's inbox is the Admissions group's. Editors and
Directory staff keep editing the rest of the listing."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Admissions"
CODENAME = "change_admissions_email"


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure this one exists now.
    app_config = apps.get_app_config("directory")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="directory", codename=CODENAME)
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name=GROUP):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="directory", codename=CODENAME)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0007_admissions_email_permission"),
        ("admissions", "0002_admissions_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
