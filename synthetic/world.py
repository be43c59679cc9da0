"""The fictional world of the synthetic cables: posts, people, countries."""

import random
import zlib
from dataclasses import dataclass

from synthetic.vocabulary import (
    COMPANY_WORDS,
    COUNTRIES,
    NAME_POOLS,
    NEWSPAPER_WORDS,
    PARTY_WORDS,
    POSTS,
    TITLES,
    US_GIVEN,
    US_SURNAMES,
)


def stable_hash(*parts: object) -> int:
    """A hash that is the same in every run (str hashes are salted per process)."""
    return zlib.crc32("\x1f".join(map(str, parts)).encode())


@dataclass(frozen=True, slots=True)
class Post:
    key: str  # as in reference ids: RIODEJANEIRO
    name: str  # as in classification and REF lines: RIO DE JANEIRO
    routing: str  # the FM line: AMCONSUL RIO DE JANEIRO
    code: str  # routing indicator: RUEHRI
    country: str  # country tag, empty for STATE and multilateral missions
    weight: int
    first_year: int
    last_year: int

    def yearly_volume(self, year: int) -> int:
        """Roughly how many cables the post numbers in a year (serials run up to this)."""
        if self.key == "STATE":
            return 135_000 if year >= 1990 else 300_000
        return 400 + 160 * self.weight


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    surname: str
    title: str
    domain: str
    country: str
    family_first: bool = False

    @property
    def full_name(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"

    @property
    def mention(self) -> str:
        return f"{self.title} {self.full_name}"

    @property
    def tag(self) -> str:
        return f"({self.surname.upper()}, {self.given.upper()})"


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    adjective: str
    region: str
    cities: tuple[str, ...]
    people: tuple[Person, ...]
    parties: tuple[str, ...]
    companies: tuple[str, ...]
    newspaper: str
    ngo: str
    weight: int


@dataclass(frozen=True)
class World:
    posts: tuple[Post, ...]
    countries: dict[str, Country]
    us_given: tuple[str, ...]
    us_surnames: tuple[str, ...]
    country_codes: tuple[str, ...]
    country_cum_weights: tuple[float, ...]

    def post(self, key: str) -> Post:
        return next(p for p in self.posts if p.key == key)

    def random_country(self, rng: random.Random, near: str = "") -> str:
        if near and rng.random() < 0.55:
            region = self.countries[near].region
            pool = [
                c for c in self.country_codes if c != near and self.countries[c].region == region
            ]
            if pool:
                return rng.choice(pool)
        while True:
            code = rng.choices(self.country_codes, cum_weights=self.country_cum_weights)[0]
            if code != near:
                return code

    def american(self, role: str, post_key: str, year: int, initial: bool = True) -> str:
        """The fictional American holding a role at a post; staff rotate every three years."""
        h = stable_hash(role, post_key, year // 3)
        given = self.us_given[h % len(self.us_given)]
        surname = self.us_surnames[(h // 97) % len(self.us_surnames)]
        if initial and h % 10 < 7:
            return f"{given} {chr(65 + (h // 13) % 26)}. {surname}"
        return f"{given} {surname}"

    def all_people(self) -> list[Person]:
        """The fictional cast, for checking entity extraction against generated cables."""
        return [person for country in self.countries.values() for person in country.people]


def _names(text: str) -> list[str]:
    return text.split(", ") if ", " in text else text.split()


def _person_title(title: str, rng: random.Random, cities, parties, company, paper, ngo) -> str:
    if title in ("Governor", "Mayor"):
        return f"{title} of {rng.choice(cities[1:] or cities)}"
    return {
        "Opposition Leader": f"{parties[1]} leader",
        "Member of Parliament": f"{parties[0]} parliamentarian",
        "Editor-in-Chief": f"{paper} Editor-in-Chief",
        "Human Rights Activist": f"{ngo} Director",
        "Chief Executive Officer": f"{company} CEO",
    }.get(title, title)


def _cast(code: str, size: int, rng: random.Random, parts: dict) -> tuple[Person, ...]:
    given_text, surname_text, family_first = NAME_POOLS[parts["pool"]]
    given, surnames = _names(given_text), _names(surname_text)
    core = [t for t in TITLES[:3]]
    rest = rng.sample(TITLES[3:], min(size, len(TITLES)) - 3)
    chosen_surnames = rng.sample(surnames, min(size, len(surnames)))
    people = []
    for i, (title, domain) in enumerate(core + rest):
        surname = chosen_surnames[i % len(chosen_surnames)]
        if i >= len(chosen_surnames):  # a small pool: vary the given name instead
            surname = f"{surname}-{rng.choice(surnames)}" if not family_first else surname
        people.append(
            Person(
                given=rng.choice(given),
                surname=surname,
                title=_person_title(title, rng, **{k: parts[k] for k in parts if k != "pool"}),
                domain=domain,
                country=code,
                family_first=family_first,
            )
        )
    return tuple(people)


def build_world() -> World:
    """Build the fictional cast and organizations; the same every time."""
    rng = random.Random("cable-world-v1")
    weights: dict[str, int] = {}
    for post in POSTS:
        if post[4]:
            weights[post[4]] = weights.get(post[4], 0) + post[5]
    party_names = [f"{a} {b}" for a in PARTY_WORDS[0].split() for b in PARTY_WORDS[1].split()]
    company_names = [f"{a} {b}" for a in COMPANY_WORDS[0].split() for b in COMPANY_WORDS[1].split()]
    rng.shuffle(party_names)
    rng.shuffle(company_names)
    countries = {}
    for i, (code, (name, adjective, region, pool, cities)) in enumerate(COUNTRIES.items()):
        parties = tuple(party_names[3 * i : 3 * i + 3])
        companies = tuple(company_names[2 * i : 2 * i + 2])
        paper = f"{cities[0]} {NEWSPAPER_WORDS[i % len(NEWSPAPER_WORDS)]}"
        ngo = f"{adjective} {rng.choice(('Center', 'Committee', 'League'))} for Civic Rights"
        weight = weights.get(code, 1)
        parts = dict(pool=pool, cities=cities, parties=parties, company=companies[0],
                     paper=paper, ngo=ngo)  # fmt: skip
        people = _cast(code, min(6 + weight // 3, 18), rng, parts)
        countries[code] = Country(code, name, adjective, region, cities, people, parties,
                                  companies, paper, ngo, weight)  # fmt: skip
    codes = tuple(countries)
    cum, total = [], 0.0
    for code in codes:
        total += countries[code].weight
        cum.append(total)
    posts = tuple(Post(*row) for row in POSTS)
    return World(posts, countries, tuple(US_GIVEN.split()), tuple(US_SURNAMES.split()),
                 codes, tuple(cum))  # fmt: skip
