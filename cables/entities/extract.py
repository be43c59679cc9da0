"""Rule-based extraction of people, organizations and places from cable paragraphs.

Offline and deterministic: word lists (``cables.entities.lists``, the long ones in
``cables/data/entities/``), title words and a
few patterns, no model. Many cables are all in capitals, where capitalisation says
nothing about where a name starts or stops; there a name is only taken after a
title ("PRESIDENT MUGABE"), after a known given name ("VLADIMIR PUTIN") or from the
lists, and it stops at the first common English word.

Within one cable a surname ("Putin", "President Putin") is merged into the one full
name ending with it ("Vladimir Putin"); a bare capitalised word alone is never a
person unless the cable names that person in full or after a title.

This module scans paragraphs and merges what it finds; the tables it looks words up
in are built in ``cables.entities.phrases``, entity keys in ``cables.entities.keys``.
"""

from __future__ import annotations

import re
import string
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from cables.entities import lists
from cables.entities.keys import entity_key, person_words
from cables.entities.phrases import (
    COMMON_WORDS_UPPER,
    FIRST_NAMES_UPPER,
    GAZETTEER,
    LOWER_FIRST_FORMS,
    PARTICLES_UPPER,
    TITLE_WORDS,
    TITLES,
    tokenize,
)


class ExtractedEntity(NamedTuple):
    """One entity of a cable. A named tuple: workers send many of them to the process
    that stores them, and tuples unpickle three times faster than dataclasses."""

    key: str  # normalized de-duplication key, e.g. "person:vladimir putin"
    name: str  # display name, e.g. "Vladimir Putin"
    kind: str  # "person" | "organization" | "place"
    aliases: tuple[str, ...]  # other surface forms seen, e.g. ("Putin", "President Putin")
    mentions: tuple[tuple[int, int], ...]  # (paragraph index, count) pairs


_LOWER_LETTERS = string.ascii_lowercase.encode()
_UPPER_LETTERS = string.ascii_uppercase.encode()
# Lines that carry routing, references or markings rather than prose.
_JUNK_LINE_KINDS = (
    r"TAGS\b|E\.?\s?O\.?\s*1\d{4}|REF(?:S|TEL)?\b|DECL\b|(?:FM|TO|INFO)\s+[A-Z/ ]+$"
    r"|(?:AMEMBASSY|AMCONSUL|AMCONSULATE|USMISSION|SECSTATE|SECDEF|USDEL)\b[A-Z/ ]*$"
)
_DISTRIBUTION_LIST = r".*\b[A-Z]{1,6}-0\d\b"  # "ACTION EUR-00 INFO LOG-00 ..."
_JUNK_LINE_RE = re.compile(
    r"^[ \t]*(?:" + _JUNK_LINE_KINDS + "|" + _DISTRIBUTION_LIST + r").*$", re.MULTILINE
)
# The same without distribution lists, for the many texts without "-0": searching every
# line for one was two thirds of the time spent on junk lines.
_JUNK_LINE_NO_LIST_RE = re.compile(r"^[ \t]*(?:" + _JUNK_LINE_KINDS + r").*$", re.MULTILINE)
_QUOTES = frozenset('"“”')
_CLASSIFIED_BY_RE = re.compile(r"classified\s+by\s*:?\s*([^\n]*)", re.IGNORECASE)
_CLASSIFIER_TAIL_RE = re.compile(
    r"(?:,|;|\(|\bfor\s+reasons?\b|\breasons?\b|\bper\b|\be\.?o\.?\b|\b1\.[45]\b).*$", re.IGNORECASE
)


_CONNECTORS = frozenset({"AND", "OF", "FOR", "THE"})
# Tokens worth a closer look; every other token is skipped at once.
_CANDIDATES = frozenset(
    GAZETTEER.first | TITLES.first | FIRST_NAMES_UPPER | {"MINISTRY", "PARTY", "CLASSIFIED"}
)


