"""Redacting a cable's text: pure functions, unredacted text in, public text out.

Words are hidden wherever they occur in the cable, case-insensitively and across
line breaks (the original text wraps lines where the paragraphs do not). A whole
paragraph is hidden in the paragraphs, in the original text, and in any header
field that repeats it (a summary, a "Classified By" line). When the original
text cannot be matched with certainty, none of it is shown: a redaction must
never leak through the raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

MARKER = "[REDACTED]"
WITHHELD = "[The original text of this cable is withheld: part of it is redacted.]"
# Header values the redaction applies to; `classified_by` is a list of lines.
HEADER_FIELDS = ("subject", "summary", "reference_text", "signer", "classified_by_title")
# Header values taken from the body, so hidden with a paragraph they repeat.
FROM_BODY = ("summary", "reference_text", "signer", "classified_by_title")
# Consecutive words a header value must share with a hidden paragraph to be hidden too.
SHARED_WORDS = 8
# Lines that may sit between two lines of a paragraph in the original text (page breaks).
MAX_GAP = 800
SIMILAR_PARAGRAPH = 0.6


@dataclass
class CableText:
    """Every text of a cable that a public page, the API, an export or a feed shows."""

    subject: str = ""
    summary: str = ""
    reference_text: str = ""
    signer: str = ""
    classified_by: list[str] = field(default_factory=list)
    classified_by_title: str = ""
    original_text: str = ""
    paragraphs: list[str] = field(default_factory=list)

    def header(self) -> dict:
        values = {name: getattr(self, name) for name in HEADER_FIELDS}
        return dict(values, classified_by=list(self.classified_by))


def normalize(text: str) -> str:
    return " ".join(text.split()).lower()


def words_pattern(words: str) -> re.Pattern | None:
    """Matches `words` in any case, with any whitespace (line breaks too) between them."""
    parts = words.split()
    if not parts:
        return None
    return re.compile(r"\s+".join(map(re.escape, parts)), re.IGNORECASE)


def occurs(words: str, text: str) -> bool:
    pattern = words_pattern(words)
    return bool(pattern and pattern.search(text))


def find_paragraph(paragraphs: list[str], text: str, position: int | None) -> int | None:
    """The paragraph a whole-paragraph redaction hides in this version of the cable.

    The same words first (a re-ingest may have moved the paragraph), then the most
    similar paragraph, then the same position.
    """
    wanted = normalize(text)
    if wanted:
        normalized = [normalize(p) for p in paragraphs]
        if position is not None and position < len(paragraphs) and normalized[position] == wanted:
            return position
        if wanted in normalized:
            return normalized.index(wanted)
        scores = [
            (SequenceMatcher(None, wanted.split(), p.split(), autojunk=False).ratio(), i)
            for i, p in enumerate(normalized)
        ]
        best = max(scores, default=(0.0, None))
        if best[0] >= SIMILAR_PARAGRAPH:
            return best[1]
    if position is not None and position < len(paragraphs):
        return position
    return None


def redact(source: CableText, spans: list[str], whole: list[int]) -> CableText:
    """The public text: `spans` hidden everywhere, paragraphs at `whole` hidden entirely."""
    patterns = [p for p in map(words_pattern, spans) if p]
    hidden = [source.paragraphs[i] for i in sorted(set(whole))]
    paragraphs = [
        MARKER if i in whole else _cut(text, _matches(text, patterns))
        for i, text in enumerate(source.paragraphs)
    ]
    header = {
        name: _redact_value(getattr(source, name), patterns, hidden if name in FROM_BODY else [])
        for name in HEADER_FIELDS
    }
    classified_by = [_redact_value(line, patterns, hidden) for line in source.classified_by]
    return replace(
        source,
        **header,
        classified_by=classified_by,
        paragraphs=paragraphs,
        original_text=_redact_original(source, patterns, hidden),
    )


def _redact_value(value: str, patterns: list[re.Pattern], hidden: list[str]) -> str:
    if value and any(_repeats(value, paragraph) for paragraph in hidden):
        return MARKER
    return _cut(value, _matches(value, patterns))


def _repeats(value: str, paragraph: str) -> bool:
    """Whether a header value repeats words of a paragraph (a summary taken from it)."""
    value, paragraph = normalize(value), normalize(paragraph)
    if not value or not paragraph:
        return False
    if value in paragraph or paragraph in value:
        return True
    return bool(_shingles(value) & _shingles(paragraph))


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text)
    return {tuple(words[i : i + SHARED_WORDS]) for i in range(len(words) - SHARED_WORDS + 1)}


def _redact_original(source: CableText, patterns: list[re.Pattern], hidden: list[str]) -> str:
    raw = source.original_text
    spans: list[tuple[int, int]] = []
    for paragraph in hidden:
        region = _locate(raw, paragraph)
        if region is None:
            return WITHHELD if raw else raw
        spans.append(region)
    for pattern in patterns:
        found = [(m.start(), m.end()) for m in pattern.finditer(raw)]
        # Fewer matches than in the paragraphs means the raw text writes the words
        # differently somewhere (a hyphen at a line end): show none of it.
        if len(found) < sum(len(pattern.findall(p)) for p in source.paragraphs):
            return WITHHELD
        spans.extend(found)
    return _cut(raw, spans)


def _locate(raw: str, paragraph: str) -> tuple[int, int] | None:
    """Where a paragraph's lines are in the raw text, page-break lines between them allowed."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    if not lines:
        return (0, 0)
    # The first line follows the paragraph's number and marking ("1. (C) ").
    first = re.compile(_flexible(lines[0]) + r"[ \t\r]*$", re.MULTILINE)
    rest = [
        re.compile(r"^[ \t]*" + _flexible(line) + r"[ \t\r]*$", re.MULTILINE) for line in lines[1:]
    ]
    for start in first.finditer(raw):
        end = start.end()
        for pattern in rest:
            found = pattern.search(raw, end, end + MAX_GAP + 2 * len(pattern.pattern))
            if found is None:
                break
            end = found.end()
        else:
            return (start.start(), end)
    return None


def _flexible(line: str) -> str:
    return r"\s+".join(map(re.escape, line.split()))


def _matches(text: str, patterns: list[re.Pattern]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for p in patterns for m in p.finditer(text)]


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span, overlapping ones merged, replaced by one marker."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, last = [], 0
    for start, end in merged:
        parts += [text[last:start], MARKER]
        last = end
    parts.append(text[last:])
    return "".join(parts)
