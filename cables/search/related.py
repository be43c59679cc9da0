"""Related cables: the published cables most like one cable, each saying why.

Six signals, each a number from 0 to 1 (`Signals`), combined by `score`:

    direct    it cites this cable, or this cable cites it
    coupling  both cite the same cables (a cable many cite says less)
    cocited   other cables cite both (a cable citing many says less)
    words     it holds this cable's most distinctive words (their share of tf·idf)
    entities  it mentions the same people, organizations and places (their share of idf)
    tags      it carries the same TAGS (their share of idf)

Every signal finds its candidates through an index and within a budget, so the
work stays bounded at any corpus size: the distinctive words are chosen until the
cables holding them would pass TEXT_BUDGET, the entities and tags rarest first
until INDEX_BUDGET cables (search.related_lookups has the queries). The candidates
are then scored on every signal, and the best checked for every entity and tag.
The rarities come from counts kept until the corpus changes (the entity and tag
counts of search.browse, the lexeme counts here), and so does each cable's list
(`related_to`).
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple, TypeVar

from cables.models import Cable, split_tag_codes
from cables.search import related_lookups as lookups
from cables.search.browse import entity_cable_counts, tags_with_counts
from cables.search.cache import kept_until_the_corpus_changes
from cables.search.lexemes import LexemeFrequencies, lexeme_frequencies

RELATED_COUNT = 10
# How much each signal weighs in `score`. Measured on the dev corpus by
# bench/bench_related.py (bench/RESULTS.md).
WEIGHTS = {
    "direct": 3.0,
    "coupling": 1.5,
    "cocited": 1.0,
    "words": 1.0,
    "entities": 1.0,
    "tags": 0.5,
}
# At most this many distinctive words, and the cables holding them (as counted)
# at most TEXT_BUDGET in all: each is a row PostgreSQL reads to match them.
TEXT_WORDS = 12
TEXT_BUDGET = 2500
# A word in more than this share of the cables is not distinctive (but one in
# COMMON_FLOOR cables or fewer always may be, however small the corpus).
COMMON_SHARE = 0.1
COMMON_FLOOR = 20
# Entities and tags find candidates rarest first, until this many index entries.
INDEX_BUDGET = 3_000
# The best candidates of each signal, then scored on all of them; of these, this
# many times the cables shown are checked for every entity and tag they share.
POOL = 150
CHECKED = 4
# Reasons name at most this many words, entities or tags.
NAMED = 3
# What each related cable is shown with.
FIELDS: tuple[str, ...] = ("pk", "reference_id", "subject", "sent_at", "date_precision", "origin")

K = TypeVar("K", str, int)  # a lexeme, or an entity's or tag's id


class Shared(NamedTuple):
    """An entity or tag of the cable: its name, its idf, and the cables holding it."""

    name: str
    idf: float
    cables: int


@dataclass
class Profile:
    """What one cable is made of, for finding the cables like it."""

    pk: int
    text: str
    documents: int
    # Chosen distinctive lexeme -> its tf·idf weight.
    words: dict[str, float] = field(default_factory=dict)
    entities: dict[int, Shared] = field(default_factory=dict)
    tags: dict[int, Shared] = field(default_factory=dict)

    @cached_property
    def totals(self) -> dict[str, float]:
        """The most a candidate can share of each kind: what its shares are taken of.
        Read once the profile is complete."""
        return {
            kind: math.fsum(_weight(value) for value in getattr(self, kind).values())
            for kind in ("words", "entities", "tags")
        }


@dataclass
class Candidate:
    """Another cable and what it shares with the profile's cable."""

    pk: int
    cites: bool = False  # it cites the cable
    cited: bool = False  # the cable cites it
    coupled: dict[str, float] = field(default_factory=dict)  # cited id both cite -> weight
    cocited: dict[int, float] = field(default_factory=dict)  # pk of a cable citing both
    words: set[str] = field(default_factory=set)  # of the profile's distinctive words
    entities: set[int] = field(default_factory=set)
    tags: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class Signals:
    direct: float
    coupling: float
    cocited: float
    words: float
    entities: float
    tags: float


