from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site settings"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core.page_cache import purge
        from home.models import CrisisChannel

        # Every page shows crisis channels; a changed one must not wait for the cache to expire.
        post_save.connect(purge, sender=CrisisChannel, dispatch_uid="haven-crisis-channel-saved")
        post_delete.connect(purge, sender=CrisisChannel, dispatch_uid="haven-crisis-channel-gone")
