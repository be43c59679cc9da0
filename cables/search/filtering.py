"""What the user asked for (`Search`), and the published cables that match it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.db.models import Exists, OuterRef, Q, QuerySet

from cables.models import (
    Cable,
    CableSample,
    CableTag,
    DatePrecision,
    Mention,
    Paragraph,
    Tag,
)
from cables.search.query import ParsedQuery, Term
from cables.search.tsquery import (
    adjacency_query,
    exact_phrase_pattern,
    needs_text_check,
    phrase_words_query,
    term_query,
    text_query,
)


@dataclass
class Search:
    """What the user asked for, validated: from the query box and the form's filters."""

    query: ParsedQuery = field(default_factory=ParsedQuery)
    tags: list[str] = field(default_factory=list)
    all_tags: bool = False
    origins: list[str] = field(default_factory=list)
    classifications: list[str] = field(default_factory=list)
    handling: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    year: int | None = None
    entity_ids: list[int] = field(default_factory=list)
    sort: str = "relevance"

    # Tag code -> id where the caller already looked them up (the form validates codes).
    tag_ids: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def digest(self) -> str:
        """A short name for the search, the same for the same search: for keys of the
        results and counts kept until the corpus changes."""
        return hashlib.sha256(repr(self).encode()).hexdigest()

    @property
    def zoom_year(self) -> int | None:
        """The year the timeline shows month by month: a chosen year, or a date range
        inside one."""
        if self.year:
            return self.year
        start = self.date_from or self.query.date_from
        end = self.date_to or self.query.date_to
        return start.year if start and end and start.year == end.year else None


def published_cables() -> QuerySet[Cable]:
    return Cable.objects.filter(published=True)


def matching(cables: QuerySet, search: Search) -> QuerySet:
    """`cables` (of Cable or CableSample) narrowed to the search's filters and words."""
    cables = filter_cables(cables, search)
    tsquery = text_query(search.query)
    if tsquery is not None:
        cables = cables.filter(search_vector=tsquery)
    return exact_phrases(cables, search.query)


def exact_phrases(cables: QuerySet, query: ParsedQuery) -> QuerySet:
    """`cables` narrowed to those whose text holds the query's phrases as written.

    Only the phrases the index cannot hold side by side (tsquery.needs_text_check):
    their tsquery has asked the GIN indexes for their words, each anywhere, and here
    each candidate is tested for the phrase itself.
    """
    for group in query.groups:
        if not any(needs_text_check(term) for term in group):
            continue
        if len(group) == 1 and group[0].negated:
            cables = cables.exclude(holds_phrase(group[0], cables.model))
            continue
        alternatives = Q()
        for term in group:
            alternatives |= _term_holds(term, cables.model)
        cables = cables.filter(alternatives)
    return cables


def holds_phrase(term: Term, model: type[Cable] | type[CableSample] = Cable) -> Q:
    """The cable (or its sample row: the same id) holds the phrase: its words side by
    side in their English forms, or as written, whatever punctuation lies between
    them, in its subject, summary or a paragraph.

    Each test is made once for all candidates, not candidate by candidate: a cable's
    own subject and summary in its row; the paragraphs (and, for a sample row, the
    cables) that their index finds with the phrase's words, their text then tested,
    as a set of cables PostgreSQL hashes. Asked of each candidate instead, the index's
    matches across the corpus were gathered again for every one: 35 ms a candidate at
    full size, seconds for a phrase with thousands (bench/RESULTS.md, batch search). A
    phrase with no word the index holds (`of the`) leaves each candidate's own text to
    read.
    """
    text = term.text
    pattern = exact_phrase_pattern(text)
    narrowing = phrase_words_query(term)
    in_heading = Q(subject__iregex=pattern) | Q(summary__iregex=pattern)
    in_text = Paragraph.objects.filter(text__iregex=pattern)
    if narrowing is None:
        in_paragraphs = Q(Exists(in_text.filter(cable_id=OuterRef("pk"))))
    else:
        in_paragraphs = Q(pk__in=in_text.filter(search_vector=narrowing).values("cable_id"))
    if model is not Cable:  # a sample row has no text of its own: its cable's
        headings = Cable.objects.filter(in_heading)
        if narrowing is None:
            in_heading = Q(Exists(headings.filter(pk=OuterRef("pk"))))
        else:
            in_heading = Q(pk__in=headings.filter(search_vector=narrowing).values("pk"))
    as_written = in_heading | in_paragraphs
    adjacent = adjacency_query(text)
    return as_written if adjacent is None else Q(search_vector=adjacent) | as_written


