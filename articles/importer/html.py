"""A saved web page (HTML) as the parser's units: one per heading, paragraph, list item or
accordion title, in page order, with what the markup says about each.

The maintained extractor trafilatura reads the same page and says which text it takes for
the article; that is one signal among the structure's (locate.py), not the final word: it
drops FAQ accordion titles, for one, which are article. The page's <title> and og:title
become hints for the headline (the page's own h1 is sometimes the blog's name).
"""

import re

import lxml.html
from lxml import etree

from articles.importer.units import Unit

# Never readable text.
INVISIBLE = {"script", "style", "noscript", "template", "svg", "iframe", "head", "canvas", "video"}
# Landmarks that hold site chrome by definition of the markup: menus, complementary boxes,
# forms (search, newsletter, comment reply).
LANDMARKS = {"aside", "form", "select", "button", "input", "textarea", "label"}
CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog"}
BLOCKS = {
    "p", "div", "section", "article", "main", "header", "footer", "li", "ul", "ol", "dl", "dt",
    "dd", "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "h1", "h2", "h3",
    "h4", "h5", "h6", "details", "summary", "hr", "pre", "address", "body", "span-block",
}  # fmt: skip
HEADINGS = {f"h{n}": n for n in range(1, 7)}
# Class names and ids that builders give the boxes around a post (a call to action, the
# author's card, the comment thread), matched one name at a time: the post's own container
# can carry "author-ana-ruiz" or "comments-open" among its classes.
MARKED = (
    ("call to action", re.compile(r"(^|[-_])(cta|call-to-action)([-_]|$)")),
    (
        "author box",
        re.compile(
            r"author[-_]?(card|box|bio|profile|info|about|details)"
            r"|about[-_](the[-_])?author|(article|post|entry)[-_]author$"
        ),
    ),
    ("comments", re.compile(r"^(comments?|comment-list|comments-(area|section|list)|discussion)$")),
)
BOX_MAX_WORDS = 120  # a box, not the post: a larger block so named is left to the rest
BUTTON = re.compile(r"(^|[-_])(button|btn)([-_]|$)")
NEVER_MARKED = {"html", "body", "main"}
SPACES = re.compile(r"\s+")


class PageText:
    """Units, title hints and the extractor's text for one page."""

    def __init__(self, units, hints, extracted, authors=(), removed=()):
        self.units: list[Unit] = units
        self.hints: list[str] = hints
        self.extracted: set[str] = extracted
        self.authors: list[str] = list(authors)
        self.removed: list[dict] = list(removed)  # landmark blocks skipped, for the report


def _squash(text: str) -> str:
    return SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def _hidden(element) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or element.get("hidden") is not None


def _question_toggle(element, tag) -> bool:
    """An accordion's button whose text is a question: it opens the answer's panel, which
    stays hidden until a reader clicks. Both are the article's FAQ."""
    toggles = tag == "button" or element.get("aria-expanded") is not None
    return toggles and _spoken_text(element).endswith("?")


def _spoken_text(element) -> str:
    """Its text without the parts hidden from screen readers (an accordion's "+" icon)."""
    return _squash("".join(element.xpath(".//text()[not(ancestor::*[@aria-hidden='true'])]")))


def _answer_panels(root) -> set:
    """The panels question toggles open: those they name (aria-controls), or else the block
    right after them (Wix's collapsible list)."""
    panels = set()
    for toggle in root.xpath("//button | //*[@aria-expanded]"):
        if not _question_toggle(toggle, toggle.tag):
            continue
        named = (toggle.get("aria-controls") or "").split()
        found = [el for name in named for el in root.xpath("//*[@id=$name]", name=name)]
        following = toggle.getnext()
        panels.update(found or ([following] if following is not None else []))
    return panels


def _run_in_question(lead: str, text: str) -> bool:
    return (
        lead.endswith("?")
        and len(lead.split()) <= 25
        and text.startswith(lead)
        and len(text) > len(lead) + 10
    )


def _marked(element, tag) -> str | None:
    """What the markup names this block, when it is one of the boxes around a post."""
    if tag in NEVER_MARKED:
        return None
    names = (element.get("class") or "").lower().split()
    names += [(element.get(a) or "").lower() for a in ("id", "data-hook")]
    if tag == "a" and any(BUTTON.search(n) for n in names):
        return "button" if len(element.text_content().split()) <= 8 else None
    for reason, pattern in MARKED:
        if any(pattern.search(n) for n in names if n):
            small = len(element.text_content().split()) <= BOX_MAX_WORDS
            return reason if reason == "comments" or small else None
    return None


def _menu(element, tag) -> bool:
    """A <nav> (or a role=navigation block) is chrome when it is mostly links; Webflow also
    wraps accordion answers in <nav>, and those are prose."""
    if tag != "nav":
        return False
    text = _squash(element.text_content())
    linked = sum(len(_squash(a.text_content())) for a in element.iter("a"))
    return not text or linked >= 0.5 * len(text)


