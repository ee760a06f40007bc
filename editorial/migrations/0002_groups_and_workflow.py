"""The Editors and Clinical reviewers groups, and the Clinical review workflow.

Editors: the admin, snippets (people, topics, tags), images and documents (Wagtail's own
migrations already give them the root collection), and pages: they may add pages anywhere and
edit the ones they own, and edit every article (editorial/setup.py gives that on each index).
Wagtail's default "edit any page from the root" is taken away, so admissions pages stay theirs.
Clinical reviewers: the admin, viewing people and topics; the workflow task lets them open and
approve the pages it holds; on each article index they may edit and publish, because
Wagtail publishes the approved revision as the approver.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_MODEL_PERMS = {
    "articles": ["person", "topic"],
    "taggit": ["tag"],
}


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    ClinicalReviewTask = apps.get_model("editorial", "ClinicalReviewTask")
    ArticleIndexPage = apps.get_model("articles", "ArticleIndexPage")

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    editors, _ = Group.objects.get_or_create(name="Editors")
    reviewers, _ = Group.objects.get_or_create(name="Clinical reviewers")
    editors.permissions.add(access_admin)
    reviewers.permissions.add(access_admin)
    for app_label, models in EDITOR_MODEL_PERMS.items():
        for model in models:
            for action in ("add", "change", "view"):
                editors.permissions.add(
                    Permission.objects.get(
                        content_type__app_label=app_label, codename=f"{action}_{model}"
                    )
                )
    for model in ("person", "topic"):
        reviewers.permissions.add(
            Permission.objects.get(content_type__app_label="articles", codename=f"view_{model}")
        )

    root = Page.objects.filter(depth=1).first()
    change_page = Permission.objects.get(
        content_type__app_label="wagtailcore", codename="change_page"
    )
    publish_page = Permission.objects.get(
        content_type__app_label="wagtailcore", codename="publish_page"
    )
    add_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
    if root is not None:
        GroupPagePermission.objects.filter(group=editors, page=root, permission=change_page).delete()
        GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=add_page)

    task_type = ContentType.objects.get_for_model(ClinicalReviewTask)
    task = ClinicalReviewTask.objects.create(
        name="Clinical review", active=True, content_type=task_type
    )
    task.groups.add(reviewers)
    workflow = Workflow.objects.create(name="Clinical review", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for index in ArticleIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})
        rights = {editors: (add_page, change_page), reviewers: (change_page, publish_page)}
        for group, permissions in rights.items():
            for permission in permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page_id=index.pk, permission=permission
                )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("articles", "0006_person_user"),
        ("wagtailcore", "__latest__"),
        ("wagtailimages", "__latest__"),
        ("wagtaildocs", "__latest__"),
        ("wagtailadmin", "__latest__"),
        ("taggit", "__latest__"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
