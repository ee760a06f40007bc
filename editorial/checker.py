"""Haven's findings in Wagtail's content checker (the Checks panel of the preview, and the
userbar on a page): Wagtail's documented extension point is a ContentCheckerItem subclass
(AccessibilityItem before Wagtail 8, now deprecated) put in place of the stock one by the
`construct_wagtail_userbar` hook, adding Axe rules through `get_axe_custom_rules`,
`get_axe_custom_checks` and `get_axe_messages`.

The text analysis runs on the server (editorial/text_checks.py) for the page being previewed;
each finding becomes one Axe rule whose message names the text, says why and suggests a fix.
The rule targets the page's h1, as Wagtail's own empty-meta-description rule does for a
page-level problem. Findings warn: Axe results never stop a save or a publish.

The stock checker already covers two things the issue asks for: images whose alt text looks
like a file name ("alt-text-quality") and links without a name ("link-name"). Axe has no rule
for links that say only "click here" or "read more", so Haven reports those from the body's
links (text_checks.vague_links). An article's hero image without alt text cannot be saved
(ArticlePage.clean), so no check is needed for it.
"""

import json

from wagtail.admin.userbar import ContentCheckerItem
from wagtail.models import Site

from editorial import text_checks

FINDING_CHECK = "haven-finding"
KIND_LABELS = {
    "safe-messaging": "Safe messaging",
    "crisis-block": "Safe messaging",
    "reading-grade": "Plain language",
    "long-sentence": "Plain language",
    "abbreviation": "Plain language",
    "vague-link": "Accessibility",
}


def grade_target(page) -> int:
    from editorial.models import EditorialSettings

    site = (page.get_site() if page and page.pk else None) or Site.objects.filter(
        is_default_site=True
    ).first()
    return EditorialSettings.for_site(site).reading_grade_target if site else 8


def page_findings(page) -> list[text_checks.Finding]:
    """Findings for an article (the previewed, unsaved version when in preview)."""
    from articles.safety import MISSING_BLOCK_MESSAGE, missing_crisis_block
    from core.body_text import body_text

    body = getattr(page, "body", None)
    if body is None:
        return []
    text = f"{page.title}. {getattr(page, 'summary', '')}\n{body_text(body)}"
    findings = text_checks.check_text(text, grade_target(page))
    findings += text_checks.vague_links(
        json.dumps(list(getattr(body, "raw_data", [])), default=str)
    )
    topics = list(page.topics.all()) if hasattr(page, "topics") else []
    if missing_crisis_block(page.title, topics, body):
        findings.insert(
            0,
            text_checks.Finding(
                "crisis-block",
                "No crisis-help block",
                MISSING_BLOCK_MESSAGE,
                "Insert the 'Crisis help' block near the top of the article.",
            ),
        )
    return findings


def _short(text, limit=80):
    return text if len(text) <= limit else text[: limit - 1] + "…"


class HavenContentChecker(ContentCheckerItem):
    def __init__(self, page=None, in_editor=False):
        super().__init__(in_editor=in_editor)
        self.page = page
        self._findings = None

    @property
    def findings(self):
        if self._findings is None:
            self._findings = page_findings(self.page) if self.page is not None else []
        return self._findings

    def finding_rule_id(self, number):
        return f"haven-finding-{number}"

    def get_axe_run_only(self, request):
        return [
            *super().get_axe_run_only(request),
            *(self.finding_rule_id(n) for n in range(len(self.findings))),
        ]

    def get_axe_custom_rules(self, request):
        rules = list(super().get_axe_custom_rules(request))
        for number, _finding in enumerate(self.findings):
            rules.append(
                {
                    "id": self.finding_rule_id(number),
                    "impact": "minor",
                    "selector": "main h1",
                    "tags": ["best-practice"],
                    "none": [FINDING_CHECK],
                    "enabled": True,
                }
            )
        return rules

    def get_axe_custom_checks(self, request):
        return [
            *super().get_axe_custom_checks(request),
            # Axe's own evaluator: true for an element with text, so a `none` rule reports it.
            {"id": FINDING_CHECK, "evaluate": "has-text-content-evaluate"},
        ]

    def get_axe_messages(self, request):
        messages = dict(super().get_axe_messages(request))
        for number, finding in enumerate(self.findings):
            label = KIND_LABELS.get(finding.kind, "Content")
            help_text = f"{finding.why} Suggestion: {finding.suggest}"
            if finding.source:
                help_text += f" (Source: {finding.source}.)"
            messages[self.finding_rule_id(number)] = {
                "error_name": f"{label}: “{_short(finding.text)}”",
                "help_text": help_text,
            }
        return messages


def replace_checker(request, items, page):
    """construct_wagtail_userbar hook: Haven's checker in place of the stock one."""
    for position, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, HavenContentChecker):
            items[position] = HavenContentChecker(page, in_editor=item.in_editor)
