"""Demo data for site search: an editor's synonym pair, a promoted result, and the search
vocabulary built from the demo pages. Safe to run again: nothing is duplicated."""

from django.apps import apps
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.visibility import public_q
from search import vocabulary
from search.models import Synonym

DEMO_SYNONYMS = ["compassion fatigue, burnout", "EMDR, eye movement desensitization"]


def _first_live(label: str):
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    return model.objects.filter(public_q()).order_by("path").first()


def load(stdout=None) -> None:
    for words in DEMO_SYNONYMS:
        Synonym.objects.get_or_create(words=words)
    inquiry_page = _first_live("admissions.InquiryPage")
    if inquiry_page is not None:
        for query_string in ("admissions", "contact"):
            query = Query.get(query_string)
            SearchPromotion.objects.get_or_create(
                query=query,
                page=inquiry_page,
                defaults={
                    "description": "Ask our admissions team a question, in confidence.",
                    "sort_order": 0,
                },
            )
    terms = vocabulary.refresh()
    if stdout:
        stdout.write(f"Search: demo synonyms and promotions in place; vocabulary of {terms} terms.")