class _Walker:
    def __init__(self, answer_panels=frozenset()):
        self.answer_panels = answer_panels  # hidden accordion answers, read all the same
        self.units: list[Unit] = []
        self.buffer: list[str] = []
        self.bold: list[bool] = []
        self.segments: list[tuple[str, bool]] = []  # the visible text pieces, bold or not
        self.removed: list[dict] = []

    def flush(self, kind="text", **extra):
        text = _squash("".join(self.buffer))
        whole_bold = bool(self.bold) and all(self.bold)
        plain_at = self.bold.index(False) if False in self.bold else 0
        lead = _squash("".join(value for value, _ in self.segments[:plain_at]))
        self.buffer, self.bold, self.segments = [], [], []
        if not text or not re.search(r"\w", text):
            return
        if kind == "text" and _run_in_question(lead, text):
            # "<b>Who provides the treatment?</b><br>Ask about...": a question in bold with
            # its answer after it is a FAQ pair run into one paragraph.
            self.units.append(Unit("text", lead, lone=True, strong=True))
            text = _squash(text[len(lead) :])
        self.units.append(Unit(kind, text, lone=True, strong=whole_bold, **extra))

    def text(self, value, bold):
        if value:
            self.buffer.append(value)
            if value.strip():
                self.bold.append(bold)
                self.segments.append((value, bold))

    def walk(self, element, bold=False, list_tag=None, in_item=False):
        """`in_item`: inside a list item, whose paragraphs (Wix wraps each item's text in a
        <p>) are the item's text, not blocks of their own."""
        tag = element.tag if isinstance(element.tag, str) else ""
        folded_answer = element in self.answer_panels
        if not tag or tag in INVISIBLE or (_hidden(element) and not folded_answer):
            self.text(element.tail, bold)
            return
        if _question_toggle(element, tag):
            self.flush()
            self.text(_spoken_text(element), True)
            self.flush()
            self.text(element.tail, bold)
            return
        marked = _marked(element, tag)
        if marked or tag in LANDMARKS or element.get("role") in CHROME_ROLES or _menu(element, tag):
            self.flush()
            kind = "menu" if tag == "nav" or element.get("role") == "navigation" else tag
            reason = f"page markup: {marked or kind}"
            self.removed += [{"text": line[:100], "reason": reason} for line in _lines(element)]
            self.text(element.tail, bold)
            return
        if tag == "br":
            # Two <br>s in a row end a paragraph (Weebly, Blogger); one is a line break.
            nxt = element.getnext()
            if nxt is not None and nxt.tag == "br" and not (element.tail or "").strip():
                self.flush()
            else:
                self.buffer.append(" ")
            self.text(element.tail, bold)
            return
        block = tag in BLOCKS and not in_item
        if block:
            self.flush()
        strong = bold or tag in ("strong", "b")
        if tag in HEADINGS or tag == "summary":
            self.text(element.text_content(), strong)
            level = HEADINGS.get(tag, 4)
            self.flush("heading" if tag in HEADINGS else "text", level=level)
        elif tag == "li" and _plain_item(element):
            self.text(element.text, strong)
            for child in element:
                if child.tag in ("ul", "ol"):
                    # A nested list is part of its parent item ("such as: a; b; c"): the
                    # article's blocks hold one level of list.
                    nested = [_squash(li.text_content()) for li in child if li.tag == "li"]
                    self.text(" " + "; ".join(n for n in nested if n), strong)
                    self.text(child.tail, strong)
                else:
                    self.walk(child, strong, list_tag, in_item=True)
            self.flush("item", ordered=list_tag == "ol")
        else:
            self.text(element.text, strong)
            for child in element:
                self.walk(child, strong, tag if tag in ("ul", "ol") else list_tag, in_item)
        if block:
            self.flush()
        self.text(element.tail, bold)


def _plain_item(li) -> bool:
    """A list item holding one paragraph at most, no heading and no button. An <li> with more
    is a container (Squarespace's accordion, a card list): its blocks are read one by one."""
    paragraphs = 0
    for node in li.iterdescendants():
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in HEADINGS or tag in ("summary", "details", "button", "li"):
            return tag == "li"  # a nested list is read as part of the item
        paragraphs += tag == "p"
    return paragraphs <= 1


def _lines(element) -> list[str]:
    """The text of a block left out, line by line as the walker would have read it, so the
    report names each line (a comment thread is many lines, not one)."""
    inner = _Walker()
    inner.text(element.text, False)
    for child in element:
        inner.walk(child)
    inner.flush()
    return [u.text for u in inner.units] + [r["text"] for r in inner.removed]


def _extracted(html: str) -> tuple[set[str], list[str]]:
    """Squashed lines trafilatura keeps as the article (empty if it finds none), and the
    author names its metadata reader finds."""
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, favor_recall=True) or ""
        meta = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 - a signal, not a requirement: the structure still decides
        return set(), []
    authors = [a.strip() for a in re.split(r";|,| and ", getattr(meta, "author", "") or "")]
    return {_squash(line) for line in text.splitlines() if line.strip()}, [a for a in authors if a]


def read_html(html: str) -> PageText:
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return PageText([], [], set())
    hints = []
    for path in ("//title", "//meta[@property='og:title']/@content"):
        for found in root.xpath(path):
            value = found if isinstance(found, str) else found.text_content()
            if _squash(value):
                hints.append(_squash(value))
    body = root.find("body")
    walker = _Walker(_answer_panels(root))
    walker.walk(body if body is not None else root)
    walker.flush()
    extracted, authors = _extracted(html)
    return PageText(walker.units, hints, extracted, authors, walker.removed)
