"""Curators' changes that reach beyond one row: tags, publishing, redactions, entities.

The admin calls these. Each keeps in step the derived columns that public pages,
search, exports, feeds and the API read (`tag_codes`, paragraph text,
mentions), and records history of what a curator changed, even for bulk changes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, transaction
from django.db.models import F, Max, OuterRef, Subquery
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from cables import search
from cables.curation.redaction import HEADER_FIELDS, CableText, find_paragraph, occurs, redact
from cables.entities import KEY_SEPARATOR, extract_entities
from cables.models import (
    Cable,
    CableTag,
    DatePrecision,
    Entity,
    Mention,
    Paragraph,
    Redaction,
    Tag,
    UnredactedCable,
    join_tag_codes,
)

BATCH = 1000
# Never loaded to change a cable's curated fields: large, and not in its history.
BIG_FIELDS = ("original_text",)
TEXT_FIELDS = (*HEADER_FIELDS, "classified_by", "original_text")

User = AbstractBaseUser | None
# The models whose changes django-simple-history records.
HistoryModel = type[Cable] | type[Entity] | type[Redaction] | type[Tag]


def _batches(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


# History


def record_baseline(model: HistoryModel, pks: Iterable[int]) -> None:
    """Give objects a curator changes for the first time a record of how they were.

    Ingest writes in bulk without history; without this record the first change
    would show no old values.
    """
    pks = list(pks)
    recorded = set(model.history.filter(id__in=pks).values_list("id", flat=True).distinct())
    missing = [pk for pk in pks if pk not in recorded]
    if not missing:
        return
    objects = model.objects.filter(pk__in=missing)
    if model is Cable:
        objects = objects.defer(*BIG_FIELDS)
    model.history.bulk_history_create(
        list(objects),
        default_change_reason="As ingested",
        # Strictly earlier than the change about to be recorded, which diffs against it.
        default_date=timezone.now() - timedelta(milliseconds=1),
    )


def _by(user: User, entity: Entity, reason: str) -> Entity:
    """Who and why for the history record of the entity's next save."""
    # django-simple-history reads these attributes, which it does not declare, at the save.
    if user is not None:
        entity._history_user = user  # type: ignore[attr-defined]
    entity._change_reason = reason[:100]  # type: ignore[attr-defined]
    return entity


def _save_with_history(cables: list[Cable], fields: list[str], user: User, reason: str) -> None:
    record_baseline(Cable, [cable.pk for cable in cables])
    bulk_update_with_history(
        cables, Cable, fields, default_user=user, default_change_reason=reason[:100]
    )


# Publishing and tags


def set_published(cable_ids: Iterable[int], published: bool, user: User = None) -> int:
    """Publish or hide cables; returns how many changed. Hidden cables vanish everywhere."""
    changed = 0
    with transaction.atomic():
        for batch in _batches(list(cable_ids)):
            cables = list(
                Cable.objects.filter(pk__in=batch).exclude(published=published).defer(*BIG_FIELDS)
            )
            for cable in cables:
                cable.published = published
            _save_with_history(cables, ["published"], user, "Published" if published else "Hidden")
            changed += len(cables)
    if changed:
        search.refresh_lexicon()  # its words come from published cables only
    return changed


def tag_codes_of(cable_ids: Iterable[int]) -> dict[int, str]:
    """Each cable's tag codes in order, as `Cable.tag_codes` (read by its search vector)."""
    codes: dict[int, list[str]] = {pk: [] for pk in cable_ids}
    rows = (
        CableTag.objects.filter(cable_id__in=list(codes))
        .order_by("cable_id", "position", "pk")
        .values_list("cable_id", "tag__code")
    )
    for cable_id, code in rows:
        codes[cable_id].append(code)
    return {pk: join_tag_codes(values) for pk, values in codes.items()}


def apply_tag_edit(cable: Cable) -> None:
    """After a curator edited a cable's tags: codes in step, and kept by the next ingest."""
    cable.tag_codes = tag_codes_of([cable.pk])[cable.pk]
    cable.tags_curated = True


def _save_tag_edits(cable_ids: list[int], user: User, reason: str) -> None:
    codes = tag_codes_of(cable_ids)
    cables = list(Cable.objects.filter(pk__in=cable_ids).defer(*BIG_FIELDS))
    for cable in cables:
        cable.tag_codes = codes[cable.pk]
        cable.tags_curated = True
    _save_with_history(cables, ["tag_codes", "tags_curated"], user, reason)


