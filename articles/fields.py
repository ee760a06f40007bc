"""A multi-select of fixed slugs stored as a JSON list (works the same on SQLite and PostgreSQL)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models


class ChoiceListField(models.JSONField):
    """A list of slugs from `choices_list`, edited with checkboxes. Unknown slugs are refused.

    The choices stay out of migrations, so the vocabulary can grow without one."""

    def __init__(self, *args, choices_list=(), **kwargs):
        self.choices_list = list(choices_list)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {slug for slug, _label in self.choices_list}
        if not isinstance(value, list) or any(item not in allowed for item in value):
            raise ValidationError("Choose only from the listed options.", code="invalid_choice")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices_list,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=kwargs.get("label", self.verbose_name.capitalize()),
            help_text=self.help_text,
        )
