from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Editorial process"

    def ready(self):
        # A new article index gets the clinical-review workflow and the Editors' page rights.
        from editorial import setup

        setup.connect()