def add_tag(cable_ids: Iterable[int], tag: Tag, user: User = None) -> int:
    """Add `tag` last to each cable lacking it; returns how many cables changed."""
    changed = 0
    with transaction.atomic():
        for batch in _batches(list(cable_ids)):
            having = CableTag.objects.filter(cable_id__in=batch, tag=tag).values("cable_id")
            lacking = list(
                Cable.objects.filter(pk__in=batch)
                .exclude(pk__in=having)
                .values_list("pk", flat=True)
            )
            last = dict(
                CableTag.objects.filter(cable_id__in=lacking)
                .values("cable_id")
                .annotate(last=Max("position"))
                .values_list("cable_id", "last")
            )
            # Record the cables' state before their tag rows change.
            record_baseline(Cable, lacking)
            CableTag.objects.bulk_create(
                CableTag(cable_id=pk, tag=tag, position=last.get(pk, -1) + 1) for pk in lacking
            )
            _save_tag_edits(lacking, user, f"Tag {tag.code} added")
            changed += len(lacking)
    return changed


def remove_tag(cable_ids: Iterable[int], tag: Tag, user: User = None) -> int:
    """Take `tag` off each cable carrying it; returns how many cables changed."""
    changed = 0
    with transaction.atomic():
        for batch in _batches(list(cable_ids)):
            rows = CableTag.objects.filter(cable_id__in=batch, tag=tag)
            having = list(rows.values_list("cable_id", flat=True))
            record_baseline(Cable, having)
            rows.delete()
            _save_tag_edits(having, user, f"Tag {tag.code} removed")
            changed += len(having)
    return changed


# Redactions


def unredacted_text(cable: Cable) -> CableText:
    """The cable's text as ingested: the stored copy if it is redacted, else its own."""
    stored = UnredactedCable.objects.filter(cable=cable).first()
    if stored is not None:
        return CableText(**stored.fields, paragraphs=stored.paragraphs)
    return _current_text(cable)


def _current_text(cable: Cable) -> CableText:
    fresh = Cable.objects.only(*TEXT_FIELDS).get(pk=cable.pk)
    paragraphs = list(cable.paragraphs.order_by("position").values_list("text", flat=True))
    return CableText(**{name: getattr(fresh, name) for name in TEXT_FIELDS}, paragraphs=paragraphs)


def redaction_problem(cable: Cable, words: str, position: int | None) -> str | None:
    """What is wrong with a redaction a curator asks for, in words for the form; or None."""
    source = unredacted_text(cable)
    words = words.strip()
    if not words and position is None:
        return "Give the words to hide, or the paragraph to hide whole."
    if position is not None and position >= len(source.paragraphs):
        if not source.paragraphs:
            return "This cable has no paragraphs."
        last = len(source.paragraphs) - 1
        return f"This cable has no paragraph {position}: they go from 0 to {last}."
    if not words:
        return None
    if len("".join(words.split())) < 2:
        return "Give at least two characters to hide."
    if position is not None and not occurs(words, source.paragraphs[position]):
        return f"“{words}” does not occur in paragraph {position}."
    texts = [*source.paragraphs, *source.classified_by, source.original_text]
    texts += [getattr(source, name) for name in HEADER_FIELDS]
    if not any(occurs(words, text) for text in texts):
        return f"“{words}” does not occur in this cable."
    return None


def apply_redactions(cable: Cable, *, reingested: bool = False) -> None:
    """Write the cable's public text: its unredacted text with every redaction applied.

    `reingested`: ingest has just written a new version, so the cable's own text is
    the unredacted text now. With no redaction left the unredacted text comes back.
    """
    redactions = list(cable.redactions.all())
    stored = UnredactedCable.objects.filter(cable=cable).first()
    if stored is None and not redactions:
        return
    if stored is None or reingested:
        current = _current_text(cable)
        stored = UnredactedCable(
            cable=cable,
            fields={name: getattr(current, name) for name in TEXT_FIELDS},
            paragraphs=current.paragraphs,
        )
    source = CableText(**stored.fields, paragraphs=stored.paragraphs)
    spans = [r.text for r in redactions if r.text.strip()]
    found = (
        find_paragraph(source.paragraphs, r.paragraph_text, r.paragraph_position)
        for r in redactions
        if not r.text.strip()
    )
    public = redact(source, spans, [index for index in found if index is not None])
    with transaction.atomic():
        _write_public_text(cable, public)
        if redactions:
            stored.save()
        elif stored.pk and UnredactedCable.objects.filter(pk=stored.pk).exists():
            stored.delete()


