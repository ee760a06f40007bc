"""The project package as an app, so its signal receivers are connected in every process
(web, worker, and management commands such as publish_scheduled)."""

from django.apps import AppConfig


class HavenConfig(AppConfig):
    name = "haven"
    verbose_name = "Haven"

    def ready(self):
        from haven import page_cache_signals

        page_cache_signals.connect()
