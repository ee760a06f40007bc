"""Publishing, unpublishing or deleting a program enqueues its index sync, after the commit,
when the Elasticsearch engine is in use. Editors never wait on the cluster."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from directory.models import ProgramPage


def _enqueue(page_id: int) -> None:
    if getattr(settings, "DIRECTORY_SEARCH_ENGINE", "database") != "elasticsearch":
        return
    from directory.tasks import sync_program

    transaction.on_commit(lambda: sync_program.enqueue(page_id))


def on_change(sender, instance, **kwargs):
    _enqueue(instance.pk)


def connect() -> None:
    page_published.connect(on_change, sender=ProgramPage, dispatch_uid="directory_published")
    page_unpublished.connect(on_change, sender=ProgramPage, dispatch_uid="directory_unpublished")
    post_delete.connect(on_change, sender=ProgramPage, dispatch_uid="directory_deleted")
