"""The cable page's citation map: a neighbourhood (cables.citations) laid out for an SVG.

Time runs left to right in bands of a year, one for each year that has cables; each
sending post has a lane, the mapped cable's first. Inside a band a lane's cables
stand in date order, MAX_COLUMNS abreast, further ones on rows below, so a busy year
makes its lane taller instead of the map wider. Cables without a year get a last
column of their own. Everything here is numbers and plain text: the template escapes
the text and draws it.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable

from cables.citations import MAX_DEPTH, PAGE_NODES, Graph, Node, neighbourhood, sort_date
from cables.models import Cable, DatePrecision
from cables.parsing.posts import origin_for_post
from cables.templatetags.cable_dates import date_text
from cables.web.responses import cable_url_builder

# The drawing in px. A column holds a node and its id written beside it.
LANE_LABEL_WIDTH = 150
COLUMN_WIDTH = 124
ROW_HEIGHT = 26
LANE_PADDING = 6
BAND_GAP = 10
AXIS_HEIGHT = 22
TOP = 8
NODE_X = 10  # the node's centre from its column's left edge
RADIUS, CENTER_RADIUS = 5, 8
MAX_COLUMNS = 2
BOW_MAX = 28
LANE_LABEL_CHARACTERS = 22
UNDATED = "undated"
MAX_LANES = 12
OTHER_POSTS = ""  # no post is named so
_POST_OF_ID = re.compile(r"\d\d([A-Z]+)\d")


def citation_map(graph: Graph, cable_url: Callable[[str], str]) -> dict | None:
    """What the template draws, or None when the cable cites and is cited by nothing."""
    if len(graph.nodes) < 2:
        return None
    lanes = _lanes(graph)
    lane_of = {node.reference_id: lane for lane in lanes for node in lane["nodes"]}
    years = _years(graph.nodes)
    cells: dict[tuple[str, int | str], list[Node]] = defaultdict(list)
    for node in sorted(graph.nodes, key=lambda n: (sort_date(n), n.reference_id)):
        cells[(lane_of[node.reference_id]["key"], _year_key(node))].append(node)
    bands = _bands(years, lanes, cells)
    _place_lanes(lanes, bands, cells)
    places = _places(bands, lanes, cells)
    nodes = [_drawn_node(node, places[node.reference_id], graph, cable_url) for node in graph.nodes]
    bottom = lanes[-1]["y"] + lanes[-1]["height"]
    width = bands[-1]["x"] + bands[-1]["width"]
    return {
        "width": width,
        "height": bottom + AXIS_HEIGHT,
        "axis_y": bottom + AXIS_HEIGHT - 7,
        "lanes": lanes,
        "bands": bands,
        "nodes": nodes,
        "edges": [_edge(places, edge, graph.center.reference_id) for edge in graph.edges],
        "listed": _listed(nodes, graph),
        "more": graph.more,
        "more_at_least": graph.more_at_least,
        "count": len(graph.nodes),
    }


def post_of(node: Node) -> str:
    """The sending post's name: the origin stored, or the one its id names."""
    if node.in_corpus and node.origin:
        return node.origin
    match = _POST_OF_ID.match(node.reference_id)
    if match is None:
        return node.origin or "Unknown post"
    return origin_for_post(match[1]) or match[1]


def _lanes(graph: Graph) -> list[dict]:
    """A lane for each post: the mapped cable's first, then the fullest, then by name.
    Beyond MAX_LANES, the posts with the fewest cables share a last lane."""
    by_post: dict[str, list[Node]] = defaultdict(list)
    for node in graph.nodes:
        by_post[post_of(node)].append(node)
    center_post = post_of(graph.center)
    order = sorted(by_post, key=lambda p: (p != center_post, -len(by_post[p]), p))
    lanes: list[dict] = [
        {"key": post, "label": _shortened(post), "title": post, "nodes": by_post[post]}
        for post in order[: MAX_LANES - 1 if len(order) > MAX_LANES else MAX_LANES]
    ]
    if len(order) > MAX_LANES:
        others = order[MAX_LANES - 1 :]
        lanes.append(
            {
                "key": OTHER_POSTS,
                "label": f"{len(others)} other posts",
                "title": ", ".join(sorted(others)),
                "nodes": [node for post in others for node in by_post[post]],
            }
        )
    for lane in lanes:
        lane["center"] = lane["key"] == center_post
    return lanes


def _shortened(text: str) -> str:
    if len(text) <= LANE_LABEL_CHARACTERS:
        return text
    return text[: LANE_LABEL_CHARACTERS - 1].rstrip() + "…"


def _year_key(node: Node) -> int | str:
    return node.year if node.year is not None else UNDATED


def _years(nodes: list[Node]) -> list[int | str]:
    years: list[int | str] = sorted({n.year for n in nodes if n.year is not None})
    if any(n.year is None for n in nodes):
        years.append(UNDATED)
    return years


