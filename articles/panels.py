"""The editor's suggested topics: shown beside the Topics field of an article filed under
none, each with a button that ticks its box. Nothing is applied until the editor saves; the
suggestions themselves are computed by the worker (articles/recommend/topics.py)."""

from django import forms
from wagtail.admin.panels import Panel


class SuggestedTopicsPanel(Panel):
    def clone_kwargs(self):
        return {**super().clone_kwargs()}

    class BoundPanel(Panel.BoundPanel):
        template_name = "articles/panels/suggested_topics.html"

        def suggestions(self):
            if not self.instance.pk:
                return []
            rows = self.instance.topic_suggestions.select_related("topic").order_by("rank")
            return [row.topic for row in rows]

        def is_shown(self):
            # Only for an article without topics: once it has some, they are the editor's.
            return super().is_shown() and bool(self._suggested)

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            has_topics = self.instance.pk and self.instance.topics.exists()
            self._suggested = [] if has_topics else self.suggestions()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["suggested"] = self._suggested
            return context

        @property
        def media(self):
            return forms.Media(js=["articles/suggested_topics.js"])
