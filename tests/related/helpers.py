"""Making real ArticlePages for the related-reading tests, the way an editor would."""

from articles.models import ArticleRelatedPick
from tests.articles.factories import ArticlePageFactory, TopicFactory, faq_block, heading_block


def topic(slug, name=None, conditions=()):
    made = TopicFactory(slug=slug, name=name or slug.replace("-", " ").title())
    if list(made.conditions) != list(conditions):
        made.conditions = list(conditions)
        made.save()
    return made


def make_article(
    index,
    *,
    title,
    body_text="",
    headings="",
    faq="",
    topics=(),
    tags=(),
    audiences=("public",),
    picks=(),
    publish=True,
    **fields,
):
    body = [heading_block(headings or "About this")]
    if body_text:
        body.append(("paragraph", f"<p>{body_text}</p>"))
    if faq:
        body.append(faq_block(1, question=faq, answer="<p>It depends; ask your team.</p>"))
    page = ArticlePageFactory.build(title=title, audiences=list(audiences), **fields)
    page.body = body
    page.live = False  # as the admin creates it: a draft until published
    index.add_child(instance=page)
    page.topics.set(list(topics))
    page.tags.set(list(tags))
    page.related_picks = [ArticleRelatedPick(article=pick) for pick in picks]
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def titles(pages) -> list[str]:
    return [page.title for page in pages]
