"""Dates in cables: date-time groups, written dates, ISO stamps, the E.O. line's DECL date."""

import re
from datetime import UTC, date, datetime

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("JAN", "JANUARY"),
            ("FEB", "FEBRUARY"),
            ("MAR", "MARCH"),
            ("APR", "APRIL"),
            ("MAY",),
            ("JUN", "JUNE"),
            ("JUL", "JULY"),
            ("AUG", "AUGUST"),
            ("SEP", "SEPT", "SEPTEMBER"),
            ("OCT", "OCTOBER"),
            ("NOV", "NOVEMBER"),
            ("DEC", "DECEMBER"),
        ),
        start=1,
    )
    for m in names
}

# Where one header field ends and the next begins, also when headers run together on a line.


def two_digit_year(year: int) -> int:
    """19xx or 20xx from a two-digit year (the release runs from 1966 to 2010)."""
    return 2000 + year if year < 50 else 1900 + year


# --- precision -------------------------------------------------------------------------------

# How much of a cable's date is known. The release's partial extracts give no date at all;
# their id still gives the year, and the date is then the start of that year (1 January,
# 00:00 UTC) with the precision YEAR_ONLY, so year counts and date filters still find them.
FULL_DATE = "full"
YEAR_ONLY = "year"

_ID_YEAR = re.compile(r"(\d\d)[A-Z]")


def year_of_reference_id(reference_id: str | None) -> int | None:
    """The year a canonical id begins with (``09MADRID109``: 2009), or None."""
    match = _ID_YEAR.match(reference_id or "")
    return two_digit_year(int(match[1])) if match else None


def start_of_year(year: int) -> datetime:
    """The date stored for a cable known only by its year."""
    return datetime(year, 1, 1, tzinfo=UTC)


# --- dates -----------------------------------------------------------------------------------

_DTG = re.compile(
    r"(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})\s?Z\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"[A-Z]*\s+(\d{4}|\d{2})(?!\d)",
    re.IGNORECASE,
)
_ISO_STAMP = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?)?(?![\d-])")


def parse_date_time_group(text: str) -> datetime | None:
    """The first date-time group (``271401Z AUG 07``) as an aware UTC datetime."""
    for match in _DTG.finditer(text):
        day, hour, minute, month, year = match.groups()
        year_number = int(year) if len(year) == 4 else two_digit_year(int(year))
        try:
            return datetime(
                year_number, _MONTHS[month.upper()], int(day), int(hour), int(minute), tzinfo=UTC
            )
        except ValueError:
            continue
    return None


_ROUTING_DTG = re.compile(r"(?im)^[ \t]*(?:[OPRZ][ \t]+){1,2}(?=\d{6}\s?Z\s+[A-Z]{3})")
# Run into other lines: "... /38 R 261054Z JUL 02 FM AMEMBASSY VATICAN".
_INLINE_ROUTING_DTG = re.compile(
    r"(?<![A-Za-z0-9/])[OPRZ][ \t]+(?=\d{6}Z[ \t]+[A-Z]{3}[ \t]+\d\d[ \t]+FM )"
)
# "Thursday, 07 March 2002, 10:13" (WikiLeaks' extracts), "TELEGRAM   June 03, 2003".
_WRITTEN_DATE = re.compile(
    r"(?im)^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t]+(\d{1,2})[ \t]+([A-Z]+)"
    r"[ \t]+(\d{4}),[ \t]+(\d\d):(\d\d)|TELEGRAM[ \t]+([A-Z]+)[ \t]+(\d{1,2}),[ \t]+(\d{4}))"
)


def parse_routing_date(text: str) -> datetime | None:
    """The date-time group after the precedence letters (``P 271401Z AUG 07``), else a
    written date line, else the first date-time group of ``text``."""
    match = _ROUTING_DTG.search(text) or (" FM " in text and _INLINE_ROUTING_DTG.search(text))
    if match:
        found = parse_date_time_group(text[match.end() : match.end() + 40])
        if found:
            return found
    for match in _WRITTEN_DATE.finditer(text):
        day, month, year, hour, minute, month2, day2, year2 = match.groups()
        try:
            if day:
                return datetime(
                    int(year),
                    _MONTHS[month.upper()],
                    int(day),
                    int(hour),
                    int(minute),
                    tzinfo=UTC,
                )
            return datetime(int(year2), _MONTHS[month2.upper()], int(day2), tzinfo=UTC)
        except (KeyError, ValueError):
            continue
    return None