def _write_public_text(cable: Cable, public: CableText) -> None:
    fields = {name: getattr(public, name) for name in TEXT_FIELDS}
    Cable.objects.filter(pk=cable.pk).update(**fields)
    for name, value in fields.items():
        setattr(cable, name, value)
    paragraphs = list(cable.paragraphs.order_by("position"))
    for paragraph, text in zip(paragraphs, public.paragraphs, strict=False):
        paragraph.text = text
    Paragraph.objects.bulk_update(paragraphs, ["text"])
    _rebuild_mentions(cable, public, [paragraph.pk for paragraph in paragraphs])


def _rebuild_mentions(cable: Cable, public: CableText, paragraph_ids: list[int]) -> None:
    """Mentions are what extraction finds in the public text: none inside a redaction."""
    extracted = extract_entities(
        public.paragraphs, classified_by=public.classified_by, signer=public.signer or None
    )
    known = {
        key: None if hidden else (merged_into or pk)
        for key, pk, hidden, merged_into in Entity.objects.filter(
            key__in=[entity.key for entity in extracted]
        ).values_list("key", "pk", "hidden", "merged_into")
    }
    counts: Counter[tuple[int, int]] = Counter()
    for entity in extracted:
        entity_id = known.get(entity.key)
        if entity_id is None:  # hidden, or a name ingest never met: no new entity from here
            continue
        for position, count in entity.mentions:
            if position < len(paragraph_ids):
                counts[(entity_id, paragraph_ids[position])] += count
    Mention.objects.filter(cable=cable).delete()
    Mention.objects.bulk_create(
        Mention(entity_id=entity_id, paragraph_id=paragraph_id, cable=cable, count=count)
        for (entity_id, paragraph_id), count in counts.items()
    )


# Header fields ingest fills from the text, which a curator may correct.
CURATABLE_FIELDS = {
    "sent_at", "date_precision", "origin", "classification", "handling", "precedence",
    "declassify_on", "subject", "summary", "classified_by", "classified_by_title", "reasons",
    "signer",
}  # fmt: skip


def reapply_redactions(cable_ids: Iterable[int]) -> None:
    """After ingest stored new versions of these cables: redact them again."""
    redacted = Cable.objects.filter(pk__in=list(cable_ids), redactions__isnull=False).distinct()
    for cable in redacted.only("pk"):
        apply_redactions(cable, reingested=True)


def header_edited(cable: Cable, changed: Iterable[str]) -> None:
    """A curator edited header fields: keep the edit through re-ingest and redaction."""
    changed = list(changed)
    curated = sorted(set(cable.curated_fields) | (set(changed) & CURATABLE_FIELDS))
    if curated != cable.curated_fields:
        Cable.objects.filter(pk=cable.pk).update(curated_fields=curated)
        cable.curated_fields = curated
    stored = UnredactedCable.objects.filter(cable=cable).first()
    edited = [name for name in changed if name in TEXT_FIELDS]
    if stored is None or not edited:
        return
    for name in edited:
        stored.fields[name] = getattr(cable, name)
    stored.save()
    apply_redactions(cable)


def _date_edited(cable: Cable, changed: list[str]) -> list[str]:
    """A curator who enters a date gives a full one; one who says "year only" keeps
    the year alone (stored as its first moment). The fields changed, with these."""
    entered = "sent_at" in changed and "date_precision" not in changed
    if entered and cable.date_precision != DatePrecision.FULL:
        cable.date_precision = DatePrecision.FULL
        changed.append("date_precision")
    if cable.date_precision == DatePrecision.YEAR and cable.sent_at:
        start = datetime(cable.sent_at.astimezone(UTC).year, 1, 1, tzinfo=UTC)
        if cable.sent_at != start:
            cable.sent_at = start
            changed.append("sent_at")
    return changed


