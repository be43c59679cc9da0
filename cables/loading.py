"""Parsed cables into the database: in bulk, idempotent, one transaction per batch.

`prepare()` is pure work (parse, extract entities) and runs in worker processes;
`Loader` writes batches from the main process. A cable is keyed by its
reference id: unchanged text is skipped, changed text replaces the cable's
paragraphs, mentions and references, and curated state (published, curated
tags, hidden or merged entities, redactions) survives. A run killed half-way
loses at most the batch in flight, which the next run loads again.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchVectorField
from django.db import DatabaseError, connection, models, transaction

from cables.curation import reapply_redactions
from cables.entities import ExtractedEntity, extract_entities
from cables.glossary import guess_tag_kind
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
from cables.parsing import parse_cable
from cables.parsing.text import decode
from cables.sources import Document

# Fields whose parsed value the source's own metadata (CSV columns, web page) overrides.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TRUSTED_METADATA = ("reference_id", "sent_at", "origin", "classification", "subject")


@dataclass
class PreparedCable:
    """Everything needed to store one cable, picklable for worker processes."""

    name: str
    reference_id: str
    content_hash: str
    fields: dict[str, Any]
    paragraphs: list[tuple[int | None, str, str]]
    tag_codes: list[str]
    references: list[str]
    entities: list[ExtractedEntity] = field(default_factory=list)


@dataclass(frozen=True)
class Failure:
    name: str
    reason: str


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


def _clean(value: Any, max_length: int | None = None) -> Any:
    """Drop control characters (PostgreSQL refuses NUL; search uses others as marks)
    and cut over-long header values to fit."""
    if isinstance(value, str):
        value = CONTROL_CHARACTERS.sub("", value)
        return value[:max_length] if max_length else value
    if isinstance(value, list | tuple):
        return [_clean(item, max_length) for item in value]
    return value


def _max_length(field_name: str) -> int | None:
    model_field = Cable._meta.get_field(field_name)
    base = getattr(model_field, "base_field", model_field)
    return getattr(base, "max_length", None)


def _recipients(items) -> list[dict[str, str | None]]:
    return [
        {"code": code, "name": name, "precedence": precedence} for code, name, precedence in items
    ]


def prepare(document: Document) -> PreparedCable | Failure:
    """Parse one document into a PreparedCable, or say why it is not a cable."""
    try:
        return _prepare(document)
    except Exception as error:  # the parser promises not to raise; this guards the rest
        return Failure(document.name, f"could not be prepared: {type(error).__name__}: {error}")


def _prepare(document: Document) -> PreparedCable | Failure:
    content = document.content
    raw = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    if not raw.strip():
        return Failure(document.name, "empty document")
    parsed = parse_cable(content)
    meta = document.metadata
    # A file named after its cable id (as the release's mirrors name them) is more
    # reliable than an id read from a damaged text; the source's metadata is best.
    reference_id = meta.get("reference_id") or document.file_id or parsed.reference_id
    if not reference_id and not (parsed.subject or parsed.tags or parsed.sent_at):
        return Failure(document.name, "no recognisable cable: no id, date, TAGS or subject")
    warnings = list(parsed.warnings)
    if parsed.reference_id and reference_id != parsed.reference_id:
        warnings.append(f"the text says {parsed.reference_id}, the source {reference_id}")
    content_hash = hashlib.sha256(raw).hexdigest()
    reference_id = reference_id or f"UNIDENTIFIED-{content_hash[:16].upper()}"
    paragraphs = [(p.number, p.marking or "", p.text) for p in parsed.paragraphs]
    fields = {
        "sent_at": parsed.sent_at,
        "origin": parsed.origin or "",
        "classification": parsed.classification or "",
        "handling": list(parsed.handling),
        "precedence": parsed.precedence or "",
        "recipients": _recipients(parsed.recipients),
        "info_recipients": _recipients(parsed.info_recipients),
        "declassify_on": parsed.declassify_on,
        "subject": parsed.subject or "",
        "summary": parsed.summary or "",
        "classified_by": list(parsed.classified_by),
        "classified_by_title": parsed.classified_by_title or "",
        "reasons": parsed.reasons or "",
        "signer": parsed.signer or "",
        "reference_text": parsed.reference_text or "",
        "original_text": decode(raw),
        "source_name": document.name,
        "source_row": document.row,
        "parse_warnings": warnings,
    }
    fields.update({key: meta[key] for key in TRUSTED_METADATA if meta.get(key) and key in fields})
    fields = {key: _clean(value, _max_length(key)) for key, value in fields.items()}
    references = list(dict.fromkeys(meta.get("references") or parsed.references))
    entities = extract_entities(
        [text for _, _, text in paragraphs],
        classified_by=parsed.classified_by,
        signer=parsed.signer,
    )
    return PreparedCable(
        name=document.name,
        reference_id=_clean(reference_id, 64),
        content_hash=content_hash,
        fields=fields,
        paragraphs=[(n, _clean(m, 40), _clean(t)) for n, m, t in paragraphs],
        tag_codes=list(dict.fromkeys(_clean(meta.get("tags") or parsed.tags, 200))),
        references=[ref for ref in _clean(references, 64) if ref != reference_id],
        entities=entities,
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
            ).values("id", "reference_id", "content_hash", "tags_curated", "curated_fields")
        }
        new = [p for p in batch if p.reference_id not in existing]
        changed = [
            p
            for p in batch
            if p.reference_id in existing
            and existing[p.reference_id]["content_hash"] != p.content_hash
        ]
        counts.unchanged = len(batch) - len(new) - len(changed)
        counts.new, counts.updated = len(new), len(changed)
        if not new and not changed:
            return counts

        cable_ids = self._update_changed(changed, existing)
        new_ids = dict(
            zip((p.reference_id for p in new), _allocate_ids(Cable, len(new)), strict=True)
        )
        cable_ids.update(new_ids)
        curated = {
            existing[p.reference_id]["id"]
            for p in changed
            if existing[p.reference_id]["tags_curated"]
        }
        stored = new + changed
        # Paragraphs first: a new cable's search vector is made of its paragraphs'
        # (migration 0011); the foreign key to the cable is checked at commit.
        first_paragraph_ids = self._create_paragraphs(stored, cable_ids)
        self._create_new(new, new_ids)
        self._link_tags([p for p in stored if cable_ids[p.reference_id] not in curated], cable_ids)
        self._create_references(stored, cable_ids)
        self._create_mentions(stored, cable_ids, first_paragraph_ids)
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
            fields = dict(prepared.fields, content_hash=prepared.content_hash)
            for name in existing[prepared.reference_id]["curated_fields"]:
                fields.pop(name, None)  # a curator's value wins over the new text's
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
        ids = iter(_allocate_ids(Paragraph, sum(len(p.paragraphs) for p in stored)))
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
        with connection.cursor() as cursor:
            cursor.execute(
                """
                UPDATE cables_reference AS r SET cited_id = c.id
                FROM cables_cable AS c
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


