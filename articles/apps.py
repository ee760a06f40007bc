from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"

    def ready(self):
        # Related reading is recomputed in the background when articles change (issue 6).
        from articles import signals

        signals.connect()
