"""Editorial demo: four articles that show the editorial process where an editor looks.

- "Going back to work after a mental health leave" is waiting in the Clinical review workflow
  (dashboard: "Awaiting your review"; the page listing shows "In moderation").
- "Night shifts and your mood" was last reviewed 14 months ago (dashboard: "Clinical review
  due"; Reports > Review due).
- "What a first week of IOP looks like" is scheduled to go live tomorrow at 09:00.
- "Talking about suicide at work" is live; its newest draft uses a phrase the safe-messaging
  check flags (open the draft's preview, then Checks).

Idempotent: articles are matched by slug.
"""

import datetime

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from articles.demo import stream
from articles.models import ArticleIndexPage, ArticlePage
from articles.snippets import Person, Topic

AWAITING = {
    "slug": "going-back-to-work-after-leave",
    "title": "Going back to work after a mental health leave",
    "summary": "How to plan the first weeks back, what to tell your manager, and which "
    "adjustments you can ask for.",
    "body": [
        ("h", "Plan the first two weeks"),
        (
            "p",
            "Start with shorter days if you can. Many people find that mornings are easier "
            "than afternoons for the first week.",
        ),
        (
            "p",
            "Keep your therapy sessions in your calendar. Treat them like any other meeting "
            "that cannot move.",
        ),
        ("h", "What to tell your manager"),
        (
            "p",
            "You do not have to share a diagnosis. It is enough to say that you were on "
            "medical leave and what would help you now.",
        ),
    ],
}
OVERDUE = {
    "slug": "night-shifts-and-your-mood",
    "title": "Night shifts and your mood",
    "summary": "Why working nights can lower your mood, and small changes that protect sleep "
    "and energy.",
    "body": [
        ("h", "Why nights are hard"),
        (
            "p",
            "Your body keeps a daily rhythm. Working against it for weeks can make you feel "
            "flat, short-tempered and tired even after a long sleep.",
        ),
        ("h", "What helps"),
        (
            "ul",
            [
                "A dark, quiet room for daytime sleep.",
                "The same sleep window on days off, or close to it.",
                "Bright light at the start of a shift, not at the end.",
            ],
        ),
    ],
}
SCHEDULED = {
    "slug": "first-week-of-iop",
    "title": "What a first week of IOP looks like",
    "summary": "A day-by-day picture of the first week in an intensive outpatient program.",
    "body": [
        (
            "p",
            "An intensive outpatient program (IOP) meets three to five times a week for about "
            "three hours. You go home every day.",
        ),
        ("h", "Day one"),
        ("p", "You meet your therapist, agree on goals and join your first group session."),
    ],
}
FLAGGED = {
    "slug": "talking-about-suicide-at-work",
    "title": "Talking about suicide at work",
    "summary": "How to ask a colleague directly about suicide, and what to do next.",
    "body": [
        ("crisis",),
        (
            "p",
            "Asking someone if they are thinking about suicide does not put the idea in their "
            "head. It tells them they can talk to you.",
        ),
        ("h", "What to say"),
        (
            "p",
            "Ask plainly: 'Are you thinking about suicide?' Then listen, and stay with them "
            "while they call or text the crisis line.",
        ),
    ],
}
# The newest draft of FLAGGED adds this paragraph; the checker flags "committed suicide".
FLAGGED_DRAFT_PARAGRAPH = (
    "When a nurse on our ward committed suicide last spring, nobody knew what to say."
)


def _reviewer_user():
    return get_user_model().objects.filter(is_superuser=True).order_by("pk").first()


def _article(index, spec, **fields) -> tuple[ArticlePage, bool]:
    page = ArticlePage.objects.filter(slug=spec["slug"]).first()
    if page is not None:
        return page, False
    people = list(Person.objects.order_by("pk")[:2])
    page = ArticlePage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        audiences=["public"],
        body=stream(spec["body"]),
        author=people[0] if people else None,
        **fields,
    )
    index.add_child(instance=page)
    topic = Topic.objects.order_by("pk").first()
    if topic:
        page.topics.set([topic])
    return page, True


@transaction.atomic
def load(stdout=None):
    index = ArticleIndexPage.objects.first()
    if index is None:
        return
    today = timezone.localdate()
    reviewer = Person.objects.order_by("pk")[1:2].first()
    user = _reviewer_user()

    page, new = _article(index, AWAITING, live=False)
    if new:
        page.save_revision(user=user)
        workflow = index.get_workflow()
        if workflow is not None:
            workflow.start(page, user)

    page, new = _article(
        index,
        OVERDUE,
        reviewer=reviewer,
        last_reviewed=today - relativedelta(months=14),
        date_published=today - relativedelta(months=15),
    )
    if new:
        page.save_revision(user=user).publish(user=user)

    tomorrow = timezone.make_aware(
        datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time(9, 0))
    )
    page, new = _article(index, SCHEDULED, live=False, go_live_at=tomorrow)
    if new:
        page.save_revision(user=user).publish(user=user)  # scheduled: go_live_at is ahead

    page, new = _article(index, FLAGGED, reviewer=reviewer, last_reviewed=today)
    if new:
        page.save_revision(user=user).publish(user=user)
        draft = page.get_latest_revision_as_object()
        draft.body = stream([*FLAGGED["body"], ("p", FLAGGED_DRAFT_PARAGRAPH)])
        draft.save_revision(user=user)

    if stdout:
        stdout.write("Editorial demo: articles awaiting review, overdue, scheduled, flagged.")
