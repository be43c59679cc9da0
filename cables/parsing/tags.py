"""The TAGS field: the codes a cable is filed under, read the way an archivist would.

What the release's TAGS lines hold besides codes separated by spaces or commas:

* a damaged keyword (``TAG``, ``TAS:``, ``TABS:``, ``TGS:``, ``TAGES:``, ``TAGS;``, ``AGS:``
  after an E.O. line run into it) or none at all, the codes standing on the line after
  the E.O. line;
* codes run together (``ETRDEINVPGOVCS``): split where every piece is a known code;
* a page break inside the block (``CONFIDENTIAL``, ``PAGE 02 ROME 01196 01 OF 03 211833Z``):
  its words, numbers and date-time groups are never tags;
* words typed in place of codes in older cables (``HUMAN RIGHTS``, ``COUNTRY CLEARANCE``):
  one tag for the words that stand together;
* a person after ``OVIP`` in any spelling (``OVIP (CLINTON, HILLARY)``, ``OVIP CLINTON
  HILLARY``): two tags, ``OVIP`` and the person as ``CLINTON, HILLARY``, so that one person
  is one tag;
* typos of known codes (``MOPPS``): kept as written; ``unknown_tags`` names them.

The known codes are the glossary's (the first column of ``cables/data/tags.tsv``).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from cables.entities import lists

from .breaks import across_breaks, remove_page_breaks
from .text import CLASSIFICATIONS, one_edit_apart

GLOSSARY = Path(__file__).resolve().parents[1] / "data" / "tags.tsv"

_FIELD_AFTER = re.compile(
    r"(?<![A-Za-z])(?:SUBJ(?:ECT)?\s*[:.]|REF(?:S|ERENCES?)?\s*:|CLASSIFIED\s+BY\b|"
    r"E\.\s?O\.\s?1\d{4}|EO\s+1\d{4}|DECL\s*:)",
    re.IGNORECASE,
)
# The keyword: "TAGS:" in any case; "TAGS PREL" without a colon; its damaged spellings,
# which are only taken in capitals and before a colon, semicolon or comma.
_KEYWORD = re.compile(
    r"(?m)(?:^[ \t]*|(?<=[\s\d.)]))(?:(?i:tags?)[ \t]*[:;]|TAGS?[ \t]*,|TAGS[ \t]+(?=[A-Z]))[ \t]*"
    r"|^[ \t]*(?i:tags?)[ \t]+(?=[A-Za-z])"
    r"|(?:^[ \t]*|(?<=[\s\d.)]))(?:TAS|TABS|TGS|TAGES|TGAS|TAGSS)[ \t]*[:;,][ \t]*"
    r"|(?<![A-Za-z])AGS[ \t]*:[ \t]*"
)
_EO_LINE = re.compile(r"(?im)^[ \t]*(?:E\.\s?O\.|EO)\s?1\d{4}\b.*$")
_PARAGRAPH_START = re.compile(r"^\s*(?:¶\s*)?\d{1,3}\s*\.(?:\s|\(|$)")
_TAG_LINE = re.compile(r"^[\sA-Za-z0-9,;.()/&'-]*$")

_DATE_TIME_GROUP = re.compile(r"^\d{6}Z$")
# Words of page breaks and headers run into the line, never tags on their own.
_NOT_TAGS = frozenset(
    {"PAGE", "OF", "AND", "REF", "REFS", "SUBJ", "SUBJECT", "TAGS", "TAG", "EO", "DECL", "NOFORN"}
    | {word for level in CLASSIFICATIONS for word in re.findall(r"[A-Z]+", level)}
    | {"UNCLAS", "LIMDIS", "EXDIS", "NODIS", "SIPDIS", "STADIS"}
)
# A field keyword written without its colon ends the tags.
_ENDS_TAGS = frozenset({"REF", "REFS", "SUBJ", "SUBJECT"})

# Codes and header words that also link the words of a free-text tag ("VISIT TO ROME",
# "MINISTRY OF DEFENSE"), where they stand between two words.
_LINKING_WORDS = frozenset(
    {"IN", "TO", "AS", "BY", "AT", "ON", "IS", "OR", "AN", "OF", "AND", "FOR"}
)


@lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    """The codes the glossary defines."""
    with open(GLOSSARY, encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        return frozenset(row[0].strip() for row in rows if row)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    names = [lists.COUNTRIES, lists.AREAS, lists.CITIES]
    words = {word.upper() for word in lists.COMMON_WORDS | lists.STOP_WORDS}
    for table in names:
        for name, variants in table.items():
            for each in (name, *variants):
                words.update(re.findall(r"[A-Z]+", each.upper()))
    return frozenset(words)


def is_word(token: str) -> bool:
    """A word typed into the TAGS line, not a code."""
    return (
        token.isalpha()
        and token not in known_codes()
        and (token in _english_words() or len(token) >= 7)
        and split_run_together(token) is None
    )


def split_run_together(token: str) -> list[str] | None:
    """``ETRDEINVPGOVCS`` -> ``[ETRD, EINV, PGOV, CS]``: the fewest known codes that spell
    the token, at least one of them a subject code of four letters or more; None where
    no such split exists (a word, a typo, an unknown code)."""
    if len(token) < 6 or not token.isalpha() or token in known_codes():
        return None
    if token in _english_words():
        return None
    codes = known_codes()
    # best[i]: the fewest pieces spelling token[:i]
    best: list[list[str] | None] = [[]] + [None] * len(token)
    for end in range(1, len(token) + 1):
        for length in (6, 5, 4, 3, 2):
            start = end - length
            previous = best[start] if start >= 0 else None
            if previous is None or token[start:end] not in codes:
                continue
            candidate = [*previous, token[start:end]]
            current = best[end]
            if current is None or len(candidate) < len(current):
                best[end] = candidate
    pieces = best[len(token)]
    if not pieces or len(pieces) < 2 or max(len(piece) for piece in pieces) < 4:
        return None
    return pieces


def _continuation(lines: list[str]) -> list[str]:
    """The lines that carry the TAGS block on, past any page break inside it."""
    parts: list[str] = []
    for line in across_breaks(lines[:8]):
        if (
            _FIELD_AFTER.match(line.strip())
            or _PARAGRAPH_START.match(line)
            or not _TAG_LINE.match(line)
            or len(line.split()) > 8
        ):
            break
        parts.append(line)
    return parts


def _keywordless_line(text: str) -> str | None:
    """Codes standing alone on the line after the E.O. line, where the keyword is missing."""
    eo = _EO_LINE.search(text)
    if not eo:
        return None
    for line in text[eo.end() :].split("\n")[1:4]:
        if not line.strip():
            continue
        tokens = [token.upper() for token in re.findall(r"[A-Za-z0-9]+", line)]
        if not tokens or not _TAG_LINE.match(line) or _FIELD_AFTER.search(line):
            return None
        if all(token in _NOT_TAGS for token in tokens):  # a caveat line: SIPDIS, NOFORN
            continue
        known = sum(token in known_codes() for token in tokens)
        return line if known and known * 2 >= len(tokens) else None
    return None


def tags_text(text: str) -> str | None:
    """The raw value of the TAGS field: its line and the lines that carry it on."""
    match = _KEYWORD.search(text)
    if not match:
        return _keywordless_line(text)
    lines = text[match.end() :].split("\n")
    first = lines[0]
    cut = _FIELD_AFTER.search(first)
    if cut:
        return first[: cut.start()]
    return " ".join([first, *_continuation(lines[1:])])


_PERSON_PAREN = re.compile(r"OVIP\s*\(([^()]{2,60})\)", re.IGNORECASE)
_TAG_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_SEPARATORS = re.compile(r"(\s*[,;/]\s*|\s+)")


def person(name: str) -> str:
    """A person as one tag: ``SURNAME, GIVEN NAMES`` in capitals, initials kept.
    Without a comma the first word is the surname, as the TAGS lines write them."""
    name = " ".join(name.replace("(", " ").replace(")", " ").split()).upper().strip(" ,;")
    if "," in name:
        surname, given = (part.strip() for part in name.split(",", 1))
    else:
        surname, _, given = name.partition(" ")
    given = " ".join(given.replace(",", " ").split())
    return f"{surname}, {given}" if given else surname


def _tokens(value: str) -> list[tuple[str, str]]:
    """(token, the separator after it) for each token of a TAGS value."""
    pieces = _SEPARATORS.split(value.strip())
    return [
        (pieces[i], pieces[i + 1] if i + 1 < len(pieces) else "") for i in range(0, len(pieces), 2)
    ]


def _code(token: str) -> str:
    return "".join(_TAG_TOKEN.findall(token)).upper()


def _looks_like_a_code(word: str) -> bool:
    """Codes the glossary may not hold, which a name after OVIP is not: two letters,
    four letters of a subject code's first letter with at most one vowel, digits."""
    vowels = sum(letter in "AEIOUY" for letter in word)
    return (
        word in known_codes()
        or len(word) <= 2
        or (len(word) == 4 and word[0] in "ABCEKMOPST" and vowels <= 1)
        or not word.isalpha()
    )


