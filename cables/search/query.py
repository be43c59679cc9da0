"""The search box's query syntax, parsed into a plain structure (no Django, no SQL).

    sco expansion            both words (stemmed English)
    "peace mission"          a phrase: these words in this order, stop words included
    "gas pipeline"~5         the words within five words of each other, in any order
    iran OR india            either
    -nato                    not this word (also -"a phrase")
    embass*                  a prefix
    tag:PREL origin:moscow classification:secret from:2007-01-01 to:2008-12-31
    id:07MOSCOW4185          an exact cable id (the view goes straight to the cable)

Anything unparseable is kept as plain words or reported in `errors`; parsing
never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

MAX_QUERY_LENGTH = 1000
MAX_TERMS = 30
# The widest "..."~N: wider, the words are as good as anywhere in the cable.
MAX_NEAR = 50
FIELDS = ("tag", "origin", "classification", "from", "to", "id", "entity")

# A token: an optional minus, then field:"quoted", field:value, "a phrase", or a word.
TOKEN = re.compile(
    r"""(?P<neg>-)?(?:
        (?P<field>[a-z]+):(?:"(?P<fquoted>[^"]*)"?|(?P<fvalue>[^\s"]*))
      | "(?P<phrase>[^"]*)"?(?:~(?P<near>\d+))?
      | (?P<word>[^\s"]+)
    )""",
    re.VERBOSE | re.IGNORECASE,
)
WORD_CHARS = re.compile(r"[^\w]+", re.UNICODE)


@dataclass(frozen=True)
class Term:
    """One thing to match in the text: a word, a prefix or a phrase."""

    text: str
    kind: str = "word"  # "word" | "prefix" | "phrase" | "near"
    negated: bool = False
    distance: int = 0  # for "near": at most this many words apart
    # False for a phrase made of one typed word with punctuation inside (`U.S.`)
    quoted: bool = field(default=True, compare=False)
    # A phrase as typed, punctuation included (`11-09-2009`), which the index may hold
    # as other words than its letters and digits alone (`11`, `-09`, `-2009`)
    written: str = field(default="", compare=False)


@dataclass
class ParsedQuery:
    # Each group is a list of alternatives joined by OR; groups are joined by AND.
    groups: list[list[Term]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)
    classifications: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    reference_id: str | None = None
    errors: list[str] = field(default_factory=list)
    # Words left out of the matching (stop words: tsquery.searchable), still counted
    # by the ranking where the ids and tags hold them (`gas IN`: India's tag first).
    optional: list[Term] = field(default_factory=list)
    # The words as typed, stop words included, when the query is nothing else and has
    # several: a cable whose subject or summary holds them in this order ranks higher.
    as_typed: str = ""

    @property
    def has_text(self) -> bool:
        return any(not term.negated for group in self.groups for term in group)

    @property
    def words(self) -> list[str]:
        """The positive words and phrases, for highlighting."""
        return [t.text for group in self.groups for t in group if not t.negated]


def parse_query(raw: str) -> ParsedQuery:
    query = ParsedQuery()
    if len(raw) > MAX_QUERY_LENGTH:
        query.errors.append(
            f"The query is too long ({len(raw):,} characters; at most {MAX_QUERY_LENGTH:,})."
        )
        return query
    raw = "".join(ch if ch.isprintable() else " " for ch in raw)
    pending_or = False
    for match in TOKEN.finditer(raw):
        negated = bool(match["neg"])
        if match["field"] and match["field"].lower() in FIELDS:
            if negated:  # silently dropping the minus would find the opposite
                query.errors.append(
                    f"{match[0]} cannot be excluded: only words and phrases can (e.g. -nato)."
                )
                continue
            _add_field(query, match["field"].lower(), match["fquoted"] or match["fvalue"] or "")
            continue
        if match["word"] == "OR" and not negated:
            pending_or = bool(query.groups)
            continue
        term = _term(match, negated)
        if term is None:
            continue
        if pending_or:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        pending_or = False
    for term in (t for group in query.groups for t in group if t.kind == "near"):
        if term.distance > MAX_NEAR:
            query.errors.append(
                f'"{term.text}"~{term.distance} is too wide: at most ~{MAX_NEAR} words apart.'
            )
    if sum(len(group) for group in query.groups) > MAX_TERMS:
        query.errors.append(f"Too many search terms (at most {MAX_TERMS}).")
        query.groups = query.groups[:MAX_TERMS]
    if query.date_from and query.date_to and query.date_from > query.date_to:
        query.errors.append("The from: date is after the to: date.")
    query.as_typed = _as_typed(query.groups)
    return query


def _as_typed(groups: list[list[Term]]) -> str:
    """The words in order when each group is one unquoted, wanted word; else ""."""
    terms = [group[0] for group in groups if len(group) == 1]
    plain = len(terms) == len(groups) and all(
        not term.negated and (term.kind == "word" or (term.kind == "phrase" and not term.quoted))
        for term in terms
    )
    text = " ".join(term.text for term in terms)
    return text if plain and " " in text else ""


def _term(match: re.Match, negated: bool) -> Term | None:
    if match["phrase"] is not None:
        text = " ".join(WORD_CHARS.sub(" ", match["phrase"]).split())
        if not text:
            return None
        if match["near"] is not None and " " in text:
            return Term(text, "near", negated, distance=max(1, int(match["near"])))
        return Term(text, "phrase", negated, written=match["phrase"])
    if match["field"]:  # an unknown field such as "http:" is just words
        value = match["fquoted"] or match["fvalue"] or ""
        text = f"{match['field']} {value}"
        text = " ".join(WORD_CHARS.sub(" ", text).split())
        return (
            Term(text, "phrase", negated, quoted=False, written=f"{match['field']}:{value}")
            if text
            else None
        )
    word = match["word"]
    prefix = word.endswith("*")
    text = " ".join(WORD_CHARS.sub(" ", word).split())
    if not text:
        return None
    if " " in text:  # "U.S." or "e-mail": the words in order
        return Term(text, "phrase", negated, quoted=False, written=word)
    return Term(text, "prefix" if prefix else "word", negated)


def _add_field(query: ParsedQuery, name: str, value: str) -> None:
    value = value.strip()
    if not value:
        query.errors.append(f"{name}: needs a value, e.g. {_EXAMPLES[name]}.")
    elif name == "tag":
        query.tags.append(value.upper())
    elif name == "origin":
        query.origins.append(value)
    elif name == "classification":
        query.classifications.append(value.upper())
    elif name == "entity":
        query.entities.append(value)
    elif name == "id":
        query.reference_id = value.upper()
    else:
        parsed = _parse_date(value, end=name == "to")
        if parsed is None:
            query.errors.append(f"{name}:{value} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD).")
        elif name == "from":
            query.date_from = parsed
        else:
            query.date_to = parsed


_EXAMPLES = {
    "tag": "tag:PREL",
    "origin": "origin:moscow",
    "classification": "classification:secret",
    "entity": 'entity:"Vladimir Putin"',
    "id": "id:07MOSCOW4185",
    "from": "from:2007-01-01",
    "to": "to:2008-12-31",
}


def _parse_date(value: str, *, end: bool) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a `to:` year or month means its last day."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if not match:
        return None
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day:
            return date(year, int(month), int(day))
        if month:
            month = int(month)
            if not end:
                return date(year, month, 1)
            next_month = date(year + month // 12, month % 12 + 1, 1)
            return date.fromordinal(next_month.toordinal() - 1)
        return date(year, 12, 31) if end else date(year, 1, 1)
    except ValueError:
        return None
