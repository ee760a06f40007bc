from django.urls import path, reverse
from wagtail import hooks

from accounts import views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/setup/", views.setup, name="two_factor_setup"),
        path("two-factor/verify/", views.verify, name="two_factor_verify"),
        path("two-factor/backup-codes/", views.new_backup_codes, name="two_factor_backup_codes"),
    ]


class TwoFactorMenuItem:
    label = "Two-factor sign-in"
    help_text = "Use an authenticator app as well as your password when you sign in."

    @property
    def url(self):
        return reverse("two_factor_setup")


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return TwoFactorMenuItem()
