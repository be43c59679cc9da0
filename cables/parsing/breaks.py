"""Page breaks and the lines around them, which header fields run across.

Older cables start each page with ``CONFIDENTIAL``, a blank line and ``PAGE 02 ROME 01196
01 OF 03 211833Z``; newer ones with ``ROME 00001196 002 OF 003``. A field that runs across
one (TAGS, SUBJECT) continues after it; none of its words belong to the field.
"""

import re

from .posts import POST_NAMES

_LEVELS = r"(?:UNCLAS(?:SIFIED)?|CONFIDENTIAL|SECRET|LIMITED[ \t]+OFFICIAL[ \t]+USE)"

# The older page head: "CONFIDENTIAL PAGE 02 ROME 01196 01 OF 03 211833Z".
_PAGE_HEAD = (
    rf"(?:{_LEVELS}[ \t]+)?PAGE[ \t]+\d{{1,3}}\b(?:[ \t]+[A-Z][A-Z .'-]*?(?=[ \t]+\d))?"
    r"(?:[ \t]+\d{2,8}\b(?![ \t]+OF\b))*(?:[ \t]+\d{1,3}[ \t]+OF[ \t]+\d{1,3}\b)?"
    r"(?:[ \t]+\d{6}Z\b)?"
)
# The newer page line after its post's name: "00001196 002 OF 003", "001.2 OF 002".
_PAGE_NUMBER = r"\d{6,8}[ \t]+\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{3}\b"
_INLINE_PAGE_HEAD = re.compile(_PAGE_HEAD, re.IGNORECASE)
_INLINE_PAGE_NUMBER = re.compile(_PAGE_NUMBER)
_BREAK_LINE = re.compile(
    rf"(?i)^\s*(?:{_LEVELS}(?:\s*/+\s*[A-Z]+)*|\d{{6}}Z(?:\s+[A-Z]{{3}}\s+\d\d)?|"
    rf"{_PAGE_HEAD}|[A-Z][A-Z .'-]{{0,30}}?[ \t]+{_PAGE_NUMBER})\s*$"
)


def is_break_line(line: str) -> bool:
    """A page break's line: the classification alone, the page head, a date-time group."""
    return bool(_BREAK_LINE.match(line))


def across_breaks(lines: list[str]) -> list[str]:
    """The lines up to the first blank line that is not part of a page break, the page
    breaks' lines left out."""
    kept: list[str] = []
    for index, line in enumerate(lines):
        if is_break_line(line):
            continue
        if not line.strip():
            following = next((rest for rest in lines[index + 1 :] if rest.strip()), "")
            if is_break_line(following) or (index and is_break_line(lines[index - 1])):
                continue
            break
        kept.append(line)
    return kept


_POST_NAMES = frozenset(POST_NAMES.values())


def remove_page_breaks(value: str) -> str:
    """``value`` (a field's lines joined) without the page breaks run into it."""
    value = _INLINE_PAGE_HEAD.sub(" ", value)
    while match := _INLINE_PAGE_NUMBER.search(value):
        words = value[: match.start()].split()
        start = match.start()
        for count in (3, 2, 1):  # the post's name before the numbers, if it is one
            if len(words) >= count and " ".join(words[-count:]).upper() in _POST_NAMES:
                start = value.rfind(words[-count], 0, match.start())
                break
        value = value[:start] + " " + value[match.end() :]
    return value
