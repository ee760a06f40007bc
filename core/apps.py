"""What every app shares. As an app, its signal receivers are connected in every process (web,
worker, and management commands such as publish_scheduled)."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Haven core"

    def ready(self):
        from core import page_cache_signals, visibility

        page_cache_signals.connect()
        visibility.connect()
