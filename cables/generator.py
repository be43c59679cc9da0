"""Synthetic diplomatic cables for demos and benchmarks.

``write_cables(n, out_dir, seed)`` writes ``n`` cables in the layout of the
2010-2011 release (routing header, spaced classification line, TAGS, SUBJECT,
REF, numbered paragraphs, page breaks, signer) as ``out_dir/<year>/<id>.txt``.
The text is written from templates in ``generator_vocabulary``; people,
parties and companies are a fixed fictional cast (``WORLD``), so names recur
across cables, and cables cite earlier generated cables to form threads.

Generation happens in two steps. ``plan_cables`` decides, in date order, what
every cable is (id, date, post, classification, topic, people, references):
this is small and sequential. ``render_cable`` turns one plan into text with
its own random stream, so rendering can be spread over processes and still
give byte-identical output for a given (n, seed).
"""

from __future__ import annotations

import functools
import multiprocessing
import random
import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cables import generator_vocabulary as vocab
from cables.generator_vocabulary import Post, build_world, stable_hash

WORLD = build_world()

__all__ = ["CablePlan", "GenerationResult", "plan_cables", "render_cable", "write_cables"]

# Share of the release by year (the release is mostly 2004-2010 and ends in February 2010).
YEAR_WEIGHTS = {
    **{year: 0.4 for year in range(1966, 1985)},
    **{year: 1.5 for year in range(1985, 1995)},
    **{year: 3.0 for year in range(1995, 2000)},
    2000: 18, 2001: 25, 2002: 40, 2003: 70, 2004: 150, 2005: 300, 2006: 420, 2007: 410,
    2008: 400, 2009: 420, 2010: 110,
}  # fmt: skip
LAST_DAY_OF_2010 = 58  # the release stops at the end of February 2010
CLASSIFICATIONS = (
    ("UNCLASSIFIED", 30.2), ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", 23.1),
    ("CONFIDENTIAL", 38.6), ("CONFIDENTIAL//NOFORN", 1.9),
    ("SECRET", 4.5), ("SECRET//NOFORN", 1.7),
)  # fmt: skip
TOPIC_WEIGHTS_EMBASSY = {
    "politics": 16, "bilateral": 14, "human_rights": 8, "terrorism": 7, "nonproliferation": 4,
    "military": 7, "energy": 6, "economy": 12, "narcotics": 3, "consular": 4,
    "multilateral": 4, "environment": 3, "media": 4, "aid": 4, "biography": 2, "visit": 3,
}  # fmt: skip
TOPIC_WEIGHTS_STATE = {"demarche": 40, "bilateral": 10, "multilateral": 10, "nonproliferation": 8,
                       "terrorism": 6, "visit": 4, "economy": 4, "human_rights": 4}  # fmt: skip
TOPIC_WEIGHTS_MISSION = {"multilateral": 30, "bilateral": 10, "nonproliferation": 10,
                         "military": 8, "human_rights": 8, "economy": 6, "demarche": 4}  # fmt: skip
REF_COUNTS = ((0, 44), (1, 27), (2, 15), (3, 9), (4, 3), (5, 2))


@dataclass(slots=True)
class CablePlan:
    """Everything about a cable except its words."""

    index: int  # position in date order; also the cable's random stream
    reference_id: str
    post: Post
    sent_at: datetime
    serial: int
    classification: str
    topic: str
    country: str  # the country the cable is about
    third: str  # another country that comes up
    people: tuple[int, ...]  # indexes into WORLD.countries[country].people
    refs: tuple[tuple[str, str | None], ...]  # (text as in the REF line, cable id or None)


@dataclass(frozen=True)
class GenerationResult:
    count: int
    total_bytes: int
    out_dir: Path