def _bands(years: list[int | str], lanes: list[dict], cells: dict) -> list[dict]:
    """A band for each year, as many columns wide as its fullest lane needs (up to MAX_COLUMNS)."""
    bands, x = [], LANE_LABEL_WIDTH
    for year in years:
        fullest = max(len(cells.get((lane["key"], year), ())) for lane in lanes)
        columns = min(MAX_COLUMNS, fullest)
        width = columns * COLUMN_WIDTH
        bands.append(
            {
                "year": year,
                "label": str(year),
                "x": x,
                "width": width,
                "columns": columns,
                "middle": x + width / 2,
                "rule_x": x - BAND_GAP / 2,
            }
        )
        x += width + BAND_GAP
    return bands


def _place_lanes(lanes: list[dict], bands: list[dict], cells: dict) -> None:
    """Each lane's y and height: as many rows as its busiest year needs."""
    y = TOP
    for index, lane in enumerate(lanes):
        rows = max(
            math.ceil(len(cells.get((lane["key"], band["year"]), ())) / band["columns"])
            for band in bands
        )
        lane["rows"] = max(1, rows)
        lane["y"] = y
        lane["height"] = lane["rows"] * ROW_HEIGHT + 2 * LANE_PADDING
        lane["label_y"] = y + LANE_PADDING + ROW_HEIGHT / 2 + 4
        lane["shaded"] = index % 2 == 1
        y += lane["height"]


def _places(bands: list[dict], lanes: list[dict], cells: dict) -> dict[str, tuple[float, float]]:
    """Each node's centre: its year's band, its post's lane, its turn in that cell."""
    places = {}
    for band in bands:
        for lane in lanes:
            cell = cells.get((lane["key"], band["year"]), ())
            # Down the first column, then the next: x grows with the date.
            rows = math.ceil(len(cell) / band["columns"])
            for turn, node in enumerate(cell):
                column, row = divmod(turn, rows)
                x = band["x"] + column * COLUMN_WIDTH + NODE_X
                y = lane["y"] + LANE_PADDING + row * ROW_HEIGHT + ROW_HEIGHT / 2
                places[node.reference_id] = (x, y)
    return places


def _drawn_node(node: Node, place: tuple[float, float], graph: Graph, cable_url) -> dict:
    center = node is graph.center
    return {
        "reference_id": node.reference_id,
        "url": cable_url(node.reference_id) if node.in_corpus else None,
        "x": place[0],
        "y": place[1],
        "r": CENTER_RADIUS if center else RADIUS,
        "label_x": place[0] + (CENTER_RADIUS if center else RADIUS) + 4,
        "label_y": place[1] + 4,
        "center": center,
        "in_corpus": node.in_corpus,
        "year_only": node.in_corpus and node.date_precision == DatePrecision.YEAR,
        "date": _date(node),
        "post": post_of(node),
        "subject": node.subject,
        "title": _title(node),
    }


def _date(node: Node) -> str:
    if node.sent_at is not None:
        return date_text(node.sent_at, node.date_precision)
    if node.year is not None:
        return f"{node.year} (from its id)"
    return "date unknown"


def _title(node: Node) -> str:
    """What hovering shows, and what a screen reader says for the node's link."""
    facts = f"{node.reference_id}, {_date(node)}, {post_of(node)}"
    if not node.in_corpus:
        return f"{facts}: not in the corpus"
    return f"{facts}: {node.subject or '(no subject)'}"


def _edge(places: dict[str, tuple[float, float]], edge: tuple[str, str], center: str) -> dict:
    """A line from the citing node to the cited one. `near`: it touches the cable mapped."""
    citing, cited = edge
    (x1, y1), (x2, y2) = places[citing], places[cited]
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1
    # Bowed to one side (up, or left when the line is upright) so that a line passes
    # beside the nodes between its ends, and two lines between a pair do not coincide.
    normal_x, normal_y = dy / length, -dx / length
    if normal_y > 0 or (normal_y == 0 and normal_x > 0):
        normal_x, normal_y = -normal_x, -normal_y
    bow = min(BOW_MAX, 4 + length / 6)
    control_x, control_y = (x1 + x2) / 2 + normal_x * bow, (y1 + y2) / 2 + normal_y * bow
    path = f"M{x1:.1f},{y1:.1f} Q{control_x:.1f},{control_y:.1f} {x2:.1f},{y2:.1f}"
    return {"path": path, "near": center in edge, "to_center": cited == center}


def _listed(nodes: list[dict], graph: Graph) -> list[dict]:
    """The map as a list, in date order: each cable with what it cites and what cites it."""
    cites: dict[str, list[str]] = defaultdict(list)
    cited_by: dict[str, list[str]] = defaultdict(list)
    for citing, cited in graph.edges:
        cites[citing].append(cited)
        cited_by[cited].append(citing)
    by_id = {node.reference_id: node for node in graph.nodes}
    ordered = sorted(nodes, key=lambda n: (not n["center"], sort_date(by_id[n["reference_id"]])))
    return [
        {**node, "cites": cites[node["reference_id"]], "cited_by": cited_by[node["reference_id"]]}
        for node in ordered
    ]


def map_of(cable: Cable) -> dict | None:
    """The cable page's map of `cable`'s neighbourhood, two steps out (a query a step)."""
    return citation_map(neighbourhood(cable, MAX_DEPTH, PAGE_NODES), cable_url_builder())
