"""Relevance benchmark: known-item searches on the real dev cables, the portal against tantivy.

    .venv/bin/python bench/bench_relevance.py                    # fresh `relevance` database
    .venv/bin/python bench/bench_relevance.py --reuse            # keep it if it holds cables
    .venv/bin/python bench/bench_relevance.py --seed 7 --per-kind 500 --write-results

The dev corpus is ingested by the portal's own command; the cables are then read back
from the database, so both systems index the same subject, summary and body texts.
Each generated query has one known item (the cable it was made from); it goes through
the real URLconf to /api/search (relevance order) and to an in-memory tantivy index
(en_stem, BM25, subject x2.0, summary x1.5, body x1.0), in alternating order. Prints
MRR@10, success@1 and @10, and latency p50/p95 per query kind and system as Markdown.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from bench_search import setup_django
from common import REPO, fresh_database, manage

DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
KINDS = ("subject", "paragraph words", "exact phrase", "name + topic")
FIELD_BOOSTS = {"subject": 2.0, "summary": 1.5, "body": 1.0}
TOP = 10
# A word is distinctive when fewer than this share of the cables hold it.
DISTINCTIVE_DF = 0.05
# Letters and digits: what both the portal's query syntax and tantivy's tokenizer keep.
WORD = re.compile(r"[^\W_]+")
EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass
class CableText:
    reference_id: str
    subject: str
    summary: str
    paragraphs: list[str]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def text(self) -> str:
        return f"{self.subject}\n{self.summary}\n{self.body}"


@dataclass
class KnownItem:
    kind: str
    query: str
    target: str
    phrase: list[str] = field(default_factory=list)  # exact-phrase words, for ties


@dataclass
class Outcome:
    ranks: list[int | None] = field(default_factory=list)  # 1-based, None: not in top 10
    tied: list[bool] = field(default_factory=list)
    milliseconds: list[float] = field(default_factory=list)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)  # stdout carries only the table


def published_cables() -> int:
    """Published cables in Django's database; 0 when it or its tables do not exist."""
    from django.db import DatabaseError, connection

    from cables.models import Cable

    table = connection.ops.quote_name(Cable._meta.db_table)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {table} WHERE published")
            return cursor.fetchone()[0]
    except DatabaseError:  # no such database, or not migrated yet
        return 0


def prepare_database(database: str, reuse: bool) -> None:
    """Django set up on `database`, holding the dev corpus: kept with --reuse when it has
    cables, else loaded anew (into DATABASE_URL as it is, when that is set)."""
    url_given = os.environ.get("DATABASE_URL")
    setup_django(database)  # connects only when asked: the database need not exist yet
    from django.db import connections

    if reuse and (count := published_cables()):
        log(f"Reusing {database}: {count} published cables")
        return
    connections.close_all()  # a fresh database is made below, ending any session on it
    url = url_given or fresh_database(database)
    manage("migrate", "-v0", database_url=url)
    manage("createcachetable", database_url=url)  # the search cache lives in the database
    manage("ingest", str(DEV_CORPUS), "--no-progress", database_url=url, stdout=sys.stderr)


def load_cables() -> list[CableText]:
    from cables.models import Cable, Paragraph

    cables = {
        pk: CableText(reference_id, subject, summary, [])
        for pk, reference_id, subject, summary in Cable.objects.filter(published=True)
        .order_by("reference_id")
        .values_list("pk", "reference_id", "subject", "summary")
    }
    paragraphs = Paragraph.objects.filter(cable__published=True).order_by("cable_id", "position")
    for cable_id, text in paragraphs.values_list("cable_id", "text"):
        cables[cable_id].paragraphs.append(text)
    return list(cables.values())


def stop_words(words: set[str]) -> set[str]:
    """Those of `words` the portal's text configuration drops (PostgreSQL's `english`)."""
    from django.db import connection

    from cables.models import TEXT_CONFIG

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word FROM unnest(%s::text[]) AS word WHERE to_tsvector(%s, word) = ''",
            [sorted(words), TEXT_CONFIG],
        )
        return {word for (word,) in cursor.fetchall()}


