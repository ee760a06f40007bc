"""The text analysers behind the editor's content checks: safe-messaging wording, reading
grade (Flesch-Kincaid), long sentences and abbreviations not spelled out on first use.

Every function takes plain text and returns findings; none of them reads the database, so the
same analysis runs in the preview checker, in tests and in scripts. Each finding names the
text, says why it matters and suggests a fix.
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "safe_messaging.json"
LONG_SENTENCE_WORDS = 30

# Abbreviations common in Haven's articles, with how to spell them out.
ABBREVIATIONS = {
    "IOP": "intensive outpatient program",
    "PHP": "partial hospitalization program",
    "CBT": "cognitive behavioral therapy",
    "DBT": "dialectical behavior therapy",
    "EMDR": "eye movement desensitization and reprocessing",
    "PTSD": "post-traumatic stress disorder",
    "ADHD": "attention-deficit/hyperactivity disorder",
    "OCD": "obsessive-compulsive disorder",
    "SSRI": "selective serotonin reuptake inhibitor",
    "MAT": "medication for addiction treatment",
    "ACT": "acceptance and commitment therapy",
    "LCSW": "licensed clinical social worker",
}
# Capitalised words that are not abbreviations a reader needs spelled out.
NOT_ABBREVIATIONS = {"I", "A", "OK", "TV", "US", "USA", "AM", "PM", "FAQ", "ZIP"}
ABBREVIATION = re.compile(r"\b[A-Z]{2,6}s?\b")
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+|\n+")
VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@dataclass(frozen=True)
class Finding:
    kind: str  # safe-messaging, reading-grade, long-sentence, abbreviation
    text: str  # the words in the article the finding is about
    why: str
    suggest: str
    source: str = ""


@cache
def phrase_list() -> tuple[dict, ...]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    sources = data["sources"]
    return tuple(
        {**entry, "regex": re.compile(entry["pattern"], re.I), "source": sources[entry["source"]]}
        for entry in data["phrases"]
    )


def safe_messaging(text: str) -> list[Finding]:
    found = []
    for entry in phrase_list():
        for match in entry["regex"].finditer(text):
            found.append(
                Finding(
                    "safe-messaging",
                    match.group(0),
                    entry["why"],
                    entry["suggest"],
                    entry["source"],
                )
            )
    return found


def sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(text) if WORD.search(part)]


def words(text: str) -> list[str]:
    return WORD.findall(text)


def syllables(word: str) -> int:
    word = word.lower().strip("'’")
    if not word.isalpha():
        return max(1, len(word) // 3)  # numbers: roughly one syllable per digit group
    count = len(VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def reading_grade(text: str) -> float | None:
    """Flesch-Kincaid grade level of `text`; None for text without words."""
    all_words = words(text)
    if not all_words:
        return None
    sentence_count = max(1, len(sentences(text)))
    syllable_count = sum(syllables(word) for word in all_words)
    grade = 0.39 * len(all_words) / sentence_count + 11.8 * syllable_count / len(all_words) - 15.59
    return round(grade, 1)


def grade_finding(text: str, target: int) -> list[Finding]:
    grade = reading_grade(text)
    if grade is None or grade <= target:
        return []
    return [
        Finding(
            "reading-grade",
            f"Reading grade {grade:g} (target {target})",
            "Readers who are tired or upset take in short sentences and plain words more easily.",
            "Split long sentences and swap long words for short ones.",
        )
    ]


def long_sentences(text: str, limit: int = LONG_SENTENCE_WORDS) -> list[Finding]:
    found = []
    for sentence in sentences(text):
        count = len(words(sentence))
        if count > limit:
            found.append(
                Finding(
                    "long-sentence",
                    sentence,
                    f"This sentence has {count} words; over {limit}, readers lose the thread.",
                    "Split it into two or three sentences.",
                )
            )
    return found


def unexplained_abbreviations(text: str) -> list[Finding]:
    """Abbreviations whose first use is not spelled out: 'intensive outpatient program (IOP)'
    or 'IOP (intensive outpatient program)' both count as spelled out."""
    found, seen = [], set()
    for match in ABBREVIATION.finditer(text):
        short = match.group(0).rstrip("s") if match.group(0)[-1] == "s" else match.group(0)
        if short in seen or short in NOT_ABBREVIATIONS:
            continue
        seen.add(short)
        before, after = text[: match.start()], text[match.end() :]
        if before.endswith("(") or after.lstrip().startswith("("):
            continue
        long = ABBREVIATIONS.get(short)
        suggest = (
            f"Write '{long} ({short})' the first time."
            if long
            else (f"Write the words out the first time, then '({short})'.")
        )
        found.append(
            Finding(
                "abbreviation",
                short,
                "Not every reader knows this abbreviation; spell it out on first use.",
                suggest,
            )
        )
    return found


VAGUE_LINK = re.compile(
    r"<a\b[^>]*>\s*(click here|here|read more|more|learn more|this link|link)[\s.!]*</a>", re.I
)


def vague_links(html: str) -> list[Finding]:
    """Links whose whole text is 'click here', 'read more' and the like."""
    return [
        Finding(
            "vague-link",
            match.group(1),
            "Screen reader users often jump from link to link; this text does not say where "
            "the link goes.",
            "Use the name of what it opens, e.g. 'our guide to paying for an IOP'.",
        )
        for match in VAGUE_LINK.finditer(html)
    ]


def check_text(text: str, grade_target: int = 8) -> list[Finding]:
    return [
        *safe_messaging(text),
        *grade_finding(text, grade_target),
        *long_sentences(text),
        *unexplained_abbreviations(text),
    ]
