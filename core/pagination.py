"""The one reader of `?page=`: every paginated list (article index, directory, its API, site search)
whitelists the page number here."""

MAX_PAGE_DIGITS = 6  # far beyond any real list; longer input is not a page number


def page_number(raw) -> int | None:
    """The page asked for: 1 when none is given, None when the value is not a whole number
    from 1 to 999,999 ("abc", "0", "1.5", "1e18", "١"). Each caller says what None means: the
    article index answers 404, the directory and search show the first page. A number past the
    last page is the caller's too: each shows its last page."""
    if raw is None:
        return 1
    raw = str(raw).strip()
    if not (raw.isascii() and raw.isdigit()) or len(raw) > MAX_PAGE_DIGITS or int(raw) < 1:
        return None
    return int(raw)