class Generator:
    """Known-item queries of each kind, from one seeded random stream."""

    def __init__(self, cables: list[CableText], seed: int) -> None:
        self.rng = random.Random(seed)
        self.cables = cables
        df = Counter(w for c in cables for w in {w.lower() for w in WORD.findall(c.text)})
        self.stop = stop_words(set(df))
        limit = DISTINCTIVE_DF * len(cables)
        self.distinctive = {
            w for w, n in df.items() if n < limit and w.isalpha() and len(w) >= 4
        } - self.stop

    def queries(self, kind: str, count: int) -> list[KnownItem]:
        if kind == "name + topic":
            return self.names_and_topics(count)
        make: dict[str, Callable[[CableText], KnownItem | None]] = {
            "subject": self.subject,
            "paragraph words": self.paragraph_words,
            "exact phrase": self.exact_phrase,
        }
        # One query per cable, so a kind is not dominated by a few long cables.
        order = self.rng.sample(self.cables, len(self.cables))
        found = [item for item in map(make[kind], order) if item is not None]
        return found[:count]

    def subject(self, cable: CableText) -> KnownItem | None:
        # Written as a user would type them: "burma's", "u.s.", not "burma s", "u s".
        words = [EDGE_PUNCTUATION.sub("", w).lower() for w in cable.subject.split()]
        words = [w for w in words if WORD.search(w)]
        if len(words) < 3:
            return None
        size = self.rng.randint(3, min(5, len(words)))
        start = self.rng.randint(0, len(words) - size)
        return KnownItem("subject", " ".join(words[start : start + size]), cable.reference_id)

    def paragraph_words(self, cable: CableText) -> KnownItem | None:
        for paragraph in self.rng.sample(cable.paragraphs, len(cable.paragraphs)):
            words = [w.lower() for w in WORD.findall(paragraph)]
            candidates = [i for i, w in enumerate(words) if w in self.distinctive]
            self.rng.shuffle(candidates)
            wanted, chosen = self.rng.randint(4, 6), list[int]()
            for i in candidates:
                # Not adjacent, and each word once: a user remembers scattered words.
                if all(abs(i - j) > 1 and words[i] != words[j] for j in chosen):
                    chosen.append(i)
                if len(chosen) == wanted:
                    query = " ".join(words[i] for i in sorted(chosen))
                    return KnownItem("paragraph words", query, cable.reference_id)
        return None

    def exact_phrase(self, cable: CableText) -> KnownItem | None:
        lines = [line for p in cable.paragraphs for line in p.splitlines()]
        for line in self.rng.sample(lines, len(lines)):
            # Cut between the line's words as written, never inside "A/DCM" or
            # "center-right": the user copies whole words, and types them as "a dcm".
            written = line.split()
            if len(written) < 7:
                continue
            size = self.rng.randint(5, 7)
            start = self.rng.randint(0, len(written) - size)
            phrase = [w.lower() for run in written[start : start + size] for w in WORD.findall(run)]
            # Five words at least ("--" is none), not all stop words (no lexeme: nothing
            # to search), not a letter-spaced "C O N F I D E N T I A L" heading.
            if len(phrase) < 5 or all(w in self.stop for w in phrase):
                continue
            if sum(len(w) > 2 for w in phrase) < 3:
                continue
            return KnownItem("exact phrase", f'"{" ".join(phrase)}"', cable.reference_id, phrase)
        return None

    def names_and_topics(self, count: int) -> list[KnownItem]:
        from cables.models import EntityKind, Mention

        mentions = Mention.objects.filter(
            entity__kind=EntityKind.PERSON, entity__hidden=False, cable__published=True
        )
        fields = ("cable__reference_id", "entity__name", "entity__aliases", "paragraph__text")
        rows = list(mentions.order_by("pk").values_list(*fields))
        self.rng.shuffle(rows)
        items, seen = [], set()
        for reference_id, name, aliases, text in rows:
            if reference_id in seen:
                continue
            # The name as this paragraph writes it: the full name, else its longest alias.
            for variant in sorted([name, *aliases], key=len, reverse=True):
                if (match := re.search(phrase_pattern(WORD.findall(variant)), text)) is not None:
                    break
            else:
                continue
            name_words = [w.lower() for w in WORD.findall(match[0])]
            topics = sorted({w.lower() for w in WORD.findall(text)} & self.distinctive)
            topics = [w for w in topics if w not in name_words]
            if not name_words or not topics:
                continue
            query = " ".join([*name_words, self.rng.choice(topics)])
            items.append(KnownItem("name + topic", query, reference_id))
            seen.add(reference_id)
            if len(items) == count:
                break
        return items


