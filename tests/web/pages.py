"""Reading the portal's pages in tests: fetching one, its visible text, links, results
and facets, and a few cables to fill the list pages."""

import re
from datetime import UTC, datetime
from html import unescape

from tests.factories import make_cable


def when(year: int, month: int = 3, day: int = 1) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=UTC)


def text_of(html: str) -> str:
    """The page's visible text: tags removed, entities decoded, whitespace collapsed."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def get(client, url: str, params: dict | None = None, status: int = 200) -> str:
    response = client.get(url, params or {})
    assert response.status_code == status, response.content.decode()[:3000]
    return response.content.decode()


def result_ids(html: str) -> list[str]:
    return re.findall(r'<span class="ref">([^<]+)</span>', html)


def element(html: str, tag: str, css_class: str) -> str:
    """The first <tag class="css_class"> element of the page (not nested in its own kind)."""
    found = re.search(rf'<{tag} class="{css_class}".*?</{tag}>', html, re.S)
    assert found, f"no <{tag} class={css_class}>"
    return found[0]


def links(html: str) -> dict[str, str]:
    """{visible text: href} of the links in a piece of the page."""
    return {
        text_of(label): unescape(href)
        for href, label in re.findall(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', html, re.S)
    }


def facet(html: str, title: str) -> dict[str, tuple[int, str]]:
    """{label: (count, href)} of one facet box."""
    box = re.search(rf"<h2>{title}</h2>\s*<ul>(.*?)</ul>", html, re.S)
    assert box, f"no facet {title}"
    entries = re.findall(
        r'<a href="([^"]*)"[^>]*><span class="label">([^<]*)</span> <span class="count">(\d+)',
        box[1],
    )
    return {unescape(label): (int(count), unescape(href)) for href, label, count in entries}


def many_cables(count: int = 5) -> None:
    """``count`` cables with tags, references, entities and paragraphs: the list pages' rows."""
    for serial in range(count):
        make_cable(
            f"0{7 + serial % 2}MOSCOW{serial}",
            sent_at=when(2007 + serial % 2, 1 + serial % 12),
            tags=["PREL", "IN", f"K{serial}"],
            references=[f"07MOSCOW{serial - 1}", "99ROME1"],
            entities=[("Putin", "person"), (f"Place {serial}", "place")],
            origin="Embassy Moscow" if serial % 3 else f"Embassy {serial}",
            paragraphs=["Gas prices.", "More gas.", "Gas again and again."],
        )
