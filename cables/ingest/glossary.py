"""The TAGS glossary: definitions of State Department TAGS codes.

The data lives in ``cables/data/tags.tsv`` (UTF-8, header ``code kind definition``)
so that a data migration can load it without importing this module's logic.
Country and area codes are the FIPS 10-4 based codes the TAGS use (``TO`` is Togo,
``TN`` Tonga, ``BY`` Burundi, ``BO`` Belarus, ``AU`` Austria), not ISO codes.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import NamedTuple

from cables.models import TagKind
from cables.parsing.tags import is_word

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "tags.tsv"

# The kinds a tag can be: defined once, by the model.
KINDS = tuple(TagKind.values)

# Definitions that come from how the code is used in cables rather than from the
# TAGS handbook. They are plausible but should be corrected when a source turns up.
INFERRED_DEFINITIONS = frozenset(
    {
        "KDRG", "KGIC", "KOMC", "KSCA", "KSEP", "KTDB", "KTIA",
        "OPDC", "PHSA", "PROP", "XH", "XK", "XR", "XY",
    }
)  # fmt: skip

# Codes met in cables' TAGS lines that get no definition on purpose: words and
# names typed into the TAGS line, codes run together, typos, and codes whose
# meaning is ambiguous or unknown. Ingest should still store them as tags.
UNDEFINED_CODES = {
    "HUMAN": "a word of 'HUMAN RIGHTS' typed into the TAGS line",
    "RIGHTS": "a word of 'HUMAN RIGHTS' typed into the TAGS line",
    "ITPHUM": "IT and PHUM run together",
    "VTPREL": "VT and PREL run together",
    "ENGR": "typo, most likely for ENRG",
    "PAK": "not a TAGS code (Pakistan is PK)",
    "TIP": "not a TAGS code (trafficking in persons is KTIP)",
    "GE": "not a TAGS code; used for both Georgia (GG) and Germany (GM)",
    "KFLO": "looks like a real K-tag, meaning not known",
    "PMAR": "looks like a real P-tag, meaning not known",
}


class GlossaryEntry(NamedTuple):
    code: str
    kind: str
    definition: str


def load_glossary(path: Path | str = DEFAULT_PATH) -> dict[str, GlossaryEntry]:
    """Read the glossary TSV into a dict keyed by tag code.

    Raises ``ValueError`` on a duplicate code, an unknown kind or a short row,
    so a bad edit of the data file fails loudly instead of loading half.
    """
    glossary: dict[str, GlossaryEntry] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header != ["code", "kind", "definition"]:
            raise ValueError(f"unexpected glossary header: {header!r}")
        for line_number, row in enumerate(reader, start=2):
            if not row:
                continue
            if len(row) != 3 or not all(field.strip() for field in row):
                raise ValueError(f"line {line_number}: expected 3 fields, got {row!r}")
            entry = GlossaryEntry(*(field.strip() for field in row))
            if entry.kind not in KINDS:
                raise ValueError(f"line {line_number}: unknown kind {entry.kind!r}")
            if entry.code in glossary:
                raise ValueError(f"line {line_number}: duplicate code {entry.code!r}")
            glossary[entry.code] = entry
    return glossary


def guess_tag_kind(code: str) -> str:
    """Guess the kind of a tag code that the glossary does not define.

    Person tags name someone, e.g. ``RICE, CONDOLEEZZA`` or, as older loads stored
    them, ``OVIP (STEINBERG, JAMES B.)`` and ``KEYSER CRAIG``: anything with a parenthesis
    or comma, and words that are not all English words (``HUMAN RIGHTS``, typed into the
    TAGS line, is a subject). Bare two-letter codes are country or area codes;
    everything else is taken as a subject.
    """
    code = code.strip()
    if any(char in code for char in "(),"):
        return "person"
    if " " in code:
        return "subject" if all(map(is_word, code.split())) else "person"
    if len(code) == 2 and code.isalpha():
        return "country"
    return "subject"
