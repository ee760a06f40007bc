"""SQLite distance function; index sync when programs are published, unpublished or deleted.
(enqueued after the commit, only with the Elasticsearch engine; editors never wait on it)."""

from django.conf import settings
from django.db import transaction
from django.db.backends.signals import connection_created
from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from directory.geo import haversine_miles
from directory.models import ProgramPage


def _enqueue(page_id: int) -> None:
    if getattr(settings, "DIRECTORY_SEARCH_ENGINE", "database") != "elasticsearch":
        return
    from directory.tasks import sync_program

    transaction.on_commit(lambda: sync_program.enqueue(page_id))


def on_change(sender, instance, **kwargs):
    _enqueue(instance.pk)


def register_sqlite_functions(sender, connection, **kwargs):
    """One SQL function for the distance on SQLite, which lacks trigonometry."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            "HAVEN_HAVERSINE_MILES", 4, _haversine_or_none, deterministic=True
        )


def _haversine_or_none(lat, lon, lat0, lon0):
    if lat is None or lon is None:
        return None
    return haversine_miles(lat, lon, lat0, lon0)


def connect() -> None:
    connection_created.connect(register_sqlite_functions, dispatch_uid="haven_haversine")
    page_published.connect(on_change, sender=ProgramPage, dispatch_uid="directory_published")
    page_unpublished.connect(on_change, sender=ProgramPage, dispatch_uid="directory_unpublished")
    post_delete.connect(on_change, sender=ProgramPage, dispatch_uid="directory_deleted")
