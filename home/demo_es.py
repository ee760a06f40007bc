"""Spanish demo content (served under /es/): the Spanish home page, inquiry page, directory
page and article index as translations of the English ones (so each is paired with it for
hreflang and the language switcher). articles/demo_es.py then adds the Spanish articles.

Runs after the English demo (home/management/commands/load_demo.py). Idempotent: a page that
already has its Spanish translation is left as it is.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale

from home import demo_content_es as content
from home.models import HomePage


def translate(page, locale, fields: dict):
    """The page's translation into `locale`, made from a copy with `fields` the first time.
    (page, created)."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    copy.save_revision().publish()
    return copy, True


@transaction.atomic
def load(stdout=None):
    from admissions.models import InquiryPage
    from articles.models import ArticleIndexPage
    from directory.models import DirectoryPage

    english = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    home = english.order_by("path").first()
    if home is None:
        return None
    spanish, _ = Locale.objects.get_or_create(language_code="es")
    spanish_home, created = translate(home, spanish, content.HOME)
    if created:
        spanish_home.featured_articles.all().delete()  # the copy's picks are English articles
    for model, fields in (
        (InquiryPage, content.INQUIRY),
        (DirectoryPage, content.DIRECTORY),
        (ArticleIndexPage, content.ARTICLE_INDEX),
    ):
        page = model.objects.child_of(home).first()
        if page is not None:
            translate(page, spanish, fields)
    if stdout and created:
        stdout.write("Created the Spanish pages under /es/.")
    return spanish_home
