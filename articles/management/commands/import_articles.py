"""Import blog posts as Haven articles: plain text, Markdown, a select-all copy of a web page,
or a saved web page (.html).

    manage.py import_articles PATH... [--under SLUG] [--publish] [--dry-run]

Each PATH is a file, or a folder whose .txt, .md, .markdown, .html and .htm files are read.
Articles are drafts unless --publish; importing a file again updates the article made from it
(matched by file name). --dry-run prints each parsed article as JSON, with its import report
(every dropped line and why, unclear lines kept, headings and FAQ pairs found), and writes
nothing. Otherwise the report's summary is printed and kept as the revision's log entry. A
file that is empty, binary or not UTF-8 gets a one-line error; the others still import, and
the command exits non-zero.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.importer.build import save_article
from articles.importer.reader import parse_source
from articles.importer.report import summary_lines

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
MAX_BYTES = 2_000_000  # a blog post is a few kilobytes; anything this big is not one


class ImportFailed(Exception):
    pass


def read_article_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed("no such file") from None
    except IsADirectoryError:
        raise ImportFailed("is a folder with no articles") from None
    except OSError as error:
        raise ImportFailed(f"cannot be read ({error.strerror})") from None
    if len(data) > MAX_BYTES:
        raise ImportFailed("is too large to be an article")
    if not data.strip():
        raise ImportFailed("is empty")
    if b"\x00" in data:
        raise ImportFailed("is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFailed("is not UTF-8 text; save it as UTF-8 and try again") from None


def expand(paths: list[str]) -> list[Path]:
    files = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
            files.extend(found or [path])
        else:
            files.append(path)
    return files


class Command(BaseCommand):
    help = "Import plain-text or Markdown blog posts as articles (drafts unless --publish)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files or folders.")
        parser.add_argument(
            "--under",
            metavar="SLUG",
            help="Slug of the article index to import into (default: the first one).",
        )
        parser.add_argument("--publish", action="store_true", help="Publish the articles.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the parsed articles as JSON only."
        )

    def handle(self, *args, paths, under=None, publish=False, dry_run=False, **options):
        index = None if dry_run else self.find_index(under)
        files = expand(paths)
        failed = 0
        for path in files:
            try:
                parsed = parse_source(read_article_text(path), path.name)
                if not parsed.title or not parsed.blocks:
                    raise ImportFailed("has no article text after removing page chrome")
            except ImportFailed as problem:
                failed += 1
                self.stderr.write(f"{path}: {problem}")
                continue
            if dry_run:
                self.stdout.write(json.dumps(parsed.as_json(), ensure_ascii=False, indent=2))
                continue
            page, created = save_article(parsed, path.name, index, publish)
            state = "published" if publish else "draft"
            verb = "Created" if created else "Updated"
            self.stdout.write(f"{verb} {state} '{page.title}' from {path}")
            for line in summary_lines(parsed.report):
                self.stdout.write(f"  {line}")
        if failed:
            raise CommandError(f"{failed} of {len(files)} files could not be imported.")

    def find_index(self, under):
        from articles.models import ArticleIndexPage

        indexes = ArticleIndexPage.objects.order_by("path")
        if under:
            index = indexes.filter(slug=under).first()
            if index is None:
                known = ", ".join(indexes.values_list("slug", flat=True)) or "none yet"
                raise CommandError(f"No article index with slug '{under}' (indexes: {known}).")
            return index
        index = indexes.first()
        if index is None:
            raise CommandError("There is no article index yet: create one, or run load_demo.")
        return index
