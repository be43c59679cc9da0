"""People, organizations and places named in cables, found by rules (offline, deterministic).

extract  the extractor (pure: text -> entities): scanning paragraphs, merging names
phrases  the tokenizer, and the look-up tables built from the word lists
keys     entity keys: the kind and normalized name that make mentions one entity
lists    the word lists it reads; the long ones are data files under cables/data/
"""

from cables.entities.extract import ExtractedEntity, extract_entities
from cables.entities.keys import KEY_SEPARATOR, entity_key, key_of

__all__ = ["KEY_SEPARATOR", "ExtractedEntity", "entity_key", "extract_entities", "key_of"]
