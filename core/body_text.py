"""The readable text of a StreamField body, read from its stored JSON.

The one walker for everything that reads a body: an article's word count, related reading (which
weighs headings, body text and questions apart), search excerpts and the search vocabulary. It
reads the raw JSON, so no block objects, images or linked pages are loaded: 10,000 bodies read in
seconds, and a results page does not render a body to find a sentence in it.
"""

from core.text import strip_html

ROLES = ("headings", "body", "faq")


def _items(raw_list):
    """ListBlock raw data: [{"type": "item", "value": v, "id": ...}] or plain values."""
    for item in raw_list or []:
        yield item.get("value") if isinstance(item, dict) and "type" in item else item


def _plain(value) -> str:
    return " ".join(strip_html(str(value or "")).split())


def pieces(stream):
    """(role, plain text) of every readable piece of a body, in page order. Roles: headings
    (section, callout, FAQ and takeaway headings), body (paragraphs, callouts, quotes, answers,
    takeaways, captions) and faq (questions). A references block is left out: a list of
    sources is not what the article says."""
    for child in getattr(stream, "raw_data", stream) or []:
        kind, value = child.get("type"), child.get("value")
        if kind == "heading":
            yield "headings", value.get("text")
        elif kind == "paragraph":
            yield "body", value
        elif kind == "callout":
            yield "headings", value.get("title")
            yield "body", value.get("text")
        elif kind == "quote":
            yield "body", value.get("quote")
        elif kind == "faq":
            yield "headings", value.get("heading")
            for item in _items(value.get("items")):
                yield "faq", item.get("question")
                yield "body", item.get("answer")
        elif kind == "key_takeaways":
            yield "headings", value.get("heading")
            for point in _items(value.get("items")):
                yield "body", point
        elif kind == "image":
            yield "body", value.get("caption")


def body_parts(stream) -> dict[str, list[str]]:
    """The plain text of a body grouped by role (see `pieces`)."""
    parts: dict[str, list[str]] = {role: [] for role in ROLES}
    for role, value in pieces(stream):
        text = _plain(value)
        if text:
            parts[role].append(text)
    return parts


def body_text(stream) -> str:
    """Every readable word of a body as one plain string, in page order."""
    return " ".join(filter(None, (_plain(value) for _, value in pieces(stream))))
