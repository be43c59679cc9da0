"""``parse_cable``: one cable's text, in any of the release's layouts, to a ParsedCable."""

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from . import classified_by, dates, fields, tags
from .body import Paragraph, clean_body, find_signer, split_paragraphs
from .header import (
    LIMITED_OFFICIAL_USE,
    ClassificationLine,
    Recipient,
    find_classification_line,
    find_handling,
    find_level,
    find_origin,
    find_precedence,
    find_recipients,
    find_reference_id,
    find_sender,
)
from .text import (
    SourceMeta,
    clean,
    decode,
    split_source_row,
    split_web_page,
    unglue_paragraphs,
)


@dataclass(frozen=True)
class ParsedCable:
    """What one cable's text says. Fields the text lacks are None (or empty lists).

    ``reference_id`` is canonical (``07MOSCOW4185``); ``sent_at`` is aware UTC, and
    ``sent_at_precision`` says how much of it is known: ``"full"`` for a date the text gives,
    ``"year"`` for a text with no date whose id gives the year (``sent_at`` is then 1 January
    of that year, 00:00 UTC), None without either;
    ``classification`` is one of ``CLASSIFICATIONS``; ``recipients`` and ``info_recipients``
    hold ``Recipient(code, name, precedence)``; ``paragraphs`` hold
    ``Paragraph(number, marking, text)`` cut from ``body`` (the text after the header fields,
    page breaks and header noise taken out); ``header`` is the routing header.
    """

    reference_id: str | None = None
    sent_at: datetime | None = None
    sent_at_precision: str | None = None
    origin: str | None = None
    classification: str | None = None
    handling: list[str] = field(default_factory=list)
    precedence: str | None = None
    recipients: list[Recipient] = field(default_factory=list)
    info_recipients: list[Recipient] = field(default_factory=list)
    declassify_on: date | None = None
    tags: list[str] = field(default_factory=list)
    subject: str | None = None
    references: list[str] = field(default_factory=list)
    reference_text: str | None = None
    classified_by: list[str] = field(default_factory=list)
    classified_by_title: str | None = None
    reasons: str | None = None
    summary: str | None = None
    signer: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    header: str = ""
    body: str = ""
    warnings: list[str] = field(default_factory=list)


_FIRST_PARAGRAPH = re.compile(
    r"(?m)(?:^[ \t]*¶[ \t]*\d{1,3}[ \t]*\.|(?:\A|\n[ \t]*\n)[ \t]*\d{1,3}[ \t]*\.(?=[\s(])"
    r"|^[ \t]*\d{1,3}[ \t]*\.[ \t]*\([A-Za-z/ ]{1,12}\))"
)
_CLASSIFIED_BY_KEY = re.compile(r"(?i)classified\s+by\b")
_EO_KEY = re.compile(r"E\.\s?O\.\s?1\d{4}|(?<![A-Za-z])EO\s+1\d{4}", re.IGNORECASE)
_TAGS_KEY = re.compile(r"(?im)^[ \t]*TAGS?\b")


def _load(data: str | bytes) -> tuple[str, SourceMeta | None]:
    text = decode(data)
    text, page_meta = split_web_page(text)
    text = clean(text)
    text, row_meta = split_source_row(text)
    if row_meta:
        text = clean(text)
    return text, row_meta or page_meta


def _line_end(text: str, position: int) -> int:
    newline = text.find("\n", position)
    return newline + 1 if newline >= 0 else len(text)


def _block_end(text: str, start: int, max_lines: int) -> int:
    """The end of the block of non-blank lines starting at ``start`` (at most max_lines)."""
    end = _line_end(text, start)
    for _ in range(max_lines - 1):
        nxt = _line_end(text, end)
        if end == nxt or not fields.continues(text[end:nxt]):
            break
        end = nxt
    return end


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _header_end(
    zone: str,
    line: ClassificationLine | None,
    subject_at: tuple[int, int] | None,
    references: str | None,
) -> int:
    """Where the header fields stop and the body begins (within the header zone)."""
    ends = [_line_end(zone, line.end)] if line else [0]
    for pattern in (_EO_KEY, _TAGS_KEY):
        match = pattern.search(zone)
        if match:
            ends.append(_line_end(zone, match.end()))
    if subject_at and subject_at[0] < len(zone):
        ends.append(_block_end(zone, _line_start(zone, subject_at[0]), 12))
    if references:
        position = zone.find(references.split("\n")[-1])
        if position >= 0:
            ends.append(_line_end(zone, position))
    classified = _CLASSIFIED_BY_KEY.search(zone)
    if classified:
        ends.append(_block_end(zone, _line_start(zone, classified.start()), 3))
    return max(ends)


_FM_LINE = re.compile(r"(?im)^[ \t]*FM[ \t]")


