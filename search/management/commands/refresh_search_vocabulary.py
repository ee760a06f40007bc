"""Rebuild the site search vocabulary (typo correction, autocomplete) from the live pages."""

from django.core.management.base import BaseCommand

from search import querylog, vocabulary


class Command(BaseCommand):
    help = "Rebuild the search vocabulary from every live page and prune old query counts."

    def handle(self, *args, **options):
        pruned = querylog.prune()
        terms = vocabulary.refresh()
        self.stdout.write(f"Search vocabulary: {terms} terms. Old query counts removed: {pruned}.")
