"""Background work for site search, run by the worker (`manage.py db_worker`)."""

import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def refresh_vocabulary() -> int:
    """Rebuild the vocabulary from every live page and drop old query counts.
    Schedule it nightly (and run it after a bulk import)."""
    from search import querylog, vocabulary

    querylog.prune()
    return vocabulary.refresh()


@task()
def add_page_to_vocabulary(page_id: int) -> int:
    """A page was published: its new words join the vocabulary now, not tonight."""
    from wagtail.models import Page

    from search import vocabulary

    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    return vocabulary.add_page(page.specific)
