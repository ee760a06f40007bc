"""Scoring the importer on an evaluation split (tests/evaluation/importer/<split>/): shared by
tests/articles/test_importer_corpus.py and bench/importer_quality.py.

A split is a folder of pages (<id>.txt or <id>.html) with <id>.expected.json beside each (the
format is in the split's README). Checks, one point each: the title; each expected heading,
found in order among the imported headings; each list's item count, found in order among the
imported lists; each FAQ pair (question exact, answer starting with the expected words); each
must_contain sentence present; each must_not_contain string absent. Text is compared with
whitespace collapsed, as the article's reader would see it.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from articles.importer.reader import parse_file

SPLITS = Path(__file__).resolve().parents[1] / "evaluation" / "importer"


def squash(text: str) -> str:
    return " ".join(str(text).split())


@dataclass
class PageScore:
    page: str
    passed: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)
    body_kept: bool = True

    def check(self, ok: bool, what: str) -> None:
        self.total += 1
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)

    @property
    def share(self) -> float:
        return self.passed / self.total if self.total else 1.0


def splits() -> list[Path]:
    """Every split folder present (dev now; heldout when it is added)."""
    return sorted(p for p in SPLITS.iterdir() if p.is_dir() and any(p.glob("*.expected.json")))


def pages(split: Path) -> list[tuple[Path, dict]]:
    out = []
    for expected in sorted(split.glob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        source = next(
            p for p in split.iterdir() if p.stem == stem and p.suffix in (".txt", ".html")
        )
        out.append((source, json.loads(expected.read_text(encoding="utf-8"))))
    return out


def _in_order(expected: list, found: list) -> list[bool]:
    """For each expected item, whether it matches the next unused found item at or after the
    previous match (extra found items are skipped, order is kept)."""
    results, position = [], 0
    for item in expected:
        for at in range(position, len(found)):
            if found[at] == item:
                results.append(True)
                position = at + 1
                break
        else:
            results.append(False)
    return results


def score_page(source: Path, expected: dict) -> PageScore:
    score = PageScore(source.name)
    article = parse_file(source).as_json()
    blocks = article["blocks"]
    headings = [squash(b["value"]) for b in blocks if b["type"] == "heading"]
    lists = [len(b["items"]) for b in blocks if b["type"] == "list"]
    faqs = [item for b in blocks if b["type"] == "faq" for item in b["items"]]
    pieces = [article["title"]]
    for b in blocks:
        if b["type"] in ("heading", "paragraph"):
            pieces.append(b["value"])
        elif b["type"] == "list":
            pieces.extend(b["items"])
        else:
            pieces.extend(f"{i['question']}\n{i['answer']}" for i in b["items"])
    text = squash("\n".join(pieces))

    score.check(
        squash(article["title"]) == squash(expected["title"]), f"title: {article['title']!r}"
    )
    wanted = [squash(h) for h in expected["headings"]]
    for heading, ok in zip(wanted, _in_order(wanted, headings), strict=True):
        score.check(ok, f"heading {heading!r}")
    for count, ok in zip(expected["lists"], _in_order(expected["lists"], lists), strict=True):
        score.check(ok, f"list of {count} (found {lists})")
    for pair in expected["faq"]:
        question = squash(pair["question"])
        match = [f for f in faqs if squash(f["question"]) == question]
        ok = bool(match) and squash(match[0]["answer"]).startswith(squash(pair["answer_starts"]))
        score.check(ok, f"faq {question!r}")
    present = [squash(s) in text for s in expected["must_contain"]]
    for sentence, ok in zip(expected["must_contain"], present, strict=True):
        score.check(ok, f"missing {sentence[:70]!r}")
    for chrome in expected["must_not_contain"]:
        score.check(squash(chrome) not in text, f"chrome kept {chrome[:70]!r}")
    # The body is lost when its first or last sentence, or most of the sampled ones, are gone.
    score.body_kept = present[0] and present[-1] and sum(present) >= 0.8 * len(present)
    return score


def score_split(split: Path) -> list[PageScore]:
    return [score_page(source, expected) for source, expected in pages(split)]
