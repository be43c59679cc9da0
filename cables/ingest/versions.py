"""Every distinct text of a cable kept as a version (CableVersion), as ingest meets it.

Ingest keeps each text it meets once per cable (`CableVersion`, unique by hash) and
the cable's fields are read from the newest loaded, as before. A text loaded again
that is already a version (a mirror's older copy read after the newer one) becomes
current again the same way, since it is the newest loaded, and keeps its number and
its first-loaded date: versions are numbered by when ingest first met them. A curator
may make another version current (cables.curation.versions).
"""

from __future__ import annotations

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection

from cables.ingest.prepare import PreparedCable
from cables.models import CableVersion


def record_versions(stored: list[PreparedCable], cable_ids: dict[str, int], known: set) -> None:
    """Add the texts of `stored` their cables do not hold yet as their newest versions.

    `known` holds the (cable id, hash) pairs of the cables' current texts: a cable read
    again only because the parser changed is the same text, not a new version.
    """
    rows = [
        (cable_ids[p.reference_id], p)
        for p in stored
        if (cable_ids[p.reference_id], p.content_hash) not in known
    ]
    if not rows:
        return
    table = connection.ops.quote_name(CableVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} (cable_id, number, content_hash, original_text, source_name,
                                 source_row, source_metadata, first_loaded_at)
            SELECT v.cable_id,
                   COALESCE((SELECT max(o.number) FROM {table} AS o
                             WHERE o.cable_id = v.cable_id), 0) + 1,
                   v.content_hash, v.original_text, v.source_name, v.source_row,
                   v.source_metadata, now()
            FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[], %s::integer[],
                        %s::jsonb[])
                 AS v(cable_id, content_hash, original_text, source_name, source_row,
                      source_metadata)
            ON CONFLICT (cable_id, content_hash) DO NOTHING
            """,
            [
                [cable_id for cable_id, _ in rows],
                [p.content_hash for _, p in rows],
                [p.fields["original_text"] for _, p in rows],
                [p.fields["source_name"] for _, p in rows],
                [p.fields["source_row"] for _, p in rows],
                [json.dumps(p.source_metadata, cls=DjangoJSONEncoder) for _, p in rows],
            ],
        )
