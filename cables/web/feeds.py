"""An Atom feed of any search: its 50 newest cables."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, TypedDict, cast

from django.contrib.syndication.views import Feed
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest, HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from cables import search
from cables.models import Cable, DatePrecision, Paragraph
from cables.search.form import CableFilter
from cables.templatetags.cable_dates import date_text
from cables.web.responses import cable_url_builder, errors_as_text, filter_errors

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    class _FeedFields(TypedDict):
        first_paragraph: str | None
        page_url: str

    FeedCable = WithAnnotations[Cable, _FeedFields]

FEED_LENGTH = 50
DESCRIPTION_LENGTH = 600
# XML 1.0 cannot carry these; old cable text sometimes has them (form feeds, bells).
XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xml_text(text: str) -> str:
    return XML_FORBIDDEN.sub(" ", text)


class SearchFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        filterset = CableFilter(request.GET)
        if not filterset.is_valid():
            text = errors_as_text(filter_errors(filterset))
            return HttpResponse(text, status=400, content_type="text/plain; charset=utf-8")
        # The feed instance serves every request: the search travels as an argument.
        return super().__call__(request, search=filterset.search)

    def get_object(self, request: HttpRequest, search: search.Search) -> dict:
        return {"search": search, "query": request.GET.urlencode(), "url": cable_url_builder()}

    def title(self, obj: dict) -> str:
        words = xml_text(" ".join(obj["search"].query.words))
        return f"Cables: {words}" if words else "Cables: newest"

    def subtitle(self, obj: dict) -> str:
        return "The newest cables matching a search of the cable portal."

    def link(self, obj: dict) -> str:
        try:
            page = reverse("search")
        except NoReverseMatch:  # the pages' URLconf not loaded
            page = "/search/"
        return f"{page}?{obj['query']}" if obj["query"] else page

    def items(self, obj: dict) -> list[FeedCable]:
        first_paragraph = Paragraph.objects.filter(cable=OuterRef("pk")).order_by("position")
        newest = search.search_cables(replace(obj["search"], sort="newest"))
        cables = newest.annotate(first_paragraph=Subquery(first_paragraph.values("text")[:1]))
        url = obj["url"]
        # Each given its page_url just below.
        items = cast("list[FeedCable]", list(cables[:FEED_LENGTH]))
        for cable in items:
            cable.page_url = url(cable.reference_id)
        return items

    def item_title(self, item: FeedCable) -> str:
        # Escaped once more, as Django does by default (#6533): readers that render
        # titles as HTML then still show the cable's `<b>` as text.
        return escape(xml_text(f"{item.reference_id}: {item.subject}".strip()))

    def item_description(self, item: FeedCable) -> str:
        """Summary or first paragraph, escaped: Atom sends it as type="html". A cable
        known only by its year says so first: its entry's date is 1 January."""
        text = xml_text(item.summary or item.first_paragraph or "")
        if len(text) > DESCRIPTION_LENGTH:
            text = text[:DESCRIPTION_LENGTH].rsplit(" ", 1)[0] + " …"
        if item.sent_at and item.date_precision == DatePrecision.YEAR:
            text = f"Sent in {date_text(item.sent_at, item.date_precision)}. {text}".strip()
        return escape(text)

    def item_link(self, item: FeedCable) -> str:
        return item.page_url

    def item_pubdate(self, item: FeedCable) -> datetime:
        return item.sent_at or item.created_at

    def item_updateddate(self, item: FeedCable) -> datetime:
        return item.sent_at or item.created_at


search_feed = SearchFeed()
