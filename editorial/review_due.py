"""Which articles are due for clinical review: the interval comes from Editorial settings
(default 12 months after the last review); an article never reviewed is due now."""

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Site

SOON_DAYS = 30  # "due soon": the review falls due within this many days


def interval_months(site=None) -> int:
    from editorial.models import EditorialSettings

    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return EditorialSettings._meta.get_field("review_interval_months").default
    return EditorialSettings.for_site(site).review_interval_months


@dataclass
class DueArticle:
    page: object
    last_reviewed: date | None
    due_on: date | None
    overdue: bool

    @property
    def status(self) -> str:
        return "Overdue" if self.overdue else "Due soon"

    @property
    def title(self):
        return self.page.title

    @property
    def pk(self):
        return self.page.pk


def due_articles(today=None, site=None) -> list[DueArticle]:
    """Live articles whose review is overdue or falls due within SOON_DAYS, most overdue first."""
    from articles.models import ArticlePage

    today = today or timezone.localdate()
    months = relativedelta(months=interval_months(site))
    horizon = today + relativedelta(days=SOON_DAYS)
    pages = ArticlePage.objects.live().filter(
        Q(last_reviewed__isnull=True) | Q(last_reviewed__lte=horizon - months)
    )
    rows = []
    for page in pages:
        due_on = page.last_reviewed + months if page.last_reviewed else None
        rows.append(DueArticle(page, page.last_reviewed, due_on, due_on is None or due_on <= today))
    rows.sort(key=lambda row: (row.due_on or date.min, row.title))
    return rows


def can_see_reviews(user) -> bool:
    from editorial.models import EDITORS_GROUP, REVIEWERS_GROUP

    if user.is_superuser:
        return True
    return user.groups.filter(name__in=[EDITORS_GROUP, REVIEWERS_GROUP]).exists()
