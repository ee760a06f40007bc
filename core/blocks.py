"""The ONE module of shared StreamField blocks. Apps build their bodies from these (the
references and correction blocks live beside it, in core/reference_blocks.py).

Every block has an icon, a template under templates/blocks/, a preview value and a
description. HTML ids come from the block's own id (or an editor-set anchor), never from a
loop counter, so links to a heading or a question survive reordering.
"""

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.html import strip_tags
from django.utils.text import slugify
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from core.reference_blocks import ReferencesBlock

PREVIEW_TEMPLATE = "blocks/preview.html"
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
# The inquiry call to action may point at one program; directory.ProgramPage is the target.
PROGRAM_PAGE_TYPE = "directory.ProgramPage"


def anchor_for(value, block_id, prefix):
    """The HTML id of a heading or a question: the editor's anchor, else one from block.id."""
    anchor = (value.get("anchor") or "").strip() if value else ""
    if anchor:
        return anchor
    return f"{prefix}-{block_id}" if block_id else ""


def plain_text(html_or_text) -> str:
    """Text without markup, for reading time, search and JSON-LD."""
    source = getattr(html_or_text, "source", html_or_text) or ""
    return " ".join(strip_tags(str(source)).split())


class AnchorBlock(blocks.CharBlock):
    """An optional fragment id such as `what-is-iop` (letters, digits, hyphens)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 60)
        kwargs.setdefault(
            "help_text",
            "Optional link name for this part of the page, e.g. what-is-iop. "
            "Letters, numbers and hyphens only.",
        )
        super().__init__(validators=[validate_slug], **kwargs)


class PrefetchingImageChooserBlock(ImageChooserBlock):
    """Loads every image of a body and its renditions in two queries, not two per image."""

    def bulk_to_python(self, values):
        objects = self.model_class.objects.prefetch_renditions().in_bulk(
            [value for value in values if value]
        )
        return [objects.get(value) for value in values]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="The heading as readers will see it.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section (h2)"), ("h3", "Subsection (h3)")],
        default="h2",
        help_text="Sections appear in the table of contents; subsections sit inside them.",
    )
    anchor = AnchorBlock()

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"text": "What an intensive outpatient program looks like", "level": "h2"}
        description = "A section heading with an optional link name; listed in the contents."
        form_classname = "heading-block"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = (
            "<p>Most weeks hold three sessions of about three hours. People keep working or "
            "studying while they attend.</p>"
        )
        description = "Paragraphs, lists and links."


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("tip", "Tip"), ("warning", "Warning")],
        default="tip",
        help_text="A tip is a helpful aside; a warning is something readers must not miss.",
    )
    title = blocks.CharBlock(
        required=False, max_length=80, help_text="Optional short title, e.g. 'Before you call'."
    )
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, help_text="The callout's text.")

    class Meta:
        icon = "help"
        template = "blocks/callout.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "kind": "tip",
            "title": "Before you call",
            "text": "<p>Have your insurance card nearby; it makes the first call shorter.</p>",
        }
        description = "A boxed tip or warning that stands out from the text."


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600, help_text="The words quoted, without quote marks.")
    attribution = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text="Who said it, e.g. 'A nurse who completed a virtual IOP'. Never a full name "
        "without consent.",
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "quote": "I kept telling myself I was just tired. Group helped me see it was more.",
            "attribution": "A program graduate",
        }
        description = "A pull quote with an optional attribution."


class ImageBlock(blocks.StructBlock):
    image = PrefetchingImageChooserBlock(help_text="A photo or illustration.")
    alt_text = blocks.CharBlock(
        max_length=200,
        help_text="What the image shows, for people who cannot see it. Required.",
    )
    caption = blocks.CharBlock(required=False, max_length=200, help_text="Optional caption.")

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"alt_text": "", "caption": "A quiet group room with chairs in a circle."}
        description = "An image with required alt text and an optional caption."


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        max_length=255, help_text="The question, as a reader would ask it. Required."
    )
    answer = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, help_text="A short, direct answer. Required."
    )
    anchor = AnchorBlock()

    def clean(self, value):
        result = super().clean(value)
        errors = {}
        if not (result.get("question") or "").strip():
            errors["question"] = ValidationError("Write the question; it cannot be empty.")
        if not plain_text(result.get("answer")):
            errors["answer"] = ValidationError("Write an answer to this question.")
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return result

    class Meta:
        icon = "help"
        label = "Question"
        preview_value = {
            "question": "Can I keep working during an IOP?",
            "answer": "<p>Usually, yes. Most programs meet mornings or evenings.</p>",
        }
        description = "One question and its answer."


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        default="Frequently asked questions",
        help_text="Shown above the questions. Leave empty when a heading block precedes it.",
    )
    items = blocks.ListBlock(
        FAQItemBlock(),
        min_num=1,
        help_text="Each question and answer appears on the page and in search results.",
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/faq.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [
                {
                    "question": "Is a virtual IOP as effective as one in person?",
                    "answer": "<p>For many people it is, when they have a private place to "
                    "join from.</p>",
                },
                {
                    "question": "Will my employer find out?",
                    "answer": "<p>Not from us. Treatment records are confidential.</p>",
                },
            ],
        }
        description = (
            "Questions and answers shown as expandable items and published as FAQ "
            "structured data for search engines."
        )


class CrisisHelpBlock(blocks.StaticBlock):
    class Meta:
        icon = "warning"
        template = "blocks/crisis_help.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = None
        admin_text = "Shows the crisis channels of the short form, from the site settings."
        description = "The crisis help panel: the crisis channels' short form, from site settings."


class InquiryCTABlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        default="Talk to our admissions team",
        help_text="A short, calm invitation, e.g. 'Questions about a virtual IOP?'.",
    )
    text = blocks.TextBlock(
        required=False,
        max_length=400,
        help_text="Optional: what happens after someone reaches out.",
    )
    button_label = blocks.CharBlock(
        max_length=60,
        default="Send a confidential inquiry",
        help_text="The words on the button.",
    )
    program = blocks.PageChooserBlock(
        page_type=PROGRAM_PAGE_TYPE,
        required=False,
        help_text="Optional: the program this inquiry is about; the form will preselect it.",
    )

    class Meta:
        icon = "mail"
        template = "blocks/inquiry_cta.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "heading": "Questions about a virtual IOP?",
            "text": "An admissions coordinator replies within one business day.",
            "button_label": "Send a confidential inquiry",
        }
        description = "A button to the confidential inquiry form, optionally for one program."


class KeyTakeawaysBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=80, default="Key takeaways", help_text="Shown above the points."
    )
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=240, label="Point"),
        min_num=1,
        max_num=7,
        help_text="Two to five short points a skimming reader should leave with.",
    )

    class Meta:
        icon = "tick-inverse"
        template = "blocks/key_takeaways.html"
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "heading": "Key takeaways",
            "items": [
                "Burnout that lasts months is worth a clinical look.",
                "An IOP fits around work; a PHP replaces it for a while.",
            ],
        }
        description = "A short list of the points that matter most."


class BodyBlock(blocks.StreamBlock):
    """The body of an article (and any page that wants the same blocks)."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    faq = FAQBlock()
    crisis_help = CrisisHelpBlock()
    inquiry_cta = InquiryCTABlock()
    key_takeaways = KeyTakeawaysBlock()
    references = ReferencesBlock()

    def clean(self, value):
        """Also refuse two headings or questions with the same link name (duplicate ids)."""
        cleaned = super().clean(value)
        seen, errors = set(), {}
        for index, child in enumerate(cleaned):
            if child.block_type == "heading":
                anchors = [child.value["anchor"]]
            elif child.block_type == "faq":
                anchors = [item["anchor"] for item in child.value["items"]]
            else:
                continue
            for anchor in filter(None, anchors):
                if anchor in seen:
                    errors[index] = blocks.StructBlockValidationError(
                        non_block_errors=[
                            ValidationError(f"The link name '{anchor}' is already used above.")
                        ]
                    )
                seen.add(anchor)
        if errors:
            raise blocks.StreamBlockValidationError(block_errors=errors)
        return cleaned

    class Meta:
        # The crisis panel carries a fixed id, so a page shows it once; [N] cites the one
        # references list.
        block_counts = {"crisis_help": {"max_num": 1}, "references": {"max_num": 1}}


def slug_anchor(text, taken: set) -> str:
    """A readable, unique anchor from heading text (the importer names its headings so)."""
    base = slugify(text)[:50].strip("-") or "section"
    anchor, n = base, 2
    while anchor in taken:
        anchor, n = f"{base}-{n}", n + 1
    taken.add(anchor)
    return anchor
