"""The index look-ups behind related cables (search.related): each a query reading
through an index, within the budget it is given, returning plain rows. Each on the
database the request reads from (portal.replicas), which no router chooses for raw SQL."""

from __future__ import annotations

from cables.models import Cable, CableTag, Entity, Mention, Paragraph, Reference, Tag
from cables.search.tsquery import quoted_lexeme
from portal.replicas import read_connection


def _table(model) -> str:
    return read_connection().ops.quote_name(model._meta.db_table)


# The tables holding entities and tags by cable, and the column naming them.
SHARED = {"entities": (Mention, "entity_id"), "tags": (CableTag, "tag_id")}


def text_and_lexemes(pk: int) -> tuple[str, list[tuple[str, int]]]:
    """The cable's paragraphs' text, and each lexeme of its vector (the origin's
    aside) with how often it occurs."""
    with read_connection().cursor() as cursor:
        cursor.execute(
            f"""SELECT body.text, vector.lexemes, vector.counts
            FROM {_table(Cable)} AS cable
            CROSS JOIN LATERAL (
                SELECT string_agg(text, E'\\n' ORDER BY position) AS text
                FROM {_table(Paragraph)} WHERE cable_id = cable.id
            ) AS body
            CROSS JOIN LATERAL (
                SELECT array_agg(lexeme) AS lexemes, array_agg(cardinality(positions)) AS counts
                FROM unnest(ts_filter(cable.search_vector, '{{a,b,d}}'))
            ) AS vector
            WHERE cable.id = %s""",
            [pk],
        )
        body, lexemes, counts = cursor.fetchone() or (None, None, None)
    return body or "", list(zip(lexemes or [], counts or [], strict=True))


def entities_and_tags(pk: int) -> list[tuple[str, int, str]]:
    """("entities" or "tags", id, name) of the cable's visible entities and its tags."""
    with read_connection().cursor() as cursor:
        cursor.execute(
            f"""SELECT 'entities', id, name FROM {_table(Entity)}
            WHERE id IN (SELECT entity_id FROM {_table(Mention)} WHERE cable_id = %(pk)s)
                AND NOT hidden AND merged_into_id IS NULL
            UNION ALL
            SELECT 'tags', tag.id, tag.code FROM {_table(CableTag)} AS link
            JOIN {_table(Tag)} AS tag ON tag.id = link.tag_id
            WHERE link.cable_id = %(pk)s""",
            {"pk": pk},
        )
        return cursor.fetchall()


def reference_rows(pk: int, hidden: list[int], budget: int) -> list[tuple]:
    """(kind, cited id, other cable, citing cable) for the four kinds of link, in one
    query through the references' indexes, at most `budget` of each shared kind:

        cited    the cable cites the other
        cites    the other cites the cable
        coupled  the other cites the cited id the cable cites too
        cocited  the citing cable cites both

    Links with `hidden` cables are left out.
    """
    table = _table(Reference)
    own = f"""SELECT * FROM {table} WHERE citing_id = %(pk)s
        AND (cited_id IS NULL OR NOT cited_id = ANY(%(hidden)s))"""
    citers = f"SELECT * FROM {table} WHERE cited_id = %(pk)s AND NOT citing_id = ANY(%(hidden)s)"
    with read_connection().cursor() as cursor:
        cursor.execute(
            f"""WITH own AS MATERIALIZED ({own}), citers AS MATERIALIZED ({citers})
            SELECT 'cited', NULL, cited_id, NULL::bigint FROM own WHERE cited_id IS NOT NULL
            UNION ALL SELECT 'cites', NULL, citing_id, NULL FROM citers
            UNION ALL (
                SELECT 'coupled', other.cited_reference_id, other.citing_id, NULL
                FROM {table} AS other JOIN own USING (cited_reference_id)
                WHERE other.citing_id <> %(pk)s LIMIT %(budget)s
            ) UNION ALL (
                SELECT 'cocited', NULL, other.cited_id, other.citing_id
                FROM {table} AS other JOIN citers ON other.citing_id = citers.citing_id
                WHERE other.cited_id <> %(pk)s LIMIT %(budget)s
            )""",
            {"pk": pk, "hidden": hidden, "budget": budget},
        )
        return cursor.fetchall()


def cables_holding_words(pk: int, words: list[str]) -> list[tuple[str, list[int]]]:
    """Each of `words` (lexemes) with the other published cables holding it.

    Each word is looked up in the GIN index on its own rather than all in one OR
    query: that says which words each cable holds without reading any cable's vector.
    One row a word, its cables as one array (search.related adds them up). Run even
    without words, so the list takes the same queries whatever the cable.
    """
    with read_connection().cursor() as cursor:
        cursor.execute(
            f"""SELECT given.word, ARRAY(
                SELECT id FROM {_table(Cable)}
                WHERE search_vector @@ given.query AND published AND id <> %s
            )
            FROM unnest(%s::text[], %s::tsquery[]) AS given(word, query)""",
            [pk, words, [quoted_lexeme(w) for w in words]],
        )
        return cursor.fetchall()


def cables_holding(kind: str, pk: int, keys: list[int]) -> list[tuple[int, list[int]]]:
    """Each of these entities (or tags: `kind`) with the other cables holding it,
    one row each, its cables as one array. Reads only the (key, cable) index, each
    cable once a key (an entity has a mention a paragraph)."""
    model, key = SHARED[kind]
    with read_connection().cursor() as cursor:
        cursor.execute(
            f"""SELECT {key}, array_agg(cable_id) FROM (
                SELECT DISTINCT {key}, cable_id FROM {_table(model)}
                WHERE {key} = ANY(%s) AND cable_id <> %s
            ) AS holding
            GROUP BY {key}""",
            [keys, pk],
        )
        return cursor.fetchall()


def shared_by(cables: list[int], entities: list[int], tags: list[int]) -> list[tuple]:
    """("entities" or "tags", cable, id) for each of `entities` and `tags` that each
    of `cables` holds: a few rows a cable."""
    with read_connection().cursor() as cursor:
        cursor.execute(
            f"""SELECT DISTINCT 'entities', cable_id, entity_id FROM {_table(Mention)}
            WHERE cable_id = ANY(%(cables)s) AND entity_id = ANY(%(entities)s)
            UNION ALL
            SELECT 'tags', cable_id, tag_id FROM {_table(CableTag)}
            WHERE cable_id = ANY(%(cables)s) AND tag_id = ANY(%(tags)s)""",
            {"cables": cables, "entities": entities, "tags": tags},
        )
        return cursor.fetchall()
