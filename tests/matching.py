"""Finding the piece of a page or a cable that a test reads."""

import re


def find(pattern: str | re.Pattern[str], text: str, flags: int = 0) -> re.Match[str]:
    """re.search, where a match must be found: its absence fails the test by name."""
    match = re.search(pattern, text, flags)
    assert match is not None, f"nothing matches {pattern!r}"
    return match
