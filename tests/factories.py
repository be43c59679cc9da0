"""Small helpers that build test data: cables in the release's layout, rows in the
database, and the paths of the repository and of the real cable sample beside it."""

from pathlib import Path

from cables.entities import key_of

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


def write_cable(
    path: Path,
    reference_id: str,
    *,
    subject: str = "TEST SUBJECT",
    body: str = "The minister described the plan in detail.",
    tags: str = "PREL, PGOV",
    refs: list[str] | None = None,
    classification: str = "CONFIDENTIAL",
) -> Path:
    """Write a small cable in the release's text layout (our own words) and return its path."""
    year, post, serial = _split_id(reference_id)
    spaced = " ".join(classification)
    ref_block = (
        f"REF: {' '.join(f'{chr(65 + i)}. {r}' for i, r in enumerate(refs))}\n\n" if refs else ""
    )
    text = (
        f"VZCZCXYZ0001\nPP RUEHC\nDE RUEH #{serial:04d} 0011200\nZNY CCCCC ZZH\n"
        f"P 011200Z MAR {year}\nFM AMEMBASSY {post}\nTO RUEHC/SECSTATE WASHDC PRIORITY 0001\n\n"
        f"{spaced} {post} {serial:06d}\n\nSIPDIS\n\nE.O. 12958: DECL: 03/01/2018\n"
        f"TAGS: {tags}\nSUBJECT: {subject}\n\n{ref_block}"
        f"Classified By: Ambassador John Q. Example for reasons 1.4 (b) and (d).\n\n"
        f"1. (C) {body}\n\n2. (C) Comment: A second paragraph follows. End comment.\n\nEXAMPLE\n"
    )
    path.write_text(text)
    return path


def _split_id(reference_id: str) -> tuple[str, str, int]:
    import re

    match = re.fullmatch(r"(\d\d)([A-Z]+)(\d+)", reference_id)
    assert match, f"not a cable id: {reference_id}"
    return match[1], match[2], int(match[3])


def ingest(*paths: Path | str, **options) -> str:
    """Run the ingest command; return what it printed on standard output."""
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("ingest", *map(str, paths), stdout=out, no_progress=True, **options)
    return out.getvalue()


def snapshot_database(*, timestamps: bool = True) -> dict:
    """What a rerun must not change: cables with their hashes and every related row."""
    from cables.models import Cable, CableTag, Entity, Paragraph, Reference

    cable_fields = ["reference_id", "content_hash"] + (["updated_at"] if timestamps else [])
    refs = dict(Cable.objects.values_list("id", "reference_id"))
    return {
        "cables": set(Cable.objects.values_list(*cable_fields)),
        "paragraphs": Paragraph.objects.count(),
        "tags": CableTag.objects.count(),
        # Joined in Python, like the mentions below.
        "references": {
            (refs[citing], cited_id, refs.get(cited))
            for citing, cited_id, cited in Reference.objects.values_list(
                "citing_id", "cited_reference_id", "cited_id"
            )
        },
        "entities": Entity.objects.count(),
        "mentions": _mentions_by_key(),
    }


def make_cable(
    reference_id: str = "08MOSCOW100",
    *,
    paragraphs: list[str] | tuple[str, ...] = ("The minister spoke about gas prices.",),
    tags: list[str] | tuple[str, ...] = ("PREL",),
    references: list[str] | tuple[str, ...] = (),
    entities: list[tuple[str, str]] | tuple = (),
    **fields,
):
    """Create one cable with its paragraphs, tags, references and entity mentions.

    `entities` are (name, kind) pairs mentioned once in the first paragraph.
    Fields default to a plausible confidential Moscow cable of 2008.
    """
    import hashlib
    from datetime import UTC, datetime

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

    fields.setdefault("sent_at", datetime(2008, 3, 1, 12, 0, tzinfo=UTC))
    fields.setdefault("origin", "Embassy Moscow")
    fields.setdefault("classification", "CONFIDENTIAL")
    fields.setdefault("subject", "A TEST SUBJECT")
    body = "\n\n".join(paragraphs)
    cable = Cable.objects.create(
        reference_id=reference_id,
        tag_codes=join_tag_codes(tags),
        original_text=body,
        content_hash=hashlib.sha256(f"{reference_id}{body}".encode()).hexdigest(),
        **fields,
    )
    # Its one text, as ingest would have kept it.
    cable.versions.create(number=1, content_hash=cable.content_hash, original_text=body)
    stored = [
        Paragraph.objects.create(cable=cable, position=i, number=i + 1, marking="C", text=text)
        for i, text in enumerate(paragraphs)
    ]
    for position, code in enumerate(tags):
        tag, _ = Tag.objects.get_or_create(code=code)
        CableTag.objects.create(cable=cable, tag=tag, position=position)
    for position, cited in enumerate(references):
        Reference.objects.create(
            citing=cable,
            position=position,
            cited_reference_id=cited,
            cited=Cable.objects.filter(reference_id=cited).first(),
        )
    for name, kind in entities:
        entity, _ = Entity.objects.get_or_create(
            key=key_of(kind, name.lower()), defaults={"name": name, "kind": kind}
        )
        Mention.objects.create(entity=entity, paragraph=stored[0], cable=cable, count=1)
    return cable


def _mentions_by_key() -> set[tuple]:
    """Mentions as (entity key, cable id, paragraph position, count), ids aside.

    Joined in Python: inside a test's transaction the planner has no statistics for
    the freshly loaded tables and can pick a join that takes minutes.
    """
    from cables.models import Cable, Entity, Mention, Paragraph

    keys = dict(Entity.objects.values_list("id", "key"))
    refs = dict(Cable.objects.values_list("id", "reference_id"))
    places = {
        pk: (refs[cable], position)
        for pk, cable, position in Paragraph.objects.values_list("id", "cable_id", "position")
    }
    return {
        (keys[entity], *places[paragraph], count)
        for entity, paragraph, count in Mention.objects.values_list(
            "entity_id", "paragraph_id", "count"
        )
    }


def database_url_for_subprocess() -> str:
    """The test database as a DATABASE_URL, for commands run in a child process."""
    from urllib.parse import quote

    from django.db import connection

    connection.ensure_connection()  # the embedded server's socket is known once connected
    db = connection.settings_dict
    host = quote(db["HOST"] or "localhost", safe="")
    password = f":{quote(db['PASSWORD'], safe='')}" if db.get("PASSWORD") else ""
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgres://{db['USER']}{password}@{host}{port}/{db['NAME']}"
