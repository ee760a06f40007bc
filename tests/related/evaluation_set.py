"""Thirty-six short articles in six subject groups, written by the team for this test (original
text), kept as data in team_set.json.

A clinician would expect an article's related reading to come from its own group. Topics and
tags are what an editor would plausibly file each article under; some articles cross groups on
purpose (an insurance article about virtual IOP, a trauma article about nurses), so the engine
has to weigh the whole text, not one shared word. The independent sets, written by someone who
never saw the engine, are in tests/evaluation/related/.
"""

import json
from pathlib import Path

_DATA = json.loads((Path(__file__).with_name("team_set.json")).read_text(encoding="utf-8"))

GROUPS: list[str] = _DATA["groups"]
ARTICLES: list[dict] = _DATA["articles"]