def phrase_pattern(words: list[str]) -> re.Pattern[str]:
    """The words in order, any case, anything but letters and digits between them.

    Written here rather than imported from cables.search, so the judge does not
    change with the code it judges."""
    inner = r"[\W_]+".join(re.escape(w) for w in words) or r"(?!)"
    return re.compile(rf"(?<![^\W_]){inner}(?![^\W_])", re.IGNORECASE)


def build_tantivy(cables: list[CableText]):
    import tantivy

    schema = tantivy.SchemaBuilder()
    schema.add_text_field("reference_id", stored=True, tokenizer_name="raw")
    for name in FIELD_BOOSTS:
        schema.add_text_field(name, tokenizer_name="en_stem")
    index = tantivy.Index(schema.build())  # no path: in memory
    writer = index.writer(heap_size=64_000_000, num_threads=1)  # a shared 2-core machine
    for cable in cables:
        texts = {"subject": cable.subject, "summary": cable.summary, "body": cable.body}
        writer.add_document(tantivy.Document(reference_id=cable.reference_id, **texts))
    writer.commit()
    index.reload()
    return index


def tantivy_syntax(query: str) -> str:
    """The query with nothing tantivy reads as syntax (field:, +, -, ^, brackets, ...):
    a quoted phrase stays one, and a word such as "burma's" becomes the phrase
    "burma s", as both the portal and tantivy's own parser take it."""
    parts = []
    for quoted, word in re.findall(r'"([^"]*)"|(\S+)', query):
        words = WORD.findall(quoted or word)
        if words:
            parts.append(f'"{" ".join(words)}"' if quoted or len(words) > 1 else words[0])
    return " ".join(parts)


def tantivy_search(index, searcher, query: str, conjunction: bool) -> list[str]:
    parsed = index.parse_query(
        tantivy_syntax(query),
        list(FIELD_BOOSTS),
        field_boosts=FIELD_BOOSTS,
        conjunction_by_default=conjunction,
    )
    hits = searcher.search(parsed, TOP).hits
    return [searcher.doc(address)["reference_id"][0] for _, address in hits]


def portal_search(client, query: str, errors: list[str]) -> list[str]:
    try:
        response = client.get("/api/search", {"q": query, "page_size": TOP})
    except Exception:  # the test client re-raises a view's exception: report it, go on
        errors.append(f"q={query!r}\n{traceback.format_exc()}")
        return []
    if response.status_code != 200:
        errors.append(f"q={query!r}: HTTP {response.status_code} {response.content[:500]!r}")
        return []
    return [result["reference_id"] for result in response.json()["results"]]


def record(outcome: Outcome, item: KnownItem, found: list[str], ms: float, texts) -> None:
    rank = found.index(item.target) + 1 if item.target in found else None
    outcome.ranks.append(rank)
    outcome.milliseconds.append(ms)
    if item.phrase:
        # Tied: every cable above the target holds the identical phrase too.
        pattern = phrase_pattern(item.phrase)
        outcome.tied.append(
            rank is not None and all(pattern.search(texts[ref]) for ref in found[: rank - 1])
        )


