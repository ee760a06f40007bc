"""What the browser journeys share: axe-core checks, keyboard-only movement, page-error capture.

axe-core and vnu.jar come from node_modules (package.json at the project root, installed by
`make test`), never from a CDN.
"""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the issue asks the site to meet.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# The URL the test browser fetches axe from. It is answered by a route in the browser context
# (from node_modules), so the script counts as same-origin and the site's Content-Security-Policy
# stays in force during the journeys.
AXE_URL_PATH = "/__browser-tests__/axe.min.js"

# Journeys need a real Chromium and data the live server's thread can see (committed, so a
# transactional database); serialized_rollback puts Wagtail's root page and default site back
# after each test's flush, for the tests that run after these.
JOURNEY = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def format_violations(violations) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"    at {json.dumps(node['target'])}: {node['html'][:160]}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"      {summary[:300]}")
    return "\n".join(lines)


def assert_accessible(page, label: str = "") -> None:
    """Run axe-core on the page as it is now; fail listing every WCAG A/AA violation."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(url=AXE_URL_PATH)
    result = page.evaluate(
        """async (tags) => {
            const r = await window.axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return {violations: r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({target: n.target, html: n.html,
                                          failureSummary: n.failureSummary}))}))};
        }""",
        WCAG_TAGS,
    )
    violations = result["violations"]
    where = f"{label or 'page'} at {page.url} ({page.viewport_size['width']}px wide)"
    assert not violations, f"axe found WCAG A/AA violations on {where}:\n" + format_violations(
        violations
    )


FOCUS_STATE_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow && style.boxShadow !== 'none';
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        name: el.getAttribute('name'),
        type: el.getAttribute('type'),
        value: el.value === undefined ? null : String(el.value),
        text: (el.innerText || el.value || el.getAttribute('aria-label') || '')
            .trim().slice(0, 120),
        href: el.getAttribute('href'),
        visible_focus: outline || ring,
    };
}"""


def focused(page):
    """What has keyboard focus now (tag, id, name, text, href), or None for the body."""
    return page.evaluate(FOCUS_STATE_JS)


def tab_to(page, matches, *, limit: int = 120, backwards: bool = False):
    """Press Tab (or Shift+Tab) until `matches(focus_state)` holds, as a keyboard user would.

    Every stop on the way must show a visible focus indicator (WCAG 2.4.7).
    """
    key = "Shift+Tab" if backwards else "Tab"
    seen = []
    for _ in range(limit):
        page.keyboard.press(key)
        state = focused(page)
        if state is None:
            continue
        seen.append(state)
        assert state["visible_focus"], f"no visible focus indicator on {state} at {page.url}"
        if matches(state):
            return state
    trail = "\n".join(f"  {s['tag']}#{s['id']} name={s['name']} {s['text'][:60]!r}" for s in seen)
    raise AssertionError(f"Tab never reached the wanted element on {page.url}; went:\n{trail}")


def text_is(wanted: str):
    wanted = wanted.strip().lower()
    return lambda state: state["text"].strip().lower() == wanted


def text_has(wanted: str):
    wanted = wanted.strip().lower()
    return lambda state: wanted in state["text"].strip().lower()


def field_named(name: str, value: str | None = None):
    def match(state):
        return state["name"] == name and (value is None or state["value"] == value)

    return match