def _is_upper_text(text: str) -> bool:
    # A paragraph is written in one case; its start tells which.
    sample = text[:600].encode("ascii", "ignore")
    lower = len(sample) - len(sample.translate(None, _LOWER_LETTERS))
    upper = len(sample) - len(sample.translate(None, _UPPER_LETTERS))
    return lower * 4 < upper


def _display(words: Iterable[str]) -> str:
    """Display form of all-capitals name words: "AL-MALIKI" -> "Al-Maliki"."""
    shown = []
    for index, word in enumerate(word.upper() for word in words):
        if index and word in PARTICLES_UPPER:
            shown.append(word.lower())
        elif word.startswith("MC") and len(word) > 3:
            shown.append("Mc" + word[2:].capitalize())
        elif len(word) > 2 and word[1] in "'’":
            shown.append(word[:2] + word[2:].capitalize())
        else:
            shown.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(shown)


class _Found(NamedTuple):
    kind: str
    name: str  # canonical or display name
    surface: str  # the words as written, for aliases
    paragraph: int | None
    titled: bool = False


class _Paragraph:
    """One paragraph's tokens and the token indexes already claimed by an entity."""

    def __init__(self, text: str, index: int) -> None:
        self.index = index
        self.upper = _is_upper_text(text)
        text = (_JUNK_LINE_RE if "-0" in text else _JUNK_LINE_NO_LIST_RE).sub(" ", text)
        self.texts = tokenize(text)
        self.ups = self.texts if self.upper and text.isupper() else [w.upper() for w in self.texts]
        self.used: set[int] = set()

    def show(self, words: Sequence[str]) -> str:
        return _display(words) if self.upper else " ".join(words)

    def capitalised(self, i: int) -> bool:
        return self.texts[i][0].isupper()

    def name_like(self, i: int, allow_common: bool = False) -> bool:
        up = self.ups[i]
        if not up[0].isalpha() or up in lists.STOP_WORDS or up in TITLE_WORDS:
            return False
        if not self.capitalised(i):
            return False
        if "-" in up and all(part in COMMON_WORDS_UPPER for part in up.split("-")):
            return False  # "STAY-AWAY", "WELL-KNOWN"
        return allow_common or up not in COMMON_WORDS_UPPER

    def is_initial(self, i: int) -> bool:
        text = self.texts[i]
        return (
            len(text) == 1
            and text.isupper()
            and i + 1 < len(self.texts)
            and self.texts[i + 1] == "."
        )

    def name_after(self, start: int) -> tuple[list[str], int]:
        """Collect up to five name words from ``start``; return them and the end index."""
        words: list[str] = []
        i = start
        texts, ups = self.texts, self.ups
        while i < len(texts) and len(words) < 5:
            if i in self.used:
                break
            place = ups[i] in GAZETTEER.first and GAZETTEER.match(ups, i)
            # A one-word place right after a name in mixed case is its last part:
            # "Benjamin Sagahon Medina", not a person then the city of Medina.
            if place and not (
                len(words) >= 2 and not self.upper and place[0] == i + 1 and place[1][0] == "place"
            ):
                break
            if self.is_initial(i):
                words.append(texts[i] + ".")
                i += 2
                continue
            if words and ups[i] in PARTICLES_UPPER and i + 1 < len(texts):
                words.append(texts[i])
                i += 1
                continue
            if words and texts[i] in _QUOTES and i + 2 < len(texts) and texts[i + 2] in _QUOTES:
                i += 3  # a nickname: Manuel "Mel" Zelaya
                continue
            # In mixed case a common word may open a name when a name word follows
            # ("Ban Ki-moon"); in capitals it is most often a verb ("URGED").
            first_common = (
                not self.upper and not words and i + 1 < len(texts) and self.name_like(i + 1)
            )
            if len(texts[i]) < 2 or not self.name_like(i, allow_common=first_common):
                break
            words.append(texts[i])
            i += 1
        while words and (words[-1].upper() in PARTICLES_UPPER or words[-1].endswith(".")):
            words.pop()
            i -= 2 if i > 1 and texts[i - 1] == "." else 1
        return words, i


