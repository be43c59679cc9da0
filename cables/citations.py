"""A cable's citation neighbourhood: the cables it cites and those citing it, a few steps out.

Each step out is one query over the references, whatever the number of cables it
reaches: the references of the step's cables in both directions, with the cables at
either end joined in. Only published cables are cables here; a reference to a cable
outside the corpus, or to a hidden one, is a node known only by the id the citing
cable gives (as the cable page lists it: "not in the corpus"), and nothing is read
beyond it. Subjects are the stored ones, which already carry their redactions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Q

from cables.models import Cable, Reference
from cables.parsing.dates import start_of_year, year_of_reference_id

MAX_DEPTH = 2
# The cable page's map stays readable up to about this many cables.
PAGE_NODES = 60
# Rows read at each step: a circular cited by thousands still costs one short query.
MAX_REFERENCES_PER_STEP = 2000
NODE_FIELDS = ("reference_id", "sent_at", "date_precision", "origin", "subject")


@dataclass(slots=True)
class Node:
    reference_id: str
    in_corpus: bool
    distance: int  # steps from the cable mapped
    sent_at: datetime | None = None
    date_precision: str = ""
    origin: str = ""
    subject: str = ""
    pk: int | None = None

    @property
    def year(self) -> int | None:
        """The year it was sent, or its id's year where that is all that is known."""
        if self.sent_at is not None:
            return self.sent_at.year  # the site's time zone is UTC
        return year_of_reference_id(self.reference_id)


@dataclass
class Graph:
    center: Node
    nodes: list[Node]  # the cable mapped first, then by distance, date and id
    edges: list[tuple[str, str]]  # (citing id, cited id), both among `nodes`
    more: int = 0  # cables found and left out
    more_at_least: bool = False  # some were not even looked at: `more` is a lower bound


@dataclass
class _Found:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: set[tuple[str, str]] = field(default_factory=set)
    cut: bool = False


def neighbourhood(cable: Cable, depth: int = MAX_DEPTH, max_nodes: int = PAGE_NODES) -> Graph:
    """`cable`'s citations `depth` steps out, in at most `depth` queries.

    Beyond `max_nodes`, the closest cables are kept, and among those as close, the
    most connected to the ones kept; the others are counted in `Graph.more`.
    """
    fields = {name: getattr(cable, name) for name in NODE_FIELDS}
    center = Node(**fields, in_corpus=True, distance=0, pk=cable.pk)
    found = _Found(nodes={center.reference_id: center})
    frontier = [center]
    for distance in range(1, depth + 1):
        _step(found, frontier, distance)
        frontier = [n for n in found.nodes.values() if n.distance == distance and n.in_corpus]
        if len(frontier) > max_nodes - 1:  # no more of them can be shown: follow the closest
            frontier = sorted(frontier, key=lambda n: _gap(n, center))[: max_nodes - 1]
            found.cut = True
    kept = _keep(found, center, depth, max_nodes)
    nodes = sorted(kept.values(), key=lambda n: (n.distance, sort_date(n), n.reference_id))
    edges = sorted(edge for edge in found.edges if edge[0] in kept and edge[1] in kept)
    more = len(found.nodes) - len(kept)
    return Graph(center, nodes, edges, more, more_at_least=found.cut)


def _step(found: _Found, frontier: list[Node], distance: int) -> None:
    """Add the references of `frontier`'s cables, either way, and the cables they reach."""
    ids = [node.pk for node in frontier]
    ends = [f"{end}__{name}" for end in ("citing", "cited") for name in NODE_FIELDS]
    # `citing__published` is published_cables()'s condition, on the join this reads anyway.
    rows = (
        Reference.objects.filter(Q(citing_id__in=ids) | Q(cited_id__in=ids), citing__published=True)
        .order_by("citing_id", "position")
        .values("citing_id", "cited_id", "cited_reference_id", "cited__published", *ends)
    )[: MAX_REFERENCES_PER_STEP + 1]
    rows = list(rows)
    if len(rows) > MAX_REFERENCES_PER_STEP:
        rows, found.cut = rows[:MAX_REFERENCES_PER_STEP], True
    for row in rows:
        citing = _add(found, _cable_node(row, "citing", distance))
        if row["cited_id"] is not None and row["cited__published"]:
            cited = _add(found, _cable_node(row, "cited", distance))
        else:
            cited = _add(found, Node(row["cited_reference_id"], False, distance))
        if citing is not cited:  # a damaged REF line may name the cable itself
            found.edges.add((citing.reference_id, cited.reference_id))


def _cable_node(row: dict, end: str, distance: int) -> Node:
    fields = {name: row[f"{end}__{name}"] for name in NODE_FIELDS}
    return Node(**fields, in_corpus=True, distance=distance, pk=row[f"{end}_id"])


def _add(found: _Found, node: Node) -> Node:
    """The node already found under this id (it is at least as close), else `node`."""
    known = found.nodes.get(node.reference_id)
    if known is None:
        found.nodes[node.reference_id] = node
        return node
    if node.in_corpus and not known.in_corpus:  # an unresolved reference to a corpus cable
        node.distance = known.distance
        found.nodes[node.reference_id] = node
        return node
    return known


def _keep(found: _Found, center: Node, depth: int, max_nodes: int) -> dict[str, Node]:
    """The nodes shown: step by step out, the most linked to those already kept first."""
    kept = {center.reference_id: center}
    degree = Counter(end for edge in found.edges for end in edge)
    for distance in range(1, depth + 1):
        links: Counter[str] = Counter()
        for citing, cited in found.edges:
            if citing in kept and cited not in kept:
                links[cited] += 1
            elif cited in kept and citing not in kept:
                links[citing] += 1
        candidates = [
            n for n in found.nodes.values() if n.distance == distance and links[n.reference_id]
        ]
        candidates.sort(
            key=lambda n: (
                -links[n.reference_id],
                -degree[n.reference_id],
                _gap(n, center),
                n.reference_id,
            )
        )
        for node in candidates[: max(0, max_nodes - len(kept))]:
            kept[node.reference_id] = node
    return kept


def sort_date(node: Node) -> float:
    """Dated cables by date, those known by their id's year as its first moment, the
    undated last."""
    if node.sent_at is not None:
        return node.sent_at.timestamp()
    year = node.year
    return start_of_year(year).timestamp() if year is not None else float("inf")


def _gap(node: Node, center: Node) -> float:
    """How far apart in time two cables are, in days (years where only those are known)."""
    if node.sent_at is not None and center.sent_at is not None:
        return abs((node.sent_at - center.sent_at).total_seconds()) / 86400
    if node.year is not None and center.year is not None:
        return abs(node.year - center.year) * 365.25
    return float("inf")
