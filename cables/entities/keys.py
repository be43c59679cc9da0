"""Entity keys: the kind and normalized name under which mentions are one entity.

A person's key leaves out a leading title and the initials of a full name
("President Vladimir V. Putin" -> ``person:vladimir putin``); a place's or an
organization's is that of its canonical name in the gazetteer.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from cables.entities.phrases import GAZETTEER, TITLES, phrase_key, tokenize


def _normalize(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    text = text.replace("’", "'").replace(".", " ").replace("-", " ")
    return " ".join(word for word in text.split() if word != "the")


@lru_cache(maxsize=65536)
def person_words(name: str) -> tuple[str, ...]:
    """Name words without a leading title, and without initials in a full name."""
    words = [word for word in tokenize(name) if word != "."]
    title = TITLES.match([w.upper() for w in words], 0) if words else None
    if title and title[0] < len(words):
        words = words[title[0] :]
    if sum(len(word) > 1 for word in words) >= 2:
        words = [word for word in words if len(word) > 1]
    return tuple(words)


# Between an entity key's kind and its normalized name. The surname merge's SQL
# reads keys too, and takes the separator as a parameter.
KEY_SEPARATOR = ":"


def key_of(kind: str, normalized_name: str) -> str:
    """The stored key's format: ``key_of("person", "vladimir putin")``."""
    return f"{kind}{KEY_SEPARATOR}{normalized_name}"


@lru_cache(maxsize=65536)
def entity_key(name: str, kind: str) -> str:
    """Normalized de-duplication key: ``"place:russia"`` for "Russian Federation"."""
    if kind == "person":
        return key_of("person", _normalize(" ".join(person_words(name))))
    entry = GAZETTEER.entries.get(phrase_key(name))
    if entry is not None and entry[0] == kind:
        name = entry[1]
    return key_of(kind, _normalize(name))
