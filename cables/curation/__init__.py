"""Curators' changes and their side effects: every operation keeps the public text,
`tag_codes`, search vectors, counts and history in step inside itself.

    operations  edits, hiding, tag edits, entity merges and hiding, redactions applied
    redaction   finding and replacing redacted words and paragraphs (pure)
"""

from cables.curation.operations import (
    BATCH,
    BIG_FIELDS,
    CURATABLE_FIELDS,
    TEXT_FIELDS,
    add_tag,
    apply_redactions,
    apply_tag_edit,
    cable_edited,
    header_edited,
    hide_entities,
    merge_entities,
    merge_people_known_by_surname,
    reapply_redactions,
    record_baseline,
    redaction_problem,
    redactions_changed,
    remove_tag,
    set_published,
    tag_codes_of,
    unredacted_text,
)

__all__ = [
    "BATCH",
    "BIG_FIELDS",
    "CURATABLE_FIELDS",
    "TEXT_FIELDS",
    "add_tag",
    "apply_redactions",
    "apply_tag_edit",
    "cable_edited",
    "header_edited",
    "hide_entities",
    "merge_entities",
    "merge_people_known_by_surname",
    "reapply_redactions",
    "record_baseline",
    "redaction_problem",
    "redactions_changed",
    "remove_tag",
    "set_published",
    "tag_codes_of",
    "unredacted_text",
]
