"""Planning the synthetic corpus: what every cable is, before any of its words.

``plan_cables`` decides, in date order, each cable's id, date, post,
classification, topic, people and references. It runs sequentially on one
random stream because citations can only point at cables already planned;
the plans are small, so the expensive rendering can then run in parallel.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cables.parsing import CLASSIFICATIONS
from synthetic import vocabulary as vocab
from synthetic.world import Post, build_world

# Built once per process: every module of the generator draws names from this one cast.
WORLD = build_world()

# Share of the release by year (the release is mostly 2004-2010 and ends in February 2010).
YEAR_WEIGHTS = {
    **{year: 0.4 for year in range(1966, 1985)},
    **{year: 1.5 for year in range(1985, 1995)},
    **{year: 3.0 for year in range(1995, 2000)},
    2000: 18, 2001: 25, 2002: 40, 2003: 70, 2004: 150, 2005: 300, 2006: 420, 2007: 410,
    2008: 400, 2009: 420, 2010: 110,
}  # fmt: skip
LAST_DAY_OF_2010 = 58  # the release stops at the end of February 2010
# Share of the release's cables in each classification, in the parser's order.
CLASSIFICATION_SHARES = dict(zip(CLASSIFICATIONS, (30.2, 23.1, 38.6, 1.9, 4.5, 1.7), strict=True))
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


def cumulative(weights: list[float]) -> list[float]:
    """Running totals, for ``rng.choices(cum_weights=...)``: cheaper than ``weights=``."""
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def _sample_moments(rng: random.Random, n: int) -> list[datetime]:
    years = list(YEAR_WEIGHTS)
    chosen = rng.choices(years, cum_weights=cumulative(list(YEAR_WEIGHTS.values())), k=n)
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
        table[year] = (posts, cumulative([p.weight for p in posts]))
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
        ref: tuple[str, str | None]
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
    plans = _plan_without_refs(rng, n)
    # References come second: a cable may only cite cables planned before it, and a
    # missing cable it cites must not take an id that a generated cable already has.
    taken = {plan.reference_id for plan in plans}
    threads = _Threads()
    for plan in plans:
        _choose_refs(rng, plan, threads, taken)
        threads.add(plan)
    return plans


def _plan_without_refs(rng: random.Random, n: int) -> list[CablePlan]:
    """The cables' dates, posts, serials, classifications, topics and people, in date order."""
    posts_by_year = _posts_by_year()
    classes = list(CLASSIFICATION_SHARES)
    modern_classes = cumulative(list(CLASSIFICATION_SHARES.values()))
    # Before 1995 there is no SBU: what the release calls FOUO reads as plain UNCLASSIFIED.
    old_classes = cumulative(
        [0 if "USE ONLY" in c else w for c, w in CLASSIFICATION_SHARES.items()]
    )
    last_serial: dict[tuple[str, int], int] = {}
    plans = []
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
                # The keyword order below is the order of the random draws; keep it.
                classification=rng.choices(classes, cum_weights=class_weights)[0],
                topic=topic,
                country=country,
                third=WORLD.random_country(rng, near=country),
                people=_choose_people(rng, country, topic),
                refs=(),
            )
        )
    return plans
