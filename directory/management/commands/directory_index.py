"""manage.py directory_index [--rebuild]: fill the Elasticsearch directory index."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.visibility import public_q
from directory.models import ProgramPage


class Command(BaseCommand):
    help = "Index every live program in Elasticsearch (--rebuild drops and recreates the index)."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Recreate the index first")

    def handle(self, *args, rebuild, **options):
        if not settings.ELASTICSEARCH_URL:
            raise CommandError("ELASTICSEARCH_URL is not set; the database engine needs no index.")
        from directory.engines import elasticsearch as es

        es.init_index(rebuild=rebuild)
        programs = ProgramPage.objects.filter(public_q()).order_by("pk").iterator(chunk_size=500)
        count = es.index_programs(programs)
        self.stdout.write(f"Indexed {count} program(s) in {es.index_name()}.")
