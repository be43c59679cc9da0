"""Prepared cables into the database, in batches: new ones copied, changed ones replaced.

A stored cable is changed when its document is (`content_hash`), or when another version
of the parser read it (`parser_version`): then the rules that read it changed, and what
they read is replaced, curated fields and curated tags aside.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db import DatabaseError, connection, transaction

from cables.curation import reapply_redactions
from cables.entities import ExtractedEntity
from cables.ingest.copy import allocate_ids, copy_new_rows, copy_rows
from cables.ingest.glossary import guess_tag_kind
from cables.ingest.prepare import Failure, PreparedCable
from cables.ingest.versions import record_versions
from cables.models import (
    Cable,
    CableTag,
    Entity,
    Mention,
    Paragraph,
    Reference,
    Tag,
    join_tag_codes,
)


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.failures.extend(other.failures)


def _changed(stored: Mapping[str, Any], prepared: PreparedCable) -> bool:
    """The document changed, or other rules read the stored cable."""
    return (
        stored["content_hash"] != prepared.content_hash
        or stored["parser_version"] != prepared.parser_version
    )


class Loader:
    """Stores prepared cables batch by batch, caching tag and entity ids across batches."""

    def __init__(self, batch_size: int = 500) -> None:
        self.batch_size = batch_size
        self.pending: dict[str, PreparedCable] = {}
        self.counts = Counts()
        self._tag_ids: dict[str, int] = {}
        # entity key -> id to attach mentions to, or None for entities marked "not an entity"
        self._entity_ids: dict[str, int | None] = {}

    def add(self, prepared: PreparedCable) -> None:
        # The same cable twice in one batch would be compared against a stale state.
        if prepared.reference_id in self.pending or len(self.pending) >= self.batch_size:
            self.flush()
        self.pending[prepared.reference_id] = prepared

    def flush(self) -> Counts:
        batch, self.pending = list(self.pending.values()), {}
        if not batch:
            return Counts()
        try:
            counts = self._store_atomically(batch)
        except DatabaseError:
            # One bad cable must not cost the batch: store them one by one to find it.
            counts = Counts()
            for prepared in batch:
                try:
                    counts.add(self._store_atomically([prepared]))
                except DatabaseError as error:
                    reason = f"database refused it: {str(error).strip().splitlines()[0]}"
                    counts.failures.append(Failure(prepared.name, reason))
        self.counts.add(counts)
        return counts

    def _store_atomically(self, batch: list[PreparedCable]) -> Counts:
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    # A crash may lose the last batches' commits, never half a batch;
                    # the next run loads them again. Waiting for each WAL flush is not needed.
                    cursor.execute("SET LOCAL synchronous_commit TO OFF")
                return self._store(batch)
        except DatabaseError:
            # Ids cached during the rolled-back transaction may not exist.
            self._tag_ids.clear()
            self._entity_ids.clear()
            raise

    def _store(self, batch: list[PreparedCable]) -> Counts:
        counts = Counts()
        existing = {
            row["reference_id"]: row
            for row in Cable.objects.filter(
                reference_id__in=[p.reference_id for p in batch]
            ).values(
                "id",
                "reference_id",
                "content_hash",
                "parser_version",
                "tags_curated",
                "curated_fields",
            )
        }
        new = [p for p in batch if p.reference_id not in existing]
        changed = [
            p for p in batch if p.reference_id in existing and _changed(existing[p.reference_id], p)
        ]
        counts.unchanged = len(batch) - len(new) - len(changed)
        counts.new, counts.updated = len(new), len(changed)
        if not new and not changed:
            return counts

        cable_ids = self._update_changed(changed, existing)
        new_ids = dict(
            zip((p.reference_id for p in new), allocate_ids(Cable, len(new)), strict=True)
        )
        cable_ids.update(new_ids)
        curated = {
            existing[p.reference_id]["id"]
            for p in changed
            if existing[p.reference_id]["tags_curated"]
        }
        stored = new + changed
        # Paragraphs first: a new cable's search vector is made of its paragraphs' (the
        # cables_cable_vectors trigger, docs/database.md); the foreign key to the cable
        # is checked at commit.
        first_paragraph_ids = self._create_paragraphs(stored, cable_ids)
        self._create_new(new, new_ids)
        self._link_tags([p for p in stored if cable_ids[p.reference_id] not in curated], cable_ids)
        self._create_references(stored, cable_ids)
        self._create_mentions(stored, cable_ids, first_paragraph_ids)
        # The text replaced stays a version of its cable; a text met before is not added again.
        record_versions(
            stored, cable_ids, {(row["id"], row["content_hash"]) for row in existing.values()}
        )
        # A new version replaced the public text: curators' redactions apply to it too.
        reapply_redactions(cable_ids[p.reference_id] for p in changed)
        return counts

    def _update_changed(self, changed: list[PreparedCable], existing: dict) -> dict[str, int]:
        ids = {p.reference_id: existing[p.reference_id]["id"] for p in changed}
        if not ids:
            return {}
        Paragraph.objects.filter(cable_id__in=ids.values()).delete()  # mentions cascade
        Reference.objects.filter(citing_id__in=ids.values()).delete()
        uncurated = [
            ids[p.reference_id] for p in changed if not existing[p.reference_id]["tags_curated"]
        ]
        CableTag.objects.filter(cable_id__in=uncurated).delete()
        for prepared in changed:
            fields = dict(
                prepared.fields,
                content_hash=prepared.content_hash,
                parser_version=prepared.parser_version,
            )
            curated = existing[prepared.reference_id]["curated_fields"]
            # A curator's value wins over the new text's; a curated date keeps its precision.
            for name in curated + (["date_precision"] if "sent_at" in curated else []):
                fields.pop(name, None)
            if ids[prepared.reference_id] in uncurated:
                fields["tag_codes"] = join_tag_codes(prepared.tag_codes)
            Cable.objects.filter(pk=ids[prepared.reference_id]).update(**fields)
        return ids

    def _create_new(self, new: list[PreparedCable], ids: dict[str, int]) -> None:
        copy_new_rows(
            Cable,
            [
                dict(
                    p.fields,
                    id=ids[p.reference_id],
                    reference_id=p.reference_id,
                    content_hash=p.content_hash,
                    parser_version=p.parser_version,
                    tag_codes=join_tag_codes(p.tag_codes),
                )
                for p in new
            ],
        )
        self._resolve_references_to(list(ids))

    def _create_paragraphs(
        self, stored: list[PreparedCable], cable_ids: dict[str, int]
    ) -> dict[int, int]:
        """Store the paragraphs; return each cable's first paragraph id. A cable's
        paragraphs take consecutive ids in order, so paragraph i is that id + i."""
        ids = iter(allocate_ids(Paragraph, sum(len(p.paragraphs) for p in stored)))
        first_ids: dict[int, int] = {}
        rows = []
        for prepared in stored:
            cable_id = cable_ids[prepared.reference_id]
            for position, (number, marking, text) in enumerate(prepared.paragraphs):
                paragraph_id = next(ids)
                if not position:
                    first_ids[cable_id] = paragraph_id
                rows.append((paragraph_id, cable_id, position, number, marking, text))
        copy_rows(Paragraph, ["id", "cable_id", "position", "number", "marking", "text"], rows)
        return first_ids

    def _link_tags(self, stored: list[PreparedCable], cable_ids: dict[str, int]) -> None:
        codes = {code for p in stored for code in p.tag_codes}
        missing = codes - self._tag_ids.keys()
        if missing:
            Tag.objects.bulk_create(
                [Tag(code=code, kind=guess_tag_kind(code)) for code in sorted(missing)],
                ignore_conflicts=True,
            )
            self._tag_ids.update(Tag.objects.filter(code__in=missing).values_list("code", "id"))
        copy_rows(
            CableTag,
            ["cable_id", "tag_id", "position"],
            [
                (cable_ids[p.reference_id], self._tag_ids[code], position)
                for p in stored
                for position, code in enumerate(p.tag_codes)
            ],
        )

    def _create_references(self, stored: list[PreparedCable], cable_ids: dict[str, int]) -> None:
        cited = {ref for p in stored for ref in p.references}
        known = dict(Cable.objects.filter(reference_id__in=cited).values_list("reference_id", "id"))
        copy_rows(
            Reference,
            ["citing_id", "position", "cited_reference_id", "cited_id"],
            [
                (cable_ids[p.reference_id], position, ref, known.get(ref))
                for p in stored
                for position, ref in enumerate(p.references)
            ],
        )

    @staticmethod
    def _resolve_references_to(reference_ids: list[str]) -> None:
        """Point references made before these cables arrived at them."""
        references = connection.ops.quote_name(Reference._meta.db_table)
        cables = connection.ops.quote_name(Cable._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                UPDATE {references} AS r SET cited_id = c.id
                FROM {cables} AS c
                WHERE r.cited_id IS NULL
                  AND r.cited_reference_id = c.reference_id
                  AND c.reference_id = ANY(%s)
                """,
                [reference_ids],
            )

    def _entity_id_map(self, entities: list[ExtractedEntity]) -> dict[str, int | None]:
        by_key = {entity.key: entity for entity in entities}
        missing = by_key.keys() - self._entity_ids.keys()
        if missing:
            Entity.objects.bulk_create(
                [
                    Entity(
                        key=key,
                        name=by_key[key].name,
                        kind=by_key[key].kind,
                        aliases=sorted(set(by_key[key].aliases) - {by_key[key].name}),
                    )
                    for key in sorted(missing)
                ],
                ignore_conflicts=True,
            )
            for key, pk, hidden, merged_into in Entity.objects.filter(key__in=missing).values_list(
                "key", "id", "hidden", "merged_into_id"
            ):
                self._entity_ids[key] = None if hidden else (merged_into or pk)
        return self._entity_ids

    def _create_mentions(
        self,
        stored: list[PreparedCable],
        cable_ids: dict[str, int],
        first_paragraph_ids: dict[int, int],
    ) -> None:
        ids = self._entity_id_map([e for p in stored for e in p.entities])
        mentions: Counter[tuple[int, int, int]] = Counter()
        for prepared in stored:
            cable_id = cable_ids[prepared.reference_id]
            for entity in prepared.entities:
                entity_id = ids[entity.key]
                if entity_id is None:
                    continue
                for position, count in entity.mentions:
                    paragraph_id = first_paragraph_ids[cable_id] + position
                    mentions[(entity_id, paragraph_id, cable_id)] += count
        copy_rows(
            Mention,
            ["entity_id", "paragraph_id", "cable_id", "count"],
            [(*key, count) for key, count in mentions.items()],
        )
