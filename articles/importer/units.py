"""The line-level pieces both readers (plain text and HTML) produce for the parser."""

import re
from dataclasses import dataclass

# Where one sentence ends and the next begins inside a line.
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*[A-Z]")


@dataclass
class Unit:
    """One piece of the source: text, a list item, a heading, a Q: or an A:."""

    kind: str
    text: str
    ordered: bool = False
    number: int = 0
    level: int = 0
    lone: bool = False  # the unit was a whole paragraph of one line (a heading candidate)
    strong: bool = False  # HTML: the whole block was bold (a FAQ question, often)
    main: bool = False  # HTML: the extractor (trafilatura) kept this text as the article
    group: int | None = None  # text: which run of lines between blank lines it came from

    def words(self) -> int:
        return len(self.text.split())


def title_case(text: str) -> bool:
    """Most longer words capitalised, as in a headline or a heading."""
    long_words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    capitals = sum(w[:1].isupper() for w in long_words)
    return len(long_words) >= 2 and capitals >= 0.6 * len(long_words)
