"""Turn a plain-text or Markdown blog post into a title and a list of simple blocks.

The blocks are plain data (see `ParsedArticle.as_json`): heading, paragraph, list and faq.
Text keeps its inline Markdown (`**bold**`, `[link](url)`); `inline.py` renders or strips it.
The parser never raises on odd text: at worst a line becomes a paragraph.
"""

import re
from dataclasses import dataclass, field

from articles.importer.chrome import TRAILING_PROMO
from articles.importer.inline import strip_inline
from articles.importer.locate import locate
from articles.importer.units import SENTENCE_BREAK, Unit, title_case

BULLET = re.compile(r"^\s*(?:[•·▪◦‣●○■–]|[-*+])\s+(\S.*)$")
EMPTY_BULLET = re.compile(r"^\s*[•·▪◦‣●○■–*+-]\s*$")
NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+(\S.*)$")
MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)[\s#]*$")
RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
QUESTION = re.compile(r"^\s*(?:\*\*|__)?(?:q|question)\s*[:.](?:\*\*|__)?\s*(\S.*)$", re.I)
ANSWER = re.compile(r"^\s*(?:\*\*|__)?(?:a|answer)\s*[:.](?:\*\*|__)?\s*(\S.*)$", re.I)
RUN_IN = re.compile(r"^([^?]{10,200}\?)\s+([A-Z0-9\"“].*)$")
# A section of questions: "Frequently Asked Questions", "FAQ", "Questions Families Often Ask".
FAQ_HEADING = re.compile(r"^(?=(\S+\s+){0,7}\S+$).*\b(questions|faqs?|q\s*&\s*a)\b", re.I)
FRONT_MATTER_TITLE = re.compile(r"^title\s*:\s*(.+)$", re.I)
# Invisible characters web pages leave in copied text.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
HEADING_MAX_CHARS = 120
HEADING_MAX_WORDS = 20


@dataclass
class ParsedArticle:
    title: str
    blocks: list[dict] = field(default_factory=list)
    report: dict = field(default_factory=dict)

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
        return {"title": strip_inline(self.title), "blocks": blocks, "report": self.report}


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
        elif units and units[-1].kind in ("text", "item", "a") and continues(units[-1], stripped):
            # A wrapped line continues the paragraph, item or answer above it.
            units[-1].text += " " + stripped
            units[-1].lone = False
        else:
            units.append(Unit("text", stripped, lone=True))
    for unit in units:
        unit.lone = unit.lone or len(units) == 1
    return units


def continues(previous: Unit, line: str) -> bool:
    """A hard-wrapped line goes on with the sentence above; a web copy's lines never do: each
    is a whole heading, paragraph or item."""
    return not re.search(r"[.!?:;\"”)]$", previous.text) and line[:1].islower()


def drop_trailing_chrome(units: list[Unit], dropped: list[dict]) -> list[Unit]:
    """A closing 'Call our center today' banner, and headings with nothing under them."""
    units = list(units)
    if units and units[-1].kind == "text" and TRAILING_PROMO.match(units[-1].text):
        dropped.append({"text": units.pop().text[:100], "reason": "closing call to action"})
    while units and units[-1].lone and units[-1].kind in ("text", "heading"):
        if units[-1].kind == "text" and not heading_like(units[-1].text):
            break
        dropped.append({"text": units.pop().text[:100], "reason": "heading with nothing under it"})
    return units


# An item's lead-in: "Sleep: ..." or a quoted phrase, "“This is a hard moment.” Naming ...".
LEAD_IN = re.compile(r"^(?:[^:.!?]{1,40}:|[\"“][^\"”]{1,80}[\"”])\s+(?=\S)")
TERMINAL_END = re.compile(r"[.!?…][\"”’)]*$")
# Items under a heading with no line that announces them: at least this many, all short.
BARE_RUN_MIN, BARE_ITEM_WORDS, LONG_ITEM_SENTENCE, LED_ITEM_WORDS = 3, 20, 14, 30


def item_like(unit: Unit, led: bool | None = None) -> bool:
    """One short sentence or fragment, not a heading or a lead. `led`: the item must (True) or
    must not (False) open with a lead-in; a lead-in allows a longer item."""
    text = unit.text.strip()
    if unit.kind != "text" or text.endswith(":") or title_case(text):
        return False
    lead = LEAD_IN.match(text)
    if led is not None and bool(lead) != led:
        return False
    words = unit.words()
    if lead:
        return words <= LED_ITEM_WORDS and not SENTENCE_BREAK.search(text[lead.end() :])
    # A full stop after many words is a paragraph's sentence rather than an item.
    long_sentence = TERMINAL_END.search(text) and words > LONG_ITEM_SENTENCE
    return words <= BARE_ITEM_WORDS and not long_sentence and not SENTENCE_BREAK.search(text)


def bare_lists(units: list[Unit]) -> list[Unit]:
    """Items whose bullets a copy lost: short plain lines after a line ending in ':', or three
    or more one-sentence lines straight under a Title Case heading with no blank line between
    them (where the copy keeps blank lines between paragraphs, that sets a list apart from a
    run of short paragraphs). A line in Title Case is the next heading, two sentences the next
    paragraph."""
    for i, unit in enumerate(units):
        text = unit.text.rstrip()
        announced = unit.kind == "text" and text.endswith(":")
        under_heading = unit.kind == "heading" or (
            unit.kind == "text" and heading_like(text) and title_case(text)
        )
        if not (announced or under_heading):
            continue
        run = _run(units[i + 1 :], same_group=not announced)
        # Unannounced, the lines must also end alike (all with a full stop, or none).
        ends = {bool(TERMINAL_END.search(item.text.rstrip())) for item in run}
        enough = len(run) >= 2 if announced else len(run) >= BARE_RUN_MIN and len(ends) == 1
        if enough:
            for item in run:
                item.kind = "item"
    return units


def _run(units: list[Unit], same_group: bool) -> list[Unit]:
    """The item-like lines at the start of `units`, all with a lead-in or all without.
    `same_group`: all in one run of lines between blank lines. Otherwise the copy may also
    set each item apart with blank lines, but a list kept together ends at the first blank
    line (what follows is the next block)."""
    run: list[Unit] = []
    for unit in units:
        led = bool(LEAD_IN.match(run[0].text.strip())) if run else None
        if not item_like(unit, led):
            break
        first = (run or [unit])[0]
        if same_group and (unit.group is None or unit.group != first.group):
            break
        if len(run) >= 2 and run[-1].group == run[-2].group != unit.group:
            break
        run.append(unit)
    return run


def numbered_heading(unit: Unit, following: Unit | None) -> bool:
    """`1. Burnout` standing alone (or in Title Case) above a paragraph is a subheading, not a
    one-item list."""
    return (
        unit.kind == "item"
        and unit.ordered
        and unit.number > 0  # typed "1." in a copy; an HTML <ol>'s items are a list
        # alone in its paragraph, or in Title Case right above its section's text
        and (unit.lone or title_case(unit.text))
        and heading_like(unit.text)
        and following is not None
        and following.kind == "text"
    )


def question_head(unit: Unit) -> bool:
    """A question set apart as a subheading: an h3 or lower, or a paragraph all in bold."""
    return (
        unit.text.rstrip().endswith("?")
        and unit.words() <= 25
        and ((unit.kind == "heading" and unit.level >= 3) or (unit.kind == "text" and unit.strong))
    )


def question_runs(units: list[Unit]) -> list[Unit]:
    """Two or more question subheadings in a row, each with its answer under it, are a FAQ
    wherever they stand, with or without a heading that says so."""

    def mark(questions: list[Unit]) -> None:
        if len(questions) >= 2:
            for question in questions:
                question.kind = "q"

    run: list[Unit] = []
    answered = False
    for unit in [*units, Unit("heading", "")]:
        if question_head(unit):
            if run and not answered:
                # A question with nothing under it ends the run before it.
                mark(run[:-1])
                run = []
            run.append(unit)
            answered = False
        elif unit.kind == "heading" or (unit.strong and unit.kind == "text"):
            mark(run if answered else run[:-1])
            run, answered = [], False
        elif run:
            answered = True
    return units


def run_in_question(unit: Unit) -> tuple[str, str] | None:
    """Under a FAQ heading, "Is it our fault? No. Families..." is a question and its answer."""
    if unit.kind != "text" or not (match := RUN_IN.match(unit.text.strip())):
        return None
    question, answer = match.groups()
    return (question, answer) if len(question.split()) <= 25 else None


def build_blocks(units: list[Unit]) -> list[dict]:
    blocks: list[dict] = []
    faq_mode = False
    units = question_runs(units)
    i = 0
    while i < len(units):
        unit = units[i]
        following = units[i + 1] if i + 1 < len(units) else None
        if faq_mode and (pair := run_in_question(unit)):
            blocks.append({"type": "faq", "items": [{"question": pair[0], "answer": [pair[1]]}]})
            i += 1
            continue
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
                # "3." right after "2." goes on with the list, even above a paragraph.
                follows_on = nxt.number == units[i].number + 1
                if (
                    nxt.kind != "item"
                    or nxt.ordered != unit.ordered
                    or (numbered_heading(nxt, after) and not follows_on)
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


def units_of(text: str) -> tuple[str | None, list[Unit]]:
    lines = clean_text(text).split("\n")
    front_title, lines = split_front_matter(lines)
    units = []
    for number, group in enumerate(paragraphs(lines)):
        for unit in tokenize(group):
            unit.group = number
            units.append(unit)
    return front_title, units


def question_lines(units: list[Unit]) -> list[Unit]:
    """Paragraphs of a saved page that open with "Q:" or "A:" (a copy's lines are so already)."""
    for unit in units:
        if unit.kind != "text":
            continue
        if match := QUESTION.match(unit.text):
            unit.kind, unit.text = "q", match.group(1).rstrip("*_ ")
        elif match := ANSWER.match(unit.text):
            unit.kind, unit.text = "a", match.group(1).rstrip("*_ ")
    return units


def build(units: list[Unit], hints=(), front_title=None, authors=()) -> ParsedArticle:
    """Locate the article among the units, then turn it into blocks, with the report."""
    units = question_lines(units)
    found = locate(units, list(hints), titled=bool(front_title), authors=list(authors))
    title = front_title or found.title
    title = strip_inline(title) if title else ""
    body = drop_trailing_chrome(bare_lists(found.body), found.dropped)
    blocks = build_blocks(body)
    report = {
        "dropped": found.dropped,
        "unclear_kept": unclear(blocks),
        "kept_to_protect_body_words": found.kept_back,
        "headings": [strip_inline(b["value"]) for b in blocks if b["type"] == "heading"],
        "faq": [
            strip_inline(item["question"])
            for b in blocks
            if b["type"] == "faq"
            for item in b["items"]
        ],
    }
    return ParsedArticle(title=title, blocks=blocks, report=report)


def unclear(blocks: list[dict]) -> list[str]:
    """Kept lines that may be page chrome: a few words standing alone as a paragraph, or a
    heading with no text under it (a button, a widget's title)."""
    found = []
    for block, following in zip(blocks, [*blocks[1:], None], strict=False):
        if block["type"] == "paragraph":
            text = strip_inline(block["value"])
            if len(text.split()) <= 4 and not re.search(r"[.!?:]$", text):
                found.append(text)
        elif block["type"] == "heading" and (
            following is None
            or (following["type"] == "heading" and following["level"] <= block["level"])
        ):
            found.append(strip_inline(block["value"]))
    return found


def parse(text: str) -> ParsedArticle:
    """A plain-text or Markdown post, or a select-all copy of a web page."""
    front_title, units = units_of(text)
    return build(units, front_title=front_title)
