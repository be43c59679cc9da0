"""The release's cable web pages: the text of their boxes and what they state.

Pure Python, no Django: ``cables.ingest.sources`` hands a page's bytes here and makes
the document from what comes back.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

# Regular expressions rather than html.parser: the text files taken from these pages keep
# the published stray markup (`<br>`, `<strong>`, `<<Israel>>`) and drop only the site's
# own links, which a tag-stripping parser could not reproduce.
PRE_RE = re.compile(r"<pre\b[^>]*>(.*?)</pre\s*>", re.DOTALL | re.IGNORECASE)
LINK_TAG_RE = re.compile(r"</?a\b[^>]*>", re.IGNORECASE)
TAG_LINK_RE = re.compile(
    r"""<a\b[^>]*\bhref\s*=\s*["']/tag/[^"']*["'][^>]*>(.*?)</a\s*>""",
    re.DOTALL | re.IGNORECASE,
)
CABLE_TABLE_RE = re.compile(
    r"""<table\b[^>]*\bclass\s*=\s*["']cable["'][^>]*>(.*?)</table\s*>""",
    re.DOTALL | re.IGNORECASE,
)
CELL_RE = re.compile(r"<(th|td)\b[^>]*>(.*?)</\1\s*>", re.DOTALL | re.IGNORECASE)
TITLE_RE = re.compile(
    r"<h3>\s*Viewing cable\s+([^,<\s]+)\s*,(.*?)</h3\s*>", re.DOTALL | re.IGNORECASE
)
ANY_TAG_RE = re.compile(r"<[^>]*>")
# Table column heading -> metadata key. "Created" is left out: its time is the site's,
# not the cable's; the parser reads the real date-time group from the text.
PAGE_TABLE_FIELDS = {
    "reference id": "reference_id",
    "classification": "classification",
    "origin": "origin",
}


@dataclass(frozen=True)
class Page:
    """A cable page's text (routing header, then body) and what it states about the cable."""

    text: str
    metadata: dict[str, Any]


def read_page(data: bytes) -> Page | None:
    """The page's boxes joined by one blank line, and its metadata; None without any text."""
    page = _decode_page(data)
    boxes = PRE_RE.findall(page)
    texts = [html.unescape(LINK_TAG_RE.sub("", box)) for box in boxes]
    if not any(text.strip() for text in texts):
        return None
    return Page("\n\n".join(texts), _page_metadata(page, boxes))


def _decode_page(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _page_metadata(page: str, boxes: list[str]) -> dict[str, Any]:
    """What the page states reliably: id, classification, origin, tags, subject.

    The classification link's ``title`` attribute is wrong on every page and is ignored
    (only the link text is read). Tags come from the site's tag links in the boxes; a page
    without them gives no ``tags`` key, which means "unknown", not "no tags".
    """
    metadata: dict[str, Any] = {}
    table = CABLE_TABLE_RE.search(page)
    if table:
        metadata.update(_table_fields(table.group(1)))
    title = TITLE_RE.search(page)
    if title:
        metadata.setdefault("reference_id", _inline_text(title.group(1)))
        subject = _inline_text(title.group(2))
        if subject:
            metadata["subject"] = subject
    tags = [_inline_text(tag) for box in boxes for tag in TAG_LINK_RE.findall(box)]
    tags = list(dict.fromkeys(tag for tag in tags if tag))  # TAGS often repeat in the body
    if tags:
        metadata["tags"] = tags
    return metadata


def _table_fields(table: str) -> dict[str, str]:
    headings = [_inline_text(text).lower() for tag, text in CELL_RE.findall(table) if tag == "th"]
    values = [_inline_text(text) for tag, text in CELL_RE.findall(table) if tag == "td"]
    fields = {}
    for heading, value in zip(headings, values, strict=False):
        key = PAGE_TABLE_FIELDS.get(heading)
        if key and value:
            fields[key] = value
    return fields


def _inline_text(fragment: str) -> str:
    return html.unescape(ANY_TAG_RE.sub("", fragment)).strip()
