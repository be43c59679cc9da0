"""Rendering one planned cable as text in the layout of the 2010-2011 release.

Routing header, spaced classification line, caveats, E.O. line, TAGS,
SUBJECT, REF block, "Classified By" line, numbered and marked paragraphs with
page breaks, and the signer. ``render_cable`` seeds its own random stream from
(seed, plan index), so cables can be rendered in any order or process and
still come out byte-identical.
"""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from synthetic import vocabulary as vocab
from synthetic.plan import WORLD, CablePlan, cumulative
from synthetic.prose import TOPICS, Slots, paragraphs
from synthetic.world import Post

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
PRECEDENCE_WORDS = {"R": "", "P": " PRIORITY", "O": " IMMEDIATE", "Z": " FLASH"}
_WRAPS = {width: re.compile(rf"(.{{1,{width}}})(?:\s+|$)") for width in range(40, 80)}
PAGE_CHARS = 3300


def _wrap(text: str, width: int) -> list[str]:
    return _WRAPS[width].findall(text)


@functools.cache
def _cumulative_pairs(pairs: tuple) -> tuple[list[str], list[float]]:
    return [p[0] for p in pairs], cumulative([p[1] for p in pairs])


def _weighted(rng: random.Random, pairs: tuple) -> str:
    values, cum = _cumulative_pairs(pairs)
    return rng.choices(values, cum_weights=cum)[0]


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


def _body_lines(
    rng: random.Random, plan: CablePlan, style: _Style, blocks: list[tuple[str, str]]
) -> list[str]:
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
    in_country, in_region = _posts_near(plan.sent_at.year, plan.country)
    same_country = [p for p in in_country if p.key != plan.post.key]
    nearby = [p for p in in_region if p.key != plan.post.key]
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


def _tags(rng: random.Random, plan: CablePlan, slots: Slots, old: bool) -> str:
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


def _subject_lines(rng: random.Random, plan: CablePlan, slots: Slots, style: _Style) -> list[str]:
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


def _front_lines(
    rng: random.Random, plan: CablePlan, style: _Style, slots: Slots, paging: tuple[int, str]
) -> list[str]:
    blank = style.blank
    pages, dotted = paging
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
    slots = Slots(rng, plan)
    blocks = paragraphs(rng, plan, slots)
    body, pages, dotted = _paginate(rng, plan, _body_lines(rng, plan, style, blocks))
    while body and not body[-1].strip():
        body.pop()
    front = _front_lines(rng, plan, style, slots, (pages, dotted))
    signer = [_signer(rng, plan)] if rng.random() < 0.7 else [style.blank, _signer(rng, plan)]
    header = _routing_lines(rng, plan, style, pages)
    return "\n".join(header) + "\n\n" + "\n".join(front + body + signer) + "\n"