def _scan(par: _Paragraph, found: list[_Found]) -> None:
    """Find gazetteer names, ministries, parties and people in one paragraph."""
    candidates = [i for i, up in enumerate(par.ups) if up in _CANDIDATES]
    if not par.upper:  # "Susan E. Rice": the word before an initial
        texts = par.texts
        dots = [i for i, text in enumerate(texts) if text == "."]
        candidates += [i - 2 for i in dots if i > 1 and len(texts[i - 1]) == 1]
        candidates.sort()
    end = 0
    for i in candidates:
        if i >= end:
            end = _scan_at(par, i, found)
            if end > i:
                par.used.update(range(i, end))


def _scan_at(par: _Paragraph, i: int, found: list[_Found]) -> int:
    ups = par.ups
    if ups[i] == "CLASSIFIED" and i + 1 < len(ups) and ups[i + 1] == "BY":
        return i + 2  # handled by the classified_by argument or _classifiers()
    end = _match_ministry(par, i, found) or _match_gazetteer(par, i, found)
    if end:
        return end
    end = _match_titled_person(par, i, found) or _match_full_name(par, i, found)
    return end or (_match_party(par, i, found) if ups[i] == "PARTY" else i)


def _match_gazetteer(par: _Paragraph, i: int, found: list[_Found]) -> int:
    hit = GAZETTEER.match(par.ups, i)
    if hit is None:
        return 0
    end, (kind, name, forms) = hit
    surface = " ".join(word for word in par.texts[i:end] if word != ".")
    if par.upper:
        if surface in lists.AMBIGUOUS_IN_UPPER_CASE:
            return 0
    elif forms:
        if surface not in forms:
            return 0
    elif not par.texts[i][0].isupper() and par.ups[i] not in LOWER_FIRST_FORMS:
        return 0
    after = par.ups[end] if end < len(par.ups) else ""
    if kind == "place" and (after.isdigit() or after in lists.NOT_A_PLACE_AFTER):
        return end  # "MOSCOW 1234" cites a cable, "Rome Statute" names a treaty
    if forms and "/" in (after, par.ups[i - 1] if i else ""):
        return end  # an office symbol such as "WHA/CAR" or "EUR/RPM"
    if kind == "organization" and i and i - 1 in par.used and found and found[-1].kind == kind:
        return end  # a body of the organization just named: "OAS General Assembly"
    found.append(_Found(kind, name, surface, par.index))
    return end


def _match_ministry(par: _Paragraph, i: int, found: list[_Found]) -> int:
    ups = par.ups
    if ups[i] != "MINISTRY" or not par.capitalised(i):
        return 0
    if i + 2 >= len(ups) or ups[i + 1] not in ("OF", "FOR"):
        return 0
    end = i + 2
    while end < len(ups) and end - i < 8 and ups[end] in lists.PORTFOLIO_WORDS:
        end += 1
    while end > i + 2 and ups[end - 1] in _CONNECTORS:
        end -= 1
    if end == i + 2:
        return 0
    words = [word.lower() if word in _CONNECTORS else word.capitalize() for word in ups[i:end]]
    surface = " ".join(par.texts[i:end])
    found.append(_Found("organization", " ".join(words), surface, par.index))
    return end


def _match_party(par: _Paragraph, i: int, found: list[_Found]) -> int:
    ups = par.ups
    start = i
    while start > 0 and i - start < 3 and start - 1 not in par.used:
        up = ups[start - 1]
        if not (up[0].isalpha() and par.capitalised(start - 1)):
            break
        if up not in lists.PARTY_WORDS and (up in lists.STOP_WORDS or up in COMMON_WORDS_UPPER):
            break
        start -= 1
    if start == i or not par.capitalised(i):
        return i
    words = par.texts[start : i + 1]
    found.append(_Found("organization", par.show(words), " ".join(words), par.index))
    par.used.update(range(start, i))
    return i + 1


