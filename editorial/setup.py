"""Who may do what in the editorial process, and the workflow on every article index.

`configure_index` runs when an article index is created (and the data migration does the same
for indexes that already exist): the Clinical review workflow goes on the index, the Editors
group may add and edit every article under it, and the Clinical reviewers may edit and publish
them. Elsewhere editors edit only the pages they own.
"""

from django.db.models.signals import post_save

# Page rights on an article index. Wagtail publishes the approved revision as the approver,
# so reviewers need to publish; editors can only submit.
PAGE_RIGHTS = {
    "Editors": ("add_page", "change_page"),
    "Clinical reviewers": ("change_page", "publish_page"),
}


def configure_index(index, apps=None):
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

    from editorial.models import WORKFLOW_NAME

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})
    for group_name, codenames in PAGE_RIGHTS.items():
        group = Group.objects.filter(name=group_name).first()
        for codename in codenames if group else ():
            GroupPagePermission.objects.get_or_create(
                group=group,
                page_id=index.pk,
                permission__codename=codename,
                defaults={"permission": _page_permission(codename)},
            )


def _page_permission(codename):
    from django.contrib.auth.models import Permission

    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def index_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        configure_index(instance)


def connect():
    from articles.models import ArticleIndexPage

    post_save.connect(index_saved, sender=ArticleIndexPage, dispatch_uid="editorial-index")
