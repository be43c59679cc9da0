"""The body: its numbered paragraphs, with page breaks and header noise taken out."""

import re
from collections.abc import Iterator
from typing import NamedTuple


class Paragraph(NamedTuple):
    """A numbered paragraph: ``1. (C) text`` -> ``Paragraph(1, "C", "text")``."""

    number: int | None
    marking: str | None
    text: str


_SPACED_LEVEL = "|".join(
    r"[ \t]?".join(word) for word in ("UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET")
)
# Page breaks: "MOSCOW 00004185 001.2 OF 002".
_PAGE_BREAK_LINE = re.compile(
    r"[A-Z][A-Z .'-]{0,30}?[ \t]+\d{6,8}[ \t]+\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{3}"
)
# "SECTION 02 OF 02", alone or after a repeated classification line.
_SECTION_LINE = re.compile(
    r"(?:(?:" + _SPACED_LEVEL + r")[ \t]+)?SECTION[ \t]+\d{1,2}[ \t]+OF[ \t]+\d{1,2}"
    r"(?:[ \t]+[A-Z][A-Z .']*?[ \t]+\d{1,7})?"
)
_DIGITS_AND_PILCROW = frozenset("0123456789¶")
_SLASH = re.compile(r"\s*/\s*")
_NOISE_WORDS = {
    "SIPDIS",
    "NOFORN",
    "SENSITIVE",
    "BT",
    "NNNN",
    "END OF TEXT",
    # Older telegrams mark each page with the classification alone on a line.
    "UNCLASSIFIED",
    "CONFIDENTIAL",
    "SECRET",
    "LIMITED OFFICIAL USE",
}
# "PAGE 02  VATICA 03692 01 OF 02 261100Z": the page head of older telegrams.
_PAGE_HEAD = re.compile(
    r"^[ \t]*PAGE[ \t]+\d+[ \t]+[A-Z][A-Z .'-]*?[ \t]+\d+[ \t]+\d+[ \t]+OF[ \t]+\d+"
    r"[ \t]+\d{6}Z[ \t]*"
)
_PARTIAL_EXTRACT = "This record is a partial extract of the original cable."


def _is_noise(stripped: str) -> bool:
    """Whether a (stripped, non-empty) line is a page break, section line or caveat."""
    length = len(stripped)
    if length > 64:
        return stripped.startswith(_PARTIAL_EXTRACT)
    if stripped[-1].isdigit():
        if stripped[0] == "#":
            return stripped[1:].isdigit()
        upper = stripped.upper()
        return " OF " in upper and bool(
            _PAGE_BREAK_LINE.fullmatch(upper) or _SECTION_LINE.fullmatch(upper)
        )
    return length <= 20 and stripped.upper() in _NOISE_WORDS


_PARAGRAPH = re.compile(
    r"[ \t]*(¶[ \t]*)?(\d{1,3})[ \t]*\.(?=[\s(]|$)[ \t]*"
    r"(?:\(([A-Za-z]{1,4}(?:[ \t]*/{1,2}[ \t]*"
    r"(?:REL[ \t]+TO[ \t]+[A-Z][A-Z, ]{1,60}|[A-Za-z]{1,6})){0,2})\)[ \t]*)?"
)
_SIGNER = re.compile(r"^[A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){0,2}$")
_NOT_SIGNERS = {
    "END",
    "COMMENT",
    "SUMMARY",
    "UNQUOTE",
    "QUOTE",
    "BT",
    "NNNN",
    "SIPDIS",
    "NOFORN",
    "NOTE",
    "UNCLASSIFIED",
    "CONFIDENTIAL",
    "SECRET",
    "UNCLAS",
    "SENSITIVE",
    "XXXXXXXXXXXX",
    "TEXT",
}


class Body(NamedTuple):
    """The body without its noise lines, and where the lines that may open a paragraph are."""

    text: str
    starts: list[int]


def clean_body(raw: str) -> Body:
    """Takes out page-break, section, caveat-only and end-of-message lines."""
    kept: list[str] = []
    starts: list[int] = []
    position = 0
    removed = False
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            # Noise lines end in a digit, are a short caveat word or the extract notice.
            if (stripped[-1].isdigit() or len(stripped) <= 20 or stripped[0] == "T") and _is_noise(
                stripped
            ):
                removed = True
                continue
            if stripped[0] == "P" and stripped.startswith("PAGE "):
                # Older telegrams' page heads, alone or run into the text that follows.
                line = _PAGE_HEAD.sub("", line, count=1)
                stripped = line.strip()
                if not stripped:
                    removed = True
                    continue
            removed = False
            if stripped[0] in _DIGITS_AND_PILCROW:
                starts.append(position)
        elif removed and kept and not kept[-1].strip():
            continue  # a line taken out between blank lines leaves one blank line
        kept.append(line)
        position += len(line) + 1
    return Body("\n".join(kept), starts)


