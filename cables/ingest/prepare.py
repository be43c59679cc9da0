"""One document to one prepared cable, in a worker process: parsed, cleaned, ready to store."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from cables.entities import ExtractedEntity, extract_entities
from cables.ingest.sources import Document
from cables.models import (
    Cable,
)
from cables.parsing import parse_cable
from cables.parsing.dates import FULL_DATE, YEAR_ONLY, start_of_year, year_of_reference_id
from cables.parsing.text import decode
from cables.parsing.version import PARSER_VERSION

# Fields whose parsed value the source's own metadata (CSV columns, web page) overrides.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


TRUSTED_METADATA = ("reference_id", "sent_at", "origin", "classification", "subject")


@dataclass
class PreparedCable:
    """Everything needed to store one cable, picklable for worker processes."""

    name: str
    reference_id: str
    content_hash: str
    parser_version: int
    fields: dict[str, Any]
    paragraphs: list[tuple[int | None, str, str]]
    tag_codes: list[str]
    references: list[str]
    entities: list[ExtractedEntity] = field(default_factory=list)
    # What the source stated besides the text, kept with the version (CableVersion).
    source_metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Failure:
    name: str
    reason: str


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


def _dated(fields: dict[str, Any], dated_by_source: bool, reference_id: str) -> dict[str, Any]:
    """The date and its precision: the source's date is a full one; a text without a date
    is dated by the year of the id finally chosen (the source's, maybe not the text's)."""
    if dated_by_source:
        return {"date_precision": FULL_DATE}
    if fields["sent_at"] is None or fields["date_precision"] == YEAR_ONLY:
        year = year_of_reference_id(reference_id)
        if year:
            return {"sent_at": start_of_year(year), "date_precision": YEAR_ONLY}
    return {}


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
        "date_precision": parsed.sent_at_precision or FULL_DATE,
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
    fields.update(_dated(fields, bool(meta.get("sent_at")), reference_id))
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
        parser_version=PARSER_VERSION,
        fields=fields,
        paragraphs=[(n, _clean(m, 40), _clean(t)) for n, m, t in paragraphs],
        tag_codes=list(dict.fromkeys(_clean(meta.get("tags") or parsed.tags, 200))),
        references=[ref for ref in _clean(references, 64) if ref != reference_id],
        entities=entities,
        source_metadata=dict(meta),
    )