def related_to(cable: Cable, limit: int = RELATED_COUNT) -> list[dict]:
    """`related_cables(cable)`, kept until the corpus changes."""
    return kept_until_the_corpus_changes(
        f"related:{cable.pk}:{limit}", lambda: related_cables(cable, limit)
    )


def related_cables(
    cable: Cable,
    limit: int = RELATED_COUNT,
    *,
    references: bool = True,
    hidden_links: Collection[int] = (),
) -> list[dict]:
    """The published cables most related to `cable`, best first, each with `why`.

    `references=False` leaves every citation signal out; `hidden_links` are cables
    whose citation of this one, or by it, is left out (the benchmark hides them to
    see whether the other signals find them).
    """
    profile = _profile(cable)
    candidates: dict[int, Candidate] = {}
    if references:
        _add_references(candidates, cable.pk, set(hidden_links))
    _add_shared(candidates, cable.pk, profile)
    candidates.pop(cable.pk, None)
    # Ranked twice: the best by what the look-ups found, then those with everything
    # they share (common entities and tags too), a few rows each.
    best = _ranked(candidates.values(), profile)[: limit * CHECKED]
    by_pk = {candidate.pk: candidate for candidate in best}
    for kind, pk, shared in lookups.shared_by(
        list(by_pk), list(profile.entities), list(profile.tags)
    ):
        getattr(by_pk[pk], kind).add(shared)
    return _described(_ranked(best, profile), profile, limit)


def _ranked(candidates: Iterable[Candidate], profile: Profile) -> list[Candidate]:
    return sorted(candidates, key=lambda c: (-score(signals(c, profile)), c.pk))


def score(found: Signals) -> float:
    """How related a candidate is: its signals, weighed by WEIGHTS."""
    return sum(weight * getattr(found, name) for name, weight in WEIGHTS.items())


def signals(candidate: Candidate, profile: Profile) -> Signals:
    # math.fsum: the same sum in whatever order a set gives its members, so equal
    # candidates score exactly equal and are ordered by id, in every process.
    def share(kind: str) -> float:
        own, total = getattr(profile, kind), profile.totals[kind]
        held = math.fsum(_weight(own[key]) for key in getattr(candidate, kind))
        return held / total if total else 0.0

    return Signals(
        direct=1.0 if candidate.cites or candidate.cited else 0.0,
        # Saturating: a first shared reference says much, a fifth little more.
        coupling=1 - math.exp(-math.fsum(candidate.coupled.values())),
        cocited=1 - math.exp(-math.fsum(candidate.cocited.values())),
        words=share("words"),
        entities=share("entities"),
        tags=share("tags"),
    )


def _weight(value: float | Shared) -> float:
    return value.idf if isinstance(value, Shared) else value


def _idf(count: int, documents: int) -> float:
    return math.log(max(documents, 2) / max(count, 1))


# The cable itself.


def _profile(cable: Cable) -> Profile:
    frequencies = lexeme_frequencies()
    body, counted = lookups.text_and_lexemes(cable.pk)
    text = "\n".join([cable.subject, cable.summary, body])
    profile = Profile(cable.pk, text, frequencies.documents)
    own_tags = {code.lower() for code in split_tag_codes(cable.tag_codes)}
    profile.words = _distinctive_words(counted, frequencies, own_tags)
    counts = {"entities": entity_cable_counts(), "tags": tag_cable_counts()}
    for kind, pk, name in lookups.entities_and_tags(cable.pk):
        count = counts[kind].get(pk, 1)
        if count < profile.documents:  # one in every cable tells none apart
            getattr(profile, kind)[pk] = Shared(name, _idf(count, profile.documents), cables=count)
    return profile


def tag_cable_counts() -> dict[int, int]:
    """Tag id -> the published cables carrying it, kept until the corpus changes as
    this plain mapping: made from every tag once, not on each list (reading the
    thousand tags as models took more time than any look-up of the list)."""
    return kept_until_the_corpus_changes(
        "tag-cable-counts", lambda: {tag.pk: tag.count for tag in tags_with_counts()}
    )


