"""A list of vocabulary slugs stored as JSON, edited in the admin as a set of checkboxes.

The JSON list is what the page shows; filtering and facet counts use the ProgramTerm rows
that ProgramPage.save() derives from these lists, so no query ever looks inside the JSON.
"""

from django import forms
from django.db import models

from core import vocabulary


class SlugListField(models.JSONField):
    def __init__(self, *args, vocabulary_name: str = "", **kwargs):
        self.vocabulary_name = vocabulary_name
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["vocabulary_name"] = self.vocabulary_name
        return name, path, args, kwargs

    @property
    def vocabulary_choices(self) -> list[tuple[str, str]]:
        from directory import credentials  # directory-only vocabularies

        return getattr(vocabulary, self.vocabulary_name, None) or getattr(
            credentials, self.vocabulary_name, []
        )

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.vocabulary_choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )

    def clean_slugs(self, value) -> list[str]:
        """Known slugs only, in vocabulary order, without duplicates."""
        chosen = set(value or [])
        return [slug for slug, _label in self.vocabulary_choices if slug in chosen]
