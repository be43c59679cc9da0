"""The look-up tables of the entity extractor, built once from ``cables.entities.lists``.

Text is cut into tokens by ``tokenize``; a ``Phrases`` table finds the longest known
phrase that starts at a token. ``GAZETTEER`` holds the places and organizations,
``TITLES`` the titles that stand before a person's name. The ``*_UPPER`` sets are
lists in capitals, as the extractor compares tokens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cables.entities import lists

# Words with inner hyphens or apostrophes (a possessive "'s" is left out: "Putin's" ->
# "Putin", "'", "s"), dotted abbreviations (U.S., D.C.), numbers, other single characters.
_TOKEN_RE = re.compile(r"[^\W\d_]\w*(?:-\w+|['’](?![sS]\b)\w+)*(?:\.(?:[^\W\d_]\.)+)?|\d+|[^\w\s]")
_ABBREVIATION_MAX = 4  # "Gen." "Brig." "St.": a following period belongs to the word


def tokenize(text: str) -> list[str]:
    """Words, dotted abbreviations (U.S.), numbers and punctuation marks."""
    return _TOKEN_RE.findall(text)


def phrase_key(text: str) -> tuple[str, ...]:
    return tuple(word.upper() for word in tokenize(text) if word != ".")


class Phrases:
    """Phrases looked up token by token, longest first, skipping abbreviation periods."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], tuple[str, str, frozenset[str]]] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        self.first: set[str] = set()

    def add(self, phrase: str, kind: str, name: str) -> None:
        key = phrase_key(phrase)
        # Acronyms ("UN", "MoD") match only as written in mixed-case text.
        exact = " " not in phrase and len(phrase) <= 8 and not phrase[1:].islower()
        old_kind, old_name, forms = self.entries.get(key, (kind, name, frozenset()))
        case_free = not exact or (key in self.entries and not forms)
        self.entries[key] = (old_kind, old_name, frozenset() if case_free else forms | {phrase})
        self.prefixes.update(key[:n] for n in range(1, len(key) + 1))
        self.first.add(key[0])

    def match(self, ups: Sequence[str], start: int) -> tuple[int, tuple] | None:
        """Return (end, entry) of the longest phrase starting at token ``start``."""
        if ups[start] not in self.first:
            return None
        best = None
        words: tuple[str, ...] = ()
        i = start
        while i < len(ups):
            if ups[i] == "." and len(words[-1]) <= _ABBREVIATION_MAX:
                i += 1
                continue
            words += (ups[i],)
            i += 1
            if words not in self.prefixes:
                break
            entry = self.entries.get(words)
            if entry is not None:
                best = (i, entry)
        return best


def _build_gazetteer() -> Phrases:
    phrases = Phrases()
    for table, kind in (
        (lists.COUNTRIES, "place"),
        (lists.AREAS, "place"),
        (lists.CITIES, "place"),
        (lists.ORGANIZATIONS, "organization"),
        (lists.MINISTRY_ALIASES, "organization"),
    ):
        for name, variants in table.items():
            for phrase in (name, *variants):
                phrases.add(phrase, kind, name)
    return phrases


def _build_titles() -> Phrases:
    phrases = Phrases()
    for title in lists.TITLES:
        phrases.add(title.upper(), "title", title)
    for word in lists.PORTFOLIO_WORDS - {"AND", "OF", "FOR", "THE"}:
        phrases.add(f"{word} MINISTER", "title", f"{word.title()} Minister")
    return phrases


GAZETTEER = _build_gazetteer()
TITLES = _build_titles()
TITLE_WORDS = frozenset(word for key in TITLES.entries for word in key)
FIRST_NAMES_UPPER = frozenset(name.upper() for name in lists.FIRST_NAMES)
COMMON_WORDS_UPPER = frozenset(word.upper() for word in lists.COMMON_WORDS)
PARTICLES_UPPER = frozenset(word.upper() for word in lists.NAME_PARTICLES)
LOWER_FIRST_FORMS = frozenset(
    phrase.split()[0].upper()
    for table in (lists.ORGANIZATIONS, lists.COUNTRIES, lists.CITIES)
    for name, variants in table.items()
    for phrase in (name, *variants)
    if phrase[0].islower()
)