def _distinctive_words(
    counted: list[tuple[str, int]], frequencies: LexemeFrequencies, own_tags: set[str]
) -> dict[str, float]:
    """The cable's words with the highest tf·idf, within TEXT_WORDS and TEXT_BUDGET.

    Words only: no numbers or ids (a cited cable's id in the text would be a citation
    by another name), no tag codes (the tags are a signal of their own), not the
    origin (the vector's weight C).
    """
    documents = frequencies.documents
    weighed = []
    for lexeme, tf in counted:
        if len(lexeme) < 3 or any(ch.isdigit() for ch in lexeme) or lexeme in own_tags:
            continue
        df = frequencies.count(lexeme)
        if df <= 1 or df >= documents or df > max(COMMON_SHARE * documents, COMMON_FLOOR):
            continue  # in this cable alone, or in too many to tell
        weighed.append(((1 + math.log(max(tf, 1))) * _idf(df, documents), df, lexeme))
    chosen: dict[str, float] = {}
    budget = TEXT_BUDGET
    for weight, df, lexeme in sorted(weighed, reverse=True):
        if df <= budget:
            chosen[lexeme] = weight
            budget -= df
        if len(chosen) == TEXT_WORDS:
            break
    return chosen


# Candidates, signal by signal.


def _finders(own: dict[int, Shared]) -> dict[int, float]:
    """The entities (or tags) that look for candidates, id -> idf: the rarest, until
    the cables holding them would pass INDEX_BUDGET."""
    finders, budget = {}, INDEX_BUDGET
    for pk, shared in sorted(own.items(), key=lambda item: item[1].cables):
        if 1 < shared.cables <= budget:  # one cable holding it: this one
            finders[pk] = shared.idf
            budget -= shared.cables
    return finders


def _add_shared(candidates: dict[int, Candidate], pk: int, profile: Profile) -> None:
    """The cables its words, entities and tags find (of each, the POOL holding the
    most of it); every candidate, whichever signal found it, then keeps what the
    others found it shares."""
    entity_finders, tag_finders = _finders(profile.entities), _finders(profile.tags)
    words = lookups.cables_holding_words(pk, list(profile.words))
    entities = lookups.cables_holding("entities", pk, list(entity_finders))
    tags = lookups.cables_holding("tags", pk, list(tag_finders))
    for found in (
        _most_held(words, profile.words)
        + _most_held(entities, entity_finders)
        + _most_held(tags, tag_finders)
    ):
        _candidate(candidates, found)
    holding: dict[str, list] = {"words": words, "entities": entities, "tags": tags}
    for kind, rows in holding.items():
        for key, cables in rows:
            for other in cables:
                if other in candidates:
                    getattr(candidates[other], kind).add(key)


def _most_held(found: list[tuple[K, list[int]]], weights: dict[K, float]) -> list[int]:
    """The POOL cables holding the most weight of the words, entities or tags they
    were found by (`found`: each with the cables holding it), then by id.

    Added up here from one row a word (or entity, or tag) rather than as a row a cable
    from PostgreSQL: the thousands of rows, each a tuple and a list, lived through the
    whole list and brought on Python's full garbage collections (some 25 ms each in a
    server's process) every tenth list or so; these sums are plain numbers.
    """
    held: dict[int, float] = {}
    for key, holding in found:
        weight = weights[key]
        for pk in holding:
            held[pk] = held.get(pk, 0.0) + weight
    return heapq.nsmallest(POOL, held, key=lambda pk: (-held[pk], pk))


def _candidate(candidates: dict[int, Candidate], pk: int) -> Candidate:
    if pk not in candidates:
        candidates[pk] = Candidate(pk)
    return candidates[pk]