def cable_edited(
    cable: Cable, *, changed_fields: Iterable[str], tags_edited: bool, redactions_edited: bool
) -> None:
    """A curator saved a cable's form and inlines: bring everything derived in step
    and write the one history record of the edit."""
    changed_fields = _date_edited(cable, list(changed_fields))
    if tags_edited:
        apply_tag_edit(cable)
    if changed_fields or tags_edited:
        cable.save()
    header_edited(cable, changed_fields)
    if redactions_edited:
        apply_redactions(cable)
    # The spelling lexicon's words come from the published cables' public text.
    if redactions_edited or {"published", "subject", "summary"} & set(changed_fields):
        search.refresh_lexicon()


def redactions_changed(cables: Iterable[Cable]) -> None:
    """Redactions of these cables were added, changed or deleted: apply them again."""
    for cable in cables:
        apply_redactions(cable)
    search.refresh_lexicon()


# Entities


def merge_entities(sources: Iterable[Entity], target: Entity, user: User = None) -> int:
    """Merge duplicates into `target`: their mentions, names and pages go to it."""
    sources = [entity for entity in sources if entity.pk != target.pk]
    if not sources:
        return 0
    with transaction.atomic():
        record_baseline(Entity, [target.pk, *(entity.pk for entity in sources)])
        aliases = list(target.aliases)
        for source in sources:
            _move_mentions(source, target)
            aliases += [source.name, *source.aliases]
            # Entities merged into the source earlier follow it: pages redirect one hop.
            for earlier in Entity.objects.filter(merged_into=source):
                record_baseline(Entity, [earlier.pk])
                earlier.merged_into = target
                _by(user, earlier, f"Merged into {target.name}").save()
            source.merged_into = target
            _by(user, source, f"Merged into {target.name}").save()
        other_names = sorted(set(aliases) - {target.name}, key=str.lower)
        target.aliases = other_names
        _by(user, target, "Duplicates merged into it").save()
    return len(sources)


def _move_mentions(source: Entity, target: Entity) -> None:
    """Re-point mentions; where the target is already in the paragraph, add up the counts."""
    same_paragraph = Mention.objects.filter(entity=target, paragraph=OuterRef("paragraph"))
    both = Mention.objects.filter(entity=source, paragraph__in=same_paragraph.values("paragraph"))
    source_count = Mention.objects.filter(entity=source, paragraph=OuterRef("paragraph"))
    Mention.objects.filter(entity=target, paragraph__in=both.values("paragraph")).update(
        count=F("count") + Subquery(source_count.values("count")[:1])
    )
    both.delete()
    Mention.objects.filter(entity=source).update(entity=target)


def hide_entities(entities: Iterable[Entity], user: User = None) -> int:
    """Mark as "not an entity": hidden everywhere; ingest keeps the key and skips it."""
    entities = [entity for entity in entities if not entity.hidden]
    with transaction.atomic():
        record_baseline(Entity, [entity.pk for entity in entities])
        for entity in entities:
            Mention.objects.filter(entity=entity).delete()
            entity.hidden = True
            _by(user, entity, "Not an entity").save()
    return len(entities)


def merge_people_known_by_surname() -> int:
    """Merge each surname-only person into the one full name ending in that surname.

    Entity extraction resolves "Putin" to "Vladimir Putin" within a cable; across
    cables a cable that only says "President Putin" gives a surname-only entity.
    Where exactly one full name carries that surname the two are one person; where
    several do ("Kim"), the surname stays apart. Runs after each ingest, once the
    tables are analysed (without statistics each mention update scans the table).
    """
    table = connection.ops.quote_name(Entity._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT short.id, min(full_name.id)
            FROM {table} AS short
            JOIN {table} AS full_name
              ON regexp_replace(full_name.key, '^.* ', '') = split_part(short.key, %s, 2)
            WHERE short.kind = 'person' AND full_name.kind = 'person'
              AND position(' ' IN short.key) = 0 AND position(' ' IN full_name.key) > 0
              AND NOT short.hidden AND short.merged_into_id IS NULL
              AND NOT full_name.hidden AND full_name.merged_into_id IS NULL
            GROUP BY short.id
            HAVING count(*) = 1
            """,
            [KEY_SEPARATOR],
        )
        pairs = cursor.fetchall()
    entities = Entity.objects.in_bulk({pk for pair in pairs for pk in pair})
    for short_id, full_id in pairs:
        merge_entities([entities[short_id]], entities[full_id])
    return len(pairs)
