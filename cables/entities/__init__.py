"""People, organizations and places named in cables, found by rules (offline, deterministic).

extract  the extractor (pure: text -> entities)
lists    the word lists it reads; the long ones are data files under cables/data/
"""

from cables.entities.extract import ExtractedEntity, entity_key, extract_entities

__all__ = ["ExtractedEntity", "entity_key", "extract_entities"]
