"""Cable parser: one US diplomatic cable's text -> structured data. Pure Python, no Django.

Formats handled
---------------
* The release's text layout: routing header (``VZCZC…``, ``DE RUEHMO #4185/01``,
  ``P 271401Z AUG 07``, ``FM``/``TO``/``INFO``), classification line
  (``C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 004185``), caveats, ``E.O. 12958: DECL:``,
  ``TAGS:``, ``SUBJECT:``, ``REF:``, ``Classified By:``, numbered paragraphs with markings
  (``¶1. (C)``), page-break lines (``MOSCOW 00004185 001.2 OF 002``), closing name.
* Text scraped from the release's web pages (``[EAID](#)`` and ``[1](#)1.`` link debris,
  ``¶4.`` turned into ``14.``), stray ``<br>``/``<strong>`` markup and character references,
  U+2028 line separators, non-breaking spaces, paragraphs run into one long line; whole web
  pages (their ``<pre>`` boxes and metadata table).
* Raw Latin-1 files with CRLF line ends and ``\\xb6`` for ``¶`` (bytes are decoded as UTF-8,
  else Windows-1252).
* Rows of the release's cables.csv, and the dumps mirrors made of them: tab-separated with
  ``\\`` line continuations, one field per line, ``id:``/``refid:``/``origin:`` keys. Their id,
  date, origin and classification are the release's own and win over the text's.
* Older cables (1966-1990s): ``P R 281848Z DEC 66``, ``E.O. 11652: GDS``, ``TAGS`` without a
  colon, ``SUBJ:``, ``PAGE 01 HARARE 06677 01 OF 03`` heads and office distribution blocks,
  ``LIMITED OFFICIAL USE``, classification given only at the end.
* WikiLeaks' partial extracts ("This record is a partial extract…", ``Cable dated:``,
  ``Thursday, 04 June 2009, 09:08``); with no date at all, the id's year is inferred from the
  declassification date (and said so in ``warnings``), and ``sent_at`` is the start of the
  id's year with ``sent_at_precision`` ``"year"``.
* Lower- and mixed-case cables, header fields run together on one line, cables cut short.

``parse_cable`` never raises: what it cannot read is reported in ``ParsedCable.warnings``.
A change to the rules that reads some cable differently bumps ``version.PARSER_VERSION``, so
ingest reads the stored cables again.
The field functions (``parse_tags`` …) take a whole cable or any fragment, as str or bytes.
"""

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from . import classified_by, dates, fields, tags
from .body import Paragraph
from .cable import ParsedCable, parse_cable
from .classified_by import ClassifiedBy
from .header import Recipient
from .posts import POST_ORIGINS, origin_for_post
from .text import CLASSIFICATIONS, clean, decode

T = TypeVar("T")


def _on_clean_text(function: Callable[..., T]) -> Callable[..., T]:
    """The field function, taking a fragment as it comes (bytes, markup, link debris)."""

    @wraps(function)
    def field_function(text: str | bytes, *args):
        return function(clean(decode(text or "")), *args)

    return field_function


parse_tags = _on_clean_text(tags.parse_tags)
parse_subject = _on_clean_text(fields.parse_subject)
parse_references = _on_clean_text(fields.parse_references)
parse_classified_by = _on_clean_text(classified_by.parse_classified_by)
parse_summary = _on_clean_text(fields.parse_summary)
parse_declassify_on = _on_clean_text(dates.parse_declassify_on)

__all__ = [
    "CLASSIFICATIONS",
    "ClassifiedBy",
    "POST_ORIGINS",
    "Paragraph",
    "ParsedCable",
    "Recipient",
    "origin_for_post",
    "parse_cable",
    "parse_classified_by",
    "parse_declassify_on",
    "parse_references",
    "parse_subject",
    "parse_summary",
    "parse_tags",
]