def _cumulative(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def _sample_moments(rng: random.Random, n: int) -> list[datetime]:
    years = list(YEAR_WEIGHTS)
    chosen = rng.choices(years, cum_weights=_cumulative(list(YEAR_WEIGHTS.values())), k=n)
    moments = []
    for year in chosen:
        last_day = LAST_DAY_OF_2010 if year == 2010 else (365 if year % 4 else 366) - 1
        day = rng.randint(0, last_day)
        # Most traffic leaves during the working day; some goes out at night (Zulu time).
        minute = rng.randint(360, 1200) if rng.random() < 0.8 else rng.randint(0, 1439)
        moments.append(datetime(year, 1, 1, tzinfo=UTC) + timedelta(days=day, minutes=minute))
    moments.sort()
    return moments


def _posts_by_year() -> dict[int, tuple[list[Post], list[float]]]:
    table = {}
    for year in YEAR_WEIGHTS:
        posts = [p for p in WORLD.posts if p.first_year <= year <= p.last_year]
        table[year] = (posts, _cumulative([p.weight for p in posts]))
    return table


def _serial(post: Post, moment: datetime) -> int:
    """Where in the post's yearly numbering a cable sent at this moment falls."""
    start = datetime(moment.year, 1, 1, tzinfo=UTC)
    fraction = (moment - start).total_seconds() / (366 * 86400)
    return 1 + int(fraction * post.yearly_volume(moment.year))


def _choose_topic(rng: random.Random, post: Post) -> str:
    if post.key == "STATE":
        table = TOPIC_WEIGHTS_STATE
    elif not post.country:
        table = TOPIC_WEIGHTS_MISSION
    else:
        table = TOPIC_WEIGHTS_EMBASSY
    return rng.choices(list(table), weights=list(table.values()))[0]


def _choose_people(rng: random.Random, country: str, topic: str) -> tuple[int, ...]:
    cast = WORLD.countries[country].people
    domains = vocab.TOPIC_DOMAINS.get(topic, ())
    fitting = [i for i, person in enumerate(cast) if person.domain in domains]
    first = rng.choice(fitting) if fitting and rng.random() < 0.75 else rng.randrange(len(cast))
    others = [i for i in range(len(cast)) if i != first]
    return (first, *rng.sample(others, 2))


class _Threads:
    """Recent generated cables by country, so new cables can cite them."""

    def __init__(self) -> None:
        self.by_country: dict[str, deque[CablePlan]] = {}
        self.state: deque[CablePlan] = deque(maxlen=60)

    def add(self, plan: CablePlan) -> None:
        self.by_country.setdefault(plan.country, deque(maxlen=30)).append(plan)
        if plan.post.key == "STATE":
            self.state.append(plan)

    def pick(self, rng: random.Random, country: str) -> CablePlan | None:
        recent = self.by_country.get(country)
        if not recent:
            return None
        back = min(int(rng.expovariate(0.35)), len(recent) - 1)  # favor the latest
        return recent[-1 - back]


def _cable_ref_text(rng: random.Random, post: Post, year: int, serial: int, cable_year: int) -> str:
    name = "SECSTATE" if post.key == "STATE" and rng.random() < 0.05 else post.name
    number = f"{serial:04d}" if serial < 1000 and rng.random() < 0.1 else str(serial)
    if year == cable_year:
        return f"{name} {number}"
    prefix = str(year) if rng.random() < 0.1 else f"{year % 100:02d}"
    return f"{prefix} {name} {number}"


def _missing_cable(rng: random.Random, plan: CablePlan, taken: set[str]) -> tuple[str, str]:
    """A plausible earlier cable that the corpus does not contain."""
    post = plan.post if rng.random() < 0.7 else WORLD.post("STATE")
    year = max(plan.sent_at.year - rng.choice((0, 0, 1, 1, 2, 3)), post.first_year, 1966)
    serial = rng.randint(1, max(2, post.yearly_volume(year) - 1))
    if year == plan.sent_at.year and post.key == plan.post.key:
        serial = rng.randint(1, max(1, plan.serial - 1))
    while f"{year % 100:02d}{post.key}{serial}" in taken:
        serial += 1
    return (
        _cable_ref_text(rng, post, year, serial, plan.sent_at.year),
        f"{year % 100:02d}{post.key}{serial}",
    )


def _choose_refs(rng: random.Random, plan: CablePlan, threads: _Threads, taken: set[str]) -> None:
    count = rng.choices([c for c, _ in REF_COUNTS], weights=[w for _, w in REF_COUNTS])[0]
    if plan.sent_at.year < 1995:
        count = min(count, 2)
    refs: list[tuple[str, str | None]] = []
    cited: CablePlan | None = None
    for _ in range(count):
        roll = rng.random()
        earlier = None
        if roll < 0.72:
            earlier = threads.pick(rng, plan.country)
        elif roll < 0.8 and threads.state:
            earlier = rng.choice(threads.state)
        if earlier is not None:
            ref = (
                _cable_ref_text(
                    rng, earlier.post, earlier.sent_at.year, earlier.serial, plan.sent_at.year
                ),
                earlier.reference_id,
            )
            cited = cited or earlier
        elif roll < 0.9:
            ref = _missing_cable(rng, plan, taken)
        else:
            ref = (_noncable_ref(rng, plan), None)
        if ref[1] is None or all(ref[1] != cited_id for _, cited_id in refs):
            refs.append(ref)
    plan.refs = tuple(refs)
    if cited is not None and cited.country == plan.country and rng.random() < 0.7:
        # Follow the thread: same subject matter, same main interlocutor.
        if rng.random() < 0.8 and not (plan.post.key == "STATE") ^ (cited.topic == "demarche"):
            plan.topic = cited.topic
        plan.people = (cited.people[0], *[i for i in plan.people if i != cited.people[0]][:2])


def _noncable_ref(rng: random.Random, plan: CablePlan) -> str:
    """A REF item that is not a cable: an email, a telcon, a DTG from another agency."""
    when = plan.sent_at - timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 1439))
    template = rng.choice(vocab.NONCABLE_REFS)
    return template.format(
        date=when.strftime("%m/%d/%Y"),
        dtg=f"R {when:%d%H%M}Z {when:%b %y}".upper(),
        city=WORLD.countries[plan.country].cities[0].upper(),
        iir=f"6 {rng.randint(800, 899)} {rng.randint(1000, 9999)} {when:%y}",
        surname=rng.choice(WORLD.us_surnames).upper(),
        surname2=rng.choice(WORLD.us_surnames).upper(),
        unscr=rng.choice((1267, 1373, 1540, 1559, 1696, 1737, 1747, 1803, 1835, 1874)),
    )


