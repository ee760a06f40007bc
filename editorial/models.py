"""The clinical-review workflow task and the editorial site settings.

ClinicalReviewTask is Wagtail's group approval task with one addition: approving it writes
the reviewer and the review date into the revision that the workflow then publishes, so the
public page shows who checked it and when, taken from the approval itself.
"""

from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import AbstractGroupApprovalTask

EDITORS_GROUP = "Editors"
REVIEWERS_GROUP = "Clinical reviewers"
WORKFLOW_NAME = "Clinical review"


class ClinicalReviewTask(AbstractGroupApprovalTask):
    """A licensed clinician from the chosen groups approves or sends the article back."""

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            record_review(task_state.revision, user)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return (
            "A clinical reviewer checks the article for accuracy; approving records their "
            "name and the date on the article."
        )

    class Meta:
        verbose_name = "Clinical review"
        verbose_name_plural = "Clinical reviews"


def reviewer_for(user):
    """The Person who signs reviews for this admin account, made from its name the first time."""
    from articles.snippets import Person

    person = Person.objects.filter(user=user).first()
    if person is None:
        name = user.get_full_name().strip() or user.get_username()
        person = Person.objects.create(name=name, user=user)
    return person


def record_review(revision, user, on=None):
    """Write reviewer and review date into `revision` (the one being approved), which the
    workflow publishes when it finishes. Only pages with these fields are touched."""
    if revision is None or "last_reviewed" not in revision.content:
        return
    person = reviewer_for(user)
    revision.content["reviewer"] = person.pk
    revision.content["last_reviewed"] = (on or timezone.localdate()).isoformat()
    revision.save(update_fields=["content"])


@register_setting(icon="tasks")
class EditorialSettings(BaseSiteSetting):
    review_interval_months = models.PositiveSmallIntegerField(
        default=12,
        help_text="How many months after its last clinical review an article is due again.",
    )
    reading_grade_target = models.PositiveSmallIntegerField(
        default=8,
        help_text="The highest Flesch-Kincaid grade the plain-language check accepts.",
    )

    panels = [FieldPanel("review_interval_months"), FieldPanel("reading_grade_target")]

    class Meta:
        verbose_name = "editorial settings"


# The policy pages (editorial policy, corrections log, …) live in their own module.
from editorial.policy_pages import PolicyPage  # noqa: E402, F401
