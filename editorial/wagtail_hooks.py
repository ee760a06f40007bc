"""Editorial admin: tags as snippets (so editors can rename and merge-by-hand the tags on
articles), the review-due panel, report and content checks."""

from taggit.models import Tag
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet


class TagViewSet(SnippetViewSet):
    model = Tag
    icon = "tag"
    menu_label = "Tags"
    add_to_admin_menu = False
    list_display = ["name", "slug"]
    search_fields = ["name"]
    panels = ["name", "slug"]


register_snippet(TagViewSet)
