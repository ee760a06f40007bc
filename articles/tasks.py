"""Background work for related reading: editors never wait for it (DESIGN.md, Publishing)."""

from django_tasks import task


@task()
def refresh_related(page_ids: list[int], also: list[int] | None = None) -> dict:
    """Recompute stored related reading after these articles were published, unpublished,
    deleted or made private; `also` lists articles known to have listed them."""
    from articles.recommend import sync
    from core.cache_dependencies import bump

    result = sync.update(page_ids, also=also or ())
    # Only the articles whose lists changed show something new (the publish itself already
    # made stale every page showing the published article).
    bump(*(f"related:{pk}" for pk in result["lists_changed"]))
    return result


@task()
def suggest_topics(page_id: int) -> list:
    """Suggested topics for an article saved without any (shown in the editor, never applied)."""
    from articles.recommend import topics

    return topics.refresh(page_id)
