"""One entry point for every source the importer reads: plain text, Markdown, a select-all
copy of a web page (parser.py), or a saved web page (html.py, then the same parser)."""

from pathlib import Path

from articles.importer.html import read_html
from articles.importer.parser import ParsedArticle, build, parse

HTML_SUFFIXES = {".html", ".htm"}


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in text[:5000].lower()


def parse_html(html: str) -> ParsedArticle:
    page = read_html(html)
    for unit in page.units:
        unit.main = " ".join(unit.text.split()) in page.extracted
    parsed = build(page.units, hints=page.hints, authors=page.authors)
    parsed.report["dropped"] = page.removed + parsed.report["dropped"]
    return parsed


def parse_source(text: str, name: str = "") -> ParsedArticle:
    if Path(name).suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        return parse_html(text)
    return parse(text)


def parse_file(path: Path) -> ParsedArticle:
    return parse_source(Path(path).read_text(encoding="utf-8-sig"), str(path))
