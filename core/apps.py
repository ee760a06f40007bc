"""What every app shares. As an app, its signal receivers are connected in every process (web,
worker, and management commands such as publish_scheduled)."""

from django.apps import AppConfig, apps
from django.core.management import call_command
from django.db.models.signals import post_migrate


def create_cache_tables(using="default", **kwargs):
    """The counters cache lives in a table (haven/integrations.py). Creating it on `migrate`
    leaves operators one setup command, not two; createcachetable skips a table that exists."""
    call_command("createcachetable", database=using, verbosity=0)


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Haven core"

    def ready(self):
        from core import page_cache_signals, visibility

        page_cache_signals.connect()
        visibility.connect()
        # Sent once per migrate for each app with models; core has none, so hang it on one that
        # always has them.
        post_migrate.connect(create_cache_tables, sender=apps.get_app_config("wagtailcore"))
