"""Cells for spreadsheets staff download (inquiries, programs, site searches)."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """Text a spreadsheet will not run as a formula (CSV injection): a leading ' where the cell
    would otherwise start a formula. Anything a visitor typed can reach an export."""
    text = "" if value is None else str(value)
    if text[:1] in FORMULA_STARTS:
        return "'" + text
    return text


def read_cell(text: str) -> str:
    """A cell as it was before safe_cell, for files Haven exported and reads back."""
    if text[:1] == "'" and text[1:2] in FORMULA_STARTS and text[1:2]:
        return text[1:]
    return text
