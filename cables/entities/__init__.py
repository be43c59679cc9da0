"""People, organizations and places named in cables, found by rules (offline, deterministic).

extract  the extractor (pure: text -> entities)
lists    the word lists it reads; the long ones are data files under cables/data/
"""

from cables.entities.extract import (
    KEY_SEPARATOR,
    ExtractedEntity,
    entity_key,
    extract_entities,
    key_of,
)

__all__ = ["KEY_SEPARATOR", "ExtractedEntity", "entity_key", "extract_entities", "key_of"]
