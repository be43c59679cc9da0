"""From whatever a cable arrived as (bytes, a web page, a CSV row) to clean plain text."""

import csv
import html
import io
import re
from datetime import datetime
from typing import NamedTuple


class SourceMeta(NamedTuple):
    """What a cables.csv-style row, or a release web page, says about its cable."""

    reference_id: str | None = None
    sent_at: datetime | None = None
    origin: str | None = None
    classification: str | None = None
    references: tuple[str, ...] = ()


def decode(data: str | bytes) -> str:
    """UTF-8, else Windows-1252 (the raw release files are Latin-1 with ``\\xb6`` for ``¶``)."""
    if isinstance(data, str):
        return data
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes stays UTF-8; anything else is Windows-1252.
    as_utf8 = data.decode("utf-8", errors="replace")
    broken = as_utf8.count("\ufffd")
    if sum(1 for c in as_utf8 if c > "\x7f") - broken > 2 * broken:
        return as_utf8
    return data.decode("cp1252", errors="replace")


_HTML_TAG = re.compile(
    r"</?(?:a|b|br|i|u|em|strong|p|pre|code|span|div|font|sup|sub|hr|tt|small|big|center|"
    r"blockquote|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|html|body|head|title)\b[^<>]*>",
    re.IGNORECASE,
)
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>|</?p\b[^<>]*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Link debris of scraped pages: "[EAID](#)", and the paragraph anchor "[1](#)" or "[¶](#)".
_PARAGRAPH_ANCHOR = re.compile(r"\[(?:1|¶)\]\(#[^)\s]*\)")
_LINK = re.compile(r"\[([^\]\n]{0,80})\]\(#[^)\s]*\)")
# One pass for odd spaces and line separators: U+2028 and friends end lines, NUL goes.
_REPLACEMENTS = (
    [(c, " ") for c in "\f\v\u00a0\u202f\u205f\u3000\ufeff"]
    + [(chr(code), " ") for code in range(0x2000, 0x200C)]
    + [("\u2028", "\n"), ("\u2029", "\n"), ("\x85", "\n"), ("\x00", "")]
)


def _replace_odd_characters(text: str) -> str:
    # str.replace on the few present is much faster than a translate table on every text.
    for odd, replacement in _REPLACEMENTS:
        if odd in text:
            text = text.replace(odd, replacement)
    return text


def _entity(match: re.Match) -> str:
    decoded = html.unescape(match.group(0))
    return match.group(0) if decoded == match.group(0) else decoded


