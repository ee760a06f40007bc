"""Turn a plain-text or Markdown blog post into a title and a list of simple blocks.

The blocks are plain data (see `ParsedArticle.as_json`): heading, paragraph, list and faq.
Text keeps its inline Markdown (`**bold**`, `[link](url)`); `inline.py` renders or strips it.
The parser never raises on odd text: at worst a line becomes a paragraph.
"""

import re
from dataclasses import dataclass, field

from articles.importer.chrome import RELATED_HEADING, TRAILING_PROMO, is_chrome_line, normalised
from articles.importer.inline import strip_inline

BULLET = re.compile(r"^\s*(?:[•·▪◦‣●○■–]|[-*+])\s+(\S.*)$")
EMPTY_BULLET = re.compile(r"^\s*[•·▪◦‣●○■–*+-]\s*$")
NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+(\S.*)$")
MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)[\s#]*$")
RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
QUESTION = re.compile(r"^\s*(?:\*\*|__)?(?:q|question)\s*[:.](?:\*\*|__)?\s*(\S.*)$", re.I)
ANSWER = re.compile(r"^\s*(?:\*\*|__)?(?:a|answer)\s*[:.](?:\*\*|__)?\s*(\S.*)$", re.I)
FAQ_HEADING = re.compile(
    r"^(frequently asked questions|faqs?|common questions|questions and answers)\b", re.I
)
FRONT_MATTER_TITLE = re.compile(r"^title\s*:\s*(.+)$", re.I)
# Invisible characters web pages leave in copied text.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
HEADING_MAX_CHARS = 120
HEADING_MAX_WORDS = 20
CHROME_MAX_WORDS = 15  # chrome is short; a long line is article text whatever it starts with
TITLE_SEARCH_UNITS = 8


@dataclass
class Unit:
    """One line-level piece of the source: text, a list item, a heading, a Q: or an A:."""

    kind: str
    text: str
    ordered: bool = False
    number: int = 0
    level: int = 0
    lone: bool = False  # the unit was a whole paragraph of one line (a heading candidate)


@dataclass
class ParsedArticle:
    title: str
    blocks: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        """The dry-run shape: plain text values, inline Markdown removed."""
        blocks = []
        for block in self.blocks:
            if block["type"] in ("heading", "paragraph"):
                out = {**block, "value": strip_inline(block["value"])}
            elif block["type"] == "list":
                out = {**block, "items": [strip_inline(item) for item in block["items"]]}
            else:
                out = {
                    "type": "faq",
                    "items": [
                        {
                            "question": strip_inline(item["question"]),
                            "answer": "\n\n".join(strip_inline(p) for p in item["answer"]),
                        }
                        for item in block["items"]
                    ],
                }
            blocks.append(out)
        return {"title": strip_inline(self.title), "blocks": blocks}


def heading_like(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and text[-1] not in ".,;:!"
        and bool(re.match(r"[\"'“‘(\[*_]*[A-Z0-9]", text))
    )


def title_like(text: str) -> bool:
    return 0 < len(text) <= 200 and text.rstrip()[-1] not in ".,;:"


def clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(INVISIBLE)
    return text.replace("\u00a0", " ").replace("\t", "    ")


def split_front_matter(lines: list[str]) -> tuple[str | None, list[str]]:
    if not lines or lines[0].strip() != "---":
        return None, lines
    for end in range(1, min(len(lines), 40)):
        if lines[end].strip() == "---":
            title = None
            for line in lines[1:end]:
                match = FRONT_MATTER_TITLE.match(line.strip())
                if match:
                    title = match.group(1).strip().strip("\"'")
            return title, lines[end + 1 :]
    return None, lines


def paragraphs(lines: list[str]) -> list[list[str]]:
    groups, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def tokenize(group: list[str]) -> list[Unit]:
    units: list[Unit] = []
    for line in group:
        stripped = line.strip()
        if stripped.startswith(">"):
            stripped = stripped.lstrip("> ").strip()
        if not stripped or RULE.match(stripped) or EMPTY_BULLET.match(stripped):
            continue
        if len(stripped.split()) <= CHROME_MAX_WORDS and is_chrome_line(stripped):
            continue
        if match := MD_HEADING.match(stripped):
            units.append(Unit("heading", match.group(2), level=len(match.group(1))))
        elif match := QUESTION.match(stripped):
            units.append(Unit("q", match.group(1).rstrip("*_ ")))
        elif match := ANSWER.match(stripped):
            units.append(Unit("a", match.group(1).rstrip("*_ ")))
        elif match := BULLET.match(line):
            units.append(Unit("item", match.group(1).strip()))
        elif match := NUMBERED.match(line):
            units.append(
                Unit("item", match.group(2).strip(), ordered=True, number=int(match.group(1)))
            )
        elif units and units[-1].kind in ("text", "item", "a"):
            # A wrapped line continues the paragraph, item or answer above it.
            units[-1].text += " " + stripped
        else:
            units.append(Unit("text", stripped))
    if len(units) == 1:
        units[0].lone = True
    return units


def find_title(units: list[Unit], front_title: str | None) -> tuple[str, list[Unit]]:
    if front_title:
        return front_title, units
    for position, unit in enumerate(units):
        if unit.kind == "heading" and unit.level == 1:
            # Whatever a web copy puts above the H1 is navigation.
            return unit.text, units[position + 1 :]
    lone = [(i, u) for i, u in enumerate(units[:TITLE_SEARCH_UNITS]) if u.lone]
    for a, (_i, first) in enumerate(lone):
        for j, second in lone[a + 1 :]:
            # Pages print their title twice (breadcrumb, then heading): what precedes it is
            # site chrome such as the site's name.
            if normalised(first.text) == normalised(second.text) and title_like(first.text):
                return second.text, units[j + 1 :]
    for position, unit in enumerate(units):
        if unit.lone and title_like(unit.text):
            return unit.text, units[position + 1 :]
        break
    return "", units


def drop_related_lists(units: list[Unit], title: str) -> list[Unit]:
    """Remove 'Related articles' style lists of other posts' titles."""
    kept: list[Unit] = []
    skipping = False
    for unit in units:
        starts_list = unit.lone and (
            RELATED_HEADING.match(unit.text.strip())
            or (title and normalised(unit.text) == normalised(title))
        )
        if starts_list:
            skipping = True
            continue
        if skipping and ((unit.lone and title_like(unit.text)) or unit.kind == "item"):
            continue
        skipping = False
        kept.append(unit)
    return kept


def drop_trailing_chrome(units: list[Unit]) -> list[Unit]:
    """A closing 'Call our center today' banner, and headings with nothing under them."""
    units = list(units)
    if units and units[-1].kind == "text" and TRAILING_PROMO.match(units[-1].text):
        units.pop()
    while units and units[-1].lone and units[-1].kind in ("text", "heading"):
        if units[-1].kind == "text" and not heading_like(units[-1].text):
            break
        units.pop()
    return units


def numbered_heading(unit: Unit, following: Unit | None) -> bool:
    """`1. Burnout` standing alone above a paragraph is a subheading, not a one-item list."""
    return (
        unit.kind == "item"
        and unit.ordered
        and unit.lone
        and heading_like(unit.text)
        and following is not None
        and following.kind == "text"
    )


def build_blocks(units: list[Unit]) -> list[dict]:
    blocks: list[dict] = []
    faq_mode = False
    i = 0
    while i < len(units):
        unit = units[i]
        following = units[i + 1] if i + 1 < len(units) else None
        if unit.kind in ("q",) or (
            faq_mode and unit.lone and unit.text.rstrip().endswith("?") and unit.kind != "item"
        ):
            i = read_faq(units, i, blocks)
            continue
        if unit.kind == "heading" or (
            unit.kind == "text" and unit.lone and heading_like(unit.text) and following
        ):
            level = 3 if unit.kind == "heading" and unit.level >= 3 else 2
            faq_mode = bool(FAQ_HEADING.match(unit.text.strip()))
            blocks.append({"type": "heading", "value": unit.text.strip(), "level": level})
        elif numbered_heading(unit, following):
            text = f"{unit.number}. {unit.text}"
            blocks.append({"type": "heading", "value": text, "level": 3})
        elif unit.kind == "item":
            items = [unit.text]
            while i + 1 < len(units):
                nxt = units[i + 1]
                after = units[i + 2] if i + 2 < len(units) else None
                if (
                    nxt.kind != "item"
                    or nxt.ordered != unit.ordered
                    or numbered_heading(nxt, after)
                ):
                    break
                items.append(nxt.text)
                i += 1
            blocks.append({"type": "list", "ordered": unit.ordered, "items": items})
        else:  # text, or an A: without its Q:
            blocks.append({"type": "paragraph", "value": unit.text})
        i += 1
    return merge_faqs(blocks)


def read_faq(units: list[Unit], i: int, blocks: list[dict]) -> int:
    """Read one question and its answer paragraphs; returns the index after them."""
    question = units[i].text.strip()
    answer: list[str] = []
    i += 1
    while i < len(units):
        unit = units[i]
        if unit.kind in ("q", "heading") or (
            unit.lone and unit.text.rstrip().endswith("?") and unit.kind != "item"
        ):
            break
        if answer and unit.kind == "text" and unit.lone and heading_like(unit.text):
            break  # the next section's heading, not more of this answer
        if unit.kind == "item" or unit.kind in ("a", "text"):
            answer.append(unit.text)
        i += 1
    if answer:
        blocks.append({"type": "faq", "items": [{"question": question, "answer": answer}]})
    else:
        # A question nobody answered stays readable as text rather than vanishing.
        blocks.append({"type": "paragraph", "value": question})
    return i


def merge_faqs(blocks: list[dict]) -> list[dict]:
    merged: list[dict] = []
    for block in blocks:
        if block["type"] == "faq" and merged and merged[-1]["type"] == "faq":
            merged[-1]["items"].extend(block["items"])
        else:
            merged.append(block)
    return merged


def parse(text: str) -> ParsedArticle:
    lines = clean_text(text).split("\n")
    front_title, lines = split_front_matter(lines)
    units = [unit for group in paragraphs(lines) for unit in tokenize(group)]
    title, body = find_title(units, front_title)
    title = strip_inline(title) if title else ""
    body = drop_trailing_chrome(drop_related_lists(body, title))
    return ParsedArticle(title=title, blocks=build_blocks(body))
