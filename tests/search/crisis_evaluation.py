"""Precision and recall of crisis matching on the independent evaluation sets
(tests/evaluation/crisis/): shared by tests/search/test_crisis.py and bench/crisis_quality.py.

The matcher sees the built-in phrases of every language, as a new site does; each set's
"crisis" queries should show the panel and its "ordinary" ones should not. The "either" lists
are judgment calls and are not scored.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from search.crisis import default_phrases, matched_crisis_phrase

SETS = Path(__file__).resolve().parents[1] / "evaluation" / "crisis"


@dataclass
class Score:
    crisis: int = 0
    caught: int = 0
    false_alarms: int = 0
    missed: list[str] = field(default_factory=list)
    alarmed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        flagged = self.caught + self.false_alarms
        return self.caught / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        return self.caught / self.crisis if self.crisis else 1.0


def load_split(name: str) -> dict:
    return json.loads((SETS / f"{name}.json").read_text(encoding="utf-8"))


def score(split: str, language: str) -> Score:
    cases = load_split(split)[language]
    phrases = default_phrases()
    result = Score(crisis=len(cases["crisis"]))
    for query in cases["crisis"]:
        if matched_crisis_phrase(query, phrases):
            result.caught += 1
        else:
            result.missed.append(query)
    for query in cases["ordinary"]:
        if matched_crisis_phrase(query, phrases):
            result.false_alarms += 1
            result.alarmed.append(query)
    return result
