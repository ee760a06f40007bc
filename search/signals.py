"""Keep search's caches and vocabulary in step with what editors change."""

import logging

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from search.models import Synonym
from search.synonyms import CACHE_KEY

logger = logging.getLogger(__name__)


def clear_synonym_cache(**kwargs):
    cache.delete(CACHE_KEY)


def page_was_published(sender, instance, **kwargs):
    from search.tasks import add_page_to_vocabulary

    try:
        add_page_to_vocabulary.enqueue(instance.pk)
    except Exception:  # the vocabulary is a nicety: publishing must never fail because of it
        logger.exception("Could not add page %s to the search vocabulary", instance.pk)


def connect():
    post_save.connect(clear_synonym_cache, sender=Synonym, dispatch_uid="search-synonym-save")
    post_delete.connect(clear_synonym_cache, sender=Synonym, dispatch_uid="search-synonym-del")
    page_published.connect(page_was_published, dispatch_uid="search-vocabulary-publish")