def _normalize(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        return _replace_odd_characters(text)
    return text.replace("\x00", "") if "\x00" in text else text


def clean(text: str) -> str:
    """Plain text with ``\\n`` line ends, single spaces kept, markup and link debris gone."""
    text = _normalize(text)
    if "<" in text:
        text = _LINE_BREAK_TAG.sub("\n", text)
        text = _HTML_TAG.sub("", text)
    if "&" in text:
        text = _normalize(_ENTITY.sub(_entity, text))
    if "](" in text:
        text = _PARAGRAPH_ANCHOR.sub("¶", text)
        text = _LINK.sub(r"\1", text)
    return text


# --- paragraphs glued into one line -----------------------------------------------------------

_MARKINGS = r"\((?:U|C|S|SBU|C/NF|S/NF|C//NF|S//NF|S/REL|TS)\)"
# "... (d) 1. (C) In the absence ..." or "... OF 012   2.  The ...": a paragraph number
# inside a line, after the end of something and before a marking or a capital.
_INLINE_PARAGRAPH = re.compile(
    r"(?<=[.)\"”'\d\w])[ \t]+(?=(?:¶[ \t]*)?(\d{1,3})[ \t]*\.(?:[ \t]*"
    + _MARKINGS
    + r"|[ \t]{1,3}[A-Z]))"
)
# "REF: STATE 146857 (U) Pol/Econ Chief delivered ...": the body's first marking after a REF.
_MARKING_AFTER_REF = re.compile(
    r"(?m)^([ \t]*REF(?:S|TEL)?\b[^\n]{0,200}?\d)[ \t]+(?=" + _MARKINGS + r"[ \t]+[A-Z])"
)
_LONG_LINE = 300


def unglue_paragraphs(text: str) -> str:
    """Puts paragraphs that a scrape ran into one long line back on lines of their own.

    Only long lines are touched, and only at paragraph numbers that follow each other
    from 1, so numbers in running text stay where they are.
    """
    if len(text) < _LONG_LINE or not any(len(line) > _LONG_LINE for line in text.split("\n")):
        return text
    text = _MARKING_AFTER_REF.sub("\\1\n\n", text)
    lines = text.split("\n")
    expected = 1
    for index, line in enumerate(lines):
        if len(line) <= _LONG_LINE:
            continue
        pieces, last = [], 0
        for match in _INLINE_PARAGRAPH.finditer(line):
            number = int(match.group(1))
            if number == expected or (number == 1 and expected > 1):
                pieces.append(line[last : match.start()])
                last = match.end()
                expected = number + 1
        if pieces:
            lines[index] = "\n\n".join([*pieces, line[last:]])
    return "\n".join(lines)


# --- rows of the release's cables.csv, and the tab-separated dumps made from it -------------

# The release's six classifications, lowest first: the one list the models and the
# synthetic corpus read too.
CLASSIFICATIONS = (
    "UNCLASSIFIED",
    "UNCLASSIFIED//FOR OFFICIAL USE ONLY",
    "CONFIDENTIAL",
    "CONFIDENTIAL//NOFORN",
    "SECRET",
    "SECRET//NOFORN",
)
# Longest first, so that SECRET//NOFORN is not read as SECRET.
_CLASSIFICATIONS = "|".join(sorted(CLASSIFICATIONS, key=len, reverse=True))
_CSV_ROW = re.compile(
    r'^"?\d+"?,"?(\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d)"?,"?(\d\d[A-Z]+\d+)"?,'
    r'("[^"]{0,80}"|[^,\n]*),"?(' + _CLASSIFICATIONS + r')"?,',
    re.MULTILINE,
)
_TSV_ROW = re.compile(
    r"^(?:\d+\t)?(\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?)\t(\d\d[A-Z]+\d+)\t([^\t\n]*)\t("
    + _CLASSIFICATIONS
    + r")\t([^\t\n]*)\t",
    re.MULTILINE,
)
# The same fields one per line (blank lines between them or not), as some mirrors print them.
_NL = r"[ \t]*\n(?:[ \t]*\n)?[ \t]*"
_LINES_ROW = re.compile(
    r"^[ \t]*\d+"
    + _NL
    + r"(\d{4}-\d\d-\d\d(?: \d\d:\d\d(?::\d\d)?)?)"
    + _NL
    + r"(\d\d[A-Z]+\d+)"
    + _NL
    + r"([A-Z][^\n]{2,60}?)"
    + _NL
    + r"("
    + _CLASSIFICATIONS
    + r")"
    + r"[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*((?:\d\d[A-Z]+\d+[|, ]*)+)[ \t]*\n)?",
    re.MULTILINE,
)
# "id: 2745 / date: 4/11/2002 20:44 / refid: 02BOGOTA3281 / origin: ... / classification: ..."
_KEYS_ROW = re.compile(
    r"^[ \t]*id:[ \t]*\d+[ \t]*\n[ \t]*date:[ \t]*(\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d)[ \t]*\n"
    r"[ \t]*refid:[ \t]*(\d\d[A-Z]+\d+)[ \t]*\n[ \t]*origin:[ \t]*([^\n]*?)[ \t]*\n"
    r"[ \t]*classification:[ \t]*(" + _CLASSIFICATIONS + r")[ \t]*\n"
    r"(?:[ \t]*destination:([^\n]*)\n)?(?:[ \t]*header:[ \t]*\n)?",
    re.MULTILINE,
)
_HEADER_ENDS = re.compile(r"(?m)^-+ *header ends *-+ *$")
_REF_ID = re.compile(r"\d\d[A-Z]+\d+")


def _utc(value: datetime) -> datetime:
    from datetime import UTC

    return value.replace(tzinfo=UTC)


def split_source_row(text: str) -> tuple[str, SourceMeta | None]:
    """If the text holds a cables.csv row (or its tab-separated dump), its cable and metadata.

    Such rows carry the release's own id, date, origin and classification, then the routing
    header and the body. Whatever precedes the row repeats part of the row and is dropped.
    """
    if "\t" in text:
        match = _TSV_ROW.search(text)
        if match:
            return _tsv_cable(text, match)
    if "refid:" in text:
        match = _KEYS_ROW.search(text)
        if match:
            return _keys_cable(text, match)
    if "\n20" in text or "\n19" in text:
        match = _LINES_ROW.search(text)
        if match:
            return _lines_cable(text, match)
    if '",' in text or "," in text[:200]:
        match = _CSV_ROW.search(text)
        if match:
            return _csv_cable(text, match)
    return text, None


def _iso(stamp: str) -> datetime | None:
    try:
        return _utc(datetime.fromisoformat(stamp))
    except ValueError:
        return None


def _lines_cable(text: str, match: re.Match) -> tuple[str, SourceMeta]:
    meta = SourceMeta(
        reference_id=match.group(2),
        sent_at=_iso(match.group(1)),
        origin=match.group(3).strip(),
        classification=match.group(4),
        references=tuple(_REF_ID.findall(match.group(5) or "")),
    )
    return text[match.end() :], meta


def _keys_cable(text: str, match: re.Match) -> tuple[str, SourceMeta]:
    try:
        sent_at = _utc(datetime.strptime(match.group(1), "%m/%d/%Y %H:%M"))
    except ValueError:
        sent_at = None
    meta = SourceMeta(
        reference_id=match.group(2),
        sent_at=sent_at,
        origin=match.group(3) or None,
        classification=match.group(4),
        references=tuple(_REF_ID.findall(match.group(5) or "")),
    )
    return _HEADER_ENDS.sub("", text[match.end() :], count=1), meta


def _tsv_cable(text: str, match: re.Match) -> tuple[str, SourceMeta]:
    meta = SourceMeta(
        reference_id=match.group(2),
        sent_at=_iso(match.group(1)),
        origin=match.group(3).strip() or None,
        classification=match.group(4),
        references=tuple(_REF_ID.findall(match.group(5))),
    )
    rest = text[match.end() :].replace("\\\n", "\n").replace("\t", "\n\n")
    return rest, meta


def _csv_cable(text: str, match: re.Match) -> tuple[str, SourceMeta]:
    row_text = text[match.start() :]
    fields: list[str] = []
    try:
        fields = next(csv.reader(io.StringIO(row_text), escapechar="\\", doublequote=True))
    except (csv.Error, StopIteration):
        fields = []
    try:
        sent_at = _utc(datetime.strptime(match.group(1), "%m/%d/%Y %H:%M"))
    except ValueError:
        sent_at = None
    refs = tuple(_REF_ID.findall(re.sub(r"\s", "", fields[5]))) if len(fields) >= 8 else ()
    meta = SourceMeta(
        reference_id=match.group(2),
        sent_at=sent_at,
        origin=" ".join(match.group(3).strip('"').split()) or None,
        classification=match.group(4),
        references=refs,
    )
    if len(fields) >= 8:
        return fields[6] + "\n\n" + "\n".join(fields[7:]), meta
    # A row cut short: keep what follows its metadata.
    rest = text[match.end() :].replace('\\"', '"').replace('""', '"')
    return rest, meta


# --- the release's own web pages ------------------------------------------------------------

_PAGE_PRE = re.compile(r"<pre>(.*?)</pre>", re.DOTALL | re.IGNORECASE)
_PAGE_TABLE = re.compile(r"<table class=.cable.>(.*?)</table>", re.DOTALL | re.IGNORECASE)
_PAGE_CELL = re.compile(r"<td>(.*?)</td>", re.DOTALL | re.IGNORECASE)


def split_web_page(text: str) -> tuple[str, SourceMeta | None]:
    """A release page: its ``<pre>`` boxes joined by a blank line, and its metadata table."""
    if "<pre" not in text and "<PRE" not in text:
        return text, None
    if "<html" not in text[:2000].lower():
        return text, None
    blocks = _PAGE_PRE.findall(text)
    if not blocks:
        return text, None
    meta = None
    table = _PAGE_TABLE.search(text)
    if table:
        cells = [clean(cell).strip() for cell in _PAGE_CELL.findall(table.group(1))]
        if len(cells) >= 5:
            try:
                sent_at = _utc(datetime.strptime(cells[1], "%Y-%m-%d %H:%M"))
            except ValueError:
                sent_at = None
            meta = SourceMeta(
                reference_id=cells[0] or None,
                sent_at=sent_at,
                origin=cells[4] or None,
                classification=cells[3] if re.fullmatch(_CLASSIFICATIONS, cells[3]) else None,
            )
    return "\n\n".join(blocks), meta


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter changed, added or left out."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    first = 0  # the first position where they differ
    while first < len(a) and a[first] == b[first]:
        first += 1
    if len(a) == len(b):
        return a[first + 1 :] == b[first + 1 :]
    return a[first:] == b[first + 1 :]