def remove_noise(body: str) -> str:
    """The body without page-break, section, caveat-only and end-of-message lines."""
    return clean_body(body).text


def _is_paragraph_start(body: str, match: re.Match, expected: int) -> bool:
    if match.group(1) or match.group(3):
        return True
    start = match.start()  # a line start
    if start == 0 or int(match.group(2)) == expected:
        return True
    previous_line = body[body.rfind("\n", 0, start - 1) + 1 : start - 1]
    return not previous_line.strip()


def _fix_number(number: int, expected: int) -> int:
    # Scraped pages turned "¶4." into "14.": read it as the paragraph that was due.
    if number != expected and str(number) == "1" + str(expected):
        return expected
    return number


def _paragraph_candidates(body: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    if starts is None:
        starts = clean_body(body).starts if body else []
    for position in starts:
        match = _PARAGRAPH.match(body, position)
        if match:
            yield match


def split_paragraphs(body: str, line_starts: list[int] | None = None) -> list[Paragraph]:
    """The body cut at its numbered paragraphs; text before the first one has no number.

    ``line_starts`` are the offsets of the lines that may open a paragraph (``clean_body``).
    """
    starts: list[tuple[re.Match[str], int]] = []
    expected = 1
    for match in _paragraph_candidates(body, line_starts):
        if not _is_paragraph_start(body, match, expected):
            continue
        number = _fix_number(int(match.group(2)), expected) if starts else int(match.group(2))
        starts.append((match, number))
        expected = number + 1
    paragraphs: list[Paragraph] = []
    first = starts[0][0].start() if starts else len(body)
    lead = _tidy(body[:first])
    if lead:
        paragraphs.append(Paragraph(None, None, lead))
    for index, (match, number) in enumerate(starts):
        end = starts[index + 1][0].start() if index + 1 < len(starts) else len(body)
        marking = match.group(3)
        if marking:
            marking = " ".join(_SLASH.sub("/", marking).split()).upper()
        paragraphs.append(Paragraph(number, marking, _tidy(body[match.end() : end])))
    return paragraphs


def _tidy(text: str) -> str:
    if " \n" in text or "\t\n" in text:
        text = "\n".join([line.rstrip(" \t") for line in text.split("\n")])
    return text.strip("\n \t")


_TRAILING_SIGNER = re.compile(
    r"(?:[.)\"”'*]|X{4,}|\d{3} OF \d{3})[ \t]+"
    r"([A-Z][A-Z'’-]{2,}(?:[ \t]+[A-Z][A-Z'’-]{2,})?|[A-Z][a-z'’-]{2,}(?:[ \t]+[A-Z][a-z'’-]{2,})?)"
    r"[ \t]*$"
)
# What sources add after the closing name: quotes, banners, the mirror's own id line.
_TRAILER = re.compile(
    r"^(?:[\"'>*=\s]*|=+.*=+|(?i:end\s+cable\s+text)|\d{4}[A-Z]+\d+ - Classification:.*)$"
)
_SIGNER_STAMP = re.compile(r"[ \t]+\d+[ \t]+\d{1,2}/\d{1,2}/\d{4}$")  # "TUTTLE 0 02/26/2008"
_SENTENCE_ENDS = (".", ")", '"', "”", ":", ";", "!", "?", "-")


def find_signer(body: str) -> str | None:
    """The closing name (``BURNS``): the body's last line, or the name ending it."""
    lines = [line.strip() for line in body.rstrip().split("\n")[-8:] if line.strip()]
    while lines and _TRAILER.match(lines[-1]):
        lines.pop()
    if not lines:
        return None
    last = _SIGNER_STAMP.sub("", lines[-1]).rstrip(" \t\"'\\.…")
    if not last:
        return None
    if not _SIGNER.match(last) or not last[-1].isalpha():
        trailing = _TRAILING_SIGNER.search(last)  # "... End Comment. BRUSH"
        if trailing and not _NOT_SIGNERS.intersection(trailing.group(1).upper().split()):
            return trailing.group(1)
        return None
    if _NOT_SIGNERS.intersection(last.upper().split()):
        return None
    previous = lines[-2] if len(lines) > 1 else "."
    # Not the last word of a sentence wrapped onto its own line.
    if previous.endswith(_SENTENCE_ENDS) or last.isupper() or "http" in previous:
        return last
    return last if len(previous) < 40 else None
