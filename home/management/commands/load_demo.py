"""Load Haven's demo content: the home page, then each app's own demo module, in order.

Every app's `demo.load()` must be safe to run twice without duplicating anything.
"""

from importlib import import_module

from django.core.management.base import BaseCommand

DEMO_MODULES = [
    "home.demo",
    "articles.demo",
    "editorial.demo",
    "editorial.policy_demo",
    "directory.demo",
    "admissions.demo",
    "home.demo_es",  # after the English pages it translates
    "articles.demo_es",  # under the Spanish article index
    "search.demo",
]


class Command(BaseCommand):
    help = "Load original demo content (idempotent: running it again adds nothing twice)."

    def handle(self, *args, **options):
        for name in DEMO_MODULES:
            try:
                module = import_module(name)
            except ModuleNotFoundError as error:
                if error.name != name:
                    raise
                continue
            module.load(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