def plan_cables(n: int, seed: int) -> list[CablePlan]:
    """Decide, in date order, the id, date, post, topic, people and references of n cables."""
    if n < 1:
        raise ValueError("n must be at least 1")
    rng = random.Random(seed)
    posts_by_year = _posts_by_year()
    classes = [c for c, _ in CLASSIFICATIONS]
    modern_classes = _cumulative([w for _, w in CLASSIFICATIONS])
    last_serial: dict[tuple[str, int], int] = {}
    plans = []
    # Before 1995 there is no SBU: what the release calls FOUO reads as plain UNCLASSIFIED.
    old_classes = _cumulative([0 if "USE ONLY" in c else w for c, w in CLASSIFICATIONS])
    for index, moment in enumerate(_sample_moments(rng, n)):
        class_weights = modern_classes if moment.year >= 1995 else old_classes
        posts, cum = posts_by_year[moment.year]
        post = rng.choices(posts, cum_weights=cum)[0]
        key = (post.key, moment.year)
        serial = max(last_serial.get(key, 0) + 1, _serial(post, moment))
        last_serial[key] = serial
        country = post.country or WORLD.random_country(rng)
        topic = _choose_topic(rng, post)
        plans.append(
            CablePlan(
                index=index,
                reference_id=f"{moment.year % 100:02d}{post.key}{serial}",
                post=post,
                sent_at=moment,
                serial=serial,
                classification=rng.choices(classes, cum_weights=class_weights)[0],
                topic=topic,
                country=country,
                third=WORLD.random_country(rng, near=country),
                people=_choose_people(rng, country, topic),
                refs=(),
            )
        )
    taken = {plan.reference_id for plan in plans}
    threads = _Threads()
    for plan in plans:
        _choose_refs(rng, plan, threads, taken)
        threads.add(plan)
    return plans


def _cable_path(out_dir: Path, plan: CablePlan) -> Path:
    return out_dir / str(plan.sent_at.year) / f"{plan.reference_id}.txt"


def _write_chunk(args: tuple[Path, int, list[CablePlan]]) -> tuple[int, int]:
    out_dir, seed, plans = args
    written = 0
    for plan in plans:
        data = render_cable(plan, seed).encode("utf-8")
        _cable_path(out_dir, plan).write_bytes(data)
        written += len(data)
    return len(plans), written


def _chunks(out_dir: Path, seed: int, plans: list[CablePlan], size: int) -> Iterator[tuple]:
    for start in range(0, len(plans), size):
        yield out_dir, seed, plans[start : start + size]


