"""The words of a synthetic cable: sentence templates filled in, grouped into paragraphs.

``Slots`` supplies the values for the templates in ``synthetic.vocabulary``;
``paragraphs`` turns a plan into the body as blocks of text, which
``synthetic.render`` then numbers, marks, wraps and paginates.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import timedelta

from synthetic import vocabulary as vocab
from synthetic.plan import WORLD, CablePlan
from synthetic.world import stable_hash

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
SUMMARY_MARKERS = (
    ("SUMMARY:", "END SUMMARY."), ("Summary:", "End Summary."),
    ("Summary and Comment:", "End Summary and Comment."),
)  # fmt: skip
_SUBJECT_SLOTS = {
    "COUNTRY": "country_bare", "CITY": "city", "THIRD": "third_bare", "ADJ": "adj",
    "PARTY": "party", "COMPANY": "company", "YEAR": "year", "NUM": "num", "MONTH": "month",
    "ORGU": "org_bare", "VIPU": "vip_short",
}  # fmt: skip


def _subject_slot(match: re.Match[str]) -> str:
    return "{" + _SUBJECT_SLOTS[match.group(1)] + "}"


def _topic_tables() -> dict[str, dict]:
    tables = {}
    for name, topic in vocab.TOPICS.items():
        tags = tuple(
            (tag, int(weight)) for tag, weight in (t.split(":") for t in topic["tags"].split())
        )
        subjects = [re.sub(r"\{([A-Z]+)\}", _subject_slot, s) for s in topic["subjects"]]
        tables[name] = {**topic, "tags": tags, "subjects": subjects}
    return tables


# The vocabulary's topics with TAGS parsed into weighted pairs and subject placeholders
# renamed to Slots keys; shared with synthetic.render, which writes the TAGS and SUBJECT lines.
TOPICS = _topic_tables()
# Visiting US officials, drawn from stable hashes so every process sees the same roster.
_VIPS = [
    (
        vocab.US_VIP_TITLES[h % len(vocab.US_VIP_TITLES)],
        WORLD.us_given[(h // 11) % len(WORLD.us_given)],
        chr(65 + (h // 7) % 26),
        WORLD.us_surnames[(h // 131) % len(WORLD.us_surnames)],
    )
    for h in (stable_hash("vip", i) for i in range(24))
]


def _bare(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


class Slots(dict):
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


def _sentence(rng: random.Random, template: str, slots: Slots) -> str:
    if template[:3] in ("{A}", "{B}", "{C}") and rng.random() < 0.25:
        template = "{lead}" + template
    return template.format_map(slots)


def paragraphs(rng: random.Random, plan: CablePlan, slots: Slots) -> list[tuple[str, str]]:
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