def run(
    items: list[KnownItem],
    cables: list[CableText],
    conjunction: bool,
    errors: list[str],
    differences: list[dict] | None = None,
):
    from django.core.cache import caches
    from django.test import Client

    texts = {cable.reference_id: cable.text for cable in cables}
    started = time.perf_counter()
    index = build_tantivy(cables)
    searcher = index.searcher()
    log(f"tantivy index of {len(cables)} cables built in {time.perf_counter() - started:.1f} s")
    client = Client()
    caches["search"].clear()  # counts and facets of an earlier run would flatter the portal
    portal_search(client, "harvest", [])  # compile templates and URL patterns outside timing
    tantivy_search(index, searcher, "harvest", conjunction)
    systems: dict[str, Callable[[str], list[str]]] = {
        "portal": lambda q: portal_search(client, q, errors),
        "tantivy": lambda q: tantivy_search(index, searcher, q, conjunction),
    }
    outcomes = {(kind, name): Outcome() for kind in KINDS for name in systems}
    for number, item in enumerate(items):
        # Alternate who goes first, so neither always meets a warm or a cold machine.
        answers = {}
        for name in sorted(systems, reverse=number % 2 == 1):
            started = time.perf_counter()
            found = answers[name] = systems[name](item.query)
            ms = (time.perf_counter() - started) * 1000
            record(outcomes[item.kind, name], item, found, ms, texts)
        ranks = {name: outcomes[item.kind, name].ranks[-1] for name in systems}
        if differences is not None and len(set(ranks.values())) > 1:
            differences.append(
                {"kind": item.kind, "query": item.query, "target": item.target}
                | {f"{name}_rank": rank for name, rank in ranks.items()}
                | {f"{name}_top": answers[name] for name in systems}
            )
        if (number + 1) % 200 == 0:
            log(f"{number + 1} / {len(items)} queries")
    return outcomes


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def print_table(outcomes: dict[tuple[str, str], Outcome]) -> None:
    columns = "kind system queries MRR@10 success@1 success@10 first_or_tied p50_ms p95_ms"
    print("| " + " | ".join(c.replace("_", " ") for c in columns.split()) + " |")
    print("| --- | --- |" + " ---: |" * 7)
    for (kind, system), o in outcomes.items():
        n = len(o.ranks)
        if not n:
            continue
        mrr = sum(1 / r for r in o.ranks if r) / n
        at_1 = sum(r == 1 for r in o.ranks) / n
        at_10 = sum(r is not None for r in o.ranks) / n
        tied = f"{sum(o.tied) / n:.1%}" if o.tied else "–"
        print(
            f"| {kind} | {system} | {n} | {mrr:.3f} | {at_1:.1%} | {at_10:.1%} | {tied} "
            f"| {statistics.median(o.milliseconds):.1f} | {p95(o.milliseconds):.1f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="relevance")
    parser.add_argument("--reuse", action="store_true", help="Keep a database holding cables.")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--per-kind", type=int, default=300)
    # The portal requires every word; tantivy's own default is any word, ranked.
    parser.add_argument("--tantivy-any", action="store_true", help="tantivy: any word matches.")
    parser.add_argument("--write-results", action="store_true", help="Head with the settings.")
    parser.add_argument(
        "--differences",
        metavar="FILE",
        help="Write the queries the two systems rank differently, as JSON lines.",
    )
    args = parser.parse_args()
    prepare_database(args.database, args.reuse)
    cables = load_cables()
    generator = Generator(cables, args.seed)
    items = [item for kind in KINDS for item in generator.queries(kind, args.per_kind)]
    random.Random(args.seed).shuffle(items)  # kinds mixed over time: a busy minute hits all
    made = Counter(item.kind for item in items)
    log(f"{len(cables)} cables, {len(items)} queries: {dict(made)}")
    for kind in (kind for kind in KINDS if made[kind] < args.per_kind):
        log(f"Only {made[kind]} {kind} queries: too few cables qualify.")
    errors: list[str] = []
    differences: list[dict] | None = [] if args.differences else None
    outcomes = run(items, cables, not args.tantivy_any, errors, differences)
    if args.differences and differences is not None:
        with open(args.differences, "w") as out:
            out.writelines(json.dumps(difference) + "\n" for difference in differences)
        log(f"{len(differences)} queries ranked differently: {args.differences}")
    if args.write_results:
        from importlib.metadata import version

        mode = "any word" if args.tantivy_any else "all words"
        print(
            f"Known-item relevance, dev corpus ({len(cables)} published cables), seed "
            f"{args.seed}, {args.per_kind} queries a kind; tantivy {version('tantivy')} "
            f"({mode}, en_stem, BM25, boosts {FIELD_BOOSTS}).\n"
        )
    print_table(outcomes)
    if errors:
        log(f"\nThe portal failed {len(errors)} queries (counted as misses); the first:")
        for error in errors[:3]:
            log(error)


if __name__ == "__main__":
    main()
