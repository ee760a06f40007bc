"""The little inline Markdown a blog export carries: **bold**, *italic*, [links](url)."""

import re

from django.utils.html import escape

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
CODE = re.compile(r"`([^`]+)`")
SAFE_URL = re.compile(r"^(https?://|/|mailto:|tel:)", re.I)


def strip_inline(text: str) -> str:
    """Plain text: markers removed, link text kept, images dropped."""
    text = IMAGE.sub("", text)
    text = LINK.sub(r"\1", text)
    text = BOLD.sub(r"\2", text)
    text = ITALIC.sub(r"\2", text)
    text = CODE.sub(r"\1", text)
    return " ".join(text.split())


def inline_html(text: str) -> str:
    """Escaped HTML for Wagtail rich text. Links keep only safe schemes."""
    text = " ".join(IMAGE.sub("", text).split())
    links: list[str] = []

    def keep_link(match):
        label, url = match.group(1), match.group(2)
        if not SAFE_URL.match(url):
            return label
        links.append(f'<a href="{escape(url)}">{escape(label)}</a>')
        return f"\x00{len(links) - 1}\x00"

    text = escape(LINK.sub(keep_link, text))
    text = BOLD.sub(r"<b>\2</b>", text)
    text = ITALIC.sub(r"<i>\2</i>", text)
    text = CODE.sub(r"\1", text)
    return re.sub("\x00(\\d+)\x00", lambda m: links[int(m.group(1))], text)
