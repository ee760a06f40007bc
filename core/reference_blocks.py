"""Blocks that show where an article's facts come from and how it changed: the numbered
references list (cited inline as [N], see core/citations.py) and a dated correction.

Beside core/blocks.py, which BodyBlock and its neighbours fill.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from wagtail import blocks

PREVIEW_TEMPLATE = "blocks/preview.html"
WEB_SCHEMES = ("http", "https")


class ReferenceBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300, help_text="The source's title, as it is published.")
    publisher = blocks.CharBlock(
        max_length=200,
        help_text="Who published it, e.g. 'National Institute of Mental Health'.",
    )
    url = blocks.URLBlock(
        label="Web address", help_text="The page readers can open, starting with https://."
    )
    accessed = blocks.DateBlock(
        required=False, label="Date accessed", help_text="When you last checked the page."
    )

    def clean(self, value):
        # URLBlock alone accepts ftp:// and words the check as "Enter a valid URL"; a source
        # readers follow must be a web page, and the editor should be told so plainly.
        if urlsplit(str(value.get("url") or "").strip()).scheme.lower() not in WEB_SCHEMES:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        "Use a web address that starts with https:// (or http://), "
                        "e.g. https://www.samhsa.gov/."
                    )
                }
            )
        return super().clean(value)

    class Meta:
        icon = "link-external"
        label = "Source"
        preview_value = {
            "title": "Burnout and the workplace",
            "publisher": "A public health agency",
            "url": "https://example.org/burnout",
        }
        description = "One source: title, publisher, web address and the date you checked it."


class ReferencesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=80, default="Sources", help_text="Shown above the numbered list."
    )
    items = blocks.ListBlock(
        ReferenceBlock(),
        min_num=1,
        help_text="Numbered in this order. Cite source 2 in a paragraph by typing [2].",
    )

    class Meta:
        icon = "list-ol"
        template = "blocks/references.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "heading": "Sources",
            "items": [
                {
                    "title": "Burnout and the workplace",
                    "publisher": "A public health agency",
                    "url": "https://example.org/burnout",
                }
            ],
        }
        description = (
            "A numbered list of sources. Type [1], [2] … in a paragraph to cite them; each "
            "becomes a link to its source and is listed for search engines."
        )


class CorrectionBlock(blocks.StructBlock):
    date = blocks.DateBlock(help_text="The day the article was corrected.")
    change = blocks.TextBlock(
        max_length=400,
        label="What changed",
        help_text="One or two plain sentences, e.g. 'We corrected the number of sessions a "
        "week from five to three.'",
    )

    class Meta:
        icon = "edit"
        label = "Correction"
        template = "blocks/correction.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "date": "2026-01-15",
            "change": "We corrected the number of sessions a week from five to three.",
        }
        description = "A dated note of what changed, shown on the article and in the log."
