"""Inline citations: an editor types [2] in a paragraph to cite the second source of the
page's references block.

A typed marker was chosen over a custom rich-text entity: it needs no editor plugin or
JavaScript, survives copy and paste and the importer, and reads the same in the editor as on
the page. A marker becomes a superscript link to `#ref-N` only when source N exists, so an
ordinary "[2]" in a page without references stays text. Each link's id comes from its
paragraph's block id, so the references list can link back to every place that cites it.
"""

import re
from collections import Counter

from django.utils.html import format_html
from django.utils.safestring import mark_safe

MARKER = re.compile(r"\[(\d{1,3})\]")
TAG = re.compile(r"(<[^>]*>)")
LINK_OPEN = re.compile(r"<a[\s>]", re.IGNORECASE)


def reference_id(number: int) -> str:
    # A page has one references list, and [N] names its entry by position, so the id does too.
    return f"ref-{number}"


def link_citations(html, block_id, count: int) -> tuple[str, list[tuple[int, str]]]:
    """`html` with each marker of an existing source linked, and (number, link id) of each,
    in order. Markers inside tags or inside a link stay as they are."""
    parts = TAG.split(str(html or ""))
    seen: Counter = Counter()
    found: list[tuple[int, str]] = []
    in_link = False

    def cite(match):
        number = int(match.group(1))
        if not 1 <= number <= count:
            return match.group(0)
        seen[number] += 1
        suffix = f"-{seen[number]}" if seen[number] > 1 else ""
        cite_id = f"cite-{number}-{block_id}{suffix}"
        found.append((number, cite_id))
        return format_html(
            '<sup class="citation" id="{}"><a href="#{}">'
            '<span class="visually-hidden">Source </span>[{}]</a></sup>',
            cite_id,
            reference_id(number),
            number,
        )

    for index, part in enumerate(parts):
        if index % 2:  # a tag
            if LINK_OPEN.match(part):
                in_link = True
            elif part.lower().startswith("</a"):
                in_link = False
        elif not in_link:
            parts[index] = MARKER.sub(cite, part)
    return mark_safe("".join(parts)), found  # noqa: S308 (only escaped text and our markup)


def citations_in(body, count: int) -> dict[int, list[str]]:
    """For each cited source number, the ids of the links that cite it, in page order: what
    the paragraphs will render, so the references list can link back to each."""
    backlinks: dict[int, list[str]] = {}
    if not count:
        return backlinks
    for block in body:
        if block.block_type == "paragraph":
            _, found = link_citations(block.value.source, block.id, count)
            for number, cite_id in found:
                backlinks.setdefault(number, []).append(cite_id)
    return backlinks


def references_in(body) -> list:
    """The sources of a body's references block (at most one), numbered from 1 in order."""
    for block in body:
        if block.block_type == "references":
            return list(block.value["items"])
    return []


def citation_context(body) -> dict:
    """What a page's template needs for its citations: paragraphs link [N] while N is at most
    `reference_count`; the references list links back through `citation_backlinks`."""
    count = len(references_in(body))
    return {"reference_count": count, "citation_backlinks": citations_in(body, count)}
