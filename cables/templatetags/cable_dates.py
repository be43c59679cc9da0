"""`{% sent_date cable "j M Y" %}`: when a cable was sent, as precisely as it is known."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from django import template
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.timezone import localtime

from cables.models import DatePrecision

register = template.Library()

YEAR_ONLY_TITLE = "The text gives no date: the year is the one its id begins with."


def _field(cable: Any, name: str) -> Any:
    """A cable's field, from a model instance or a row of `values()`."""
    return cable.get(name) if isinstance(cable, dict) else getattr(cable, name)


def _year(sent_at: datetime) -> int:
    return sent_at.astimezone(UTC).year  # stored as 1 January, 00:00 UTC


def date_text(
    sent_at: datetime, precision: str, date_format: str = "j M Y", suffix: str = ""
) -> str:
    """The date as a reader sees it: `1 Mar 2008`, or `2009 (year only)`."""
    if precision == DatePrecision.YEAR:
        return f"{_year(sent_at)} (year only)"
    # In the site's time zone (UTC), as the `date` filter shows it.
    return format_date(localtime(sent_at), date_format) + suffix


@register.simple_tag
def sent_date(
    cable: Any, date_format: str = "j M Y", suffix: str = "", default: str = ""
) -> SafeString | str:
    """A `<time>` element for the cable's date; `suffix` follows a full date (" UTC"),
    `default` stands for no date."""
    sent_at = _field(cable, "sent_at")
    if sent_at is None:
        return default
    precision = _field(cable, "date_precision")
    text = date_text(sent_at, precision, date_format, suffix)
    if precision == DatePrecision.YEAR:
        return format_html(
            '<time datetime="{}" title="{}">{}</time>', _year(sent_at), YEAR_ONLY_TITLE, text
        )
    return format_html('<time datetime="{}">{}</time>', format_date(localtime(sent_at), "c"), text)
