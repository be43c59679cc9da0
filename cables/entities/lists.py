"""Word lists for the rule-based entity extractor (``cables.entities.extract``).

The tables and the long lists are UTF-8 text files under ``cables/data/entities/``,
read once at import; only a few short word sets stay here. A table file
(``countries.txt``, ``areas.txt``, ``cities.txt``, ``organizations.txt``,
``ministries.txt``) has one line per name: the canonical name, then its variants, each
after a ``|`` (``Russia|Russian Federation``); the order of the lines is kept. A list
file holds words separated by white space (``titles.txt``: phrases separated by ``|``
or line breaks).
Plain data: every name is written the way it is displayed; the extractor matches them
case-insensitively on word boundaries (acronyms case-sensitively in mixed-case text). A
variant maps to its canonical name so that "Russian Federation" and "Russia" are one
place.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "entities"


def _data(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _words(block: str) -> list[str]:
    return block.split()


def _table(block: str) -> dict[str, tuple[str, ...]]:
    """Parse 'Name|Variant|Variant' lines into {name: variants}."""
    table: dict[str, tuple[str, ...]] = {}
    for line in block.strip().splitlines():
        name, *variants = (part.strip() for part in line.split("|"))
        table[name] = tuple(variants)
    return table


# Canonical country name -> other names it goes by in cables.
COUNTRIES = _table(_data("countries.txt"))

# Territories, regions and areas that cables treat as places in their own right.
AREAS = _table(_data("areas.txt"))

# Capitals, other large cities and the cities of US posts. Variants map to the name.
# Left out on purpose: city names that are common English words or first names
# (Male, Nice, Split, Reading, Mobile, Victoria, Florence, Hamilton, Charlotte).
CITIES = _table(_data("cities.txt"))

# Organizations: "Display Name|variant|variant". All-capital variants of up to eight
# characters are acronyms: in mixed-case text they match only in capitals.
ORGANIZATIONS = _table(_data("organizations.txt"))

# Acronyms and names that are ordinary words when a text is all in capitals.
AMBIGUOUS_IN_UPPER_CASE = frozenset(
    {"WHO", "CAR", "PAN", "MAS", "SHELL", "AMAL", "ETA", "JAM", "LET", "AQ", "UNM", "BASIJ"}
)

# "Foreign Ministry", "MFA": the short forms of ministries, by their long form.
MINISTRY_ALIASES = _table(_data("ministries.txt"))

# Words that may follow "Ministry of" in an all-capitals text.
PORTFOLIO_WORDS = frozenset(_words(_data("portfolio_words.txt")))

# Words that may stand before "Party" in an all-capitals text.
PARTY_WORDS = frozenset(_words(_data("party_words.txt")))

# Titles that introduce a person's name, longest first when they share a start.
TITLES = tuple(
    line.strip() for line in _data("titles.txt").replace("\n", "|").split("|") if line.strip()
)

# Name particles written in lower case inside a name ("Lula da Silva").
NAME_PARTICLES = frozenset(
    _words("al el bin bint ibn abu abd da de del della der di dos du la le van von ter ben")
)

# Abbreviated titles, after which a period does not end the sentence ("Gen. Gowon").
SHORT_TITLES = frozenset(_words("MR MS MRS DR GEN LT COL ADM AMB SEN REP GOV PROF MAJ BRIG"))

# Office words and abbreviations that stand before a name in "Classified By" lines.
OFFICE_WORDS = frozenset(_words(_data("office_words.txt")))

# Words after a place name that make it part of another name ("Kyoto Protocol",
# "Rome Statute", "Kuwait Finance House"): the place is then not counted.
NOT_A_PLACE_AFTER = frozenset(_words(_data("not_a_place_after.txt")))

# Given names that, followed by a capitalised non-word, start a full name even
# without a title. Names that are also common words (Will, May, Grant) are left out.
FIRST_NAMES = frozenset(_words(_data("first_names.txt")))

# Words that are never part of a person's name, whatever their case.
STOP_WORDS = frozenset(_words(_data("stop_words.txt")))

# Words seen mostly in lower case in running English text of diplomatic reporting
# (counted on mixed-case paragraphs: lower-case uses at least twice the capitalised
# ones inside a sentence). In an all-capitals text a name stops at such a word.
COMMON_WORDS = frozenset(_words(_data("common_words.txt")))