def _person_after_ovip(tokens: list[tuple[str, str]], index: int) -> tuple[str | None, int]:
    """The person that follows an OVIP tag ("OVIP BIDEN JOSEPH PREL", "OVIP CLINTON,
    HILLARY R."), and the index of the token after it."""

    def name_word(position: int, given: bool) -> str | None:
        raw = tokens[position][0].upper()
        if given and _INITIAL.match(raw):
            return raw
        word = _code(raw)
        return word if word.isalpha() and not _looks_like_a_code(word) else None

    surname = name_word(index, given=False) if index < len(tokens) else None
    if surname is None:
        return None, index
    separator = tokens[index][1]
    index += 1
    given: list[str] = []
    if not separator.strip() or "," in separator:
        while index < len(tokens) and len(given) < 4:
            word = name_word(index, given=True)
            if word is None:
                break
            given.append(word)
            index += 1
            if tokens[index - 1][1].strip():  # a comma or semicolon ends the name
                break
    return person(f"{surname}, {' '.join(given)}" if given else surname), index


def _free_text(tokens: list[tuple[str, str]], index: int) -> tuple[str | None, int]:
    """Words typed in place of codes that stand together ("HUMAN RIGHTS"), as one tag."""
    words: list[str] = []
    position = index
    while position < len(tokens):
        word = _code(tokens[position][0])
        if word in _ENDS_TAGS:
            break
        linking = bool(words) and word in _LINKING_WORDS
        if not linking and (word in _NOT_TAGS or not is_word(word)):
            break
        words.append(word)
        position += 1
        if tokens[position - 1][1].strip():  # a comma, semicolon or slash ends the tag
            break
    while words and words[-1] in _LINKING_WORDS:
        words.pop()
        position -= 1
    content = [word for word in words if len(word) >= 5 and word.upper() not in _NOT_TAGS]
    if len(words) < 2 or not content:
        return None, index
    return " ".join(words), position


