"""The import report in words: for the command's output and the first revision's log entry
(the dry-run JSON carries the full report: every dropped line and its reason)."""

from collections import Counter


def summary_lines(report: dict) -> list[str]:
    lines = []
    headings, faq = report.get("headings", []), report.get("faq", [])
    lines.append(
        f"Headings found: {len(headings)}" + (f" ({'; '.join(headings)})" if headings else "")
    )
    lines.append(f"FAQ pairs found: {len(faq)}" + (f" ({'; '.join(faq)})" if faq else ""))
    dropped = report.get("dropped", [])
    if dropped:
        reasons = Counter(item["reason"] for item in dropped)
        parts = ", ".join(f"{reason}: {count}" for reason, count in reasons.most_common())
        lines.append(f"Dropped {len(dropped)} lines of page chrome ({parts})")
    unclear = report.get("unclear_kept", [])
    if unclear:
        shown = "; ".join(f"“{text}”" for text in unclear[:8])
        more = f" and {len(unclear) - 8} more" if len(unclear) > 8 else ""
        lines.append(f"Kept {len(unclear)} short lines that may be page chrome: {shown}{more}")
    kept = report.get("kept_to_protect_body_words", 0)
    if kept:
        lines.append(
            f"Kept {kept} words that looked outside the article rather than lose part of the "
            "body: check the start and the end"
        )
    return lines


def log_message(report: dict, source: str) -> str:
    return f"Imported from {source}. " + ". ".join(summary_lines(report)) + "."
