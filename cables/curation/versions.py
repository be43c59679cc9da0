"""A cable's versions as the public may read them, and making another one current.

Redactions apply to every version: each version's text is redacted with the same
function, and the same redactions, as the cable's public text (curation.redaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from cables import search
from cables.curation.operations import BIG_FIELDS, record_baseline
from cables.curation.redaction import WITHHELD, CableText, find_paragraph, redact
from cables.ingest.loader import Loader
from cables.ingest.prepare import Failure, prepare
from cables.ingest.sources import Document
from cables.models import Cable, CableVersion, Redaction
from cables.parsing import parse_cable


@dataclass(frozen=True)
class PublicVersion:
    """A version's text with the cable's redactions applied."""

    version: CableVersion
    # The original text; WITHHELD where a redaction cannot be found in it with certainty.
    text: str
    # Its paragraphs, redacted one by one: what a diff compares when the text is withheld.
    paragraphs: str

    @property
    def withheld(self) -> bool:
        return self.text == WITHHELD


def public_version(version: CableVersion, redactions: list[Redaction]) -> PublicVersion:
    """`version` as the public reads it: every redaction of its cable applied."""
    paragraphs = [paragraph.text for paragraph in parse_cable(version.original_text).paragraphs]
    if not redactions:
        return PublicVersion(version, version.original_text, "\n\n".join(paragraphs))
    spans = [r.text for r in redactions if r.text.strip()]
    # A hidden paragraph is looked for in this version's paragraphs, as after a re-ingest.
    found = (
        find_paragraph(paragraphs, r.paragraph_text, r.paragraph_position)
        for r in redactions
        if not r.text.strip()
    )
    source = CableText(original_text=version.original_text, paragraphs=paragraphs)
    public = redact(source, spans, [index for index in found if index is not None])
    return PublicVersion(version, public.original_text, "\n\n".join(public.paragraphs))


def comparable_texts(old: PublicVersion, new: PublicVersion) -> tuple[str, str]:
    """What a diff of two versions compares: their original texts, or their paragraphs
    when either original text is withheld (never the withheld notice against a text)."""
    if old.withheld or new.withheld:
        return old.paragraphs, new.paragraphs
    return old.text, new.text


class NotMadeCurrent(Exception):
    """Why a version could not be made current, in words for the admin."""


def make_current(version: CableVersion, user: AbstractBaseUser | None = None) -> None:
    """Read `version`'s text again and make it the cable's, as ingest would have.

    The loader keeps curated fields and curated tags and applies the redactions
    again; the change is recorded in the cable's history.
    """
    cable = version.cable
    if cable.content_hash == version.content_hash:
        raise NotMadeCurrent(f"Version {version.number} is the current one already.")
    prepared = prepare(_document(version, cable.reference_id))
    if isinstance(prepared, Failure):
        raise NotMadeCurrent(f"Version {version.number} could not be read: {prepared.reason}")
    # The stored text, encoded again, need not give the bytes that were first hashed.
    prepared.content_hash = version.content_hash
    prepared.reference_id = cable.reference_id
    with transaction.atomic():
        record_baseline(Cable, [cable.pk])
        loader = Loader(batch_size=1)
        loader.add(prepared)
        counts = loader.flush()
        if counts.failures:
            raise NotMadeCurrent(counts.failures[0].reason)
        Cable.history.bulk_history_create(
            [Cable.objects.defer(*BIG_FIELDS).get(pk=cable.pk)],
            default_user=user,
            default_change_reason=f"Version {version.number} made current",
        )
    search.refresh_lexicon()  # its words come from the published cables' text


def _document(version: CableVersion, reference_id: str) -> Document:
    return Document(
        name=version.source_name,
        content=version.original_text,
        row=version.source_row,
        file_id=reference_id,
        metadata=_metadata(version.source_metadata),
    )


def _metadata(stored: dict[str, Any]) -> dict[str, Any]:
    """The source's metadata as ingest read it: its date was stored as ISO text."""
    metadata = dict(stored)
    if isinstance(metadata.get("sent_at"), str):
        metadata["sent_at"] = datetime.fromisoformat(metadata["sent_at"])
    return metadata