def parse_tags(text: str) -> list[str]:
    """The TAGS codes in order, each once (see the module's docstring for what is read)."""
    value = tags_text(text)
    if not value:
        return []
    people: list[str] = []

    def hold_person(match: re.Match) -> str:
        people.append(person(match.group(1)))
        return f" OVIP \x00{len(people) - 1} "

    tokens = _tokens(_PERSON_PAREN.sub(hold_person, remove_page_breaks(value)))
    tags: list[str] = []
    index = 0
    while index < len(tokens):
        raw, separator = tokens[index]
        if raw.startswith("\x00"):
            tags.append(people[int(raw[1:])])
            index += 1
            continue
        phrase, after = _free_text(tokens, index)
        if phrase:
            tags.append(phrase)
            index = after
            continue
        index += 1
        code = _code(raw)
        if code in _ENDS_TAGS:
            break
        if not code or code in _NOT_TAGS or code.isdigit() or _DATE_TIME_GROUP.match(code):
            continue
        tags.extend(split_run_together(code) or [code])
        if code == "OVIP" and not separator.strip():
            name, index = _person_after_ovip(tokens, index)
            if name:
                tags.append(name)
    return list(dict.fromkeys(tags))


@lru_cache(maxsize=4096)
def _near_codes(tag: str) -> tuple[str, ...]:
    return tuple(sorted(code for code in known_codes() if one_edit_apart(tag, code)))


def unknown_tags(tags: list[str]) -> list[str]:
    """A warning for each code the glossary does not define (a typo, a code run together
    in a way no split explains), naming the known codes it is one letter away from where
    that says something (a short code is a letter away from dozens); words and persons
    are not codes and are left out."""
    warnings = []
    for tag in tags:
        if tag in known_codes() or " " in tag or "," in tag or not tag.isalnum():
            continue
        near = _near_codes(tag) if len(tag) >= 4 else ()
        hint = f" (one letter from {', '.join(near)})" if 0 < len(near) <= 3 else ""
        warnings.append(f"TAGS: {tag} is not a known code{hint}")
    return warnings