def copy_new_rows(model: type[models.Model], rows: list[dict[str, Any]]) -> None:
    """Insert rows given as {field name: value}, ids set, with COPY: fields left out
    take their defaults and `auto_now` times as `save()` would fill them; columns the
    database computes are left out."""
    if not rows:
        return
    fields = [
        field
        for field in model._meta.concrete_fields
        if not isinstance(field, SearchVectorField | models.GeneratedField)
    ]
    blank = model()
    defaults = {field.attname: field.pre_save(blank, add=True) for field in fields}
    copy_rows(
        model,
        [field.column for field in fields],
        [
            tuple(
                _copy_cell(field, row.get(field.attname, defaults[field.attname]))
                for field in fields
            )
            for row in rows
        ],
    )


def _copy_cell(field: models.Field, value: Any) -> Any:
    """A Python value as COPY's text format spells it for this column."""
    if value is None:
        return None
    if isinstance(field, models.JSONField):
        return json.dumps(value)
    if isinstance(field, ArrayField):
        return _array_literal(value)
    if isinstance(value, bool):
        return "t" if value else "f"
    return value


def _array_literal(items: list) -> str:
    quoted = (
        "NULL" if item is None else '"' + str(item).replace("\\", "\\\\").replace('"', '\\"') + '"'
        for item in items
    )
    return "{" + ",".join(quoted) + "}"


def _copy_value(value: object) -> str:
    if value is None:
        return "\\N"
    if type(value) is int:
        return str(value)
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def copy_rows(model: type[models.Model], columns: list[str], rows: list[tuple]) -> None:
    """Insert rows with COPY: several times faster than INSERT for the many child rows."""
    if not rows:
        return
    buffer = io.StringIO("".join(["\t".join(map(_copy_value, row)) + "\n" for row in rows]))
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    with connection.cursor() as cursor:
        cursor.cursor.copy_expert(f"COPY {table} ({names}) FROM STDIN", buffer)


def _allocate_ids(model: type[models.Model], count: int) -> list[int]:
    """Take `count` ids from the table's identity sequence, so COPY can set them."""
    if not count:
        return []
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [table, count],
        )
        return [row[0] for row in cursor.fetchall()]