def _term_holds(term: Term, model: type[Cable] | type[CableSample]) -> Q:
    if needs_text_check(term):
        phrase = holds_phrase(term, model)
        return ~phrase if term.negated else phrase
    tsquery = term_query(term)
    return Q() if tsquery is None else Q(search_vector=tsquery)


def filter_cables(cables: QuerySet, search: Search) -> QuerySet:
    query = search.query
    if query.reference_id:  # the search page opens the cable; elsewhere it is the one result
        named = Cable.objects.filter(reference_id=query.reference_id).values("pk")
        cables = cables.filter(pk__in=named)  # by id: the facet sample has no reference ids
    # By tag id, not by a join on the code: then the planner knows from its statistics
    # how common the tag is (PREL is on nearly half the cables) and plans for that.
    tag_ids = search.tag_ids
    if set(search.tags + query.tags) - tag_ids.keys():
        tag_ids = dict(
            Tag.objects.filter(code__in=search.tags + query.tags).values_list("code", "id")
        )
    if search.tags and search.all_tags:
        for code in search.tags:
            cables = cables.filter(pk__in=_cables_tagged([tag_ids.get(code)]))
    elif search.tags:
        cables = cables.filter(pk__in=_cables_tagged([tag_ids.get(c) for c in search.tags]))
    # Tags typed in the query box must all match, as its words do.
    for code in query.tags:
        cables = cables.filter(pk__in=_cables_tagged([tag_ids.get(code)]))
    origins = search.origins + query.origins
    if origins:
        matches = Q()
        for origin in origins:
            matches |= Q(origin__iexact=origin) | Q(origin__icontains=origin)
        cables = cables.filter(matches)
    if search.classifications:  # the form and facets name exact values
        cables = cables.filter(classification__in=search.classifications)
    if query.classifications:  # classification:secret in the box is the broad level
        cables = cables.filter(_classification_q(query.classifications))
    for caveat in search.handling:
        cables = cables.filter(handling__contains=[caveat])
    cables = _in_dates(cables, search)
    for entity_id in search.entity_ids:
        cables = cables.filter(pk__in=Mention.objects.filter(entity_id=entity_id).values("cable"))
    for name in query.entities:
        cables = cables.filter(
            pk__in=Mention.objects.filter(entity__name__iexact=name).values("cable")
        )
    return cables


def _in_dates(cables: QuerySet, search: Search) -> QuerySet:
    """`cables` sent within the search's dates (both ends included) and year.

    A cable known only by its year (DatePrecision.YEAR, stored as 1 January) matches a
    date range only when the range holds its whole year: from 2009-03-01 leaves out
    the 2009 cables dated by year alone, to 2009-12-31 (or a year, or a year's bar on
    the timeline) keeps them. Every cable a date filter finds is then known to lie
    within it, and the counts agree with the timeline, whose months count only the
    cables with a full date while its years count them all.
    """
    query = search.query
    date_from = max(filter(None, [search.date_from, query.date_from]), default=None)
    date_to = min(filter(None, [search.date_to, query.date_to]), default=None)
    if date_from:  # a year-only cable's 1 January is its year's start: the rule holds
        cables = cables.filter(sent_at__gte=_start_of(date_from))
    if date_to and date_to < date.max:  # the last day there is bounds nothing
        cables = cables.filter(sent_at__lt=_start_of(date_to + timedelta(days=1)))
        # The first year the range does not hold to its end.
        open_year = date_to.year + 1 if (date_to.month, date_to.day) == (12, 31) else date_to.year
        cables = cables.exclude(
            date_precision=DatePrecision.YEAR, sent_at__gte=_start_of(date(open_year, 1, 1))
        )
    if search.year:
        cables = cables.filter(sent_at__gte=_start_of(date(search.year, 1, 1))).filter(
            sent_at__lt=_start_of(date(search.year + 1, 1, 1))
        )
    return cables


def _cables_tagged(tag_ids: list[int | None]) -> QuerySet:
    """Ids of the cables carrying any of these tags (None: a code nobody uses)."""
    return CableTag.objects.filter(tag_id__in=[pk for pk in tag_ids if pk]).values("cable_id")


def _classification_q(values: list[str]) -> Q:
    """`secret` means SECRET and SECRET//NOFORN; the full value means only itself."""
    matches = Q()
    for value in values:
        value = value.upper()
        matches |= Q(classification=value) | Q(classification__startswith=f"{value}//")
    return matches


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)
