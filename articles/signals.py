"""Signals that keep related reading current. Connected in ArticlesConfig.ready().

Every handler enqueues `refresh_related` after the transaction commits, so the worker sees
the change it is asked to process (and a rolled-back publish enqueues nothing).
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import PageViewRestriction, Revision
from wagtail.signals import page_published, page_unpublished


def enqueue_refresh(page_ids, also=()) -> None:
    from articles.tasks import refresh_related

    page_ids, also = sorted(set(page_ids)), sorted(set(also) - set(page_ids))
    if page_ids or also:
        transaction.on_commit(lambda: refresh_related.enqueue(page_ids, also))


def article_changed(sender, instance, **kwargs):
    enqueue_refresh([instance.pk])


def article_deleting(sender, instance, **kwargs):
    """Before the cascade removes its rows: note who listed this article, and whom it listed."""
    from articles.recommend.storage import RelatedArticle

    rows = RelatedArticle.objects.filter(source_id=instance.pk).values_list("target_id", flat=True)
    listed_by = RelatedArticle.objects.filter(target_id=instance.pk).values_list(
        "source_id", flat=True
    )
    instance._related_neighbours = [*rows, *listed_by]


def article_deleted(sender, instance, **kwargs):
    enqueue_refresh([instance.pk], also=getattr(instance, "_related_neighbours", ()))


def privacy_changed(sender, instance, **kwargs):
    """A view restriction added or removed hides or shows every article below its page."""
    from wagtail.models import Page

    from articles.models import ArticlePage

    page = Page.objects.filter(pk=instance.page_id).first()  # gone if the page was deleted
    if page is None:
        return
    ids = ArticlePage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
    enqueue_refresh(list(ids))


def topic_saved(sender, instance, created, **kwargs):
    """A topic's name or conditions feed its articles' vectors and program matches."""
    if not created:
        enqueue_refresh(list(instance.articles.values_list("pk", flat=True)))


def revision_saved(sender, instance, created, **kwargs):
    """A draft (or a publish) of an article without topics: suggest some, in the worker."""
    from articles.models import ArticlePage
    from articles.tasks import suggest_topics

    if not created or instance.content_type_id != _article_type_id():
        return
    page_id = int(instance.object_id)
    if not ArticlePage.topics.through.objects.filter(articlepage_id=page_id).exists():
        transaction.on_commit(lambda: suggest_topics.enqueue(page_id))


def _article_type_id() -> int:
    from django.contrib.contenttypes.models import ContentType

    from articles.models import ArticlePage

    return ContentType.objects.get_for_model(ArticlePage).pk


def connect() -> None:
    from articles.models import ArticlePage, Topic

    uid = "articles-related"
    page_published.connect(article_changed, sender=ArticlePage, dispatch_uid=f"{uid}-pub")
    page_unpublished.connect(article_changed, sender=ArticlePage, dispatch_uid=f"{uid}-unpub")
    pre_delete.connect(article_deleting, sender=ArticlePage, dispatch_uid=f"{uid}-predel")
    post_delete.connect(article_deleted, sender=ArticlePage, dispatch_uid=f"{uid}-del")
    post_save.connect(privacy_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-pvr")
    post_delete.connect(privacy_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-pvrd")
    post_save.connect(topic_saved, sender=Topic, dispatch_uid=f"{uid}-topic")
    post_save.connect(revision_saved, sender=Revision, dispatch_uid=f"{uid}-revision")
