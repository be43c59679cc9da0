"""What /api/cables/<id>/graph answers: a cable's citation neighbourhood as nodes and edges.

The endpoint itself is in cables.web.api with the others; the graph is
cables.citations', the same as the cable page's map, with more room.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ninja import Field, Schema

from cables.citations import Graph, neighbourhood
from cables.models import Cable, DatePrecision

# More than the page draws: a program can take a few hundred nodes.
API_NODES = 300


class GraphNodeOut(Schema):
    id: str = Field(
        description="The cable's id, as the citing cable gives it where not in the corpus."
    )
    in_corpus: bool = Field(
        description="A published cable of the portal; otherwise only its id is known."
    )
    distance: int = Field(description="Steps from the cable asked for (0 is that cable).")
    sent_at: datetime | None
    date_precision: DatePrecision | None = Field(description="full or year; null without a date.")
    origin: str
    subject: str
    url: str | None = Field(description="The cable's page, when it is in the corpus.")


class GraphEdgeOut(Schema):
    citing: str = Field(description="The id of the cable whose references name the other.")
    cited: str


class GraphOut(Schema):
    nodes: list[GraphNodeOut] = Field(
        description="The cable asked for first, then by distance and date."
    )
    edges: list[GraphEdgeOut]
    more: int = Field(
        description=f"Cables found and left out beyond {API_NODES} nodes: the closest and most "
        "connected are kept."
    )


def graph_out(cable: Cable, depth: int, cable_url: Callable[[str], str]) -> dict:
    return graph_as_json(neighbourhood(cable, depth, API_NODES), cable_url)


def graph_as_json(graph: Graph, cable_url: Callable[[str], str]) -> dict:
    nodes = [
        {
            "id": node.reference_id,
            "in_corpus": node.in_corpus,
            "distance": node.distance,
            "sent_at": node.sent_at,
            "date_precision": node.date_precision if node.sent_at is not None else None,
            "origin": node.origin,
            "subject": node.subject,
            "url": cable_url(node.reference_id) if node.in_corpus else None,
        }
        for node in graph.nodes
    ]
    edges = [{"citing": citing, "cited": cited} for citing, cited in graph.edges]
    return {"nodes": nodes, "edges": edges, "more": graph.more}
