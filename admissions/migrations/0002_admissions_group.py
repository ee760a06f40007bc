"""The "Admissions" group: the only group that can list, open, change, export and delete
inquiries (see admissions/permissions.py). Editors get none of these permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

INQUIRY_PERMISSIONS = ["view_inquiry", "change_inquiry", "delete_inquiry", "export_inquiry"]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Admissions")
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="admissions", codename__in=INQUIRY_PERMISSIONS
        )
    ) + list(
        Permission.objects.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    group.permissions.add(*permissions)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Admissions").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("admissions", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