def write_cables(
    n: int,
    out_dir: Path | str,
    seed: int = 1,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> GenerationResult:
    """Write n cables to out_dir/<year>/<reference id>.txt; same (n, seed), same bytes."""
    out_dir = Path(out_dir)
    plans = plan_cables(n, seed)
    for year in sorted({plan.sent_at.year for plan in plans}):
        (out_dir / str(year)).mkdir(parents=True, exist_ok=True)
    # Small chunks keep both processes busy on small runs; large ones keep overhead low.
    size = max(50, min(1000, n // (4 * workers)))
    chunks = _chunks(out_dir, seed, plans, size)
    done = total_bytes = 0
    if workers > 1 and n > size:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = list(_report(pool.imap(_write_chunk, chunks), n, progress))
    else:
        results = list(_report(map(_write_chunk, chunks), n, progress))
    for count, size in results:
        done += count
        total_bytes += size
    return GenerationResult(count=done, total_bytes=total_bytes, out_dir=out_dir)


def _report(results, n, progress):
    done = 0
    for count, size in results:
        done += count
        if progress is not None:
            progress(done, n)
        yield count, size


# ---------------------------------------------------------------------------
# Rendering: one plan -> the text of one cable.

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
CLASS_WORDS = {"UNCLASSIFIED": "UNCLAS", "CONFIDENTIAL": "C O N F I D E N T I A L",
               "SECRET": "S E C R E T"}  # fmt: skip
MARKINGS = {
    "UNCLASSIFIED": (("(U)", 1),),
    "UNCLASSIFIED//FOR OFFICIAL USE ONLY": (("(SBU)", 5), ("(U)", 1)),
    "CONFIDENTIAL": (("(C)", 6), ("(SBU)", 2), ("(U)", 1)),
    "CONFIDENTIAL//NOFORN": (("(C//NF)", 3), ("(C/NF)", 3), ("(C)", 3), ("(SBU)", 1)),
    "SECRET": (("(S)", 5), ("(C)", 3), ("(SBU)", 1)),
    "SECRET//NOFORN": (("(S//NF)", 4), ("(S/NF)", 3), ("(S)", 2), ("(C)", 2)),
}
SUMMARY_MARKERS = (
    ("SUMMARY:", "END SUMMARY."), ("Summary:", "End Summary."),
    ("Summary and Comment:", "End Summary and Comment."),
)  # fmt: skip
PRECEDENCE_WORDS = {"R": "", "P": " PRIORITY", "O": " IMMEDIATE", "Z": " FLASH"}
_SUBJECT_SLOTS = {
    "COUNTRY": "country_bare", "CITY": "city", "THIRD": "third_bare", "ADJ": "adj",
    "PARTY": "party", "COMPANY": "company", "YEAR": "year", "NUM": "num", "MONTH": "month",
    "ORGU": "org_bare", "VIPU": "vip_short",
}  # fmt: skip
_WRAPS = {width: re.compile(rf"(.{{1,{width}}})(?:\s+|$)") for width in range(40, 80)}
PAGE_CHARS = 3300


def _topic_tables() -> dict[str, dict]:
    tables = {}
    for name, topic in vocab.TOPICS.items():
        tags = tuple(
            (tag, int(weight)) for tag, weight in (t.split(":") for t in topic["tags"].split())
        )
        subjects = [
            re.sub(r"\{([A-Z]+)\}", lambda m: "{" + _SUBJECT_SLOTS[m.group(1)] + "}", s)
            for s in topic["subjects"]
        ]
        tables[name] = {**topic, "tags": tags, "subjects": subjects}
    return tables


TOPICS = _topic_tables()
_VIPS = [
    (
        vocab.US_VIP_TITLES[h % len(vocab.US_VIP_TITLES)],
        WORLD.us_given[(h // 11) % len(WORLD.us_given)],
        chr(65 + (h // 7) % 26),
        WORLD.us_surnames[(h // 131) % len(WORLD.us_surnames)],
    )
    for h in (stable_hash("vip", i) for i in range(24))
]


def _wrap(text: str, width: int) -> list[str]:
    return _WRAPS[width].findall(text)


def _bare(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


class _Slots(dict):
    """Values for sentence templates; people get their full title at first mention only."""

    def __init__(self, rng: random.Random, plan: CablePlan) -> None:
        super().__init__()
        self.rng = rng
        home, third = WORLD.countries[plan.country], WORLD.countries[plan.third]
        self.home = home
        self.people = [home.people[i] for i in plan.people]
        self.vip = _VIPS[rng.randrange(len(_VIPS))]
        self.leads: list[str] = []
        letters = "ABCDEFGH"[: sum(1 for _, ref_id in plan.refs)] or "A"
        self.reftels = ["reftel"] if len(plan.refs) == 1 else [f"(ref {c})" for c in letters]
        self.days = [
            f"{MONTHS[d.month - 1]} {d.day}"
            for d in (plan.sent_at - timedelta(days=rng.randint(0, 12)) for _ in range(3))
        ]
        parties = rng.sample(home.parties, 2)
        self.update(
            country=home.name, Country=home.name[0].upper() + home.name[1:],
            country_bare=_bare(home.name), adj=home.adjective, capital=home.cities[0],
            third=third.name, third_bare=_bare(third.name), third_adj=third.adjective,
            party=parties[0], party2=parties[1], company=rng.choice(home.companies),
            paper=home.newspaper, ngo=home.ngo, year=str(plan.sent_at.year),
            month=MONTHS[plan.sent_at.month - 1], later=MONTHS[(plan.sent_at.month + 1) % 12],
            ministry=_ministry(rng, plan.topic),
            As=self.people[0].surname, Bs=self.people[1].surname,
            vip_short=f"{self.vip[0]} {self.vip[3]}",
        )  # fmt: skip

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key in ("A", "B", "C"):
            person = self.people["ABC".index(key)]
            self[key] = person.surname
            return person.mention
        if key == "vip":
            title, given, _, surname = self.vip
            self[key] = surname
            return f"{title} {given} {surname}"
        if key in ("we", "We"):
            who = rng.choice(("PolCouns", "Poloff", "the Ambassador", "the DCM", "EconCouns",
                              "we", "PolOffs", "PolChief"))  # fmt: skip
            return who[0].upper() + who[1:] if key == "We" else who
        values = {
            "city": self.home.cities,
            "org": vocab.INTERNATIONAL_ORGS,
            "day": self.days,
            "reftel": self.reftels,
        }.get(key)
        if values is not None:
            return rng.choice(values)
        if key == "org_bare":
            return _bare(rng.choice(vocab.INTERNATIONAL_ORGS))
        if key == "num":
            return str(rng.choice((rng.randint(2, 30), rng.randint(30, 900))))
        if key == "few":
            return str(rng.randint(2, 24))
        if key == "pct":
            return str(rng.randint(3, 78))
        if key == "amount":
            return f"USD {rng.randint(2, 950)} million"
        if key == "lead":
            # Each lead-in once per cable, so that two sentences never open alike.
            if not self.leads:
                self.leads = rng.sample(vocab.LEADS, len(vocab.LEADS))
            return self.leads.pop().format_map(self)
        raise KeyError(key)


def _ministry(rng: random.Random, topic: str) -> str:
    names = vocab.TOPIC_MINISTRIES.get(topic, ())
    return rng.choice(names) if names and rng.random() < 0.85 else rng.choice(vocab.MINISTRIES)


@functools.cache
def _cumulative_pairs(pairs: tuple) -> tuple[list[str], list[float]]:
    return [p[0] for p in pairs], _cumulative([p[1] for p in pairs])


def _weighted(rng: random.Random, pairs: tuple) -> str:
    values, cum = _cumulative_pairs(pairs)
    return rng.choices(values, cum_weights=cum)[0]


def _sentence_stream(rng: random.Random, plan: CablePlan) -> Iterator[str]:
    """Sentence templates for the cable: its topic first, then two other topics and generic ones."""
    topic = TOPICS[plan.topic]["sentences"]
    others = rng.sample([t for t in TOPICS if t not in (plan.topic, "demarche")], 2)
    pool = rng.sample(topic, len(topic))
    extra = rng.sample(vocab.GENERIC_SENTENCES, 8)
    extra += rng.sample(TOPICS[others[0]]["sentences"], 5)
    extra += rng.sample(TOPICS[others[1]]["sentences"], 3)
    if plan.refs:
        extra += rng.sample(vocab.REFTEL_SENTENCES, 2)
    rng.shuffle(extra)
    # Open with the topic, then mix; once everything is used, start over in a new order.
    pool = pool[:4] + rng.sample(pool[4:] + extra, len(pool) - 4 + len(extra))
    while True:
        yield from pool
        rng.shuffle(pool)


def _sentence(rng: random.Random, template: str, slots: _Slots) -> str:
    if template[:3] in ("{A}", "{B}", "{C}") and rng.random() < 0.25:
        template = "{lead}" + template
    return template.format_map(slots)


def _paragraphs(rng: random.Random, plan: CablePlan, slots: _Slots) -> list[tuple[str, str]]:
    """The body as (kind, text) blocks: 'para' text is unnumbered, 'heading' is a heading."""
    stream = _sentence_stream(rng, plan)
    old = plan.sent_at.year < 1990
    target = min(max(int(rng.lognormvariate(7.9 if not old else 7.4, 0.55)), 500), 15000)
    blocks: list[tuple[str, str]] = []
    if plan.post.key == "STATE" and plan.topic == "demarche":
        blocks.append(("para", "This is an action request. Please see paragraph 3."))
    if plan.classification.startswith("UNCLASSIFIED//") and not old and rng.random() < 0.3:
        blocks.append(("para", "This message is sensitive but unclassified; please handle "
                               "accordingly and keep it off the internet."))  # fmt: skip
    if rng.random() < 0.55:
        opener, closer = rng.choice(SUMMARY_MARKERS)
        text = " ".join(_sentence(rng, next(stream), slots) for _ in range(rng.randint(3, 5)))
        blocks.append(("para", f"{opener} {text} {closer}"))
    headings = rng.sample(TOPICS[plan.topic]["headings"], 3) if rng.random() < 0.45 else []
    size = sum(len(text) for _, text in blocks)
    while size < target or len(blocks) < 2:
        if headings and len(blocks) >= 2 and rng.random() < 0.35:
            blocks.append(("heading", headings.pop()))
        text = " ".join(_sentence(rng, next(stream), slots) for _ in range(rng.randint(2, 5)))
        blocks.append(("para", text))
        size += len(text)
        if plan.topic == "demarche" and "points" in TOPICS[plan.topic] and len(blocks) == 2:
            points = rng.sample(TOPICS["demarche"]["points"], 4)
            lines = " ".join(f"-- {p.format_map(slots)}" for p in points)
            blocks.append(("para", f"Begin points: {lines} End points."))
    if rng.random() < 0.35:
        text = " ".join(t.format_map(slots) for t in rng.sample(vocab.COMMENTS, 2))
        blocks.append(("para", rng.choice(("Comment: {} End Comment.", "COMMENT: {} END COMMENT."))
                       .format(text)))  # fmt: skip
    return blocks


@dataclass(slots=True)
class _Style:
    """How this cable is laid out: wrapped or long lines, paragraph signs, blank lines."""

    old: bool
    width: int  # 0: paragraphs are single long lines
    pilcrow: bool
    blank: str

    @classmethod
    def choose(cls, rng: random.Random, plan: CablePlan) -> _Style:
        year = plan.sent_at.year
        old = year < 1990 or (year < 1995 and rng.random() < 0.5)
        width = rng.randint(62, 69) if old or rng.random() < 0.75 else 0
        return cls(old, width, not old and rng.random() < 0.7, " " if width else "")

    def lines(self, text: str) -> list[str]:
        if not self.width:
            return [text]
        wrapped = _wrap(text, self.width)
        return [line + " " for line in wrapped[:-1]] + wrapped[-1:]


def _body_lines(rng: random.Random, plan: CablePlan, style: _Style, blocks) -> list[str]:
    markings = MARKINGS[plan.classification]
    dashed = rng.random() < 0.5
    lines: list[str] = []
    number = 0
    for kind, text in blocks:
        if kind == "heading":
            rule = ["-" * len(text)] if dashed else []
            lines += [*rule, text.upper() if style.old else text, *rule, style.blank]
            continue
        number += 1
        if style.old:
            text = f"{number}. {text.upper()}"
        else:
            mark = markings[0][0] if number == 1 else _weighted(rng, markings)
            text = f"{'¶' if style.pilcrow else ''}{number}. {mark} {text}"
        lines += [*style.lines(text), style.blank]
    return lines


def _paginate(rng: random.Random, plan: CablePlan, lines: list[str]) -> tuple[list[str], int, str]:
    """Insert the page-break lines (MOSCOW 00001234  002 OF 003) a printed cable carries."""
    breaks, size = [], 800  # the first page also holds the header
    for i, line in enumerate(lines):
        if size >= PAGE_CHARS and line.strip():
            breaks.append(i)
            size = 0
        size += len(line) + 1
    pages = len(breaks) + 1
    dotted = ".2" if rng.random() < 0.6 else ""
    if pages == 1:
        return lines, 1, dotted
    out, previous = [], 0
    for page, at in enumerate(breaks, start=2):
        out += lines[previous:at]
        out += ["", _page_line(plan, page, pages, dotted), ""]
        previous = at
    out += lines[previous:]
    return out, pages, dotted


def _page_line(plan: CablePlan, page: int, pages: int, dotted: str) -> str:
    return f"{plan.post.name} {plan.serial:08d}  {page:03d}{dotted} OF {pages:03d}"


def _routing_lines(rng: random.Random, plan: CablePlan, style: _Style, pages: int) -> list[str]:
    precedence = rng.choices("RPOZ", weights=(55, 30, 14, 0.5))[0]
    word = PRECEDENCE_WORDS[precedence]
    when = plan.sent_at
    dtg = f"{when:%d%H%M}Z {when:%b}".upper() + f" {when:%y}"
    addressees = _addressees(rng, plan)
    if style.old:
        to = [f"TO {_strip_code(addressees[0])}{word} {rng.randrange(10000):04d}"]
        info = [_strip_code(a) for a in addressees[1:]]
        return [f"{precedence} {rng.choice('RP')} {dtg}" if rng.random() < 0.5 else
                f"{precedence} {dtg}", f"FM {plan.post.routing}", *to,
                *[("INFO " if i == 0 else "") + a for i, a in enumerate(info)]]  # fmt: skip
    if rng.random() < 0.55:
        codes = " ".join(a.split("/")[0] for a in addressees[1:3] if a.startswith("RUEH"))
        top = [f"VZCZCXRO{rng.randrange(10000):04d}", f"{precedence * 2} {codes or 'RUEHWEB'}"]
    else:
        top = [f"VZCZCXYZ{rng.randrange(100):04d}", f"{precedence * 2} RUEHWEB", ""]
    section = "/01" if pages > 1 else ""
    zn = {"U": "ZNR UUUUU ZZH", "C": "ZNY CCCCC ZZH", "S": "ZNY SSSSS ZZH"}
    lines = [
        *top,
        f"DE {plan.post.code} #{plan.serial % 10000:04d}{section} "
        f"{when.timetuple().tm_yday:03d}{when:%H%M}",
        zn[plan.classification[0]],
        f"{precedence} {dtg}",
        f"FM {plan.post.routing}",
        f"TO {addressees[0]}{word} {rng.randrange(10000):04d}".rstrip(),
    ]
    for i, addressee in enumerate(addressees[1:]):
        number = f" {rng.randrange(10000):04d}" if addressee.startswith("RUEH") else ""
        lines.append(("INFO " if i == 0 else "") + addressee + word + number)
    return lines


@functools.cache
def _posts_near(year: int, country: str) -> tuple[tuple[Post, ...], tuple[Post, ...]]:
    """Posts open in a year: those in the country, and those in its region."""
    live = [p for p in WORLD.posts if p.first_year <= year <= p.last_year]
    region = WORLD.countries[country].region
    return (
        tuple(p for p in live if p.country == country),
        tuple(p for p in live if p.country and WORLD.countries[p.country].region == region),
    )


def _strip_code(addressee: str) -> str:
    return addressee.split("/", 1)[1] if "/" in addressee else addressee


def _addressees(rng: random.Random, plan: CablePlan) -> list[str]:
    """TO first, then INFO addressees: related posts, collectives, Washington agencies."""
    same_country, nearby = _posts_near(plan.sent_at.year, plan.country)
    same_country = [p for p in same_country if p.key != plan.post.key]
    nearby = [p for p in nearby if p.key != plan.post.key]
    region = WORLD.countries[plan.country].region
    if plan.post.key == "STATE":
        if same_country and rng.random() < 0.9:
            first = f"{same_country[0].code}/{same_country[0].routing}"
        else:
            first = "ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE"
        same_country = same_country[1:]
    else:
        first = "RUEHC/SECSTATE WASHDC"
    info = same_country[:2] + rng.sample(nearby, min(len(nearby), rng.choice((0, 1, 2, 3, 5))))
    out = [first] + [f"{p.code}/{p.routing}" for p in dict.fromkeys(info)]
    if rng.random() < 0.3:
        out.append(rng.choice(vocab.REGION_COLLECTIVES[region]))
    if plan.classification != "UNCLASSIFIED" and rng.random() < 0.4:
        out += rng.sample(vocab.AGENCY_ADDRESSEES, rng.randint(1, 3))
    return out


def _class_line(rng: random.Random, plan: CablePlan, style: _Style, pages: int) -> list[str]:
    level = plan.classification.split("//")[0]
    words = CLASS_WORDS[level]
    if style.old and level == "UNCLASSIFIED" and rng.random() < 0.5:
        words = "UNCLASSIFIED"
    section = f"SECTION 01 OF {pages:02d} " if pages > 1 else ""
    serial = str(plan.serial) if style.old else f"{plan.serial:06d}"
    line = f"{words} {section}{plan.post.name} {serial}"
    noforn = plan.classification.endswith("NOFORN")
    if noforn and rng.random() < 0.3:
        return [f"{line} NOFORN"]
    return [line] + ([style.blank, "NOFORN"] if noforn else [])


def _eo_line(rng: random.Random, plan: CablePlan) -> str:
    when, classified = plan.sent_at, not plan.classification.startswith("UNCLASSIFIED")
    if when.year < 1978:
        return "E.O. 11652: GDS" if classified else "E.O. 11652: N/A"
    if when.year < 1982:
        return (
            f"E.O. 12065: GDS {_years_later(when, 6):%m/%d/%y}" if classified else "E.O. 12065: N/A"
        )
    if when.year < 1995:
        return "E.O. 12356: DECL: OADR" if classified else "E.O. 12356: N/A"
    order = "13526" if when.year == 2010 and rng.random() < 0.25 else "12958"
    if not classified:
        return f"E.O. {order}: N/A"
    return (
        f"E.O. {order}: DECL: {_years_later(when, rng.choice((10, 10, 10, 15, 20, 25))):%m/%d/%Y}"
    )


def _years_later(when: datetime, years: int) -> datetime:
    return when.replace(year=when.year + years, day=min(when.day, 28))


def _tags(rng: random.Random, plan: CablePlan, slots: _Slots, old: bool) -> str:
    pairs = TOPICS[plan.topic]["tags"]
    subject: list[str] = []
    for _ in range(rng.choices((1, 2, 3, 4), weights=(2, 4, 3, 1))[0]):
        subject.append(_weighted(rng, pairs))
    subject += [tag for tag, pct in vocab.COMMON_TAGS if rng.random() * 100 < pct]
    subject = list(dict.fromkeys(subject))
    if "OVIP" in subject and rng.random() < 0.7:
        title, given, initial, surname = slots.vip
        subject[subject.index("OVIP")] = f"OVIP ({surname.upper()}, {given.upper()} {initial}.)"
    countries = [plan.country]
    if rng.random() < 0.35:
        countries.append(plan.third)
    if rng.random() < 0.004:
        countries.append(rng.choice(vocab.RARE_EXTRA_TAGS))
    if plan.topic == "biography" and rng.random() < 0.3:
        countries.append(slots.people[0].tag)
    tags = list(dict.fromkeys(subject + countries))
    if rng.random() < 0.2:
        tags.sort()
    separator = ", " if old or rng.random() < 0.1 else " "
    return "TAGS: " + separator.join(tags)


def _subject_lines(rng: random.Random, plan: CablePlan, slots: _Slots, style: _Style) -> list[str]:
    subject = rng.choice(TOPICS[plan.topic]["subjects"]).format_map(slots).upper()
    label = "SUBJ: " if style.old else "SUBJECT: "
    return [line.rstrip() + " " for line in _wrap(label + subject, rng.randint(62, 68))]


def _ref_lines(rng: random.Random, plan: CablePlan) -> list[str]:
    texts = [text for text, _ in plan.refs]
    if not texts:
        return []
    if len(texts) == 1:
        return [f"REF: {texts[0]}"]
    letters = "ABCDEFGH"
    style = rng.choices(("inline", "stacked", "parens"), weights=(45, 45, 10))[0]
    if style == "stacked":
        return [("REF: " if i == 0 else "     ") + f"{letters[i]}. {text}"
                for i, text in enumerate(texts)]  # fmt: skip
    if style == "parens":
        return ["REF: " + " ".join(f"({letters[i]}) {text}" for i, text in enumerate(texts))]
    return _wrap("REF: " + " ".join(f"{letters[i]}. {t}" for i, t in enumerate(texts)), 68)


def _classified_by(rng: random.Random, plan: CablePlan, style: _Style) -> list[str]:
    if plan.classification.startswith("UNCLASSIFIED") or style.old:
        return []
    year = plan.sent_at.year
    section = "1.4" if plan.sent_at >= datetime(2003, 3, 25, tzinfo=UTC) else "1.5"
    letters = rng.choice(("(b) and (d)", "(b) and (d)", "(b), (d)", "(b,d)", "(d)", "(b)",
                          "(c)", "(b), (c) and (d)", "(b/d)", "(a) and (d)"))  # fmt: skip
    if plan.post.key == "STATE":
        bureau = vocab.REGION_BUREAUS[WORLD.countries[plan.country].region]
        title, who = f"{bureau} Office Director", WORLD.american("director", bureau, year)
    else:
        role = rng.choices(("Ambassador", "DCM", "Political Counselor", "Economic Counselor",
                            "Charge d'Affaires"), weights=(40, 20, 25, 10, 5))[0]  # fmt: skip
        key = "DCM" if role == "Charge d'Affaires" else role
        title, who = role, WORLD.american(key, plan.post.key, year)
    reason = rng.choice(("for reasons {} {}.", "for Reasons {} {}", "Reasons {} {}.",
                         "; reasons {} {}.", ", reason {} {}"))  # fmt: skip
    text = f"Classified By: {title} {who}{'' if reason[0] in ';,' else ' '}"
    text += reason.format(section, letters)
    if rng.random() < 0.15:
        text = "Classified By: " + text[15:].upper()
    return [*style.lines(text), style.blank]


def _signer(rng: random.Random, plan: CablePlan) -> str:
    year = plan.sent_at.year
    if plan.post.key == "STATE":
        name = WORLD.american("Secretary", "STATE", year + 1, initial=False)
    else:
        role = "Ambassador" if rng.random() < 0.8 else "DCM"
        name = WORLD.american(role, plan.post.key, year, initial=False)
    return name.split()[-1].upper()


def _front_lines(rng: random.Random, plan: CablePlan, style: _Style, slots: _Slots, pages: tuple):
    blank = style.blank
    pages, dotted = pages
    lines = [*_class_line(rng, plan, style, pages), blank]
    if not style.old and plan.sent_at.year >= 2002:
        lines += ["SIPDIS", blank]
        if rng.random() < 0.3:
            lines += ["SIPDIS", blank]
    if plan.classification.endswith("USE ONLY"):
        # The release reads a cable as FOUO only from these caveat lines.
        lines += [
            rng.choice(("SENSITIVE", "SENSITIVE", "SENSITIVE", "FOR OFFICIAL USE ONLY")),
            blank,
        ]
    if rng.random() < 0.12 and not style.old:
        bureau = vocab.REGION_BUREAUS[WORLD.countries[plan.country].region]
        lines += [f"DEPARTMENT FOR {bureau}, {rng.choice(('DRL', 'ISN', 'EEB', 'INR', 'IO'))}",
                  blank]  # fmt: skip
    lines += [_eo_line(rng, plan), _tags(rng, plan, slots, style.old)]
    lines += _subject_lines(rng, plan, slots, style)
    lines.append(blank)
    refs = _ref_lines(rng, plan)
    if refs:
        lines += [*refs, blank]
    if pages > 1 and not style.old and rng.random() < 0.5:
        lines += [_page_line(plan, 1, pages, dotted), blank]
    return lines + _classified_by(rng, plan, style)


def render_cable(plan: CablePlan, seed: int) -> str:
    """The full text of one cable: routing header, a blank line, then the body."""
    rng = random.Random(f"{seed}/{plan.index}")
    style = _Style.choose(rng, plan)
    slots = _Slots(rng, plan)
    blocks = _paragraphs(rng, plan, slots)
    body, pages, dotted = _paginate(rng, plan, _body_lines(rng, plan, style, blocks))
    while body and not body[-1].strip():
        body.pop()
    front = _front_lines(rng, plan, style, slots, (pages, dotted))
    signer = [_signer(rng, plan)] if rng.random() < 0.7 else [style.blank, _signer(rng, plan)]
    header = _routing_lines(rng, plan, style, pages)
    return "\n".join(header) + "\n\n" + "\n".join(front + body + signer) + "\n"