def _routing_header(text: str, line: ClassificationLine | None) -> str:
    """The routing header: what precedes the classification line, or else the block of
    lines around the FM line (some sources put the classification line first)."""
    before = text[: line.start].strip("\n") if line else ""
    if before and _FM_LINE.search(before):
        return before
    match = _FM_LINE.search(text, 0, 20000)
    if not match:
        return before
    blank = text.rfind("\n\n", 0, match.start())
    start = max(blank + 2 if blank >= 0 else 0, line.end if line else 0)
    end = re.search(r"\n[ \t]*\n", text[match.start() :])
    header = text[start : match.start() + end.start()] if end else text[start:]
    return header.strip("\n")


def _classification(
    text: str, caveat_zone: str, line: ClassificationLine | None, meta: SourceMeta | None
) -> str | None:
    """One of the release's six classifications: the level, with NOFORN or FOUO as the
    header's caveats say (the release follows them, not paragraph markings like "(S/NF)")."""
    if meta and meta.classification:
        return meta.classification
    level = find_level(text, line)
    if level is None:
        return None
    caveats = (line.caveats if line else "") + "\n" + caveat_zone
    if caveats.lower() == caveats:  # a lower-cased cable
        caveats = caveats.upper()
    if level == LIMITED_OFFICIAL_USE:
        return "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    if level == "UNCLASSIFIED":
        if _FOUO_CAVEAT.search(caveats):
            return "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
        return level
    if "NOFORN" in caveats:
        return f"{level}//NOFORN"
    return level


_FOUO_CAVEAT = re.compile(r"(?<![A-Z])(SENSITIVE(?! BUT UNCLAS)|FOR OFFICIAL USE ONLY|FOUO)")


_CAVEAT_REACH = 2000
_HEADER_REACH = 4000  # how far past the classification line the SUBJECT is looked for
_LAST_YEAR = 2010  # the release ends in February 2010


def infer_year(declassify_on: date | None, reference_text: str | None) -> int | None:
    """The cable's year where its text has no date (partial extracts), or None.

    Cables cited with a year are older than the cable; the declassification date is most
    often ten years on (sometimes twenty or twenty-five).
    """
    cited = [
        dates.two_digit_year(int(ref[:2]))
        for ref in fields.parse_references(reference_text or "", None)
    ]
    floor = max(cited) + 1 if cited else None
    if declassify_on:
        for offset in (10, 20, 25):
            year = declassify_on.year - offset
            if year <= _LAST_YEAR and (floor is None or year >= floor):
                return year
    return floor if floor and floor <= _LAST_YEAR else None


def parse_cable(data: str | bytes) -> ParsedCable:
    """Parse one cable; never raises (what cannot be read is reported in ``warnings``)."""
    try:
        return _parse(data)
    except Exception as error:  # noqa: BLE001 - the contract is to never raise
        return ParsedCable(warnings=[f"could not parse: {type(error).__name__}: {error}"])


class _Layout(NamedTuple):
    """Where the parts of one cable's text are."""

    text: str
    meta: SourceMeta | None
    line: ClassificationLine | None
    start: int  # the classification line's start (0 without one)
    zone: str  # the text before the first numbered paragraph: where header fields are
    fields_zone: str  # the zone from the classification line on
    references: str | None  # the raw REF block
    subject_at: tuple[int, int] | None  # the SUBJECT keyword and its value, in fields_zone
    header_end: int
    caveat_zone: str  # the header without its subject: where caveats are looked for


def _layout(data: str | bytes) -> _Layout:
    text, meta = _load(data if data is not None else "")
    layout = _layout_of(text, meta)
    if layout.zone is text:  # no numbered paragraph: were they run into one long line?
        unglued = unglue_paragraphs(text)
        if unglued != text:
            layout = _layout_of(unglued, meta)
    return layout


def _layout_of(text: str, meta: SourceMeta | None) -> _Layout:
    line = find_classification_line(text)
    start = line.start if line else 0
    subject_at = fields.find_subject(text, start, start + _HEADER_REACH)
    search_from = subject_at[1] if subject_at else (line.end if line else 0)
    first = _FIRST_PARAGRAPH.search(text, search_from)
    zone = text[: first.start()] if first else text
    fields_zone = zone[start:]
    references = fields.reference_block(fields_zone)
    subject_at = subject_at if subject_at and subject_at[1] <= len(zone) else None
    header_end = max(_header_end(zone, line, subject_at, references), start)
    in_fields_zone = (subject_at[0] - start, subject_at[1] - start) if subject_at else None
    # Caveats follow the classification line; a header that runs on into the body (no
    # numbered paragraphs) must not lend the body's words to them.
    caveat_end = min(header_end, start + _CAVEAT_REACH)
    caveat_zone = text[start:caveat_end] or fields_zone[:_CAVEAT_REACH]
    if subject_at and subject_at[0] < caveat_end:
        subject_end = _block_end(zone, subject_at[0], 12)
        caveat_zone = text[start : subject_at[0]] + text[subject_end:caveat_end]
    return _Layout(
        text,
        meta,
        line,
        start,
        zone,
        fields_zone,
        references,
        in_fields_zone,
        header_end,
        caveat_zone,
    )


