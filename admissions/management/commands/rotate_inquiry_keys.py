"""Re-encrypt every inquiry under the first key in FIELD_ENCRYPTION_KEYS.

Rotation: put a new key first, keep the old ones after it, run this command, then remove the
old keys. Rows are read with any key and written with the first."""

from django.core.management.base import BaseCommand
from django.db import transaction

from admissions.models import PERSONAL_FIELDS, Inquiry

BATCH = 500


class Command(BaseCommand):
    help = "Re-encrypt all inquiries' personal fields under the first FIELD_ENCRYPTION_KEYS key."

    def handle(self, *args, **options):
        count = 0
        ids = list(Inquiry.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), BATCH):
            with transaction.atomic():
                batch = Inquiry.objects.filter(pk__in=ids[start : start + BATCH])
                for inquiry in batch.select_for_update():
                    # Loading decrypts with any key; saving encrypts with the first.
                    inquiry.save(update_fields=list(PERSONAL_FIELDS))
                    count += 1
        self.stdout.write(f"Re-encrypted {count} inquiries under the first key.")