def _match_titled_person(par: _Paragraph, i: int, found: list[_Found]) -> int:
    ups = par.ups
    hit = TITLES.match(ups, i)
    if hit is None or not par.capitalised(i):
        return 0
    end = hit[0]
    if ups[end - 1] == "MINISTER" and end < len(ups) and ups[end] in ("OF", "FOR"):
        end += 1
        while end < len(ups) and ups[end] in lists.PORTFOLIO_WORDS:
            end += 1
    if end < len(ups) and ups[end] == "." and ups[end - 1] in lists.SHORT_TITLES:
        end += 1
    words, name_end = par.name_after(end)
    if not words:
        return 0
    title = " ".join(par.texts[i:end]).replace(" .", ".")
    if par.upper:  # the title as listed ("PM", "Prime Minister"), then any portfolio
        title = " ".join([hit[1][1], *(w.capitalize() for w in par.texts[hit[0] : end])])
        title = title.replace(" Of ", " of ").replace(" And ", " and ").replace(" .", ".")
    name = par.show(words)
    surface = f"{title} {name}"
    found.append(_Found("person", name, surface, par.index, titled=True))
    return name_end


def _match_full_name(par: _Paragraph, i: int, found: list[_Found]) -> int:
    """A full name without a title: a known given name, or "Susan E. Rice"."""
    known_given = (
        par.ups[i] in FIRST_NAMES_UPPER
        and par.name_like(i)
        and (par.upper or not par.texts[i].isupper())  # not an acronym: "ANA" the army
    )
    with_initial = (
        not known_given
        and not par.upper
        and i + 3 < len(par.ups)
        and par.name_like(i)
        and par.is_initial(i + 1)
        and par.name_like(i + 3)
    )
    if not (known_given or with_initial):
        return 0
    words, end = par.name_after(i)
    if sum(len(word) > 2 for word in words) < 2:
        return 0
    before = par.texts[i - 1] if i else ""
    if (
        before
        and not par.upper
        and not before.isupper()
        and i - 1 not in par.used
        and (par.name_like(i - 1) and not par.is_initial(i - 1))
    ):
        words.insert(0, par.texts[i - 1])  # a given name before the known one
        par.used.add(i - 1)
    name = par.show(words)
    found.append(_Found("person", name, name, par.index))
    return end


def _classifier_found(line: str) -> _Found | None:
    """The person in a "Classified By" line or a signature: the last run of name words."""
    line = _CLASSIFIER_TAIL_RE.sub("", _CLASSIFIED_BY_RE.sub(r"\1", line)).strip()
    if not line:
        return None
    par = _Paragraph(line, -1)
    if "NARA" in par.ups:  # "CLASSIFIED BY NARA 09/02/2009": a declassification stamp
        return None
    run: list[int] = []
    last: list[int] = []  # the last run, whatever punctuation follows it
    for i, text in enumerate(par.texts):
        acronym = not par.upper and len(text) > 1 and (text.isupper() or text.endswith("Off"))
        if text == "." and run and par.is_initial(run[-1]):
            continue
        office = acronym or par.ups[i] in lists.OFFICE_WORDS
        if office or not (par.is_initial(i) or par.name_like(i)):
            run = []
        else:
            run.append(i)
            last = run
    words = [par.texts[i] + ("." if par.is_initial(i) else "") for i in last][-4:]
    if not words:
        return None
    name = par.show(words)
    return _Found("person", name, name, None, titled=True)


