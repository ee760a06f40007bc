"""Safe messaging on articles: is an article about suicide or self-harm, and does it carry the
crisis-help block? An article that is about it and lacks the block cannot be submitted for
review or published unless the editor gives a reason, which goes into the page's history."""

import re

from core.body_text import body_text

TOPIC_WORDS = re.compile(r"suicid|self[- ]?harm|self[- ]?injur", re.I)
TEXT_WORDS = re.compile(
    r"\bsuicid\w*|\bself[- ]harm\w*|\bself[- ]injur\w*|\bkill (?:my|them)sel", re.I
)
CRISIS_BLOCK = "crisis_help"
GATED_ACTIONS = ("action-publish", "action-submit")
OVERRIDE_LOG_ACTION = "haven.crisis_block_override"


def is_about_suicide(title: str, topics, body) -> bool:
    if any(TOPIC_WORDS.search(f"{topic.name} {topic.slug}") for topic in topics):
        return True
    return bool(TEXT_WORDS.search(f"{title} {body_text(body)}"))


def has_crisis_block(body) -> bool:
    return any(child.block_type == CRISIS_BLOCK for child in body or [])


def missing_crisis_block(title, topics, body) -> bool:
    return is_about_suicide(title, topics, body) and not has_crisis_block(body)


MISSING_BLOCK_MESSAGE = (
    "This article is about suicide or self-harm but has no crisis-help block. Add the block "
    "(it tells readers how to reach the crisis line now), or give a reason for leaving it out "
    "in 'Publishing without the crisis-help block' on the Review tab."
)
