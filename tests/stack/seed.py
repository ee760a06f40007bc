"""Run inside the stack's own Django (production settings, the stack's database) after
`load_demo`: a reader account, a document in a collection only signed-in people may see, and
the paths the checks visit. Prints them as one JSON line.

    manage.py shell -c "from tests.stack import seed; seed.main()"
"""

import json
import os

READER = "stack-reader"
DOCUMENT_TEXT = "Staff rota for the night shift: restricted-stack-marker\n"


def main() -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction, Site

    from admissions.pages import InquiryPage
    from articles.models import ArticlePage
    from directory.models import DirectoryPage

    user, _ = get_user_model().objects.get_or_create(username=READER)
    user.set_password(os.environ["STACK_READER_PASSWORD"])
    user.save()
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )

    root = Collection.get_first_root_node()
    staff = root.get_children().filter(name="Staff only").first()
    if staff is None:
        staff = root.add_child(name="Staff only")
        CollectionViewRestriction.objects.create(
            collection=staff, restriction_type=CollectionViewRestriction.LOGIN
        )
    document = get_document_model()(title="Night rota", collection=staff)
    document.file.save("night-rota.txt", ContentFile(DOCUMENT_TEXT.encode()), save=False)
    document.save()

    site = Site.objects.get(is_default_site=True)

    def path_of(model):
        page = model.objects.live().public().descendant_of(site.root_page).first()
        return page.relative_url(site) if page else None

    print(
        json.dumps(
            {
                "article": path_of(ArticlePage),
                "articles": [
                    page.relative_url(site)
                    for page in ArticlePage.objects.live().public().order_by("id")[:20]
                ],
                "directory": path_of(DirectoryPage),
                "inquiry": path_of(InquiryPage),
                "document": document.url,
                "document_file": document.file.name,
            }
        )
    )


def retitle(path: str, title: str) -> None:
    """Publish a new title for the live page at `path`, as an editor's publish does."""
    from wagtail.models import Page, Site

    site = Site.objects.get(is_default_site=True)
    page = next(p for p in Page.objects.live().specific() if p.relative_url(site) == path)
    page.title = title
    page.save_revision().publish()


def schedule_article(seconds: int) -> None:
    """An article an editor has published to go live `seconds` from now (scheduled, not yet
    live). Prints its path and its go-live time (a Unix timestamp) as one JSON line."""
    import datetime

    from django.utils import timezone
    from wagtail.models import Site

    from articles.models import ArticleIndexPage, ArticlePage

    site = Site.objects.get(is_default_site=True)
    index = ArticleIndexPage.objects.live().descendant_of(site.root_page).first()
    stamp = int(timezone.now().timestamp())
    go_live_at = timezone.now() + datetime.timedelta(seconds=seconds)
    page = ArticlePage(
        title=f"Scheduled for the stack {stamp}",
        slug=f"scheduled-stack-{stamp}",
        summary="Written ahead, to go live on its own.",
        last_reviewed=timezone.localdate(),
        body=[("paragraph", "<p>Written ahead, to go live on its own.</p>")],
        go_live_at=go_live_at,
        live=False,
    )
    index.add_child(instance=page)
    page.save_revision().publish()  # with a future go-live time, Wagtail schedules it
    print(json.dumps({"path": page.relative_url(site), "go_live_at": go_live_at.timestamp()}))