def extract_entities(
    paragraphs: Sequence[str], *, classified_by: Sequence[str] = (), signer: str | None = None
) -> list[ExtractedEntity]:
    """Extract the people, organizations and places of one cable.

    ``paragraphs`` are the cable's paragraphs in order; mentions refer to their index.
    ``classified_by`` are "Classified By" lines (or just the names in them) and
    ``signer`` the signature ("CLINTON"): both name people even when the paragraphs
    do not mention them. Classified By lines inside the paragraphs are read too.
    """
    pars = [_Paragraph(text, index) for index, text in enumerate(paragraphs)]
    found: list[_Found] = []
    for par in pars:
        _scan(par, found)
    lines = [
        *classified_by,
        *(
            match[1]
            for text in paragraphs
            if "classified" in text.lower()  # four times cheaper than the search below
            for match in _CLASSIFIED_BY_RE.finditer(text)
        ),
    ]
    if signer:
        lines.append(signer)
    found.extend(item for item in map(_classifier_found, lines) if item)
    return _merge(found, pars)


def _merge(found: list[_Found], pars: list[_Paragraph]) -> list[ExtractedEntity]:
    person_keys = _resolve_people(found)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    surfaces: dict[str, set[str]] = defaultdict(set)
    mentions: dict[str, Counter[int]] = defaultdict(Counter)
    kinds: dict[str, str] = {}
    for item in found:
        key = (
            person_keys.get(item.name)
            if item.kind == "person"
            else entity_key(item.name, item.kind)
        )
        if key is None:
            continue
        kinds[key] = item.kind
        names[key][item.name] += 1
        surfaces[key].add(item.surface)
        if item.paragraph is not None:
            mentions[key][item.paragraph] += 1
    _count_bare_surnames(pars, person_keys, surfaces, mentions)
    entities = []
    for key in sorted(kinds):
        # The most used full form is the display name; the longest on a tie.
        counts = names[key]
        full = [n for n in counts if len(n.split()) > 1] or list(counts)
        name = max(full, key=lambda n: (counts[n], len(n), n))
        entities.append(
            ExtractedEntity(
                key,
                name,
                kinds[key],
                _aliases(name, surfaces[key]),
                tuple(sorted(mentions[key].items())),
            )
        )
    return entities


def _aliases(name: str, surfaces: set[str]) -> tuple[str, ...]:
    """Surface forms other than the name, one per spelling whatever its case."""
    chosen: dict[str, str] = {}
    # Mixed-case spellings first, so that "Hague" is kept rather than "HAGUE".
    for surface in sorted(surfaces, key=lambda s: (s.isupper(), s)):
        if surface.isupper() and len(surface) > 8:
            surface = _display(surface.split())
        chosen.setdefault(surface.casefold(), surface)
    chosen.pop(name.casefold(), None)
    return tuple(sorted(chosen.values()))


def _surname(name: str) -> str:
    words = person_words(name)
    return words[-1].upper() if words else ""


def _resolve_people(found: list[_Found]) -> dict[str, str]:
    """Map each person name found to its key, merging surnames into full names."""
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    keys: dict[str, str] = {}
    for item in found:
        if item.kind == "person" and len(person_words(item.name)) >= 2:
            key = entity_key(item.name, "person")
            keys[item.name] = key
            full_by_surname[_surname(item.name)].add(key)
    for item in found:
        if item.kind != "person" or item.name in keys:
            continue
        candidates = full_by_surname.get(_surname(item.name), set())
        if len(candidates) == 1:
            keys[item.name] = next(iter(candidates))
        elif item.titled:
            keys[item.name] = entity_key(item.name, "person")
    return keys


def _count_bare_surnames(
    pars: list[_Paragraph],
    person_keys: dict[str, str],
    surfaces: dict[str, set[str]],
    mentions: dict[str, Counter[int]],
) -> None:
    """Count a surname alone ("TSVANGIRAI SAID") as a mention of the one person with it."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name, key in person_keys.items():
        by_surname[_surname(name)].add(key)
    unique = {s: next(iter(k)) for s, k in by_surname.items() if len(k) == 1 and len(s) > 2}
    for par in pars:
        if unique.keys().isdisjoint(par.ups):
            continue
        for i in [i for i, up in enumerate(par.ups) if up in unique]:
            key = unique[par.ups[i]]
            if i in par.used or not par.name_like(i):
                continue
            mentions[key][par.index] += 1
            surfaces[key].add(par.show([par.texts[i]]))