def parse_iso_date(text: str) -> datetime | None:
    """An ISO stamp (``Cable dated:2005-11-16T09:53:00``), else an ISO date (``2005-10-20``,
    as tab-separated dumps append it)."""
    dates = []
    for match in _ISO_STAMP.finditer(text):
        if match.start() and text[match.start() - 1] in "0123456789-":
            continue
        year, month, day, hour, minute, second = match.groups()
        try:
            stamp = datetime(
                int(year),
                int(month),
                int(day),
                int(hour or 0),
                int(minute or 0),
                int(second or 0),
                tzinfo=UTC,
            )
        except ValueError:
            continue
        if hour is not None:
            return stamp
        dates.append(stamp)
    return dates[0] if dates else None


_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,4})(?!\d)")
_WORD_DATE = re.compile(
    r"(?:(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}))"
)


_US_STAMP = re.compile(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d) (\d{1,2}):(\d\d)(?!\d)")


def parse_us_stamp(text: str) -> datetime | None:
    """A stamp as cables.csv writes it: ``12/28/1966 18:48``."""
    for match in _US_STAMP.finditer(text):
        if match.start() and text[match.start() - 1] in "0123456789/":
            continue
        month, day, year, hour, minute = map(int, match.groups())
        try:
            return datetime(year, month, day, hour, minute, tzinfo=UTC)
        except ValueError:
            continue
    return None


def parse_date(text: str) -> date | None:
    """The first date in ``text``: ``08/27/2017``, ``2/3/28``, ``2020/02/23``, ``June 21, 2016``."""
    for match in _NUMERIC_DATE.finditer(text):
        a, b, c = match.groups()
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        elif len(c) in (2, 4):
            month, day = int(a), int(b)
            year = int(c) if len(c) == 4 else two_digit_year(int(c))
            if month > 12 >= day:
                month, day = day, month
        else:
            continue
        try:
            return date(year, month, day)
        except ValueError:
            continue
    for match in _WORD_DATE.finditer(text):
        if match.group(1):
            day_text, month_name, year_text = match.group(1), match.group(2), match.group(3)
        else:
            month_name, day_text, year_text = match.group(4), match.group(5), match.group(6)
        month_number = _MONTHS.get(month_name.upper())
        if month_number:
            try:
                return date(int(year_text), month_number, int(day_text))
            except ValueError:
                continue
    return None


# --- E.O. line -------------------------------------------------------------------------------

_EO = re.compile(r"(?:E\.\s?O\.|(?<![A-Za-z])EO)\s?1\d{4}\s*[:;.]?\s*(.*)", re.IGNORECASE)
_FIELD_AFTER_EO = re.compile(
    r"(?<![A-Za-z])(?:SUBJ(?:ECT)?\s*[:.]|TAGS?\b|REF(?:S|ERENCES?)?\s*:|CLASSIFIED\s+BY\b)",
    re.IGNORECASE,
)
_DECL = re.compile(r"DECL(?:ASSIFY)?(?:\s+ON)?\s*[:.;]?\s*(.*)", re.IGNORECASE)


def _declassify_value(value: str, from_eo_line: bool) -> date | None:
    cut = _FIELD_AFTER_EO.search(value)
    if cut:
        value = value[: cut.start()]
    decl = _DECL.search(value)
    if decl:
        value = decl.group(1)
    elif not from_eo_line:
        return None
    value = value.strip()
    if re.match(r"(?i)DECLASSIFIED|N/?A\b|NONE|OADR", value):
        return None
    return parse_date(value[:40])


def parse_declassify_on(text: str) -> date | None:
    """The declassification date of the E.O. line; None for ``N/A``, ``OADR``, ``X1`` and such.

    A cable may repeat its E.O. line (extracts cut one short: ``DECL: 08...``): the first
    that gives a date wins.
    """
    found = False
    for match in _EO.finditer(text):
        found = True
        value = _declassify_value(match.group(1), True)
        if value:
            return value
    return None if found else _declassify_value(text, False)