def _add_references(candidates: dict[int, Candidate], pk: int, hidden: set[int]) -> None:
    """The cables it cites and that cite it; those citing what it cites (a cable many
    cite couples them weakly); those cited along with it (a cable citing many ties
    them weakly). Links with `hidden` cables are left out."""
    coupled: dict[str, list[int]] = {}
    cited_along: dict[int, list[int]] = {}
    for kind, cited_reference_id, other, via in lookups.reference_rows(
        pk, list(hidden), INDEX_BUDGET
    ):
        if kind == "cites":
            _candidate(candidates, other).cites = True
        elif kind == "cited":
            _candidate(candidates, other).cited = True
        elif kind == "coupled":
            coupled.setdefault(cited_reference_id, []).append(other)
        else:
            cited_along.setdefault(via, []).append(other)
    for cited_reference_id, citers in coupled.items():
        for citer in citers:
            _candidate(candidates, citer).coupled[cited_reference_id] = 1 / math.log(
                2 + len(citers)
            )
    for citer, cited in cited_along.items():
        for other in cited:
            _candidate(candidates, other).cocited[citer] = 1 / math.log(2 + len(cited))


# The list as shown.


def _described(ranked: list[Candidate], profile: Profile, limit: int) -> list[dict]:
    """The first `limit` published candidates, with their fields and why. (Only the
    word look-ups leave out hidden cables: the others leave them to this.)"""
    shown = Cable.objects.filter(pk__in=[c.pk for c in ranked], published=True)
    rows = {row["pk"]: row for row in shown.values(*FIELDS)}
    described = []
    for candidate in ranked:
        row = rows.get(candidate.pk)
        if row is None:
            continue
        found = signals(candidate, profile)
        row["score"] = round(score(found), 4)
        row["reasons"] = reasons(candidate, found, profile)
        row["why"] = "; ".join(row["reasons"])
        described.append(row)
        if len(described) == limit:
            break
    return described


def reasons(candidate: Candidate, found: Signals, profile: Profile) -> list[str]:
    """Why a candidate is related, strongest reason first, in words a reader follows."""
    said: list[tuple[float, str]] = []
    weighed = {name: WEIGHTS[name] * getattr(found, name) for name in WEIGHTS}
    if candidate.cites:
        said.append((weighed["direct"], "cites this cable"))
    if candidate.cited:
        said.append((weighed["direct"], "cited by this cable"))
    if candidate.coupled:
        count = len(candidate.coupled)
        what = (
            f"the same {count} cables"
            if count > 1
            else f"the same cable, {next(iter(candidate.coupled))}"
        )
        said.append((weighed["coupling"], f"cites {what}"))
    if candidate.cocited:
        count = len(candidate.cocited)
        by = f"{count} cables" if count > 1 else "a cable"
        said.append((weighed["cocited"], f"cited together with this cable by {by}"))
    if candidate.entities:
        said.append(
            (weighed["entities"], "mentions " + _named(candidate.entities, profile.entities))
        )
    if candidate.tags:
        said.append((weighed["tags"], "tagged " + _named(candidate.tags, profile.tags)))
    if candidate.words:
        words = sorted(candidate.words, key=lambda w: (-profile.words[w], w))
        said.append(
            (
                weighed["words"],
                "shares the words " + _listed([_as_written(w, profile.text) for w in words]),
            )
        )
    return [text for _, text in sorted(said, key=lambda item: -item[0])]


def _named(shared: set[int], own: dict[int, Shared]) -> str:
    rarest = sorted(shared, key=lambda pk: (own[pk].cables, own[pk].name))
    return _listed([own[pk].name for pk in rarest])


def _listed(names: list[str]) -> str:
    if len(names) > NAMED:
        return ", ".join(names[:NAMED]) + f" and {len(names) - NAMED} more"
    return ", ".join(names)


def _as_written(lexeme: str, text: str) -> str:
    """A word of the cable that the lexeme stands for (`negoti`: negotiations), as
    written where it is not in capitals (as whole cables often are), or the lexeme
    itself. The English stemmer mostly cuts words; it turns a final y into i."""
    for stem in (lexeme, lexeme[:-1] if lexeme.endswith("i") else None):
        if not stem:
            continue
        words = [m[0] for m in re.finditer(rf"\b{re.escape(stem)}\w*", text, re.IGNORECASE)]
        if words:
            return next((word for word in words if not word.isupper()), words[0].lower())
    return lexeme