def _sent_at(layout: _Layout) -> datetime | None:
    """The date-time group of the routing header; not one cited in a REF line or the body."""
    text, zone = layout.text, layout.zone
    if layout.references:
        zone = zone.replace(layout.references, "")
    head = text[: layout.start] if layout.line else zone
    found = dates.parse_routing_date(zone) or dates.parse_date_time_group(head)
    if found is None:
        found = dates.parse_routing_date(text[len(layout.zone) :])
    if found is None and layout.meta and layout.meta.sent_at:
        found = layout.meta.sent_at
    return found or dates.parse_iso_date(text) or dates.parse_us_stamp(text)


def _identity(layout: _Layout, sent_at, declassify_on, warnings: list[str]):
    """(reference id, year, origin), from the metadata of the source or from the text."""
    meta, line = layout.meta, layout.line
    year = sent_at.year if sent_at else None
    if year is None and not (meta and meta.reference_id):
        year = infer_year(declassify_on, layout.references)
        if year:
            warnings.append(f"no date in the text: year {year} inferred for the id")
    reference_id = (meta.reference_id if meta else None) or find_reference_id(
        layout.text, year, line
    )
    if reference_id and year is None:
        year = dates.two_digit_year(int(reference_id[:2]))
    sender = find_sender(_routing_header(layout.text, line) or layout.text[: layout.start])
    origin = (meta.origin if meta else None) or find_origin(reference_id, sender, line)
    return reference_id, year, origin


def _dated(
    sent_at: datetime | None, reference_id: str | None
) -> tuple[datetime | None, str | None]:
    """(sent_at, its precision): the text's date, else the start of the id's year."""
    if sent_at:
        return sent_at, dates.FULL_DATE
    year = dates.year_of_reference_id(reference_id)
    return (dates.start_of_year(year), dates.YEAR_ONLY) if year else (None, None)


def _warn_missing(warnings: list[str], **values) -> None:
    for name, value in values.items():
        if not value:
            warnings.append(f"no {name.replace('_', ' ')} found")


def _header_fields(layout: _Layout, year: int | None) -> dict:
    """The fields read from the header zone: TAGS, SUBJECT, REF, Classified By, caveats."""
    zone = layout.fields_zone
    references = fields.parse_references(layout.references, year) if layout.references else []
    if not references and layout.meta and layout.meta.references:
        references = list(layout.meta.references)
    signed = classified_by.parse_classified_by(zone)
    classification = _classification(layout.text, layout.caveat_zone, layout.line, layout.meta)
    handling = find_handling(layout.caveat_zone)
    if classification and classification.endswith("NOFORN") and "NOFORN" not in handling:
        handling.append("NOFORN")
    return {
        "classification": classification,
        "handling": handling,
        "tags": tags.parse_tags(zone),
        "subject": fields.parse_subject(zone, layout.subject_at) if layout.subject_at else None,
        "references": references,
        "reference_text": layout.references,
        "classified_by": signed.names,
        "classified_by_title": signed.title,
        "reasons": signed.reasons,
    }


def _summary(layout: _Layout) -> str | None:
    """The summary of the body, or of a Classified By paragraph it runs on from."""
    found = fields.parse_summary(layout.text[layout.header_end :])
    if found is None:
        classified = _CLASSIFIED_BY_KEY.search(layout.zone, layout.start)
        if classified:
            found = fields.parse_summary(layout.text[classified.end() :])
    return found


def _parse(data: str | bytes) -> ParsedCable:
    warnings: list[str] = []
    layout = _layout(data)
    text = layout.text
    body = clean_body(text[layout.header_end :])
    header = _routing_header(text, layout.line)
    recipients, info_recipients = find_recipients(header)
    sent_at = _sent_at(layout)
    declassify_on = dates.parse_declassify_on(layout.fields_zone) if layout.fields_zone else None
    reference_id, year, origin = _identity(layout, sent_at, declassify_on, warnings)
    header_fields = _header_fields(layout, year)
    warnings.extend(tags.unknown_tags(header_fields["tags"]))
    _warn_missing(
        warnings,
        reference_id=reference_id,
        date=sent_at,
        classification=header_fields["classification"],
        subject=header_fields["subject"],
        tags=header_fields["tags"],
    )
    sent_at, sent_at_precision = _dated(sent_at, reference_id)
    return ParsedCable(
        reference_id=reference_id,
        sent_at=sent_at,
        sent_at_precision=sent_at_precision,
        origin=origin,
        precedence=find_precedence(header) or next((r.precedence for r in recipients), None),
        recipients=recipients,
        info_recipients=info_recipients,
        declassify_on=declassify_on,
        summary=_summary(layout),
        signer=find_signer(body.text),
        paragraphs=split_paragraphs(body.text, body.starts),
        header=header,
        body=body.text.strip("\n"),
        warnings=warnings,
        **header_fields,
    )
