"""The ``Classified By`` line: who classified the cable (the names), as what (the title),
and under which reasons of the executive order.

The name is the person only: titles and offices before or after it (``Ambassador to Sudan``,
``DCM``, ``EUR/RUS``) go to the title, separators and dashes (``THEODORE KATTOUF -``) go.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cables.entities import lists

from .fields import continues
from .posts import POST_NAMES

_CLASSIFIED_BY = re.compile(r"(?i)classified\s+by\s*[:.;]?\s*(?:classified\s+by\s*:?\s*)?")
_REASON = re.compile(r"(?i)[,.;]?\s*(?:for\s+)?(?:reasons?|e\.?o\.?\s*12958)\b\s*[:.]?\s*")
# No "reason" word: "Pol Counselor Lisa Carle, 1.4(b),(d)", "Charge J. Roe per 1.5 (b)".
_BARE_REASON = re.compile(r"(?i)(?:[,;]\s*|\s+per\s+|\s+-*\s*)(?=1\s?\.\s?[45]\s*\(?[a-h]\b)")
_DASH = re.compile(r"\s+-{1,2}(?:\s+|$)|\s*--\s*")
_TITLE_TEXT = """
ACTING AMBASSADOR AMB AMB. CHARGE CHARGÉ D'AFFAIRES D’AFFAIRES AFFAIRES A.I. AI DEPUTY CHIEF
OF MISSION POLITICAL ECONOMIC ECON POL COUNSELOR COUNSELLOR OFFICER OFFICERS MINISTER CONSUL
GENERAL PRINCIPAL DIRECTOR SECTION HEAD SECRETARY ASSISTANT UNDER MANAGEMENT PUBLIC REGIONAL
SECURITY SENIOR ADVISOR ADVISER COORDINATOR ATTACHE DEFENSE MILITARY CONSULAR COMMERCIAL
AGRICULTURAL LABOR REFUGEE ENVIRONMENT SCIENCE TECHNOLOGY HEALTH SPECIALIST REPRESENTATIVE
PERMANENT ALTERNATE U.S. US THE FOR AND A/DCM DCM CDA CG PO DATT RSO PAO LEGATT POLCOUNS
POLCOUN POLOFF POLOFFS ECONOFF ECONOFFS POLCHIEF ECONCHIEF POLMILOFF POL/ECON ECON/POL POL-MIL
POLMIL POL-ECON M/C A/S AMBASSADOR-AT-LARGE LEGAL AFFAIRS UNIT EXTERNAL INTERNAL OFFICE SR.
DEP. CHIEF, POLITICAL/ECONOMIC ECONOMIC/POLITICAL POLITICAL-MILITARY ACTG ACTG. INTERIM
ENERGY TRADE FINANCE TREASURY JUSTICE HOMELAND AID USAID DEA FBI DHS EMBASSY CONSULATE
ADCM DAS PDAS CONGEN CONGENOFF CONOFF DPO PERMREP DEPREP DEPPERMREP MINISTER-COUNSELOR
MINISTER-COUNSELLOR ECONCOUNS POLECON POLECONOFF ECOPOL MGMT USUN USNATO USEU USOSCE UNVIE
MISSION USMISSION EUR NEA WHA EAP SCA INR ISN DRL INL PRM OES EEB IO CT S/CT STATE DEPT
DEPARTMENT BUREAU DESK NAS ESTH ESTHOFF ECONCOUNSELOR POLCOUNSELOR CHARGE' A.I CHARG
"""
_TITLE_WORDS = frozenset(_TITLE_TEXT.split())
# Words that tie a title to a place or a portfolio: "Ambassador to Sudan", "Consul General
# in Istanbul", "Minister-Counselor for Political Affairs".
_TIES = frozenset({"TO", "IN", "AT", "FOR", "OF"})
_INITIAL = re.compile(r"^[A-Z]\.$|^[A-Z]$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _places() -> frozenset[tuple[str, ...]]:
    """Place names as word tuples in capitals: countries, areas, cities and posts."""
    names: set[tuple[str, ...]] = {tuple(name.split()) for name in POST_NAMES.values()}
    for table in (lists.COUNTRIES, lists.AREAS, lists.CITIES):
        for name, variants in table.items():
            names.update(tuple(each.upper().split()) for each in (name, *variants))
    return frozenset(names)


def _place_length(words: list[str]) -> int:
    """How many of ``words`` (``THE HOLY SEE JOHN``) name a place: 3; 0 if none."""
    start = 1 if words[:1] == ["THE"] else 0
    for length in range(min(4, len(words) - start), 0, -1):
        if tuple(words[start : start + length]) in _places():
            return start + length
    return 0


def _is_title_token(token: str, single_case: bool) -> bool:
    bare = token.strip(",.;:")
    if bare.upper() in _TITLE_WORDS or token.upper() in _TITLE_WORDS or "/" in bare:
        return True
    if single_case:  # "DEPUTY CHIEF OF MISSION ROBERT K. BOGGS": case tells nothing
        return False
    return (bare.isupper() and len(bare) > 1 and not token.endswith(".")) or bare[:1].islower()


def _trailing_name(tokens: list[str]) -> int:
    """Where the name at the end of ``tokens`` starts: the surname, one given name and the
    initials around it ("... HOLY SEE JOHN R. DOE" -> "JOHN R. DOE", "E. ANTHONY WAYNE")."""
    index = len(tokens) - 1
    while index > 0 and _INITIAL.match(tokens[index - 1]):
        index -= 1
    if index > 0:
        index -= 1  # the given name
        while index > 0 and _INITIAL.match(tokens[index - 1]):
            index -= 1
    return index


def _split_title_name(part: str, single_case: bool) -> tuple[str, str]:
    tokens = part.split()
    upper = [token.upper().strip(",;:") for token in tokens]
    index = 0
    while index < len(tokens):
        if upper[index] in _TIES and index:
            after = index + 1
            places = _place_length(upper[after:])
            if places:
                index = after + places
                continue
            if after < len(tokens) and _is_title_token(tokens[after], single_case):
                index = after
                continue
            rest = tokens[after:]
            index = after + (_trailing_name(rest) if len(rest) > 2 else 0)
            break
        if _is_title_token(tokens[index], single_case):
            if upper[index] in ("EMBASSY", "CONSULATE", "MISSION", "USMISSION"):
                index += 1 + _place_length(upper[index + 1 :])
                continue
            index += 1
            continue
        break
    return " ".join(tokens[:index]), " ".join(tokens[index:])


def _names_and_title(who: str) -> tuple[list[str], str | None]:
    """``Political M/C Alice G. Wells`` -> (["Alice G. Wells"], "Political M/C")."""
    single_case = who.upper() == who or who.lower() == who
    parts = [p.strip() for p in re.split(r"\s*[,;]\s*", who) if p.strip()]
    titles: list[str] = []
    for index, part in enumerate(parts):
        title, name = _split_title_name(part, single_case)
        if title:
            titles.append(title)
        if name:
            # The title may follow the name: "John T. Godfrey, A/DCM, U.S. Embassy Tripoli".
            if not titles and index + 1 < len(parts):
                titles.append(parts[index + 1])
            names = []
            for each in re.split(r"\s+(?:and|AND|&)\s+", name):
                # "POLCHIEF JOHN DOE AND POLOFF JANE ROE": each name after its own title.
                own_title, own_name = _split_title_name(each, single_case)
                if own_name.strip(" .-:;"):
                    names.append(own_name.strip(" -:;"))
            return names, " ".join(titles[:1]) or None
    return [], (titles[0] if titles else None)


class ClassifiedBy(list):
    """The names of a ``Classified By`` line (a list), with its ``title`` and ``reasons``."""

    def __init__(self, names=(), title: str | None = None, reasons: str | None = None):
        super().__init__(names)
        self.title = title
        self.reasons = reasons

    @property
    def names(self) -> list[str]:
        return list(self)

    def __repr__(self) -> str:
        return f"ClassifiedBy({list(self)!r}, title={self.title!r}, reasons={self.reasons!r})"


def parse_classified_by(text: str) -> ClassifiedBy:
    """``Classified By: Political M/C Alice G. Wells. Reasons 1.4 (b) and (d).``

    Returns the names, ``["Alice G. Wells"]``, with ``.title`` ``"Political M/C"`` and
    ``.reasons`` ``"1.4 (b) and (d)"``.
    """
    match = _CLASSIFIED_BY.search(text)
    if not match:
        return ClassifiedBy()
    lines = text[match.end() :].split("\n", 3)
    value = lines[0]
    for line in lines[1:3]:
        if not continues(line):
            break
        value += " " + line
    value = " ".join(value.split())
    reasons = None
    reason = _REASON.search(value) or _BARE_REASON.search(value)
    if reason:
        reasons = value[reason.end() :].strip(" .;") or None
        if reasons:
            reasons = re.split(r"(?<=\))\.\s|\.\s+(?=[A-Z¶])", reasons)[0].strip(" .")
            reasons = re.sub(r"\b(an) (d)\b", r"\1\2", reasons)  # a line cut in a word
        value = value[: reason.start()]
    value = _DASH.sub(", ", value)  # "THEODORE KATTOUF - AMBASSADOR": a dash separates
    names, title = _names_and_title(value.strip(" .;,-"))
    return ClassifiedBy(names, title, reasons)
