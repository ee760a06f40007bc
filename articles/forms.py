"""The article edit form: the one content check that blocks. Submitting for review or
publishing an article about suicide or self-harm without the crisis-help block needs a reason
(articles/safety.py); saving a draft never does."""

from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm

from articles.safety import GATED_ACTIONS, MISSING_BLOCK_MESSAGE, missing_crisis_block


class ArticlePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        if not any(action in self.data for action in GATED_ACTIONS):
            return cleaned
        topics = cleaned.get("topics") or []
        missing = missing_crisis_block(cleaned.get("title", ""), topics, cleaned.get("body"))
        if missing and not (cleaned.get("crisis_block_override") or "").strip():
            self.add_error(None, ValidationError(MISSING_BLOCK_MESSAGE))
        return cleaned
