"""Where the article is on a copied or saved page: decided from the page's structure.

- The article is the longest coherent run of prose: paragraphs of sentences, with headings,
  lists and short lines between them, broken only where the page clearly leaves the article
  (several chrome lines in a row, a "Related posts" or comments heading).
- Its title is the headline just above that run (bylines, dates and read times skipped), the
  one the page's <title> repeats when it is HTML.
- Chrome is short, repeated, navigational or a counter; it goes, and the report says why.
- A short line inside the article that is not clearly chrome stays, and the report lists it.
- If more than a fifth of a long document's prose would go without a clear reason, it stays
  too, and the report says so: the body is never dropped silently.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from articles.importer.chrome import RELATED_HEADING, is_chrome_line, normalised
from articles.importer.units import SENTENCE_BREAK, Unit, title_case

TERMINAL = re.compile(r"[.!?…:]['\"”’)]*$")
PROSE_MIN_WORDS = 10
# Chrome lines in a row that end a run of prose: one is a stray share button, three are a
# widget, a byline block, a footer or a page header. A widget can sit inside the article (a
# subscribe box mid-post), so a run after it joins when it is coherent prose (below).
BREAK_AFTER = 3
# Words of prose per chrome line for a neighbouring run to be more of the article, not a list
# of other posts' cards (title, excerpt, date, tag, ...).
COHERENT_WORDS_PER_CHROME = 15
TITLE_LOOKBACK = 15
LONG_DOCUMENT_WORDS = 300
MAX_SILENT_SHARE = 0.2

MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
BY_NAME = r"by\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}"
BYLINE = re.compile(f"^{BY_NAME}$", re.IGNORECASE)
META_LINE = re.compile(
    r"^(\d+\s*(min|minute)s?\s*read|updated:?.*|" + MONTH + r"\s+\d{1,2}(,?\s+\d{4})?.*"
    r"|\d{1,2}\s+" + MONTH + r"(\s+\d{4})?.*|\d{4}-\d\d-\d\d.*|[\d\s,.kKmM·•|/-]+"
    r"|((medically|clinically)\s+)?(written|posted|published|reviewed|edited)\s+(by|on)\b.*|"
    + BY_NAME
    + r"|\d{1,2}/\d{1,2}/\d{2,4}\b.*|(photo|image|illustration)\s+(by|credit|courtesy)\b.*"
    r"|(photo|image|illustration|picture)s?(\s+credit)?\s*:.*|stock (photo|image)\b.*"
    r"|(estimated\s+)?read(ing)? time\s*:?\s*\d.*|last published\b.*"
    r"|originally (published|posted|appeared)\b.*"
    r"|(sign in|sign up|log in|open in app|follow|listen|share|write|subscribe|menu"
    r"|open menu close menu|skip to (main )?content|top of page|bottom of page)"
    r"|.{1,40}\s[/»>›]\s.{1,80})$",
    re.IGNORECASE,
)
DATED = re.compile(r"\b" + MONTH + r"\s+\d{1,2},?\s+\d{4}\b", re.IGNORECASE)
# Where the page clearly leaves the article: what follows is about other posts or readers.
SECTION_END = re.compile(
    r"^(\d+\s+)?(comments?|responses?|replies|leave a (reply|comment)|join the discussion"
    r"|recent posts|related posts|more from .*|recommended.*|read more.*|written by.*"
    r"|about the author|you might also like.*|see all|newer post|older post|previous post"
    r"|next post|tags:?|topics:.*|filed under.*|share this.*|\d+\s+views?\s*\d*\s*comments?)\s*:?$",
    re.IGNORECASE,
)
NEWSLETTER = re.compile(
    r"\b(subscribe|newsletter|mailing list|sign up for|enter your email|type your email"
    r"|thanks for reading|get (our|new) posts|(delivered to|in) your inbox|cookies?"
    r"|reader-supported|(free|paid) subscribers?|free trial)\b",
    re.IGNORECASE,
)

# The centre's own advert inside a post: "Call us today at (555) 014-3380 to ...", "Call
# (555) 014-3380 or request a call back".
CALL_TO_ACTION = re.compile(
    r"\b(call|contact|phone|text)\b(\s+(us|our \w+ team)\b)?.{0,40}"
    r"\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4}",
    re.IGNORECASE,
)


REPEATED = "repeated on the page (menu)"


@dataclass
class Located:
    title: str
    body: list[Unit]
    dropped: list[dict] = field(default_factory=list)
    kept_back: int = 0  # words kept by the "never drop a fifth silently" rule


def is_prose(unit: Unit) -> bool:
    words = unit.words()
    if unit.kind not in ("text", "a", "q") or words < PROSE_MIN_WORDS:
        return False
    if words <= 20 and title_case(unit.text):
        return False  # a headline, even one that ends with a full stop
    if unit.text.rstrip().endswith("?"):
        return words >= 20  # a shorter question is a headline or a FAQ question
    return bool(TERMINAL.search(unit.text)) or words >= 25


def _question(unit: Unit) -> bool:
    return unit.text.rstrip().endswith("?") and unit.words() <= 25


def chrome_reason(unit: Unit, repeated: Counter) -> str | None:
    text = unit.text.strip()
    words = unit.words()
    # A byline is a line of its own; in a bulleted list "by Ana" is what the list says.
    listed_by_name = unit.kind == "item" and BYLINE.match(text)
    if words <= 15 and (is_chrome_line(text) or META_LINE.match(text)) and not listed_by_name:
        return "navigation, byline, counter or share line"
    if words <= 12 and DATED.search(text) and not TERMINAL.search(text):
        return "byline or date"
    if words <= 6 and repeated[normalised(text)] > 1 and unit.kind == "text":
        return REPEATED
    if words <= 40 and CALL_TO_ACTION.search(text):
        return "call to action box"
    return None


# "3 Comments", also run into the next label ("3 CommentsSubscribe via e-mail").
COMMENT_COUNT = re.compile(r"^\d+\s+([Cc]omments?|[Rr]esponses?|[Rr]eplies)(?![a-z])")


def _is_break(unit: Unit) -> bool:
    text = unit.text.strip()
    return bool(SECTION_END.match(text) or RELATED_HEADING.match(text) or COMMENT_COUNT.match(text))


# Lines that end the article at its foot but may also sit inside it: a share row, an inline
# "Related reading" card and its "Read more" link.
INLINE_WIDGET = re.compile(r"^(share this\b|read more\b)", re.IGNORECASE)
COMMENT_PROMPT = re.compile(r"^(leave|add|write) a (comment|reply)$", re.IGNORECASE)
COMMENTS_START = re.compile(
    r"^(\d+\s+)?(comments?|responses?|replies|discussion( about this post)?)\s*(\(\d+\))?$",
    re.IGNORECASE,
)
INLINE_WIDGET_REASON = "a share row or a related post's card inside the article"
# How far below a share row or an inline "Related reading" card the article may go on: the
# row's network names, or the card's title, excerpt and "Read more".
WIDGET_LINES = 6
# A section's first paragraph is long; a related post's excerpt under its title is not.
SECTION_OPENING_WORDS = 25
SECTION_HEADING_WORDS = 12
# Words an item needs for a list after an article's last paragraph to be its own.
TAIL_ITEM_WORDS = 3


def _section_start(units: list[Unit], reasons: list[str | None], j: int) -> bool:
    """A heading (or a short line that reads as one) over a long paragraph that goes on into
    more of the section: another paragraph, a list, or a line that leads into one. A related
    post's card (title, excerpt, the next card's title) does not go on."""
    if j + 2 >= len(units) or reasons[j] is not None:
        return False
    unit, opening, then = units[j], units[j + 1], units[j + 2]
    heading = unit.kind == "heading" or (
        unit.kind == "text"
        and unit.words() <= SECTION_HEADING_WORDS
        and unit.text[:1].isupper()
        and not TERMINAL.search(unit.text)
    )
    goes_on = (
        is_prose(then)
        or then.kind in ("item", "q", "a")
        or then.text.rstrip().endswith(":")
        or bool(SENTENCE_BREAK.search(opening.text))  # a paragraph, not a one-line excerpt
    )
    return (
        heading
        and is_prose(opening)
        and opening.words() >= SECTION_OPENING_WORDS
        and reasons[j + 1] is None
        and goes_on
    )


def _inline_widgets(units: list[Unit], reasons: list[str | None]) -> set[int]:
    """A "Share this article" row or an inline "Related reading" card with a section of the
    article right below it sits between two parts of the article: it is chrome, but not
    where the page leaves the article, as the same lines at its foot are. Returns where
    such widgets are (their lines are marked as chrome)."""
    inside: set[int] = set()
    for i, unit in enumerate(units):
        text = unit.text.strip()
        prompt = COMMENT_PROMPT.match(text)
        if not (INLINE_WIDGET.match(text) or RELATED_HEADING.match(text) or prompt):
            continue
        # A "Leave a comment" button may sit between sections too (Substack), but only where
        # the comments themselves come later; otherwise it is where they begin.
        if prompt and not any(COMMENTS_START.match(u.text.strip()) for u in units[i + 1 :]):
            continue
        start = None
        for j in range(i + 1, min(len(units), i + WIDGET_LINES)):
            if _section_start(units, reasons, j):
                start = j
                break
            if is_prose(units[j]) and units[j].words() >= SECTION_OPENING_WORDS:
                break  # a long paragraph that opens no section: the widget is where it ends
        for j in range(i, start or i):
            reasons[j] = reasons[j] or INLINE_WIDGET_REASON
            inside.add(j)
    return inside


def _runs(units, reasons, widgets: set[int]) -> list[tuple[int, int, bool]]:
    """(first, last, hard) for each run of prose; `hard`: a section end (comments, related
    posts) separates it from the run before, so it never joins that one. The lines of a
    widget inside the article (`widgets`) neither end a run nor count as chrome in a row."""
    runs, start, last, chrome_streak, broken, hard = [], None, None, 0, False, False
    runs_hard = False
    for i, unit in enumerate(units):
        if i in widgets:
            continue
        if _is_break(unit):
            broken = start is not None
            hard = True
        elif is_prose(unit) and reasons[i] is None:
            if start is not None and (broken or chrome_streak >= BREAK_AFTER):
                runs.append((start, last, runs_hard))
                start = None
            if start is None:
                start, runs_hard, hard = i, hard, False
            last, chrome_streak, broken = i, 0, False
        elif start is not None and reasons[i] is not None:
            chrome_streak += 1
    if start is not None:
        runs.append((start, last, runs_hard))
    return runs


def _coherent(units, reasons, first, last) -> bool:
    prose = [u for u in units[first : last + 1] if is_prose(u)]
    chrome = sum(r is not None for r in reasons[first : last + 1])
    words = sum(u.words() for u in prose)
    return len(prose) >= 2 and words >= COHERENT_WORDS_PER_CHROME * (chrome + 1)


def _article_run(units, reasons, widgets=frozenset()) -> tuple[int, int] | None:
    """The run with the most prose, joined by coherent neighbours across widgets."""
    runs = _runs(units, reasons, widgets)
    if not runs:
        return None
    best = max(range(len(runs)), key=lambda r: _prose_words(units, *runs[r][:2]))
    first, last = runs[best][:2]
    after = best + 1
    while after < len(runs) and not runs[after][2] and _coherent(units, reasons, *runs[after][:2]):
        last = runs[after][1]
        after += 1
    before = best - 1
    while before >= 0 and not runs[before + 1][2] and _coherent(units, reasons, *runs[before][:2]):
        first = runs[before][0]
        before -= 1
    return first, last


def _prose_words(units, first, last) -> int:
    return sum(u.words() for u in units[first : last + 1] if is_prose(u))


def _title_score(unit: Unit, hints: list[str]) -> float:
    text = unit.text.strip()
    words = text.split()
    if not words or len(words) > 30 or text.endswith((",", ";", ":")):
        return -1.0
    if text.endswith(".") and not title_case(text):
        return -1.0  # a sentence; "I Thought I Drank to Relax. It Was ADHD." is a headline
    capitalised = sum(w[:1].isupper() or not w[:1].isalpha() for w in words if len(w) > 3)
    long_words = sum(len(w) > 3 for w in words) or 1
    score = min(len(words), 12) / 4 + 2 * capitalised / long_words
    if unit.kind == "heading":
        score += 2
    if names_page(text, hints):
        score += 6  # the page's <title> or og:title names it
    if len(words) < 3:
        score -= 3
    return score


def _short_document(units, reasons, titled) -> tuple[int, int] | None:
    """A note too short to have a run of prose: everything but chrome, after its first line
    (the title) unless the title came from front matter."""
    kept = [i for i, reason in enumerate(reasons) if reason is None][(0 if titled else 1) :]
    return (kept[0], kept[-1]) if kept else None


def names_page(text: str, hints) -> bool:
    """The page's <title> or og:title is this text, maybe with the site's name added (and
    not the site's name alone, which the <title> also holds)."""
    folded = normalised(text)
    return any(
        folded and folded in normalised(h) and len(folded) >= 0.5 * len(normalised(h))
        for h in hints
    )


def find_title(units, reasons, start, hints) -> int | None:
    best, best_score = None, 0.5
    for i in range(start - 1, max(-1, start - 1 - TITLE_LOOKBACK), -1):
        if reasons[i] is not None and not (hints and units[i].kind == "heading"):
            continue
        score = _title_score(units[i], hints) - 0.15 * (start - 1 - i)
        if score > best_score:
            best, best_score = i, score
    # A dek in sentence case follows its headline in Title Case: the headline is the title.
    above = best - 1 if best is not None else -1
    if (
        above >= 0
        and reasons[above] is None
        and _title_score(units[above], hints) > 0.5
        and title_case(units[above].text)
        and not title_case(units[best].text)
    ):
        best = above
    return best


# "Written by Dr. Ana Ruiz", "Posted by Ana Ruiz on ...": the name (case matters in it).
BYLINE_NAME = re.compile(r"(?i:\bby)\s+((?:Dr\.?\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})")
# A line that is a person's name with a title or credentials and nothing else: "Dr. Wendell
# Okonjo", "Ana Ruiz, LCSW" (a bare "Family Recovery" could as well be a heading).
PERSON_LINE = re.compile(
    r"^(Dr\.?\s+[A-Z][\w'’-]+(\s+[A-Z][\w.'’-]+){1,3}"
    r"|[A-Z][\w'’-]+(\s+[A-Z][\w.'’-]+){1,3},\s*[A-Z][A-Za-z]{1,5})$"
)
# A byline that names a team, not a person: no first name to look for in a bio.
TEAM_WORDS = re.compile(r"\b(team|staff|editors?|editorial|clinical|center|centre)\b", re.I)
# What an author's bio says after the name: "Imani is a licensed counselor who ...".
BIO_VERB = re.compile(r"^\s+(is|has|was|writes|works|leads|helps|specializes|founded)\b")
# An author's bio closes a post: only the last few units of the article are looked at.
BIO_TAIL = 4
BIO_MAX_WORDS = 60


def byline_names(units: list[Unit], repeated: Counter) -> set[str]:
    """Authors named by the page's bylines, and a person's name that stands on its own line
    more than once (over the title and over the closing bio)."""
    names = set()
    for unit in units:
        text = unit.text.strip()
        if unit.words() <= 15 and META_LINE.match(text) and (match := BYLINE_NAME.search(text)):
            names.add(normalised(match.group(1)))
        elif PERSON_LINE.match(text) and repeated[normalised(text)] > 1:
            names.add(normalised(text).split(",")[0])
    return names


def _name_forms(names: set[str]) -> set[str]:
    """How a bio refers to its author: full name, first name, "Dr. Lastname"."""
    forms = set()
    for name in names:
        bare = re.sub(r"^dr\.?\s+", "", name)
        parts = bare.split()
        forms |= {name, bare}
        if len(parts) > 1 and not TEAM_WORDS.search(name):
            forms.add(parts[0])
            forms |= {f"dr. {parts[-1]}", f"dr {parts[-1]}"}
    return forms


def _mark_author_bio(units, reasons, first, last, names) -> None:
    """The author's name and a line or two about them, closing the post, are the author box."""
    if not names:
        return
    forms = _name_forms(names)
    tail = range(max(first + 1, last - BIO_TAIL + 1), last + 1)
    for i in tail:
        text = units[i].text.strip()
        folded = normalised(text).split(",")[0]
        after_name = i - 1 >= first and normalised(units[i - 1].text).split(",")[0] in forms
        opens_with_name = any(
            text.lower().startswith(form) and BIO_VERB.match(text[len(form) :].lower())
            for form in forms
        )
        if folded in forms and units[i].words() <= 8:
            reasons[i] = "author's box"
        elif units[i].words() <= BIO_MAX_WORDS and (opens_with_name or after_name):
            reasons[i] = "author's box"
            for j in range(i + 1, last + 1):  # the rest of the box
                if units[j].words() <= BIO_MAX_WORDS:
                    reasons[j] = reasons[j] or "author's box"
            return


def locate(
    units: list[Unit], hints: list[str] = (), titled: bool = False, authors: list[str] = ()
) -> Located:
    """`titled`: the title is known already (front matter), so no line is taken for it.
    `authors`: the page's author names (HTML metadata), which are bylines wherever they are."""
    repeated = Counter(normalised(u.text) for u in units)
    reasons = [chrome_reason(u, repeated) for u in units]
    masthead = normalised(units[0].text) if units else ""  # a copy opens with the site's name
    for i in range(len(units) - 1):
        # A table of contents repeats the headings: the copy with a section of prose (or a
        # list) right under it is the heading, the one among other short lines is the
        # contents list. The site's name, which opens the page, is no heading anywhere.
        under = units[i + 1 : i + 3]
        if (
            reasons[i] == REPEATED
            and normalised(units[i].text) != masthead
            and (
                is_prose(under[0])
                or under[0].kind == "item"
                or (_question(under[0]) and len(under) > 1 and is_prose(under[1]))
            )
        ):
            reasons[i] = None
    for i, unit in enumerate(units):
        # A newsletter or cookie line is chrome when it is a widget's: short, or beside
        # other chrome ("Type your email...", "Subscribe"). A sentence of the article that
        # mentions subscribing stays, and so does a list item ("Bake cookies together"):
        # items are short by nature, so only their neighbours can make them chrome.
        # A whole sentence of eight words or more beside chrome is unclear, so it stays,
        # unless it makes two different appeals ("Thanks for reading! Subscribe for free").
        near = [reasons[j] for j in (i - 1, i + 1) if 0 <= j < len(units)]
        appeals = {m.group(0).lower().rstrip("s") for m in NEWSLETTER.finditer(unit.text)}
        short_widget_line = unit.words() <= 6 and unit.kind != "item"
        sentence = unit.words() >= 8 and unit.text.rstrip().endswith((".", "!", "?"))
        if (
            reasons[i] is None
            and unit.words() <= 40
            and appeals
            and (short_widget_line or (any(near) and (not sentence or len(appeals) > 1)))
        ):
            reasons[i] = "newsletter or cookie box"
    names = {normalised(a).split(",")[0] for a in authors if a} | byline_names(units, repeated)
    for i, unit in enumerate(units):
        # The author's name alone, after "by", or before credentials ("Ana Ruiz, LCSW").
        folded = normalised(unit.text).removeprefix("by ")
        if folded.split(",")[0] in names and unit.words() <= 8:
            reasons[i] = "byline (the page's author)"
    widgets = _inline_widgets(units, reasons)
    found = _article_run(units, reasons, widgets) or _short_document(units, reasons, titled)
    if found is None:
        return Located("", [])
    first, last = found
    _mark_author_bio(units, reasons, first, last, names)
    # A list right under the run's last paragraph belongs to it: all of one that paragraph
    # introduces ("Try these:"), otherwise its items of a few words or more (a row of tags
    # under the article is a word or two an item).
    introduced = units[last].text.rstrip().endswith(":")
    for unit, reason in zip(units[last + 1 :], reasons[last + 1 :], strict=False):
        if unit.kind != "item" or reason is not None:
            break
        if not introduced and unit.words() < TAIL_ITEM_WORDS:
            break
        last += 1
    title_at = None if titled else find_title(units, reasons, first, hints)
    # A dek or blog tagline can look like prose and open the run; the headline the page's
    # <title> names, just inside it, is where the article starts.
    second = next((i for i in range(first + 1, last + 1) if is_prose(units[i])), last)
    for i in range(first, second):
        if units[i].kind == "heading" and names_page(units[i].text, hints):
            title_at, first = i, i + 1
            break
    title = units[title_at].text.strip() if title_at is not None else ""
    located = Located(title, [])
    begin = title_at + 1 if title_at is not None else first
    # Prose outside the run with no clear reason to go (no section end between it and the
    # article): if there is much of it, the article was cut wrongly, so it stays.
    silent = [
        i
        for i in range(len(units))
        if (i < begin or i > last) and is_prose(units[i]) and reasons[i] is None
        and not any(_is_break(units[j]) for j in range(min(i, last), max(i, begin)))
    ]  # fmt: skip
    silent_words = sum(units[i].words() for i in silent)
    total = _prose_words(units, 0, len(units) - 1)
    if total >= LONG_DOCUMENT_WORDS and silent_words > MAX_SILENT_SHARE * total:
        begin, last = min([begin, *silent]), max([last, *silent])
        located.kept_back = silent_words
    second = next((i for i in range(first + 1, last + 1) if is_prose(units[i])), first)
    for i in range(begin, second):
        # A name over a date line, between the headline and the text, is the byline.
        if units[i].words() <= 5 and i + 1 < len(units) and reasons[i + 1] is not None:
            reasons[i] = reasons[i] or "byline"
    for i, unit in enumerate(units):
        if i == title_at:
            continue
        inside = begin <= i <= last
        if not inside:
            where = "before the article" if i < begin else "after the article"
            located.dropped.append({"text": unit.text[:100], "reason": where})
        elif reasons[i] is not None and not (located.kept_back and is_prose(unit)):
            located.dropped.append({"text": unit.text[:100], "reason": reasons[i]})
        elif i < first and title and normalised(unit.text) == normalised(title):
            located.dropped.append({"text": unit.text[:100], "reason": "the title again"})
        else:
            located.body.append(unit)
    return located
